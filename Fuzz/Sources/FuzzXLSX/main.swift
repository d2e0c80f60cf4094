import Foundation
import FuzzSupport
import VigilImport
import ZIPFoundation

/// The .xlsx reader over arbitrary bytes, two ways: as the whole file (the zip container and
/// everything after it), and as the worksheet XML inside a well-formed workbook (with the same
/// bytes as its shared strings), so the SpreadsheetML reader sees every input the fuzzer makes.
@_cdecl("FuzzXLSX_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = FeedReader()
    _ = try? reader.read(data: data, path: "fuzz.xlsx", format: "xlsx")
    _ = try? reader.read(data: Data([0x50, 0x4B, 0x03, 0x04]) + data, path: "fuzz.xlsx")
    if let workbook = try? workbook(sheet: data, sharedStrings: data) {
        _ = try? reader.read(data: workbook, path: "fuzz.xlsx")
    }
    return 0
}

func workbook(sheet: Data, sharedStrings: Data) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    func add(_ path: String, _ data: Data) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { (position: Int64, size: Int) in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    try add("xl/workbook.xml", Data(#"<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8))
    try add("xl/_rels/workbook.xml.rels", Data(#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))
    try add("xl/worksheets/sheet1.xml", sheet)
    try add("xl/sharedStrings.xml", sharedStrings)
    try add("xl/styles.xml", sheet)
    return archive.data ?? Data()
}
