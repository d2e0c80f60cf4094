import Foundation
import VigilImport

/// One self-updating line on standard error for imports that take more than a second:
/// file, rows, rows/s, percent of bytes, ETA. Silent when not on a terminal or with --quiet.
final class ProgressDisplay {
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: ImportSession.Progress) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed >= 1, now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let rate = Double(progress.records) / elapsed
        let fraction = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 0
        let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let name = (progress.path as NSString).lastPathComponent
        let line = String(format: "%@: %d rows  %.0f rows/s  %.0f%%  ETA %.0fs", name, progress.records, rate, fraction * 100, eta)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Ctrl-C during an import: finish the current batch, keep it, and stop.
enum StopRequest {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0

    static func install() {
        signal(SIGINT) { _ in StopRequest.requested = 1 }
    }

    static func isRequested() -> Bool { requested != 0 }
}
