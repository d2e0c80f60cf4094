/// Rows in COPY's text format: fields separated by tabs, rows by newlines, NULL as `\N`, and
/// backslash, tab, newline and carriage return escaped, so any text a stranger posts arrives
/// as it was written.
struct CopyBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private var atRowStart = true

    mutating func field(_ value: String?) {
        if !atRowStart { bytes.append(9) }
        atRowStart = false
        guard let value else {
            bytes.append(92); bytes.append(78)  // \N
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 92: bytes.append(92); bytes.append(92)
            case 9: bytes.append(92); bytes.append(116)
            case 10: bytes.append(92); bytes.append(110)
            case 13: bytes.append(92); bytes.append(114)
            case 0: continue  // PostgreSQL text cannot hold NUL
            default: bytes.append(byte)
            }
        }
    }

    mutating func field(_ value: Int?) { field(value.map(String.init)) }
    mutating func field(_ value: Double?) { field(value.map { "\($0)" }) }

    /// Rows ended so far.
    private(set) var rows = 0

    mutating func endRow() {
        rows += 1
        bytes.append(10)
        atRowStart = true
    }
}
