/// Validates UTF-8 once, up front, so that nothing downstream (PCRE2 included) re-validates.
enum UTF8Validator {
    /// Returns the offset of the first invalid byte, or nil when `bytes` is well-formed UTF-8
    /// (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // ASCII fast path, eight bytes at a time.
            index = ByteSearch.firstNonASCII(in: bytes, from: index, before: count)
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            var next = index + 2
            while next < index + length {
                guard bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }

    /// Returns the offset of a byte that marks the input as binary: a NUL, or a sample whose
    /// control characters (other than tab, newline, carriage return, form feed) exceed 10%.
    static func binaryOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let nul = ByteSearch.first(0, in: bytes, from: 0, before: bytes.count)
        if nul < bytes.count { return nul }
        let sample = min(bytes.count, 65_536)
        var controls = 0
        var first = -1
        func check(_ index: Int) {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                controls += 1
                if first < 0 { first = index }
            }
        }
        var index = 0
        if let base = bytes.baseAddress {
            // Eight bytes at a time: only a word holding a byte below 0x20 is looked at byte by byte
            // (`(w - 0x20…) & ~w & 0x80…` is non-zero exactly when some byte is below 0x20).
            while index + 8 <= sample {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                    for offset in index..<(index + 8) { check(offset) }
                }
                index += 8
            }
        }
        while index < sample {
            check(index)
            index += 1
        }
        return sample > 0 && controls * 10 > sample ? first : nil
    }
}
