/// The document as lines, for the layout-aware readers (caption, signature, footnotes).
struct Lines {
    /// One line: its range (without the line feed) and its content without leading and trailing
    /// white space. Made when asked for, from the line's start and the text.
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

    /// Every line of the text, in order, without a `Line` stored for each: a document of empty
    /// lines (20 MB of `\n` is 20 million lines) cost 16 bytes a line when each was stored, 320 MB.
    /// Only line starts are kept, in blocks of 16 lines: a block whose lines all start within 255
    /// bytes of its first (short lines, the newline-dense case) takes a byte a line, any other
    /// block four (its lines average 16 bytes or more); each block's base and place take eight.
    /// So the lines cost at most 1.5 bytes for each byte of text, and less than a tenth of a byte
    /// where lines are of ordinary length (60 bytes: 4.5 bytes a line). A line's end is the next
    /// line's start less its line feed; its trimmed range is found when the line is read.
    struct List: RandomAccessCollection {
        typealias Indices = Range<Int>
        static let blockShift = 4
        static let blockSize = 1 << blockShift

        /// The blocks, in one object, so that copying the list (as iterators and slices do)
        /// retains one reference.
        fileprivate final class Storage {
            let text: TextView
            /// Each block's first line start, and where its starts lie: `-1 - k` for narrow ones
            /// (`narrow[k * 16 ...]`, offsets from the base), `k` for wide ones (`wide[k * 16 ...]`).
            let bases: [UInt32]
            let places: [Int32]
            let narrow: [UInt8]
            let wide: [UInt32]
            /// Where the last line stops: the text's end (or the limit) or its final line feed.
            let lastStop: Int
            let count: Int

            init(text: TextView, bases: [UInt32], places: [Int32], narrow: [UInt8], wide: [UInt32], lastStop: Int, count: Int) {
                self.text = text
                self.bases = bases
                self.places = places
                self.narrow = narrow
                self.wide = wide
                self.lastStop = lastStop
                self.count = count
            }

            @inline(__always) func start(_ index: Int) -> Int {
                let block = index >> List.blockShift, slot = index & (List.blockSize - 1)
                let place = Int(places[block])
                if place < 0 { return Int(bases[block]) + Int(narrow[(-1 - place) << List.blockShift + slot]) }
                return Int(wide[place << List.blockShift + slot])
            }

            /// The line from `start` to `stop`, trimmed.
            @inline(__always) func line(_ start: Int, _ stop: Int) -> Line {
                var first = start, last = stop
                while first < last && ByteClass.isSpace(text[first]) { first += 1 }
                while last > first && ByteClass.isSpace(text[last - 1]) { last -= 1 }
                return Line(range: start..<stop, trimmed: first..<last)
            }
        }

        fileprivate let storage: Storage
        let count: Int

        var startIndex: Int { 0 }
        var endIndex: Int { count }
        var indices: Range<Int> { 0..<count }
        func index(after index: Int) -> Int { index + 1 }
        func index(before index: Int) -> Int { index - 1 }

        /// Bytes held for the lines (not counting the text): what the blocks cost.
        var storageBytes: Int {
            storage.bases.capacity * 4 + storage.places.capacity * 4 + storage.narrow.capacity + storage.wide.capacity * 4
        }

        /// Reads the line starts of `text` up to `end` twice (memchr is cheap): once to size the
        /// blocks, once to fill them, so that no array grows by doubling past what it needs.
        fileprivate init(text: TextView, end: Int) {
            /// Calls `block(starts, count)` for each block of up to 16 line starts, in order.
            func blocks(_ block: (UnsafeMutableBufferPointer<Int>, Int) -> Void) -> (lines: Int, lastStop: Int) {
                var scratch = [Int](repeating: 0, count: Self.blockSize)
                var lines = 0, lastStop = 0, filled = 0
                scratch.withUnsafeMutableBufferPointer { starts in
                    var start = 0
                    while start < end {
                        let stop = text.next(0x0A, from: start, before: end)
                        starts[filled] = start
                        filled += 1
                        if filled == Self.blockSize { block(starts, filled); filled = 0 }
                        lines += 1
                        lastStop = stop
                        start = stop + 1
                    }
                    if filled > 0 { block(starts, filled) }
                }
                return (lines, lastStop)
            }
            func isNarrow(_ starts: UnsafeMutableBufferPointer<Int>, _ count: Int) -> Bool { starts[count - 1] - starts[0] <= 255 }
            var narrowBlocks = 0, wideBlocks = 0
            let (lines, lastStop) = blocks { starts, count in
                if isNarrow(starts, count) { narrowBlocks += 1 } else { wideBlocks += 1 }
            }
            var bases: [UInt32] = [], places: [Int32] = [], narrow: [UInt8] = [], wide: [UInt32] = []
            bases.reserveCapacity(narrowBlocks + wideBlocks)
            places.reserveCapacity(narrowBlocks + wideBlocks)
            narrow.reserveCapacity(narrowBlocks * Self.blockSize)
            wide.reserveCapacity(wideBlocks * Self.blockSize)
            _ = blocks { starts, count in
                let base = starts[0]
                bases.append(UInt32(base))
                if isNarrow(starts, count) {
                    places.append(Int32(-1 - narrow.count / Self.blockSize))
                    for slot in 0..<Self.blockSize { narrow.append(slot < count ? UInt8(starts[slot] - base) : 0) }
                } else {
                    places.append(Int32(wide.count / Self.blockSize))
                    for slot in 0..<Self.blockSize { wide.append(slot < count ? UInt32(starts[slot]) : 0) }
                }
            }
            storage = Storage(text: text, bases: bases, places: places, narrow: narrow, wide: wide, lastStop: lastStop, count: lines)
            count = lines
        }

        subscript(index: Int) -> Line {
            precondition(index >= 0 && index < count, "line \(index) of \(count)")
            let start = storage.start(index)
            return storage.line(start, index + 1 < count ? storage.start(index + 1) - 1 : storage.lastStop)
        }

        /// Walks the lines in order, each start found once.
        struct Iterator: IteratorProtocol {
            fileprivate let storage: Storage
            fileprivate var index = 0
            fileprivate var start = 0

            mutating func next() -> Line? {
                guard index < storage.count else { return nil }
                index += 1
                let following = index < storage.count ? storage.start(index) : -1
                let line = storage.line(start, following >= 0 ? following - 1 : storage.lastStop)
                start = following
                return line
            }
        }

        func makeIterator() -> Iterator { Iterator(storage: storage, start: count > 0 ? storage.start(0) : 0) }
    }

    let lines: List

    init(_ text: TextView, limit: Int = .max) {
        lines = List(text: text, end: min(text.count, limit))
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
