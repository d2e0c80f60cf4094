/// The report's own words in Spanish, German and French, keyed by the English.
enum ReportWords {
    struct Translations { var es, de, fr: String }
    static let table: [String: Translations] = [:]
}
