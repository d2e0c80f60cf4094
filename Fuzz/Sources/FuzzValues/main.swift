import Foundation
import FuzzSupport
import VigilImport

/// Date and number parsing over arbitrary text.
@_cdecl("FuzzValues_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzzOne(UnsafeRawPointer(start) ?? UnsafeRawPointer(bitPattern: 1)!, count) }
}

func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = TimestampParser().parse(text)
    _ = TimestampParser(dayFirst: true).parse(text)
    _ = NumberParser.count(text)
    _ = NumberParser.bool(text)
    return 0
}
