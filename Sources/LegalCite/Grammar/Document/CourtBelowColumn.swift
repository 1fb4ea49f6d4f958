/// A court below's name over its number in one column of a caption: the name on one line, the
/// number (or the label that opens it) in the same column of the next, one blank line between
/// them at most (Justia's copies set one under each line). Michigan's `Oakland Circuit Court` ⏎
/// `LC No. 2021-185914-CB`, Minnesota's `Ramsey County District Court` ⏎ `File No. C4-05-6998`,
/// Arizona's `Yuma County Superior` ⏎ `Court` ⏎ `Nos. S1400CR198311801`. The court-name reader
/// looks down from a name (`CourtNameReader`: is this court the one below?), the caption reader
/// up from a number (`CaptionReader`: is this number the court below's?); both read the column
/// here, with one tolerance.
enum CourtBelowColumn {
    /// How many columns a cell may open left or right of the column it stands under.
    static let tolerance = 8

    /// Labels of the court below's number (each before `No.`): `LC No.`, `Trial Court No.`.
    /// `DocketNumberReader` passes over a number they introduce as not this case's.
    static let numberLabels = ["LC", "L.C.", "Lower Court", "Lower Ct.", "Trial Court", "Trial Ct."]

    /// The labels with their `No`, as bytes: `LC No`.
    private static let numberLabelBytes = numberLabels.map { Array(($0 + " No").utf8) }

    /// Whether a label of the court below's number (or `File No`, when `fileNumbers`) stands at `offset`.
    static func isNumberLabel(_ text: TextView, at offset: Int, fileNumbers: Bool) -> Bool {
        func has(_ bytes: [UInt8]) -> Bool {
            offset + bytes.count <= text.count && bytes.indices.allSatisfy { text[offset + $0] == bytes[$0] }
        }
        return numberLabelBytes.contains(where: has) || fileNumbers && has(Array("File No".utf8))
    }

    /// The line next to the one holding `offset` (`step` -1 above, 1 below), a blank line between
    /// passed over when `skippingBlank`; its whole range, without the newline.
    static func neighbour(_ text: TextView, of offset: Int, step: Int, skippingBlank: Bool = true) -> Range<Int>? {
        let start = text.lineStart(before: offset, limit: 400)
        var line: Range<Int>
        if step < 0 {
            guard start > 0 else { return nil }
            let begin = text.lineStart(before: start - 1, limit: 400)
            line = begin..<start - 1
        } else {
            let end = text.lineEnd(from: offset)
            guard end + 1 < text.count else { return nil }
            line = end + 1..<text.lineEnd(from: end + 1)
        }
        if skippingBlank, text.skipSpaces(from: line.lowerBound, limit: line.count) >= line.upperBound {
            return neighbour(text, of: line.lowerBound, step: step, skippingBlank: false)
        }
        return line
    }

    /// The cell of `line` under `column` (a column counted from its line's start): the run of
    /// words whose first word opens within `tolerance` columns of it (rails, colons and stars before
    /// it passed over, a word begun left of the window too), and ends at a gap of three spaces or
    /// the line's end; nil when no cell opens there.
    static func cell(_ text: TextView, of line: Range<Int>, under column: Int) -> Range<Int>? {
        var start = line.lowerBound + max(0, column - tolerance)
        guard start < line.upperBound else { return nil }
        // A word that opens left of the window is passed over: the cell opens with the next.
        if start > line.lowerBound, !ByteClass.isSpace(text[start - 1]), ![0x29, 0x3A, 0x2A].contains(text[start - 1]) {
            while start < line.upperBound, !ByteClass.isSpace(text[start]) { start += 1 }
        }
        while start < line.upperBound, [0x20, 0x09, 0x29, 0x3A, 0x2A].contains(text[start]) { start += 1 }
        guard start < line.upperBound, start - line.lowerBound <= column + tolerance else { return nil }
        var end = start, gap = 0
        while end < line.upperBound {
            gap = text[end] == 0x20 ? gap + 1 : 0
            if gap >= 3 { end -= 2; break }
            end += 1
        }
        while end > start, ByteClass.isSpace(text[end - 1]) { end -= 1 }
        return start..<end
    }
}
