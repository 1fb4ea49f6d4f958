/// Read-only access to the normalized bytes for the recognizers: byte tests, literal matching
/// and slicing, all bounds-checked, so a recognizer reading past the end just sees "no".
struct TextView {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always) subscript(_ index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    /// The first offset at or after `start` (and before `end`) holding a byte of 0x80 or more, or
    /// `end`: ASCII is passed over eight bytes at a time.
    func nextNonASCII(from start: Int, before end: Int) -> Int {
        ByteSearch.firstNonASCII(in: bytes, from: start, before: end)
    }

    /// The first offset of `byte` at or after `start` and before `end`, or `end` (memchr).
    func next(_ byte: UInt8, from start: Int, before end: Int) -> Int {
        ByteSearch.first(byte, in: bytes, from: start, before: end)
    }

    /// The end of the line holding `index`: the offset of its newline, or the end of the text.
    func lineEnd(from index: Int) -> Int {
        index >= count ? index : next(0x0A, from: index, before: count)
    }

    /// The start of the line holding the byte before `index`, looking back at most `limit` bytes.
    func lineStart(before index: Int, limit: Int = .max) -> Int {
        var start = index
        while start > 0 && self[start - 1] != 0x0A && index - start < limit { start -= 1 }
        return start
    }

    /// Whether `literal` stands at `index`.
    func has(_ literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index >= 0, index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `word` (written in lower case) stands at `index` in any mix of ASCII cases.
    func hasCaseless(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index >= 0, index + length <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] { return false }
        return true
    }

    /// Whether `word` (written in lower case) stands anywhere in `range`, in any mix of ASCII cases.
    func containsCaseless(_ word: StaticString, in range: Range<Int>) -> Bool {
        let first = word.utf8Start[0]
        let end = min(range.upperBound, bytes.count) - word.utf8CodeUnitCount
        var index = max(0, range.lowerBound)
        while index <= end {
            if bytes[index] | 0x20 == first && hasCaseless(word, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether `literal` stands anywhere in `range`, exactly as written.
    func contains(_ literal: StaticString, in range: Range<Int>) -> Bool {
        let end = min(range.upperBound, bytes.count) - literal.utf8CodeUnitCount
        var index = max(0, range.lowerBound)
        while index <= end {
            index = next(literal.utf8Start[0], from: index, before: end + 1)
            if index > end { return false }
            if has(literal, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Whether `literal` ends just before `index`.
    func has(_ literal: StaticString, endingAt index: Int) -> Bool {
        has(literal, at: index - literal.utf8CodeUnitCount)
    }

    func skipSpaces(from index: Int, limit: Int = 16) -> Int {
        var cursor = index
        while cursor < bytes.count && ByteClass.isSpace(bytes[cursor]) && cursor - index < limit { cursor += 1 }
        return cursor
    }

    func skipSpacesBackward(from index: Int, limit: Int = 16) -> Int {
        var cursor = index
        while cursor > 0 && ByteClass.isSpace(bytes[cursor - 1]) && index - cursor < limit { cursor -= 1 }
        return cursor
    }

    func skipDigits(from index: Int, limit: Int = 12) -> Int {
        var cursor = index
        while cursor < bytes.count && ByteClass.isDigit(bytes[cursor]) && cursor - index < limit { cursor += 1 }
        return cursor
    }

    /// The text of `range` as written (normalized).
    func string(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The text of `range` with each run of white space folded to one space, trimmed.
    func words(_ range: Range<Int>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var pendingSpace = false
        for index in max(0, range.lowerBound)..<min(bytes.count, range.upperBound) {
            let byte = bytes[index]
            if ByteClass.isSpace(byte) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The start of the white-space-delimited word that ends at `end`.
    func wordStart(endingAt end: Int) -> Int {
        var cursor = end
        while cursor > 0 && !ByteClass.isSpace(bytes[cursor - 1]) { cursor -= 1 }
        return cursor
    }

    /// Where `words` end if they are written from `index` on (after white space), separated by
    /// any run of white space: `of the Federal⏎Rules` is `["of", "the", "Federal", "Rules"]`.
    func endOfWords(_ words: [String], at index: Int) -> Int? {
        var cursor = index
        for word in words {
            let start = skipSpaces(from: cursor, limit: 40)
            guard start > cursor || word == words.first else { return nil }
            var position = start
            for byte in word.utf8 {
                guard position < count, bytes[position] == byte else { return nil }
                position += 1
            }
            guard position >= count || !ByteClass.isAlphanumeric(bytes[position]) else { return nil }
            cursor = position
        }
        return cursor
    }

    /// Where `words` start if they are written just before `index` (one space between them and
    /// `index`, any white space between each other): `Habeas Corpus` before `Rule 4`.
    func startOfWords(_ words: [String], endingBefore index: Int) -> Int? {
        var cursor = index
        for word in words.reversed() {
            let end = skipSpacesBackward(from: cursor, limit: word == words.last ? 1 : 40)
            guard end < cursor else { return nil }
            let start = end - word.utf8.count
            guard start >= 0, string(start..<end) == word, start == 0 || !ByteClass.isAlphanumeric(bytes[start - 1]) else { return nil }
            cursor = start
        }
        return cursor
    }
}
