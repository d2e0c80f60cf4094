import VigilCore
import VigilTerminal

/// Styles by role, so views never name colours. Loaded from `Themes/*.yaml`.
public struct Theme: Sendable {
    public var name: String
    public var styles: [Role: Style]

    public enum Role: String, CaseIterable, Sendable {
        case text, muted, header, headerAccent, border, borderFocused, title, titleFocused
        case selected, selectedUnfocused, tabActive, tabInactive
        case positive, negative, neutral, unknown
        case severityCritical = "severity_critical", severityHigh = "severity_high"
        case severityMedium = "severity_medium", severityLow = "severity_low", severityInfo = "severity_info"
        case statusBar = "status_bar", footerKey = "footer_key", footerText = "footer_text"
        case warning, link, label
    }

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style { styles[role] ?? .plain }

    public func sentiment(_ label: SentimentLabel) -> Style {
        switch label {
        case .positive: return self[.positive]
        case .negative: return self[.negative]
        case .neutral: return self[.neutral]
        case .unknown: return self[.unknown]
        }
    }

    public func severity(_ severity: Severity) -> Style {
        switch severity {
        case .critical: return self[.severityCritical]
        case .high: return self[.severityHigh]
        case .medium: return self[.severityMedium]
        case .low: return self[.severityLow]
        case .info: return self[.severityInfo]
        }
    }

    /// The built-in default (same as `Themes/dark.yaml`), used when no theme file is found.
    public static let dark = Theme(name: "dark", styles: [
        .text: Style(),
        .muted: Style(foreground: .brightBlack),
        .header: Style(foreground: .brightWhite, background: .indexed(24), attributes: .bold),
        .headerAccent: Style(foreground: .brightYellow, background: .indexed(24), attributes: .bold),
        .border: Style(foreground: .brightBlack),
        .borderFocused: Style(foreground: .cyan, attributes: .bold),
        .title: Style(foreground: .white),
        .titleFocused: Style(foreground: .black, background: .cyan, attributes: .bold),
        .selected: Style(foreground: .black, background: .cyan),
        .selectedUnfocused: Style(attributes: .reverse),
        .tabActive: Style(foreground: .black, background: .cyan, attributes: .bold),
        .tabInactive: Style(foreground: .brightWhite, background: .indexed(24)),
        .positive: Style(foreground: .green, attributes: .bold),
        .negative: Style(foreground: .brightRed, attributes: .bold),
        .neutral: Style(foreground: .white),
        .unknown: Style(foreground: .brightBlack),
        .severityCritical: Style(foreground: .brightWhite, background: .red, attributes: .bold),
        .severityHigh: Style(foreground: .brightRed, attributes: .bold),
        .severityMedium: Style(foreground: .yellow, attributes: .bold),
        .severityLow: Style(foreground: .cyan),
        .severityInfo: Style(foreground: .brightBlack),
        .statusBar: Style(foreground: .brightWhite, background: .indexed(236)),
        .footerKey: Style(foreground: .black, background: .cyan),
        .footerText: Style(foreground: .white),
        .warning: Style(foreground: .brightYellow, attributes: .bold),
        .link: Style(foreground: .cyan, attributes: .underline),
        .label: Style(foreground: .brightBlack, attributes: .bold),
    ])

    /// No colours at all (same as `Themes/monochrome.yaml`): used whenever the terminal shows
    /// none or `NO_COLOR` is set, since colour-only cues (a cyan selection) would vanish.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .text: Style(),
        .muted: Style(attributes: .dim),
        .header: Style(attributes: [.reverse, .bold]),
        .headerAccent: Style(attributes: [.reverse, .bold]),
        .border: Style(attributes: .dim),
        .borderFocused: Style(attributes: .bold),
        .title: Style(),
        .titleFocused: Style(attributes: [.reverse, .bold]),
        .selected: Style(attributes: .reverse),
        .selectedUnfocused: Style(attributes: .underline),
        .tabActive: Style(attributes: [.bold, .underline]),
        .tabInactive: Style(attributes: .reverse),
        .positive: Style(attributes: .bold),
        .negative: Style(attributes: [.bold, .underline]),
        .neutral: Style(),
        .unknown: Style(attributes: .dim),
        .severityCritical: Style(attributes: [.reverse, .bold]),
        .severityHigh: Style(attributes: [.bold, .underline]),
        .severityMedium: Style(attributes: .bold),
        .severityLow: Style(),
        .severityInfo: Style(attributes: .dim),
        .statusBar: Style(attributes: .reverse),
        .footerKey: Style(attributes: .reverse),
        .footerText: Style(),
        .warning: Style(attributes: .bold),
        .link: Style(attributes: .underline),
        .label: Style(attributes: .bold),
    ])
}
