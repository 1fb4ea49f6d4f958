/// Footnotes: the markers in the body and the notes they point at.
///
/// Markers are superscript digits (`discovery.¹`), digits glued to a word (`se1`, `Jon.1`,
/// `Background1`), or `[1]`. A note opens a line with the same label (`¹See ECF No. 26.`,
/// `1 The facts …`, `[1] …`) and runs to the end of its paragraph. A note counts only when a
/// marker with its label stands before it, and plain-digit notes only in a sequence 1, 2, 3…;
/// anything else is left alone rather than misread.
enum FootnoteReader {
    struct Note {
        let label: String
        let range: Range<Int>
        let marker: Range<Int>?
    }

    static func read(_ text: TextView, lines: Lines) -> [Note] {
        let superscript = superscriptNotes(text, lines: lines)
        if !superscript.isEmpty { return superscript }
        let plain = plainNotes(text, lines: lines)
        return plain.isEmpty ? starNotes(text, lines: lines) : plain
    }

    /// Unnumbered notes marked `*`, `**`: the marker glued to the end of a word in the body
    /// (`discovery.*`), the note a line opening with the same stars. Star pages (`*684`,
    /// `at *3`) are never markers: digits follow them.
    private static func starNotes(_ text: TextView, lines: Lines) -> [Note] {
        var markers: [(label: String, range: Range<Int>)] = []
        var starts: [(label: String, start: Int, lineIndex: Int)] = []
        for (lineIndex, line) in lines.lines.enumerated() where !line.isBlank {
            var index = line.trimmed.lowerBound
            while index < line.trimmed.upperBound {
                index = text.next(0x2A, from: index, before: line.trimmed.upperBound)
                guard index < line.trimmed.upperBound else { break }
                var end = index
                while text[end] == 0x2A && end - index < 3 { end += 1 }
                let label = String(repeating: "*", count: end - index)
                if index == line.trimmed.lowerBound {
                    if text[end] == 0x20 || ByteClass.isUpper(text[end]) { starts.append((label, index, lineIndex)) }
                } else {
                    let before = text[index - 1], after = text[end]
                    let glued = ByteClass.isLetter(before) || before == 0x2E || before == 0x2C || before == 0x22 || before == 0x29
                    if glued && (ByteClass.isSpace(after) || after == 0 || after == 0x2E || after == 0x2C || after == 0x3B) {
                        markers.append((label, index..<end))
                    }
                }
                index = end
            }
        }
        return pair(markers: markers, starts: starts, text: text, lines: lines)
    }

    /// `¹`, `²`, `³` are U+00B9, U+00B2, U+00B3; `⁰`, `⁴`…`⁹` are U+2070, U+2074…U+2079.
    private static func superscriptDigit(_ text: TextView, at index: Int) -> (digit: Int, length: Int)? {
        let lead = text[index]
        if lead == 0xC2 {
            switch text[index + 1] {
            case 0xB9: return (1, 2)
            case 0xB2: return (2, 2)
            case 0xB3: return (3, 2)
            default: return nil
            }
        }
        if lead == 0xE2 && text[index + 1] == 0x81 {
            let third = text[index + 2]
            if third == 0xB0 { return (0, 3) }
            if third >= 0xB4 && third <= 0xB9 { return (Int(third - 0xB0), 3) }
        }
        return nil
    }

    private static func superscriptLabel(_ text: TextView, at index: Int) -> (label: String, end: Int)? {
        var cursor = index
        var label = ""
        while let (digit, length) = superscriptDigit(text, at: cursor), label.count < 3 {
            label += String(digit)
            cursor += length
        }
        return label.isEmpty ? nil : (label, cursor)
    }

    private static func superscriptNotes(_ text: TextView, lines: Lines) -> [Note] {
        var markers: [(label: String, range: Range<Int>)] = []
        var starts: [(label: String, start: Int, lineIndex: Int)] = []
        for (lineIndex, line) in lines.lines.enumerated() where !line.isBlank {
            var index = line.trimmed.lowerBound
            while index < line.trimmed.upperBound {
                // Superscripts are multi-byte: runs of ASCII are skipped eight bytes at a time.
                index = text.nextNonASCII(from: index, before: line.trimmed.upperBound)
                guard index < line.trimmed.upperBound else { break }
                let byte = text[index]
                guard byte == 0xC2 || byte == 0xE2, let (label, end) = superscriptLabel(text, at: index) else { index += 1; continue }
                if index == line.trimmed.lowerBound {
                    starts.append((label, index, lineIndex))
                } else {
                    markers.append((label, index..<end))
                }
                index = end
            }
        }
        return pair(markers: markers, starts: starts, text: text, lines: lines)
    }

