/// Words a PDF converter letter-spaced, joined: `B R A M M E R, Presiding Judge` →
/// `BRAMMER, Presiding Judge`; `KELLUM, J u d g e .` → `KELLUM, Judge.`; `M E M O R A N D U M
/// O P I N I O N` (words three spaces apart) → `MEMORANDUM   OPINION`.
///
/// A spaced word is a chain of three letters or more, each standing alone (no letter, digit,
/// apostrophe or period touching it) and one space from the next; its spaces are dropped, and so
/// is a space before a lone `.`, `,` or `:` closing it. Wider gaps (the converter's word breaks)
/// stay. The text made is the normalized text with those spaces deleted, so its map back to the
/// original input is the normalized text's map restricted to the bytes kept (`OffsetMap.keeping`):
/// a span read in it indexes the original as any other. Words the converter spaced with no gap
/// between them (`S t a t e o f Alabama`) come out run together (`Stateof Alabama`): a name is
/// read joined, a phrase is not split back into its words.
struct LetterSpacing: Sendable {
    /// The text with spaced words joined.
    let bytes: [UInt8]
    /// From `bytes` to the original input.
    let map: OffsetMap
    /// The runs of the normalized text kept, and where each starts in `bytes`.
    private let runs: [(normalized: Range<Int>, start: Int)]

    /// The offset in `bytes` of the normalized byte at `offset` (a dropped space: the byte after it).
    func offset(ofNormalized offset: Int) -> Int {
        var low = 0, high = runs.count - 1
        guard high >= 0 else { return offset }
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].normalized.lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        let run = runs[low]
        return run.start + min(max(0, offset - run.normalized.lowerBound), run.normalized.count)
    }

    /// The normalized offset of the byte at `offset` in `bytes` (the inverse of `offset(ofNormalized:)`).
    func normalized(ofOffset offset: Int) -> Int {
        var low = 0, high = runs.count - 1
        guard high >= 0 else { return offset }
        while low < high {
            let mid = (low + high + 1) / 2
            if runs[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        let run = runs[low]
        return run.normalized.lowerBound + max(0, offset - run.start)
    }

    /// The normalized range of a range in `bytes`.
    func normalized(ofRange range: Range<Int>) -> Range<Int> {
        let start = normalized(ofOffset: range.lowerBound)
        guard range.upperBound > range.lowerBound else { return start..<start }
        return start..<max(start, normalized(ofOffset: range.upperBound - 1) + 1)
    }

    /// The range in `bytes` of a normalized range.
    func range(ofNormalized range: Range<Int>) -> Range<Int> {
        let start = offset(ofNormalized: range.lowerBound)
        return start..<max(start, offset(ofNormalized: range.upperBound))
    }

    /// The normalized text with its spaced words joined, or nil when it has none.
    static func collapse(_ text: UnsafeBufferPointer<UInt8>, map: OffsetMap) -> LetterSpacing? {
        let dropped = spaces(in: text)
        guard !dropped.isEmpty else { return nil }
        var kept: [(normalized: Range<Int>, start: Int)] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var from = 0
        for space in dropped + [text.count] {
            if space > from {
                kept.append((from..<space, bytes.count))
                bytes.append(contentsOf: text[from..<space])
            }
            from = space + 1
        }
        return LetterSpacing(bytes: bytes, map: map.keeping(kept.map(\.normalized)), runs: kept)
    }

    /// Whether the byte is part of a word: a letter, a digit, an apostrophe or a period.
    @inline(__always) private static func isWordByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte) || byte == 0x27 || byte == 0x2E || byte >= 0x80
    }

    /// The offsets of the spaces to drop, in order.
    static func spaces(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        let count = text.count
        func at(_ index: Int) -> UInt8 { index >= 0 && index < count ? text[index] : 0 }
        /// A letter with no word byte on either side.
        func isLone(_ index: Int) -> Bool {
            ByteClass.isLetter(at(index)) && !isWordByte(at(index - 1)) && !isWordByte(at(index + 1))
        }
        var result: [Int] = []
        var index = 0
        while index < count {
            // Cheap skip to the next space with a letter on both sides.
            guard at(index) == 0x20, isLone(index - 1), isLone(index + 1) else { index += 1; continue }
            // The chain from the letter before this space.
            var letters = 1
            var end = index - 1
            while at(end + 1) == 0x20 && isLone(end + 2) {
                letters += 1
                end += 2
            }
            if letters >= 3 {
                for space in stride(from: index, to: end, by: 2) { result.append(space) }
                // `J u d g e .`: a lone closing mark after the last letter.
                let mark = at(end + 2)
                if at(end + 1) == 0x20, mark == 0x2E || mark == 0x2C || mark == 0x3A, !isWordByte(at(end + 3)) { result.append(end + 1) }
            }
            index = end + 1
        }
        return result
    }
}
