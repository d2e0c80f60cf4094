import Foundation
import Testing
@testable import VigilReport

@Suite struct ReportLanguageTests {
    @Test func numbersInEachLanguage() {
        #expect(ReportLanguage.en.count(1_234_567) == "1,234,567")
        #expect(ReportLanguage.de.count(1_234_567) == "1.234.567")
        #expect(ReportLanguage.es.count(1_234) == "1234")
        #expect(ReportLanguage.es.count(12_345) == "12.345")
        #expect(ReportLanguage.fr.count(12_345) == "12\u{202F}345")
        #expect(ReportLanguage.en.share(0.125) == "12.5%")
        #expect(ReportLanguage.de.share(0.125) == "12,5\u{00A0}%")
        #expect(ReportLanguage.en.change(0.25) == "+25%")
        #expect(ReportLanguage.en.change(-0.1) == "−10%")
        #expect(ReportLanguage.en.change(nil) == "new")
        #expect(ReportLanguage.en.duration(45 * 60) == "45\u{00A0}min")
        #expect(ReportLanguage.en.duration(3 * 3600 + 20 * 60) == "3\u{00A0}h 20\u{00A0}min")
        #expect(ReportLanguage.fr.duration(2 * 86_400 + 4 * 3600) == "2\u{00A0}j 4\u{00A0}h")
        #expect(ReportLanguage.en.duration(nil) == "–")
    }

    @Test func datesInEachLanguage() {
        let zone = TimeZone(identifier: "Europe/Madrid")!
        let date = Date(timeIntervalSince1970: 1_796_637_600)  // 2026-12-07T10:00:00Z
        #expect(ReportLanguage.en.longDate(date, zone) == "7 December 2026")
        #expect(ReportLanguage.es.longDate(date, zone) == "7 de diciembre de 2026")
        #expect(ReportLanguage.de.longDate(date, zone) == "7. Dezember 2026")
        #expect(ReportLanguage.fr.longDate(date, zone) == "7 décembre 2026")
        #expect(ReportLanguage.en.clock(date, zone) == "11:00")
        let week = ReportPeriod.containing(date, kind: .week, timeZone: zone)
        #expect(ReportLanguage.en.periodText(week) == "7–13 December 2026")
        #expect(ReportLanguage.de.periodText(week) == "7.–13. Dezember 2026")
        #expect(ReportLanguage.es.periodText(ReportPeriod.containing(date, kind: .month, timeZone: zone)) == "Diciembre de 2026")
    }

    @Test func everyWordHasItsTranslations() {
        for (english, words) in ReportWords.table {
            #expect(!words.es.isEmpty && !words.de.isEmpty && !words.fr.isEmpty, "\(english)")
        }
        #expect(ReportLanguage.de.t("Sentiment") == "Stimmung")
        #expect(ReportLanguage.fr.t("Incidents") == "Incidents")
    }
}
