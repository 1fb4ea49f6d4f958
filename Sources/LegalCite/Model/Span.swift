/// A range of the ORIGINAL input, in UTF-8 bytes. Output converts it to Unicode-scalar offsets.
public struct Span: Hashable, Sendable, Comparable {
    public let start: Int
    public let end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    init(_ range: Range<Int>) { self.init(range.lowerBound, range.upperBound) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
