/// Pin cites: `1953-54`, `678–79` (dashes are normalized), `*3`, `* 8`, `1178 n.3`, `5 & n.2`,
/// `45, 47`. Reads forward from the first byte of the pin; returns its range.
enum PinCite {
    /// `¶ 62`, `¶¶ 46-53` (the pilcrow is two bytes in UTF-8): the range from the first `¶` to
    /// the end of the numbers.
    static func paragraphs(_ text: TextView, at start: Int) -> Range<Int>? {
        var cursor = start
        var marks = 0
        while text[cursor] == 0xC2 && text[cursor + 1] == 0xB6 { cursor += 2; marks += 1 }
        guard marks > 0, let range = read(text, at: text.skipSpaces(from: cursor, limit: 2)) else { return nil }
        return start..<range.upperBound
    }

    /// The pin after a cite ending at `end`: `, 1953-54`, `, at *3`, `, ¶ 12`. `unless` is an
    /// offset where a pin may not start (the next parallel cite's volume).
    static func after(_ text: TextView, end: Int, unless: Int? = nil) -> Range<Int>? {
        guard text[end] == 0x2C else { return nil }
        var start = text.skipSpaces(from: end + 1, limit: 2)
        // An agency's slip decision is pinned to its slip's pages: `365 NLRB No. 154, slip op. at 4`.
        if text.has("slip op. at ", at: start) { start += 12 }
        if text.has("at ", at: start) { start += 3 }
        // `2015 WL 2375225, at p. *4`
        if text.has("p. ", at: start) && (text[start + 3] == 0x2A || ByteClass.isDigit(text[start + 3])) { start += 3 }
        if text[start] == 0xC2 && text[start + 1] == 0xB6 { start = text.skipSpaces(from: start + 2, limit: 2) }
        guard start != unless else { return nil }
        return read(text, at: start)
    }

    static func read(_ text: TextView, at start: Int) -> Range<Int>? {
        var cursor = start
        guard let first = number(text, at: cursor), !looksLikeVolume(text, after: first) else { return nil }
        cursor = first
        // Further pins: `, 1955` (but not `, 129 S. Ct.`: a volume followed by a reporter).
        while text[cursor] == 0x2C {
            let next = text.skipSpaces(from: cursor + 1, limit: 2)
            guard let end = number(text, at: next), !looksLikeVolume(text, after: end) else { break }
            cursor = end
        }
        return start..<cursor
    }

    /// One page or page range with an optional footnote: `*3`, `1953-54`, `1178 n.3`.
    private static func number(_ text: TextView, at start: Int) -> Int? {
        var cursor = start
        if text[cursor] == 0x5F {  // a blank pin in a slip opinion: `at ___`
            while text[cursor] == 0x5F { cursor += 1 }
            return cursor - start >= 2 ? cursor : nil
        }
        if text[cursor] == 0x2A {  // star page
            cursor += 1
            if text[cursor] == 0x2A { cursor += 1 }
            if text[cursor] == 0x20 { cursor += 1 }
        }
        let digits = text.skipDigits(from: cursor, limit: 7)
        guard digits > cursor else { return nil }
        cursor = digits
        // A range: `-54`, `- 54`, `-*5`.
        var probe = cursor
        if text[probe] == 0x20 { probe += 1 }
        if text[probe] == 0x2D {
            probe += 1
            if text[probe] == 0x20 { probe += 1 }
            if text[probe] == 0x2A { probe += 1 }
            let end = text.skipDigits(from: probe, limit: 7)
            if end > probe { cursor = end }
        }
        // A footnote: ` n.3`, ` nn. 3-4`, ` & n.2`, `, n. 5`.
        probe = cursor
        if text[probe] == 0x2C, text[probe + 1] == 0x20, text[probe + 2] == 0x6E { probe += 1 }
        if text[probe] == 0x20 { probe += 1 }
        if text[probe] == 0x26, text[probe + 1] == 0x20 { probe += 2 }
        if text[probe] == 0x6E {
            var mark = probe + 1
            if text[mark] == 0x6E { mark += 1 }
            if text[mark] == 0x2E {
                mark += 1
                if text[mark] == 0x20 { mark += 1 }
                let end = text.skipDigits(from: mark, limit: 4)
                if end > mark {
                    cursor = end
                    if text[cursor] == 0x2D, ByteClass.isDigit(text[cursor + 1]) { cursor = text.skipDigits(from: cursor + 1, limit: 4) }
                }
            }
        }
        // A pin never runs into a word: `45th`, `12a`.
        if ByteClass.isLetter(text[cursor]) { return nil }
        return cursor
    }

    private static func looksLikeVolume(_ text: TextView, after end: Int) -> Bool {
        CiteLookahead.opensCitation(text, after: end)
    }
}
