import CPDFText

/// Lays out one page's characters as lines of text, the way `pdftotext -layout` leaves them:
/// characters that share a baseline make one line (a superscript footnote marker joins the line
/// it is raised over), lines run top to bottom, words are separated by a space, and a word after
/// a wide gap (over two and a half mean characters: a caption's `)` rail, the text after a
/// pleading-paper line number) is moved out to its column, the page read as a grid of cells
/// about one mean character wide, so that columns line up from one line to the next. A vertical
/// gap of about two lines or more (double spacing, a paragraph's gap) leaves a blank line. Text that does not run left to right (a rotated margin stamp) is left out.
struct PDFPageLayout {
    /// One visual line being built.
    private struct Row {
        var baseline: Float
        var size: Float
        var chars: [lc_char]
    }

    private var rows: [Row] = []
    private var lines: [(baseline: Float, size: Float, first: Int, end: Int)] = []

    /// Appends the page's lines to `text`; returns how many characters other than white space it
    /// wrote.
    mutating func append(_ chars: UnsafeBufferPointer<lc_char>, to text: inout [UInt8]) -> Int {
        rows.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        // MuPDF's lines: runs of characters with the same line number.
        var start = 0
        while start < chars.count {
            var end = start + 1
            while end < chars.count && chars[end].line == chars[start].line { end += 1 }
            if chars[start].horizontal != 0 {
                // The baseline of the line's largest characters (a raised marker is smaller).
                var size: Float = 0, baseline: Float = 0
                for index in start..<end where !Self.isSpace(chars[index].c) && chars[index].size > size {
                    size = chars[index].size
                    baseline = chars[index].baseline
                }
                if size > 0 { lines.append((baseline, size, start, end)) }
            }
            start = end
        }
        guard !lines.isEmpty else { return 0 }
        lines.sort { $0.baseline < $1.baseline }
        for line in lines {
            let lineChars = chars[line.first..<line.end]
            if var last = rows.last, Self.sameRow(last, baseline: line.baseline, size: line.size) {
                if line.size > last.size {
                    last.size = line.size
                    last.baseline = line.baseline
                }
                last.chars.append(contentsOf: lineChars)
                rows[rows.count - 1] = last
            } else {
                rows.append(Row(baseline: line.baseline, size: line.size, chars: Array(lineChars)))
            }
        }
        // The grid: one cell is the page's mean character width; the left edge is the page's
        // leftmost character.
        var widthSum: Float = 0, widthCount: Float = 0, left = Float.greatestFiniteMagnitude
        for row in rows {
            for char in row.chars where !Self.isSpace(char.c) {
                let width = char.x1 - char.x0
                if width > 0 && width < 3 * char.size {
                    widthSum += width
                    widthCount += 1
                }
                left = min(left, char.x0)
            }
        }
        // pdftotext's cells come out a little narrower than the mean glyph: 0.87 of it puts the
        // columns of the documents it converted where it put them.
        let meanWidth = widthCount > 0 ? max(widthSum / widthCount, 1) : 5
        let cell = 0.87 * meanWidth
        var written = 0
        for (number, row) in rows.enumerated() {
            if number > 0 {
                // Lines of type set solid to one and a half are 1 to 1.5 sizes apart: one blank
                // line for a gap of about two lines (double spacing, a paragraph's gap), two for
                // three, at most four.
                let gap = row.baseline - rows[number - 1].baseline
                let pitch = 1.25 * max(row.size, rows[number - 1].size)
                let blanks = min(4, Int((gap / pitch).rounded()) - 1)
                if blanks > 0 { text.append(contentsOf: repeatElement(0x0A, count: blanks)) }
            }
            written += Self.write(row, cell: cell, wide: 2.5 * meanWidth, left: left, to: &text)
            text.append(0x0A)
        }
        return written
    }

    /// A line belongs to the row when their baselines meet (within an eighth of the type size:
    /// a form's underscores drawn a little lower are a line of their own, as pdftotext has them),
    /// or when the smaller of the two is raised or lowered over the other by less than its
    /// height (a superscript or subscript).
    private static func sameRow(_ row: Row, baseline: Float, size: Float) -> Bool {
        let distance = abs(baseline - row.baseline)
        let large = max(size, row.size), small = min(size, row.size)
        if distance <= 0.12 * small { return true }
        return small < 0.85 * large && distance < 0.55 * large
    }

    private static func isSpace(_ c: Int32) -> Bool { c == 0x20 || c == 0xA0 || c == 0x09 || (c >= 0x2000 && c <= 0x200B) || c == 0x3000 }

    /// One row: characters left to right, a space between words, a wide gap out to its column.
    private static func write(_ row: Row, cell: Float, wide: Float, left: Float, to text: inout [UInt8]) -> Int {
        var chars = row.chars
        chars.sort { $0.x0 < $1.x0 }
        var column = 0
        var previous: lc_char? = nil
        var spaceSeen = false
        var written = 0
        for char in chars {
            if isSpace(char.c) {
                spaceSeen = previous != nil
                continue
            }
            // Control characters and unpaired surrogates are not text.
            guard char.c >= 0x20, char.c != 0x7F, let scalar = Unicode.Scalar(UInt32(char.c)) else { continue }
            let target = max(0, Int(((char.x0 - left) / cell).rounded()))
            if let last = previous {
                // The same glyph drawn again over itself (fake bold): once.
                if last.c == char.c && abs(char.x0 - last.x0) < 0.15 * char.size && abs(char.baseline - last.baseline) < 0.15 * char.size {
                    continue
                }
                let gap = char.x0 - last.x1
                if gap > wide {
                    let spaces = max(1, target - column)
                    text.append(contentsOf: repeatElement(0x20, count: spaces))
                    column += spaces
                } else if spaceSeen || gap > 0.2 * min(char.size, row.size)
                            || ((char.line != last.line || min(char.size, last.size) < 0.85 * max(char.size, last.size))
                                && gap > 0.05 * row.size) {
                    // A word break: a space in the text, a gap, or a gap where a raised marker
                    // meets the line (`5 Under` at a footnote's start; `feet6 per` stays).
                    text.append(0x20)
                    column += 1
                }
            } else if target > 0 {
                text.append(contentsOf: repeatElement(0x20, count: target))
                column = target
            }
            UTF8.encode(scalar) { text.append($0) }
            column += 1
            written += 1
            previous = char
            spaceSeen = false
        }
        return written
    }
}
