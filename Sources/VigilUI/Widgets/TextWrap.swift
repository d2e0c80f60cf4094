import VigilTerminal

/// Wraps untrusted text to a width: sanitized, broken at spaces, long words split, paragraphs kept.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for paragraph in paragraphs {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func flushWord() {
                guard !word.isEmpty else { return }
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += wordWidth
                word = ""
                wordWidth = 0
            }
            TextSanitizer.forEachCluster(in: String(paragraph)) { cluster, clusterWidth in
                if cluster == " " {
                    flushWord()
                    return true
                }
                if wordWidth + clusterWidth > width {
                    // A word longer than the line: break it hard.
                    if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                    lines.append(word)
                    word = ""
                    wordWidth = 0
                }
                word += cluster
                wordWidth += clusterWidth
                return true
            }
            flushWord()
            lines.append(line)
        }
        while lines.last?.isEmpty == true && lines.count > 1 { lines.removeLast() }
        return lines
    }
}

/// Padding to a display width (emoji and CJK count two columns).
extension String {
    func padded(to width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }

    func leftPadded(to width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self : String(repeating: " ", count: width - w) + self
    }
}
