/// A terminal colour. Themes may use any depth; backends degrade to what the terminal has.
public enum Color: Hashable, Sendable {
    case `default`
    /// The 16 basic colours: 0–7 normal, 8–15 bright.
    case ansi(UInt8)
    /// The 256-colour palette.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.ansi(0), red = Color.ansi(1), green = Color.ansi(2), yellow = Color.ansi(3)
    public static let blue = Color.ansi(4), magenta = Color.ansi(5), cyan = Color.ansi(6), white = Color.ansi(7)
    public static let brightBlack = Color.ansi(8), brightRed = Color.ansi(9), brightGreen = Color.ansi(10)
    public static let brightYellow = Color.ansi(11), brightBlue = Color.ansi(12), brightWhite = Color.ansi(15)
}

public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
}

public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func with(_ extra: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: Int, Sendable, Comparable {
    case none = 0, eight = 8, sixteen = 16, palette256 = 256, trueColor = 16_777_216

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// Depth from the environment and the terminal's colour count; `NO_COLOR` means none.
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminalColors <= 0 { return .none }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        if (colorterm == "truecolor" || colorterm == "24bit") && terminalColors >= 256 { return .trueColor }
        if terminalColors >= 256 { return .palette256 }
        if terminalColors >= 16 { return .sixteen }
        return .eight
    }
}

extension Color {
    /// The closest colour a terminal of `depth` can show (nil means the terminal default).
    public func degraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (_, .none), (.default, _): return .default
        // Grey becomes white, not black: muted text must stay readable on a dark screen.
        case (.ansi(8), .eight): return .ansi(7)
        case (.ansi(let n), .eight): return .ansi(n % 8)
        case (.ansi, _): return self
        case (.indexed(let n), .eight), (.indexed(let n), .sixteen):
            return Color.rgbFromPalette(n).degraded(to: depth)
        case (.indexed, _): return self
        case (.rgb, .trueColor): return self
        case (.rgb(let r, let g, let b), .palette256): return .indexed(Color.paletteIndex(r, g, b))
        case (.rgb(let r, let g, let b), _):
            let base = Color.nearestANSI(r, g, b)
            return depth == .eight ? .ansi(base % 8) : .ansi(base)
        }
    }

    static func paletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : (v < 115 ? 1 : (Int(v) - 35) / 40) }
        if r == g && g == b {
            if r < 8 { return 16 }
            if r > 238 { return 231 }
            return UInt8(232 + (Int(r) - 8) / 10)
        }
        return UInt8(16 + 36 * level(r) + 6 * level(g) + level(b))
    }

    static func rgbFromPalette(_ n: UInt8) -> Color {
        if n < 16 { return .ansi(n) }
        if n >= 232 { let v = UInt8(8 + (Int(n) - 232) * 10); return .rgb(v, v, v) }
        let i = Int(n) - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return .rgb(steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
    }

    static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let bright = max(r, g, b) > 170
        let threshold: UInt8 = bright ? 127 : 63
        let bits = (r > threshold ? 1 : 0) | (g > threshold ? 2 : 0) | (b > threshold ? 4 : 0)
        return UInt8(bits) + (bright && bits != 0 ? 8 : 0)
    }
}
