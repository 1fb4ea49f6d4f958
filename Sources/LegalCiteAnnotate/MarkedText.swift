/// The document's text cut at every edge of a mention, footnote, footnote marker or ruling, with
/// the marks open over each piece, so that a writer (HTML, Markdown) can open and close them
/// properly nested. Mentions are never split: an edge of a footnote or ruling that falls inside
/// a mention is moved to the mention's edge.
struct MarkedText {
    enum Mark: Equatable {
        /// Outermost first: the order in which marks nest.
        /// `markup`: a tag or entity of an HTML input, drawn dim (innermost).
        case footnote(Int), ruling(Int), marker(Int), mention(Int), markup

        var depth: Int {
            switch self {
            case .footnote: 0
            case .ruling: 1
            case .marker: 2
            case .mention: 3
            case .markup: 4
            }
        }
    }

    struct Piece {
        /// UTF-8 byte range of the original input.
        let bytes: Range<Int>
        /// Outermost first.
        let marks: [Mark]
    }

    let pieces: [Piece]
    /// The mentions drawn (a mention whose span overlaps an earlier one, or lies outside the
    /// text, is left unmarked).
    let drawn: Set<Int>

    init(_ document: AnnotationDocument, text: ScalarText, markup: Bool = false) {
        let count = text.scalarCount
        // Mentions, in text order, disjoint.
        var mentionRanges: [(Range<Int>, Int)] = []
        var drawn = Set<Int>()
        for (position, mention) in document.mentions.enumerated().sorted(by: { $0.element.span.lowerBound < $1.element.span.lowerBound }) {
            let span = mention.span
            guard span.upperBound <= count, !span.isEmpty else { continue }
            if let last = mentionRanges.last, last.0.upperBound > span.lowerBound { continue }
            mentionRanges.append((span, position))
            drawn.insert(position)
        }
        self.drawn = drawn
        /// An edge inside a mention moved out of it: a start to the mention's start, an end to its end.
        func snap(_ offset: Int, isStart: Bool) -> Int {
            var low = 0, high = mentionRanges.count
            while low < high {
                let middle = (low + high) / 2
                if mentionRanges[middle].0.upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            guard low < mentionRanges.count else { return offset }
            let range = mentionRanges[low].0
            guard range.lowerBound < offset && offset < range.upperBound else { return offset }
            return isStart ? range.lowerBound : range.upperBound
        }
        var regions: [(Range<Int>, Mark)] = mentionRanges.map { ($0.0, .mention($0.1)) }
        func add(_ span: Range<Int>?, _ mark: Mark) {
            guard let span, span.upperBound <= count else { return }
            let start = snap(span.lowerBound, isStart: true), end = snap(span.upperBound, isStart: false)
            if start < end { regions.append((start..<end, mark)) }
        }
        for (index, note) in document.footnotes.enumerated() {
            add(note.span, .footnote(index))
            add(note.marker, .marker(index))
        }
        for (index, ruling) in document.rulings.enumerated() { add(ruling.span, .ruling(index)) }
        if markup { regions += Self.markup(text).map { ($0, .markup) } }

        var edges = Set([0, count])
        for (range, _) in regions { edges.insert(range.lowerBound); edges.insert(range.upperBound) }
        let sortedEdges = edges.sorted()
        let bytes = text.byteOffsets(sortedEdges)
        // Regions by start, swept with a list of the open ones.
        let byStart = regions.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var next = 0
        var open: [(Range<Int>, Mark)] = []
        var pieces: [Piece] = []
        for (left, right) in zip(sortedEdges, sortedEdges.dropFirst()) {
            open.removeAll { $0.0.upperBound <= left }
            while next < byStart.count && byStart[next].0.lowerBound <= left {
                if byStart[next].0.upperBound > left { open.append(byStart[next]) }
                next += 1
            }
            let marks = open.sorted { ($0.1.depth, $0.0.lowerBound) < ($1.1.depth, $1.0.lowerBound) }.map(\.1)
            pieces.append(Piece(bytes: bytes[left]!..<bytes[right]!, marks: marks))
        }
        self.pieces = pieces
    }

    /// The tags (`<br />`, `</strong>`) and entities (`&#8217;`, `&amp;`) of an HTML input, as
    /// scalar ranges.
    static func markup(_ text: ScalarText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let bytes = text.bytes
        var scalar = 0
        var index = 0
        func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count,
               let next = Optional(bytes[index + 1]), next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) {
                var end = index + 1
                var scalars = 1
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "<"), end - index < 2000 {
                    if isScalarStart(bytes[end]) { scalars += 1 }
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ">") {
                    ranges.append(scalar..<scalar + scalars + 1)
                    scalar += scalars + 1
                    index = end + 1
                    continue
                }
            } else if byte == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index <= 10, bytes[end] == UInt8(ascii: "#") || (bytes[end] | 0x20 >= 0x61 && bytes[end] | 0x20 <= 0x7A) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) {
                    end += 1
                }
                if end < bytes.count, end > index + 1, bytes[end] == UInt8(ascii: ";") {
                    let length = end - index + 1
                    ranges.append(scalar..<scalar + length)
                    scalar += length
                    index = end + 1
                    continue
                }
            }
            if isScalarStart(byte) { scalar += 1 }
            index += 1
        }
        return ranges
    }
}
