import Foundation

/// Phase times on standard error when VIGIL_TIMING is set: for finding what makes a report slow.
struct PhaseTiming {
    static let enabled = ProcessInfo.processInfo.environment["VIGIL_TIMING"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("vigil:   \(name) \(String(format: "%.3f", Double(now - last) / 1e9)) s\n".utf8))
        last = now
    }
}