    /// Notes opened by plain digits at a line start, paired with glued markers before them.
    private static func plainNotes(_ text: TextView, lines: Lines) -> [Note] {
        var starts: [(label: String, start: Int, lineIndex: Int)] = []
        var expected = 1
        for (lineIndex, line) in lines.lines.enumerated() where !line.isBlank {
            let first = line.trimmed.lowerBound
            var cursor = first
            var bracketed = false
            if text[cursor] == 0x5B { cursor += 1; bracketed = true }
            let digits = text.skipDigits(from: cursor, limit: 3)
            guard digits > cursor, let number = Int(text.string(cursor..<digits)), number == expected else { continue }
            var after = digits
            if bracketed { guard text[after] == 0x5D else { continue }; after += 1 }
            guard text[after] == 0x20 || bracketed else { continue }
            let next = text.skipSpaces(from: after, limit: 3)
            guard ByteClass.isUpper(text[next]) || text[next] == 0x22 || text[next] == 0x2A else { continue }
            // A previous line that ends a sentence or is blank: a note, not a wrapped number.
            starts.append((String(number), first, lineIndex))
            expected += 1
        }
        guard !starts.isEmpty else { return [] }
        var markers: [(label: String, range: Range<Int>)] = []
        let limit = starts.last!.start
        var index = 1
        while index < limit {
            let byte = text[index]
            if ByteClass.isDigit(byte) && !ByteClass.isDigit(text[index - 1]) {
                let end = text.skipDigits(from: index, limit: 3)
                let before = text[index - 1]
                let after = text[end]
                let glued = ByteClass.isLower(before) || before == 0x2E && ByteClass.isLetter(text[index - 2])
                    || before == 0x22 || before == 0x29 || before == 0x2C && ByteClass.isLetter(text[index - 2])
                    || ByteClass.isUpper(before) && ByteClass.isLower(text[index - 2])
                let bracket = before == 0x5B && after == 0x5D
                if (glued && (ByteClass.isSpace(after) || after == 0x2E || after == 0x2C || after == 0x3B || after == 0x29)) || bracket {
                    markers.append((text.string(index..<end), (bracket ? index - 1 : index)..<(bracket ? end + 1 : end)))
                }
                index = end
                continue
            }
            index += 1
        }
        return pair(markers: markers, starts: starts, text: text, lines: lines)
    }

    private static func bodyStopsMidSentence(before lineIndex: Int, text: TextView, lines: Lines) -> Bool {
        var index = lineIndex - 1
        while index >= 0 && lines.lines[index].isBlank { index -= 1 }
        guard index >= 0 else { return false }
        return !endsSentence(text, lines.lines[index].trimmed.upperBound)
    }

    /// Whether the text ending at `end` closes a sentence: `.`, `?`, `!`, `:`, or one of them
    /// followed by a closing quote or parenthesis.
    private static func endsSentence(_ text: TextView, _ end: Int) -> Bool {
        var cursor = end - 1
        while cursor > 0 && (text[cursor] == 0x22 || text[cursor] == 0x29 || text[cursor] == 0x27 || text[cursor] == 0x5D) { cursor -= 1 }
        let byte = text[cursor]
        return byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3A
    }

    /// Pairs each note with the last marker of its label before it (and after the previous note's
    /// marker); a note without a marker is dropped.
    private static func pair(markers: [(label: String, range: Range<Int>)], starts: [(label: String, start: Int, lineIndex: Int)],
                             text: TextView, lines: Lines) -> [Note] {
        var notes: [Note] = []
        var floor = 0
        let noteStarts = Set(starts.map(\.start))
        for (position, start) in starts.enumerated() {
            guard let marker = markers.last(where: { $0.label == start.label && $0.range.lowerBound < start.start && $0.range.lowerBound >= floor }) else {
                continue
            }
            floor = marker.range.upperBound
            // The note runs to a blank line, the next note, or the end. When the body before it
            // stopped mid-sentence (a page break), the body resumes after the note's first line
            // that ends a sentence.
            let interrupts = bodyStopsMidSentence(before: start.lineIndex, text: text, lines: lines)
            var end = lines.lines[start.lineIndex].trimmed.upperBound
            var lineIndex = start.lineIndex + 1
            var noteIndent: Int? = nil
            while lineIndex < lines.lines.count && !(interrupts && endsSentence(text, end)) {
                let line = lines.lines[lineIndex]
                if line.isBlank || noteStarts.contains(line.trimmed.lowerBound) { break }
                // A body paragraph indented past the note's lines resumes after a page break.
                let indent = line.trimmed.lowerBound - line.range.lowerBound
                if let noteIndent, indent >= noteIndent + 3 { break }
                noteIndent = noteIndent ?? indent
                end = line.trimmed.upperBound
                lineIndex += 1
            }
            if position + 1 < starts.count { end = min(end, starts[position + 1].start) }
            notes.append(Note(label: start.label, range: start.start..<end, marker: marker.range))
        }
        return notes
    }
}
