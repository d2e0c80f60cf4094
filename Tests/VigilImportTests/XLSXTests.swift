import Foundation
import Testing
import VigilCore
import ZIPFoundation
@testable import VigilImport

@Suite struct XLSXTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A workbook assembled part by part, as other writers than Excel produce them.
    static func workbook(sheets: [(name: String, xml: String)], sharedStrings: [String] = [], styles: String? = nil) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { (position: Int64, size: Int) in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        var workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        var relations = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (index, sheet) in sheets.enumerated() {
            workbook += #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
            relations += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
            try add("xl/worksheets/sheet\(index + 1).xml", sheet.xml)
        }
        try add("xl/workbook.xml", workbook + "</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", relations + "</Relationships>")
        if !sharedStrings.isEmpty {
            try add("xl/sharedStrings.xml", #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>")
        }
        if let styles { try add("xl/styles.xml", styles) }
        return archive.data!
    }

    @Test func theSampleWorkbookReadsLikeASpreadsheetExport() throws {
        let result = try FeedReader().read(path: Self.root.appendingPathComponent("SampleFeeds/formats/spreadsheet.xlsx").path)
        #expect(result.format == "xlsx" && result.issues.isEmpty)
        #expect(result.mentions.count == 5)
        let first = result.mentions[0]
        #expect(first.id == MentionID(platform: .instagram, nativeID: "17912345678901234"))
        #expect(first.createdAt == Date(timeIntervalSince1970: 1_795_252_500))  // 21 Nov 2026 09:15, a date cell
        #expect(first.author.handle == "ana_g" && first.author.followers == 1250 && !first.author.verified)
        #expect(result.mentions[1].author.verified && result.mentions[1].text == "The new Aria kettle is brilliant & quiet <3")
        #expect(result.mentions[2].text == "¿Van a hacer una retirada del producto?\nTengo dos en casa.")
        #expect(result.idsFromURL == 4 && result.idsFromContent == 1)
        #expect(result.warnings.contains("sheet 'Menciones' row 11: a totals row, not a mention: skipped"))
        #expect(result.warnings.contains { $0.hasPrefix("read sheet 'Menciones' of 2") })
    }

    @Test func inlineStringsPrefixesRichTextEscapesAndStyles() throws {
        let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>id</x:t></x:is></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="E1" t="inlineStr"><x:is><x:t>Verified</x:t></x:is></x:c></x:row>
        <x:row r="2"><x:c r="A2"><x:v>101</x:v></x:c><x:c r="B2" s="1"><x:v>46347.5</x:v></x:c><x:c r="C2" t="s"><x:v>2</x:v></x:c><x:c r="E2" t="b"><x:v>1</x:v></x:c></x:row>
        <x:row r="3"/>
        <x:row r="4"><x:c r="A4" t="str"><x:v>102</x:v></x:c><x:c r="B4" s="2"><x:v>46347.25</x:v></x:c><x:c r="C4" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">first line_x000D_
        second </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>&amp; bold &#233;</x:t></x:r></x:is></x:c></x:row>
        </x:sheetData></x:worksheet>
        """
        let styles = """
        <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd&quot;T&quot;hh:mm"/></numFmts>
        <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="164"/></cellXfs></styleSheet>
        """
        let data = try Self.workbook(sheets: [("Export", sheet)], sharedStrings: ["<t>Date</t>", "<r><t>Te</t></r><r><t>xt</t></r>", "<t>Hola &lt;mundo&gt;</t><rPh><t>ほら</t></rPh>"], styles: styles)
        let result = try FeedReader().read(data: data, path: "export.xlsx")
        #expect(result.issues.isEmpty)
        #expect(result.mentions.map(\.id.nativeID) == ["101", "102"])
        #expect(result.mentions[0].text == "Hola <mundo>" && result.mentions[0].author.verified)
        #expect(result.mentions[1].text == "first line\r\nsecond & bold é")
        #expect(result.mentions[0].createdAt == Date(timeIntervalSince1970: 1_795_262_400))
        #expect(result.mentions[1].createdAt == Date(timeIntervalSince1970: 1_795_262_400 - 6 * 3600))
    }

    @Test func aSheetIsChosenByName() throws {
        let header = #"<row><c t="inlineStr"><is><t>created_at</t></is></c><c t="inlineStr"><is><t>text</t></is></c></row>"#
        func row(_ text: String) -> String { #"<row><c><v>46347</v></c><c t="inlineStr"><is><t>\#(text)</t></is></c></row>"# }
        let data = try Self.workbook(sheets: [("Summary", "<worksheet><sheetData>\(header)\(row("from summary"))</sheetData></worksheet>"),
                                              ("Mentions", "<worksheet><sheetData>\(header)\(row("from mentions"))</sheetData></worksheet>")])
        var registry = ImporterRegistry.standard
        registry.importers = registry.importers.map { $0 is XLSXImporter ? XLSXImporter(sheet: "mentions") : $0 }
        let named = try FeedReader(registry: registry).read(data: data, path: "book.xlsx")
        #expect(named.mentions.map(\.text) == ["from mentions"] && named.warnings.isEmpty)
        let first = try FeedReader().read(data: data, path: "book.xlsx")
        #expect(first.mentions.map(\.text) == ["from summary"])
        registry.importers = registry.importers.map { $0 is XLSXImporter ? XLSXImporter(sheet: "Nope") : $0 }
        let missing = try FeedReader(registry: registry).read(data: data, path: "book.xlsx")
        #expect(missing.issues.map(\.reason) == ["no sheet named 'Nope' (sheets: Summary, Mentions)"])
    }

    @Test func aLargeWorkbookStreamsInBatches() throws {
        var rows = #"<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>"#
        var strings = ["<t>date</t>", "<t>author</t>", "<t>text</t>"]
        for i in 0..<20_000 {
            strings.append("<t>mention number \(i) with some words in it</t>")
            rows += #"<row r="\#(i + 2)"><c r="A\#(i + 2)"><v>\#(46_000 + i % 300).5</v></c><c r="B\#(i + 2)" t="inlineStr"><is><t>user\#(i % 97)</t></is></c><c r="C\#(i + 2)" t="s"><v>\#(i + 3)</v></c></row>"#
        }
        let data = try Self.workbook(sheets: [("Big", "<worksheet><sheetData>\(rows)</sheetData></worksheet>")], sharedStrings: strings)
        var batches = 0
        var delivered: [Mention] = []
        let result = try FeedReader().read(data: data, path: "big.xlsx", session: ImportSession(onBatch: { batches += 1; delivered += $0 }))
        #expect(result.issues.isEmpty && result.importedCount == 20_000)
        #expect(batches >= 19)
        #expect(delivered.last?.text == "mention number 19999 with some words in it")
        #expect(Set(delivered.map(\.id)).count == 20_000)
        // Shared strings moved to a mapped temporary file read the same.
        var small = XLSXImporter()
        small.sharedStringsInMemory = 4096
        let spilled = small.read(data, path: "big.xlsx", mapper: MentionMapper())
        #expect(spilled.mentions.map(\.text) == delivered.map(\.text))
    }

    @Test func fuzzFindingsReadWithoutCrashing() throws {
        // A workbook whose central directory points past its end: ZIPFoundation's in-memory
        // reader trapped on it (FuzzXLSX); read from data that is not a file, as a pipe gives.
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/fuzz/xlsx-damaged-central-directory.xlsx"))
        let result = try FeedReader().read(data: data, path: "<stdin>")
        #expect(result.format == "xlsx" && result.mentions.isEmpty)
        #expect(result.issues.map(\.reason) == ["not a readable .xlsx workbook (its zip directory is damaged)"])
    }

    @Test func aPartClaimingMoreBytesThanTheFileIsRefusedNotReadForever() throws {
        // ZIPFoundation reads a part until it has the size the directory claims: a sheet whose
        // entry claims 16 MB in a 6 KB file made it loop forever (FuzzXLSX).
        var bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("SampleFeeds/formats/spreadsheet.xlsx")))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var patched = false
        for i in 0..<(bytes.count - 46 - name.count) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2 {
            if Array(bytes[(i + 46)..<(i + 46 + name.count)]) == name {
                bytes.replaceSubrange((i + 20)..<(i + 24), with: [0xFF, 0xFF, 0xFF, 0x00])
                patched = true
            }
        }
        #expect(patched)
        let result = try FeedReader().read(data: Data(bytes), path: "<stdin>")
        #expect(result.issues.map(\.reason) == ["the workbook is damaged: its part xl/worksheets/sheet1.xml claims more bytes than the file holds"])
    }

    @Test func aTruncatedCompressedPartIsAnErrorNotALoop() throws {
        // The sheet's entry claims half its compressed bytes: the deflate stream ends early.
        // ZIPFoundation's reader spun forever on such a part (FuzzXLSX); Vigil's says so.
        var bytes = [UInt8](try Data(contentsOf: Self.root.appendingPathComponent("SampleFeeds/formats/spreadsheet.xlsx")))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        for i in 0..<(bytes.count - 46 - name.count) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2 {
            guard Array(bytes[(i + 46)..<(i + 46 + name.count)]) == name else { continue }
            let size = Int(bytes[i + 20]) | Int(bytes[i + 21]) << 8
            bytes[i + 20] = UInt8((size / 2) & 0xFF)
            bytes[i + 21] = UInt8((size / 2) >> 8)
        }
        let result = try FeedReader().read(data: Data(bytes), path: "cut.xlsx")
        #expect(result.issues.map(\.reason) == ["sheet 'Menciones': the workbook's part xl/worksheets/sheet1.xml is damaged (its compressed data is cut short)"])
    }

    @Test func cellReferencesPastExcelsColumnsAreIgnored() {
        func column(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer { SheetXML.column(of: $0) } }
        #expect(column("A1") == 0 && column("bc12") == 54 && column("XFD9") == 16_383)
        #expect(column("AAAAAAAAAAAAAAAAAAAAAAAA1") == nil)  // overflowed before (FuzzXLSX)
        #expect(column("12") == nil)
    }

    @Test func notAWorkbookIsAClearError() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let text = Data("hi".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(text.count), compressionMethod: .none) { (position: Int64, size: Int) in
            text.subdata(in: Int(position)..<Int(position) + size)
        }
        let result = try FeedReader().read(data: archive.data!, path: "notes.zip")
        #expect(result.issues.first?.reason.hasPrefix("not an .xlsx workbook") == true)
        let truncated = try FeedReader().read(data: Data(XLSXImporter.zipMagic + [1, 2, 3]), path: "cut.xlsx")
        #expect(truncated.issues.first?.reason.hasPrefix("not a readable .xlsx workbook") == true)
        // A real workbook cut in half (as a followed file being written is).
        let sample = try Data(contentsOf: Self.root.appendingPathComponent("SampleFeeds/formats/spreadsheet.xlsx"))
        let half = try FeedReader().read(data: sample.prefix(sample.count / 2), path: "half.xlsx")
        #expect(half.issues.map(\.reason) == ["not a readable .xlsx workbook (the zip is truncated or damaged: no end of central directory)"])
    }
}
