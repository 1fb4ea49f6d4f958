/// Writes JSON into a byte buffer, keys in the order given, pretty (two-space indent) or compact.
/// Spans (`[start, end]`) stay on one line either way.
///
/// The buffer is raw memory the writer owns (so it cannot be copied): an `Array` append checks
/// uniqueness and capacity byte by byte, which made JSON a sixth of the time of a short order.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written and not yet drained.
    private(set) var count = 0
    private let pretty: Bool
    private var depth = 0
    private var needsComma = false

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Makes room for `extra` more bytes.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always) private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count)
        (base + count).update(from: start, count: source.count)
        count += source.count
    }

    @inline(__always) private mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    private mutating func newline() {
        guard pretty else { return }
        reserve(1 + 2 * depth)
        base[count] = 0x0A
        (base + count + 1).update(repeating: 0x20, count: 2 * depth)
        count += 1 + 2 * depth
    }

    private mutating func separator() {
        if needsComma { append(0x2C) }
        newline()
    }

    /// Hands the bytes written so far to `sink` and forgets them (for streaming large output).
    mutating func drain(into sink: ([UInt8]) -> Void) {
        sink(bytes)
        count = 0
    }

    mutating func beginObject() { append(0x7B); depth += 1; needsComma = false }
    mutating func endObject() {
        depth -= 1
        if needsComma { newline() }
        append(0x7D); needsComma = true
    }
    mutating func beginArray() { append(0x5B); depth += 1; needsComma = false }
    mutating func endArray() {
        depth -= 1
        if needsComma { newline() }
        append(0x5D); needsComma = true
    }

    mutating func key(_ name: StaticString) {
        separator()
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        base[count] = 0x22
        (base + count + 1).update(from: name.utf8Start, count: length)
        base[count + length + 1] = 0x22
        base[count + length + 2] = 0x3A
        count += length + 3
        if pretty { base[count] = 0x20; count += 1 }
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
        append(0x22)
        if !value.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            append(value)
            append(0x22)
            needsComma = true
            return
        }
        let hex: StaticString = "0123456789abcdef"
        for byte in value {
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0..<0x20:
                append("\\u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0xF)])
            default: append(byte)
            }
        }
        append(0x22)
        needsComma = true
    }

    mutating func number(_ value: Int) { appendDigits(value); needsComma = true }

    private mutating func appendDigits(_ value: Int) {
        reserve(20)
        if value < 0 {
            base[count] = 0x2D
            count += 1
        }
        // Digits are written backwards into place, then reversed.
        var magnitude = value.magnitude
        let first = count
        repeat {
            base[count] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var low = first, high = count - 1
        while low < high {
            let byte = base[low]
            base[low] = base[high]
            base[high] = byte
            low += 1
            high -= 1
        }
    }
    mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }
    mutating func null() { literal("null") }

    private mutating func literal(_ word: StaticString) {
        append(word)
        needsComma = true
    }

    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func number(_ value: Int?) { if let value { number(value) } else { null() } }

    /// `[start, end]` on one line.
    mutating func pair(_ first: Int, _ second: Int) {
        append(0x5B)
        appendDigits(first)
        append(0x2C)
        if pretty { append(0x20) }
        appendDigits(second)
        append(0x5D)
        needsComma = true
    }

    // Keyed conveniences.
    mutating func field(_ name: StaticString, _ value: String?) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: Int?) { key(name); number(value) }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
}
