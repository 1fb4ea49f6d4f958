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
        } else {
            while cursor < count && ByteClass.isDigit(text[cursor]) && cursor - pageStart < 7 { cursor += 1 }
            guard cursor > pageStart else { return nil }
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
