import Foundation

/// `print(..., to: &standardError)` for messages that must not mix with command output.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

nonisolated(unsafe) var standardError = StandardError()
