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

    /// Hands the bytes written so far to `sink` and forgets them (for streaming large output).
    mutating func drain(into sink: ([UInt8]) -> Void) {
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
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

    mutating func key(_ name: StaticString) {
        separator()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    /// Prepares for an array element.
    mutating func element() { separator(); needsComma = false }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(bytes: $0) }
    }

    /// A string given as UTF-8 bytes; most need no escaping and are copied whole.
    mutating func string(bytes value: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        if !value.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            bytes.append(contentsOf: value)
            bytes.append(0x22)
            needsComma = true
            return
        }
        for byte in value {
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

    mutating func number(_ value: Int) { appendDigits(value); needsComma = true }

    private mutating func appendDigits(_ value: Int) {
        if value < 0 { bytes.append(0x2D); appendDigits(-value); return }
        if value >= 10 { appendDigits(value / 10) }
        bytes.append(UInt8(0x30 + value % 10))
    }
    mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    mutating func null() { literal("null") }

    private mutating func literal(_ word: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        needsComma = true
    }

    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Int?) { if let value { number(value) } else { null() } }

    /// `[start, end]` on one line.
    mutating func pair(_ first: Int, _ second: Int) {
        bytes.append(0x5B)
        appendDigits(first)
        bytes.append(0x2C)
        if pretty { bytes.append(0x20) }
        appendDigits(second)
        bytes.append(0x5D)
        needsComma = true
    }

    // Keyed conveniences.
    mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: Int?) { key(name); number(value) }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
}
