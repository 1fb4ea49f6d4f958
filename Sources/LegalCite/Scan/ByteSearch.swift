#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches over raw bytes at memory speed, for every layer: `memchr` (vectorized) for one byte,
/// words of eight bytes for runs of ASCII. Offsets index `buffer`; a search from `from` to `end`
/// that finds nothing answers `end`.
enum ByteSearch {
    /// The offset of the first `byte` at or after `from` and before `end`, or `end`.
    static func first(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, before end: Int) -> Int {
        let start = max(0, from), limit = min(end, buffer.count)
        guard start < limit, let base = buffer.baseAddress,
              let hit = memchr(base + start, Int32(byte), limit - start) else { return limit }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// The offset of the first byte of 0x80 or more at or after `from` and before `end`, or `end`.
    static func firstNonASCII(in buffer: UnsafeBufferPointer<UInt8>, from: Int, before end: Int) -> Int {
        var index = max(0, from)
        let limit = min(end, buffer.count)
        guard let base = buffer.baseAddress else { return limit }
        while index + 8 <= limit {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < limit && base[index] < 0x80 { index += 1 }
        return index
    }

    /// The first offset at or after `from` (and before `end`) holding an ASCII capital, or `end`:
    /// eight bytes at a time (a byte of 0x41...0x5A, told apart without carries between bytes).
    static func firstUpper(in buffer: UnsafeBufferPointer<UInt8>, from: Int, before end: Int) -> Int {
        var index = max(0, from)
        let limit = min(end, buffer.count)
        guard let base = buffer.baseAddress else { return limit }
        while index + 8 <= limit {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let low = word & 0x7F7F_7F7F_7F7F_7F7F  // each byte below 0x80: adding 0x3F or 0x25 cannot carry
            let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where the byte is 0x41 or more
            let aboveZ = low &+ 0x2525_2525_2525_2525  // high bit set where the byte is 0x5B or more
            let capitals = atLeastA & ~aboveZ & ~word & 0x8080_8080_8080_8080
            if capitals != 0 { return index + capitals.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < limit && !ByteClass.isUpper(base[index]) { index += 1 }
        return index
    }

    /// Whether `literal` occurs at or after `from`: `memchr` to each candidate first byte, then a
    /// comparison of the rest.
    static func contains(_ literal: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        guard let first = literal.first, let base = buffer.baseAddress else { return false }
        let last = buffer.count - literal.count  // the last offset a match can start at
        var cursor = max(0, from)
        while cursor <= last {
            cursor = Self.first(first, in: buffer, from: cursor, before: last + 1)
            guard cursor <= last else { return false }
            if memcmp(base + cursor, literal, literal.count) == 0 { return true }
            cursor += 1
        }
        return false
    }
}
