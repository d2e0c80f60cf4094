/// Makes untrusted text safe and predictable to draw: every output cluster is printable,
/// has a known width of 1 or 2, and cannot move the cursor or change terminal state.
///
/// - C0 controls become Control Pictures (ESC → ␛, BEL → ␇), DEL → ␡; tab and newlines → space.
/// - C1 controls, bidi embeddings/overrides/isolates/marks and unknown-width scalars → U+FFFD.
/// - Emoji sequences (skin tones, ZWJ joins, variation selectors, tags) collapse to their base
///   scalar, because ncurses and terminals disagree on their width; flags are kept.
/// - Base + combining marks are kept (at most four marks: no "zalgo" towers).
public enum TextSanitizer {
    public static let replacement = "\u{FFFD}"

    /// Calls `body(cluster, width)` for each displayable cluster; stop by returning false.
    public static func forEachCluster(in text: String, _ body: (String, Int) -> Bool) {
        if isPrintableASCII(text) {
            for byte in text.utf8 {
                if !body(asciiStrings[Int(byte)], 1) { return }
            }
            return
        }
        for character in text {
            guard let (cluster, width) = sanitize(character) else { continue }
            if !body(cluster, width) { return }
        }
    }

    /// The sanitized text as one string (for logs, titles and tests).
    public static func sanitized(_ text: String) -> String {
        var out = ""
        forEachCluster(in: text) { cluster, _ in
            out += cluster
            return true
        }
        return out
    }

    /// The safe form of one grapheme cluster and its width, or nil when it draws as nothing.
    public static func sanitize(_ character: Character) -> (String, Int)? {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return nil }
        guard let second = iterator.next() else { return single(first) }
        if first == "\r" && second == "\n" { return (" ", 1) }
        if isRegionalIndicator(first) && isRegionalIndicator(second) && scalars.count == 2 {
            return (String(character), 2)
        }
        if scalars.contains(where: isEmojiSequenceScalar) { return single(first) }
        // Base plus combining marks.
        guard let (base, baseWidth) = single(first), baseWidth > 0, base.unicodeScalars.first == first else {
            return single(first)
        }
        var kept = String.UnicodeScalarView()
        kept.append(first)
        var marks = 0
        var width = baseWidth
        for scalar in scalars.dropFirst() {
            guard marks < 4, !isUnsafeFormat(scalar) else { continue }
            let w = DisplayWidth.of(scalar)
            if w < 0 { continue }
            if w == 0 { marks += 1 }
            width += w
            kept.append(scalar)
        }
        if width > 2 { return (replacement, 1) }
        return (String(kept), width)
    }

    private static func single(_ scalar: Unicode.Scalar) -> (String, Int)? {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return (asciiStrings[Int(value)], 1) }
        switch value {
        case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029: return (" ", 1)
        case 0x00..<0x20: return (String(Unicode.Scalar(0x2400 + value)!), 1)
        case 0x7F: return ("\u{2421}", 1)
        case 0x80...0x9F: return (replacement, 1)
        case 0xFEFF, 0x200B, 0x2060: return nil  // zero-width no-break space, zero-width space, word joiner
        default: break
        }
        if isUnsafeFormat(scalar) { return (replacement, 1) }
        let width = DisplayWidth.of(scalar)
        if width < 0 { return (replacement, 1) }
        if width == 0 { return nil }  // a stray combining mark or joiner has nothing to sit on
        return (String(scalar), width)
    }

    /// Bidi embeddings, overrides, isolates and marks: they reorder what follows.
    static func isUnsafeFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Scalars that make a cluster an emoji sequence whose width terminals disagree on.
    static func isEmojiSequenceScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x20E3: return true
        default: return false
        }
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
