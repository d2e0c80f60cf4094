import Foundation

/// Wall-clock timing helpers for the benchmark table.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Runs `body` `count` times and returns the sorted durations in milliseconds.
    static func samples(_ count: Int, _ body: () -> Void) -> [Double] {
        (0..<count).map { _ in seconds(body) * 1000 }.sorted()
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
    }

    static func row(_ name: String, _ value: String, _ note: String = "") {
        print(name.padding(toLength: 46, withPad: " ", startingAt: 0) + value.padding(toLength: 22, withPad: " ", startingAt: 0) + note)
    }

    /// Runs a Python script that prints the seconds it measured; nil when Python is missing.
    /// `interpreter`: a particular Python (a venv's), else `python3` from PATH.
    static func python(_ script: String, arguments: [String], interpreter: String? = nil) -> Double? {
        command(interpreter ?? "/usr/bin/env", (interpreter == nil ? ["python3"] : []) + ["-c", script] + arguments)
    }

    /// Runs a program that prints the seconds it measured as the last word of its output.
    static func command(_ executable: String, _ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let words = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.last.flatMap { Double($0) }
    }

    static func format(_ value: Double, decimals: Int = 0) -> String {
        String(format: "%.\(decimals)f", value)
    }
}
