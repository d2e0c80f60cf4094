import Foundation

/// Phase times on standard error when VIGIL_TIMING is set: for finding what makes a report slow.
public struct PhaseTiming {
    public static let enabled = ProcessInfo.processInfo.environment["VIGIL_TIMING"] != nil
    public init() {}

    private var last = DispatchTime.now().uptimeNanoseconds

    public mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("vigil:   \(name) \(String(format: "%.3f", Double(now - last) / 1e9)) s\n".utf8))
        last = now
    }
}
