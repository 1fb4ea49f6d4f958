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
