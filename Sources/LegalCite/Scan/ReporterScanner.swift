/// Finds `volume reporter page` triples (`556 U.S. 662`, `129 S.Ct. 1937`, `556 U.S. at 678`,
/// `2007 U.S. Dist. LEXIS 96116`) with a byte loop and the reporter trie: no regex of reporter
/// names, so the table can grow without slowing the scan.
struct ReporterScanner: Sendable {
    let table: ReporterTable
    private let trie: ByteTrie

    init(table: ReporterTable) {
        self.table = table
        trie = ByteTrie(keys: table.spellings.enumerated().map { ($0.element, $0.offset) })
    }

    /// One reporter cite as the scanner sees it, in normalized byte offsets.
    struct Token: Sendable {
        let volume: Range<Int>
        let reporter: Range<Int>
        let spelling: Int
        /// The page, or nil for a short form whose reporter is followed by `at` (`556 U.S. at 678`).
        let page: Range<Int>?
        /// Where the text after the page (or after `at`) begins.
        let end: Int
    }

    func scan(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var hits: [ByteTrie.Hit] = []
        let count = text.count
        var index = 0
        while index < count {
            // `___ U.S. ___`, `— U.S. —` (dashes are `-` in the normalized text): a cite left blank.
            if text[index] == 0x5F || text[index] == 0x2D {
                if let token = blankCite(at: index, in: text, hits: &hits) {
                    tokens.append(token)
                    index = token.end
                } else {
                    index += 1
                }
                continue
            }
            guard ByteClass.isDigit(text[index]) else { index += 1; continue }
            let start = index
            while index < count && ByteClass.isDigit(text[index]) { index += 1 }
            guard index - start <= 4, Self.volumeMayStart(after: start, in: text) else { continue }
            var cursor = index
            while cursor < count && ByteClass.isHorizontalSpace(text[cursor]) && cursor - index < 3 { cursor += 1 }
            if cursor < count && text[cursor] == 0x0A && cursor - index < 3 { cursor += 1 }
            while cursor < count && ByteClass.isHorizontalSpace(text[cursor]) && cursor - index < 8 { cursor += 1 }
            guard cursor > index, cursor < count, !ByteClass.isDigit(text[cursor]) else { continue }
            hits.removeAll(keepingCapacity: true)
            trie.matches(in: text, at: cursor, into: &hits)
            // Longest reporter first; fall back to a shorter one when no page follows.
            for hit in hits.reversed() {
                if let token = token(volume: start..<index, reporterStart: cursor, hit: hit, in: text) {
                    tokens.append(token)
                    break
                }
            }
            // Restart right after the volume, so an overlapping cite is never skipped.
        }
        return tokens
    }

    /// A volume opens a word: nothing glued before it that makes it part of another number, a
    /// section (`§ 12`), a star page (`*355`) or a word.
    private static func volumeMayStart(after start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0 else { return true }
        let before = text[start - 1]
        if ByteClass.isAlphanumeric(before) { return false }
        switch before {
        case 0x2E, 0x2D, 0x2F, 0x3A, 0x24, 0x2A, 0x23, 0x5F, 0xA7, 0xB6: return false  // . - / : $ * # _ § ¶
        default: return true  // after a comma too (`633,170 P2d 893`): the reporter decides
        }
    }

    /// A cite whose volume and page are both left blank with the same mark, `___ U.S. ___`,
    /// `---- L. Ed. 2d ----`, `- U.S. -`: standing apart from words on both sides, and followed
    /// by the end of a clause, a parenthetical or a parallel cite.
    private func blankCite(at start: Int, in text: UnsafeBufferPointer<UInt8>, hits: inout [ByteTrie.Hit]) -> Token? {
        let count = text.count
        let mark = text[start]
        if start > 0 {
            let before = text[start - 1]
            guard ByteClass.isSpace(before) || before == 0x2C || before == 0x28 || before == 0x5B else { return nil }
        }
        var cursor = start
        while cursor < count && text[cursor] == mark && cursor - start < 8 { cursor += 1 }
        let volumeEnd = cursor
        guard cursor < count, text[cursor] == 0x20 else { return nil }
        cursor += 1
        guard cursor < count, ByteClass.isUpper(text[cursor]) else { return nil }
        hits.removeAll(keepingCapacity: true)
        trie.matches(in: text, at: cursor, into: &hits)
        for hit in hits.reversed() {
            var page = hit.end
            while page < count && ByteClass.isHorizontalSpace(text[page]) && page - hit.end < 2 { page += 1 }
            guard page > hit.end, page < count, text[page] == mark else { continue }
            var end = page
            while end < count && text[end] == mark && end - page < 8 { end += 1 }
            if end < count {
                let after = text[end]
                let opens = after == 0x20 && end + 1 < count && (text[end + 1] == 0x28 || text[end + 1] == 0x5B)
                guard opens || after == 0x2C || after == 0x2E || after == 0x3B || after == 0x29 || after == 0x0A else { continue }
            }
            return Token(volume: start..<volumeEnd, reporter: cursor..<hit.end, spelling: hit.value, page: page..<end, end: end)
        }
        return nil
    }

    /// `(1 Cranch)`, `(4 Wheat.)`: a volume and a capitalized reporter's name in parentheses;
    /// the offset of the `)`.
    private static func nominativeEnd(from open: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = open + 1
        let count = text.count
        while cursor < count && ByteClass.isDigit(text[cursor]) && cursor - open <= 4 { cursor += 1 }
        guard cursor > open + 1, cursor + 1 < count, text[cursor] == 0x20, ByteClass.isUpper(text[cursor + 1]) else { return nil }
        cursor += 1
        while cursor < count && cursor - open < 24 {
            let byte = text[cursor]
            if byte == 0x29 { return cursor }
            guard ByteClass.isLetter(byte) || byte == 0x2E || byte == 0x20 || byte == 0x26 else { return nil }
            cursor += 1
        }
        return nil
    }

