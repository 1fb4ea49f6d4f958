extension StringProtocol {
    /// The words between single ASCII spaces, empty ones left out, like `split(separator: " ")`
    /// but over UTF-8 bytes: no grapheme-cluster breaking, which made the readers of captions,
    /// signatures and case names spend a twentieth of their time splitting words.
    func splitOnSpaces(maxSplits: Int = .max) -> [SubSequence] {
        var words: [SubSequence] = []
        var start = startIndex
        var index = startIndex
        let utf8 = self.utf8
        while index != endIndex {
            if utf8[index] == 0x20 {
                if words.count == maxSplits { break }
                if start != index { words.append(self[start..<index]) }
                index = utf8.index(after: index)
                start = index
            } else {
                index = utf8.index(after: index)
            }
        }
        if start != endIndex { words.append(self[start..<endIndex]) }
        return words
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Without the given ASCII punctuation at either end (`"ORDER:"` → `"ORDER"`).
    func trimmingASCII(_ characters: StaticString) -> SubSequence {
        let set = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
        var start = startIndex, end = endIndex
        while start != end && set.contains(utf8[start]) { start = utf8.index(after: start) }
        while end != start && set.contains(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return self[start..<end]
    }

    /// `trimmingASCII` as a `String`: what Foundation's `trimmingCharacters(in:)` gives for an ASCII
    /// set, without building a `CharacterSet` on every call.
    func trimmedASCII(_ characters: StaticString) -> String { String(trimmingASCII(characters)) }
}

/// Substring search over UTF-8 bytes. The standard library's `contains(_:)`, `firstRange(of:)`
/// for strings come from _StringProcessing and compare characters: about ten thousand
/// instructions a call, which made `contains("nos")` the most expensive line of the docket-entry
/// recognizer. Needles here are literals; a byte match always falls on scalar boundaries.
extension String {
    /// The offset in UTF-8 bytes of the first (or last) occurrence of `needle`.
    private func byteOffset(of needle: String, last: Bool) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        var text = self
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= pattern.count else { return nil }
            let starts = 0...(bytes.count - pattern.count)
            let matches = { (start: Int) in
                bytes[start] == pattern[0] && (1..<pattern.count).allSatisfy { bytes[start + $0] == pattern[$0] }
            }
            return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
        }
    }

    private func range(atByte offset: Int, count: Int) -> Range<String.Index> {
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: count)
    }

    /// The range of the first occurrence of `needle`.
    func firstRangeBytes(of needle: String) -> Range<String.Index>? {
        byteOffset(of: needle, last: false).map { range(atByte: $0, count: needle.utf8.count) }
    }

    /// The range of the last occurrence of `needle`.
    func lastRange(of needle: String) -> Range<String.Index>? {
        byteOffset(of: needle, last: true).map { range(atByte: $0, count: needle.utf8.count) }
    }

    /// Whether `needle` occurs.
    func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle, last: false) != nil }
}

/// A word of at most 16 ASCII bytes, lower-cased and packed into two integers: a set of words a
/// reader looks words up in, without a `String` made for each word of the text.
struct PackedWord: Hashable, Sendable {
    private let low: UInt64
    private let high: UInt64

    /// Nil for a word longer than 16 bytes or with a byte outside ASCII.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            let lower = UInt64(ByteClass.isUpper(byte) ? byte | 0x20 : byte)
            if offset < 8 { low |= lower << (offset * 8) } else { high |= lower << ((offset - 8) * 8) }
        }
        self.low = low
        self.high = high
    }

    init?(_ word: String) { self.init(Array(word.utf8)) }
}
