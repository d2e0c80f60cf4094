import Foundation
import FuzzSupport
import VigilImport

/// Every CSV profile over arbitrary bytes (through encoding detection and dialect sniffing).
@_cdecl("FuzzCSV_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = FeedReader()
    for importer in ImporterRegistry.standard.importers where importer is CSVImporter {
        _ = try? reader.read(data: data, path: "fuzz.csv", format: importer.name)
    }
    return 0
}
