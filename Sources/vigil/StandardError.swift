import VigilCore
import Foundation
import VigilImport

/// `print(..., to: &standardError)` for messages that must not mix with command output.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        // Messages quote feed text and file names: never let them carry escape sequences.
        FileHandle.standardError.write(Data(Printable.text(string, keepingNewlines: true).utf8))
    }
}

nonisolated(unsafe) var standardError = StandardError()
