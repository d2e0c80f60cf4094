import Foundation
import FuzzSupport
import VigilImport

/// The byte-level JSON Lines reader (and Talkwalker's chunk stream) over arbitrary bytes.
@_cdecl("FuzzJSONLines_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = FeedReader()
    _ = try? reader.read(data: data, path: "fuzz.jsonl", format: "jsonl")
    _ = try? reader.read(data: data, path: "fuzz.jsonl", format: "talkwalker")
    return 0
}
