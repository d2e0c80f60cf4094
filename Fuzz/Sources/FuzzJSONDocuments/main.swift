import Foundation
import FuzzSupport
import VigilImport

/// Every JSON document importer (generic and platform profiles) over arbitrary bytes.
@_cdecl("FuzzJSONDocuments_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let reader = FeedReader()
    for name in ["json", "x-api-v2", "x-v1", "reddit", "mastodon", "x-archive", "youtube", "facebook", "instagram", "bluesky",
                 "threads", "telegram", "google-reviews", "trustpilot", "tiktok"] {
        _ = try? reader.read(data: data, path: "fuzz.json", format: name)
    }
    _ = try? reader.read(data: data, path: "fuzz")  // detection
    return 0
}
