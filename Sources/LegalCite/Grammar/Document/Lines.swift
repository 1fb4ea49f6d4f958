/// The document as lines, for the layout-aware readers (caption, signature, footnotes).
struct Lines {
    /// Offsets in 32 bits (documents are refused past 2 GB): 16 bytes a line.
    struct Line {
        private let start, end, trimmedStart, trimmedEnd: UInt32

        init(range: Range<Int>, trimmed: Range<Int>) {
            start = UInt32(range.lowerBound)
            end = UInt32(range.upperBound)
            trimmedStart = UInt32(trimmed.lowerBound)
            trimmedEnd = UInt32(trimmed.upperBound)
        }

        var range: Range<Int> { Int(start)..<Int(end) }
        /// The line's content without leading and trailing white space.
        var trimmed: Range<Int> { Int(trimmedStart)..<Int(trimmedEnd) }
        var isBlank: Bool { trimmedStart == trimmedEnd }
    }

    let lines: [Line]

    init(_ text: TextView, limit: Int = .max) {
        let end = min(text.count, limit)
        // Line ends found with memchr, counted first so the array is sized once.
        var newlines = 0
        var cursor = 0
        while cursor < end {
            let stop = text.next(0x0A, from: cursor, before: end)
            if stop < end { newlines += 1 }
            cursor = stop + 1
        }
        var lines: [Line] = []
        lines.reserveCapacity(newlines + 1)
        var start = 0
        while start < end {
            let stop = text.next(0x0A, from: start, before: end)
            var first = start, last = stop
            while first < last && ByteClass.isSpace(text[first]) { first += 1 }
            while last > first && ByteClass.isSpace(text[last - 1]) { last -= 1 }
            lines.append(Line(range: start..<stop, trimmed: first..<last))
            start = stop + 1
        }
        self.lines = lines
    }

    /// The offset of the line's first rail (`)` or `|` standing between spaces), if any: what
    /// lies right of it is the caption's right column.
    static func rail(of line: Line, in text: TextView) -> Int? {
        var index = line.trimmed.lowerBound
        while index < line.trimmed.upperBound {
            let byte = text[index]
            if (byte == 0x29 || byte == 0x7C), index == line.trimmed.lowerBound || ByteClass.isSpace(text[index - 1]),
               index + 1 >= line.trimmed.upperBound || ByteClass.isSpace(text[index + 1]) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Splits a line into cells at `)` rails, `|` rails and gaps of three or more spaces:
    /// `CLIFTON JEREL JONES,     )    Case No. 12-2486` → two cells.
    static func cells(of line: Line, in text: TextView) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var cellStart = line.trimmed.lowerBound
        var index = cellStart
        let end = line.trimmed.upperBound
        func close(_ stop: Int) {
            var first = cellStart, last = stop
            while first < last && ByteClass.isSpace(text[first]) { first += 1 }
            while last > first && ByteClass.isSpace(text[last - 1]) { last -= 1 }
            if first < last { cells.append(first..<last) }
        }
        while index < end {
            let byte = text[index]
            let railByte = byte == 0x29 || byte == 0x7C || byte == 0x3A && text[index + 1] == 0x20 && text[index - 1] == 0x20
            let isRail = railByte && (index == line.trimmed.lowerBound || ByteClass.isSpace(text[index - 1]))
                && (index + 1 >= end || ByteClass.isSpace(text[index + 1]))
            if isRail {
                close(index)
                index += 1
                cellStart = index
                continue
            }
            if byte == 0x20 && text[index + 1] == 0x20 && text[index + 2] == 0x20 {
                close(index)
                while index < end && ByteClass.isSpace(text[index]) { index += 1 }
                cellStart = index
                continue
            }
            index += 1
        }
        close(end)
        return cells
    }
}