    /// A page in lower-case Roman numerals (`lxiv`), two or more of them, followed by the
    /// parenthetical of a court or year: where it ends.
    private static func romanPageEnd(from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = start
        let count = text.count
        func isRoman(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D: return true  // i v x l c d m
            default: return false
            }
        }
        while cursor < count && cursor - start < 10 && isRoman(text[cursor]) { cursor += 1 }
        guard cursor - start >= 2, cursor + 2 < count, text[cursor] == 0x20, text[cursor + 1] == 0x28 else { return nil }
        return cursor
    }

    private func token(volume: Range<Int>, reporterStart: Int, hit: ByteTrie.Hit,
                       in text: UnsafeBufferPointer<UInt8>) -> Token? {
        let count = text.count
        let reporterEnd = hit.end
        // White space before the page: a line break, even a blank line in double-spaced text.
        func skipGap(from start: Int) -> Int {
            var cursor = start, newlines = 0
            while cursor < count && ByteClass.isSpace(text[cursor]) && cursor - start < 24 {
                if text[cursor] == 0x0A { newlines += 1; if newlines > 2 { return start } }
                cursor += 1
            }
            return cursor
        }
        // The byte at `index`, or 0 past the end: a gap may run to the end of the input.
        func byte(_ index: Int) -> UInt8 { index < count ? text[index] : 0 }
        var cursor = skipGap(from: reporterEnd)
        let spaces = cursor - reporterEnd
        guard cursor < count else { return nil }
        // `5 U.S. (1 Cranch) 137`: the nominative reporter's volume between the reporter and the page.
        if spaces > 0, text[cursor] == 0x28, let close = Self.nominativeEnd(from: cursor, in: text) {
            let page = skipGap(from: close + 1)
            if page < count, ByteClass.isDigit(text[page]) { cursor = page }
        }
        // Short form: `556 U.S. at 678`, `539 U. S., at 328`, `13 Cal.4th at p. 1082`, `at ___`.
        var atStart = cursor
        if spaces == 0 && text[reporterEnd] == 0x2C { atStart = skipGap(from: reporterEnd + 1) }
        if atStart > reporterEnd, atStart + 3 < count, text[atStart] == 0x61, text[atStart + 1] == 0x74, ByteClass.isSpace(text[atStart + 2]) {
            var pin = skipGap(from: atStart + 3)
            if byte(pin) == 0x70, byte(pin + 1) == 0x2E { pin = skipGap(from: pin + 2) }                          // p.
            else if byte(pin) == 0x70, byte(pin + 1) == 0x70, byte(pin + 2) == 0x2E { pin = skipGap(from: pin + 3) }  // pp.
            guard pin < count, ByteClass.isDigit(text[pin]) || text[pin] == 0x2A || text[pin] == 0x5F else { return nil }
            return Token(volume: volume, reporter: reporterStart..<reporterEnd, spelling: hit.value, page: nil, end: pin)
        }
        if spaces == 0 && text[reporterEnd] == 0x2C, ByteClass.isDigit(byte(skipGap(from: reporterEnd + 1))) {
            cursor = skipGap(from: reporterEnd + 1)  // `301 F.3d, 1000`
        } else if spaces == 0 && text[reporterEnd - 1] != 0x2E {
            return nil
        }
        let pageStart = cursor
        if text[cursor] == 0x5F || text[cursor] == 0x2D {
            // A blank page, `___` or `---`, in slip opinions.
            let mark = text[cursor]
            while cursor < count && text[cursor] == mark { cursor += 1 }
            guard cursor - pageStart >= 2 else { return nil }
        } else if let end = Self.romanPageEnd(from: cursor, in: text) {
            cursor = end  // `12 Neb. App. lxiv (2004)`: a page of a volume's front matter
        } else {
            // Eight digits at most (Westlaw's numbers reached eight in 2021: `2021 WL 11628682`);
            // a longer run is no page, rather than a page cut short.
            while cursor < count && ByteClass.isDigit(text[cursor]) && cursor - pageStart < 8 { cursor += 1 }
            guard cursor > pageStart, cursor == count || !ByteClass.isDigit(text[cursor]) else { return nil }
            // Looseleaf pages keep their thousands separators: `¶ 10,557`.
            while cursor + 3 < count, text[cursor] == 0x2C, ByteClass.isDigit(text[cursor + 1]),
                  ByteClass.isDigit(text[cursor + 2]), ByteClass.isDigit(text[cursor + 3]),
                  cursor + 4 == count || !ByteClass.isDigit(text[cursor + 4]),
                  cursor - pageStart <= 3 {
                cursor += 4
            }
            if cursor < count && ByteClass.isLetter(text[cursor]) { return nil }
            // A page's letter suffix: `2017 IL App (1st) 143684-B`, `1993 Conn. Super. Ct. 5243-P`.
            if cursor + 2 <= count, cursor - pageStart >= 4, text[cursor] == 0x2D, ByteClass.isUpper(text[cursor + 1]),
               cursor + 2 == count || !ByteClass.isAlphanumeric(text[cursor + 2]) {
                cursor += 2
            }
        }
        return Token(volume: volume, reporter: reporterStart..<reporterEnd, spelling: hit.value,
                     page: pageStart..<cursor, end: cursor)
    }
}
