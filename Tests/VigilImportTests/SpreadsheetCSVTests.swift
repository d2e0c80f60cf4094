import Foundation
import Testing
import VigilCore
@testable import VigilImport

/// CSVs as Excel, LibreOffice and Google Sheets save them, in the four languages.
@Suite struct SpreadsheetCSVTests {
    func read(_ text: String, path: String = "hoja.csv") throws -> ImportResult {
        try FeedReader().read(data: Data(text.utf8), path: path)
    }

    @Test func spanishExcelSaveWithoutIDs() throws {
        let csv = "\u{FEFF}Fecha;Autor;Seguidores;Red;Texto;Sentimiento\r\n"
            + "03/04/2026 10:15;@ana_g;1.250;Instagram;¿Dónde está mi pedido? Llevo dos semanas esperando;Negativo\r\n"
            + "03/04/2026 11:00;luis;12;Facebook;Me encanta la nueva tetera 😍;Positivo\r\n"
            + ";;;;;\r\n"
            + "03/04/2026 11:00;luis;12;Facebook;Me encanta la nueva tetera 😍;Positivo\r\n"
            + "Total;;1.262;;;\r\n"
        let result = try read(csv)
        #expect(result.issues.isEmpty)
        #expect(result.mentions.count == 2)
        #expect(result.idsFromContent == 3 && result.duplicates == 1)
        #expect(result.warnings.contains("line 6: a totals row, not a mention: skipped"))
        let first = result.mentions[0]
        #expect(first.createdAt == Date(timeIntervalSince1970: 1_775_211_300))  // 3 April 2026 10:15 UTC, day first
        #expect(first.author.handle == "ana_g" && first.author.followers == 1250)
        #expect(first.platform == .instagram && first.sentiment?.label == .negative)
        #expect(result.mentions[1].text == "Me encanta la nueva tetera 😍")
    }

    @Test func germanLibreOfficeSaveWithBooleansAndDecimalComma() throws {
        let csv = "Datum;Benutzer;Plattform;Beitrag;Verifiziert;Stimmung\n"
            + "21.11.2026 09:30;kettlefan;X;Wasserkocher leckt schon wieder;Ja;-0,6\n"
            + "21.11.2026 09:45;anna;X;Danke für die schnelle Hilfe!;Nein;0,8\n"
        let result = try read(csv, path: "tabelle.csv")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.author.verified) == [true, false])
        #expect(result.mentions.map(\.sentimentLabel) == [.negative, .positive])
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_253_400))
    }

    @Test func frenchSheetWithStraySpacesAndEmptyColumns() throws {
        let csv = " Date de publication ;Auteur; ;Contenu ;Lien;Abonnés\n"
            + "21/11/2026 14:00;marie;;Ma bouilloire fuit, aidez-moi;https://www.facebook.com/acme/posts/101?comment_id=55;2 300\n"
            + "21/11/2026 14:05;paul;;Super service;;1\u{202F}500\n"
        let result = try read(csv, path: "feuille.csv")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.id.description) == ["facebook:101_55", result.mentions[1].id.description])
        #expect(result.idsFromURL == 1 && result.idsFromContent == 1)
        #expect(result.mentions.map(\.author.followers) == [2300, 1500])
    }

    @Test func googleSheetsEnglishWithExcelSerialDates() throws {
        let csv = "Date,Platform,Handle,Comment,Likes\n"
            + "46347.5,YouTube,viewer1,Great review!,\"1,024\"\n"
            + "46347.75,YouTube,viewer2,Mine broke after a week,3\n"
            + ",,,,\n"
            + "Totals,,,,\"1,027\"\n"
        let result = try read(csv, path: "sheet.csv")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.count == 2)
        // 46347 days after 1899-12-30 is 2026-11-21; .5 is noon.
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_262_400))
        #expect(result.mentions[1].createdAt == Date(timeIntervalSince1970: 1_795_262_400 + 6 * 3600))
        #expect(result.mentions[0].metrics.likes == 1024)
    }

    @Test func aHeaderWithoutIDTextOrURLStillFails() throws {
        let result = try read("Fecha;Seguidores\n03/04/2026;12\n")
        #expect(result.mentions.isEmpty)
        #expect(result.importedCount == 0)
    }
}
