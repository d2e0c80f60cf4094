import Foundation
import FuzzSupport
import VigilImport

/// JSON documents read as a stream in tiny blocks must give exactly what reading them whole
/// gives (records and issues): a differential target for the block boundaries, for generic
/// documents and for platform documents read a batch of records at a time.
@_cdecl("FuzzJSONStream_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-fuzz-stream-\(getpid()).json").path

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // Encoding repair differs on purpose between the two paths; compare valid UTF-8 only.
    guard String(data: data, encoding: .utf8) != nil, !data.starts(with: [0xEF, 0xBB, 0xBF]) else { return 0 }
    guard FileManager.default.createFile(atPath: path, contents: data) else { return 0 }
    let whole = try? FeedReader(blockReadingThreshold: .max).read(path: path, format: "json")
    var streamed: [String] = []
    let blocks = try? FeedReader(blockReadingThreshold: 0, blockSize: 61)
        .read(path: path, format: "json", session: ImportSession(batchSize: 3, onBatch: { streamed += $0.map { "\($0.id) \($0.text)" } }))
    guard let whole, let blocks else { return 0 }
    if whole.mentions.map({ "\($0.id) \($0.text)" }) != streamed || whole.issues != blocks.issues {
        fatalError("blocks and whole differ: \(whole.mentions.count) vs \(streamed.count) mentions; \(whole.issues) vs \(blocks.issues)")
    }
    // Platform documents read a batch of records at a time: the same as whole, for valid JSON
    // (an invalid document is refused whole but read up to the damage in batches, on purpose).
    guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else { return 0 }
    for format in ["facebook", "reddit", "mastodon", "youtube", "telegram"] {
        let whole = try? FeedReader(blockReadingThreshold: .max).read(path: path, format: format)
        let batched = try? FeedReader(blockReadingThreshold: 0, blockSize: 61).read(path: path, format: format)
        guard let whole, let batched else { continue }
        if whole.mentions.map({ "\($0.id) \($0.text)" }) != batched.mentions.map({ "\($0.id) \($0.text)" }) || whole.issues != batched.issues {
            fatalError("\(format): batches and whole differ: \(whole.mentions.count) vs \(batched.mentions.count) mentions; \(whole.issues) vs \(batched.issues)")
        }
    }
    return 0
}
