/// Writes JSON into a byte buffer, keys in the order given, pretty (two-space indent) or compact.
/// Spans (`[start, end]`) stay on one line either way.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var needsComma = false

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func separator() {
        if needsComma { bytes.append(0x2C) }
        newline()
    }

    mutating func beginObject() { bytes.append(0x7B); depth += 1; needsComma = false }
    mutating func endObject() {
        depth -= 1
        if needsComma { newline() }
        bytes.append(0x7D); needsComma = true
    }
    mutating func beginArray() { bytes.append(0x5B); depth += 1; needsComma = false }
    mutating func endArray() {
        depth -= 1
        if needsComma { newline() }
        bytes.append(0x5D); needsComma = true
    }

    mutating func key(_ name: String) {
        separator()
        string(name)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    /// Prepares for an array element.
    mutating func element() { separator(); needsComma = false }

    mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)]); bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        needsComma = true
    }

    mutating func number(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)); needsComma = true }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: Array((value ? "true" : "false").utf8)); needsComma = true }
    mutating func null() { bytes.append(contentsOf: Array("null".utf8)); needsComma = true }

    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Int?) { if let value { number(value) } else { null() } }

    /// `[start, end]` on one line.
    mutating func pair(_ first: Int, _ second: Int) {
        bytes.append(0x5B)
        bytes.append(contentsOf: Array(String(first).utf8))
        bytes.append(0x2C)
        if pretty { bytes.append(0x20) }
        bytes.append(contentsOf: Array(String(second).utf8))
        bytes.append(0x5D)
        needsComma = true
    }

    // Keyed conveniences.
    mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: String, _ value: Int?) { key(name); number(value) }
    mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
}
