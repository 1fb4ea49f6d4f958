/// Finds the line numbers that pleading paper and PDF converters put at the start of lines
/// (`  14   magistrate judge's home address`) so normalization can drop them.
///
/// A line qualifies when it opens with up to six spaces, a number from 1 to 32, then two or more
/// spaces or the line's end. Numbers count only as part of a run (`n` follows `n - 1`, or a page
/// starts again at 1), and nothing is dropped unless the document has at least eight of them.
enum PleadingLineNumbers {
    static func prefixes(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        struct Candidate { var range: Range<Int>; var number: Int }
        var candidates: [Candidate] = []
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            if let candidate = candidate(at: lineStart, in: bytes) {
                candidates.append(Candidate(range: candidate.range, number: candidate.number))
            }
            lineStart = ByteSearch.first(0x0A, in: bytes, from: lineStart, before: count) + 1
        }
        guard candidates.count >= 8 else { return [] }
        var accepted: [Range<Int>] = []
        for (index, candidate) in candidates.enumerated() {
            let previous = index > 0 ? candidates[index - 1].number : 0
            let following = index + 1 < candidates.count ? candidates[index + 1].number : -1
            if candidate.number == previous + 1 || following == candidate.number + 1 {
                accepted.append(candidate.range)
            }
        }
        return accepted.count >= 8 ? accepted : []
    }

    private static func candidate(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (range: Range<Int>, number: Int)? {
        let count = bytes.count
        var index = start
        while index < count && index - start < 6 && bytes[index] == 0x20 { index += 1 }
        let digitsStart = index
        var number = 0
        while index < count && index - digitsStart < 2 && bytes[index] >= 0x30 && bytes[index] <= 0x39 {
            number = number * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > digitsStart, number >= 1, number <= 32 else { return nil }
        if index == count || bytes[index] == 0x0A || bytes[index] == 0x0D {
            return (start..<index, number)
        }
        var spaces = 0
        while index < count && (bytes[index] == 0x20 || bytes[index] == 0x09) { spaces += 1; index += 1 }
        guard spaces >= 2 || (index < count && (bytes[index] == 0x0A || bytes[index] == 0x0D)) || index == count else { return nil }
        return (start..<index, number)
    }
}
