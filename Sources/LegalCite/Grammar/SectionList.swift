/// The sections after a code: `§ 1983`, `§§ 1331, 1343`, `§ 636(b)(1)(A)`, `§ 1630.2(g)`,
/// `§ 240.10b-5`, `§§ 1334 and 157(a) and (b)(1)` (two mentions: `(b)(1)` continues
/// `157(a)`), `§ 12101 et seq.`.
struct SectionList {
    struct Item {
        let range: Range<Int>
        let section: String
        let subsection: String?
        let etSeq: Bool
    }

    /// Reads from `start` (the first digit). `allowList` is false after a singular `§`, where only
    /// subsection continuations (`(b)(2)(A) and (G)`) are read past.
    static func read(_ text: TextView, at start: Int, allowList: Bool) -> [Item] {
        var items: [Item] = []
        guard var current = item(text, at: start) else { return [] }
        items.append(current)
        var cursor = current.range.upperBound
        while true {
            // `404.1571 et seq., and 416.971 et seq.`: the list goes on after `et seq.`
            if allowList, current.etSeq { cursor = pastEtSeq(text, from: cursor) }
            let explained = allowList && ListJoin.next(text, after: cursor) == nil
            guard var next = ListJoin.next(text, after: cursor) ?? (explained ? pastExplanation(text, after: cursor, section: current.section) : nil) else { break }
            if text[next] == 0xC2 && text[next + 1] == 0xA7 { next = text.skipSpaces(from: next + 2, limit: 2) }
            if text[next] == 0x28, let subsection = subsections(text, at: next), subsection.upperBound > next + 2 {
                // `and (b)(1)`: the same section, another subsection. Not a mention of its own (the
                // mention guide's convention, as for a rule's `12(b)(1) and (6)`): one mention per
                // section number; the list reads on past it (`§§ 6651(a)(1), (a)(2), and 6654(a)`).
                cursor = subsection.upperBound
                continue
            }
            guard allowList, ByteClass.isDigit(text[next]), let following = item(text, at: next),
                  !followedByCode(text, after: following.range.upperBound), !explained || following.section.contains("-") else { break }
            // `and ⏎⏎3. The claimant`: on the next line, a paragraph's number, not a section.
            if text.contains("\n", in: cursor..<next), following.subsection == nil, text[following.range.upperBound] == 0x2E,
               ByteClass.isSpace(text[following.range.upperBound + 1]) { break }
            current = following
            items.append(current)
            cursor = following.range.upperBound
        }
        return items
    }

    /// `A.R.S. §§ 22-425(B) (parties may appeal …); 12-120.21(A)(1) (court of appeals …); 12-2101(B)`:
    /// a list whose items each carry an explanation in parentheses, joined by semicolons. Where
    /// the next item starts; only between sections with inner hyphens (a state's code's), and an
    /// explanation that opens in lower case (not a year or a court).
    private static func pastExplanation(_ text: TextView, after cursor: Int, section: String) -> Int? {
        guard section.contains("-"), text[cursor] == 0x20, text[cursor + 1] == 0x28, ByteClass.isLower(text[cursor + 2]),
              let close = Balanced.closing(text, open: cursor + 1, limit: 240), text[close + 1] == 0x3B, text[close + 2] == 0x20,
              ByteClass.isDigit(text[close + 3]) else { return nil }
        return close + 3
    }

    private static func item(_ text: TextView, at start: Int) -> Item? {
        guard ByteClass.isDigit(text[start]) else { return nil }
        var cursor = start
        // Inner `.`, `-`, `:` (`1630.2`, `60-513`, `2A:14-2`) and, before a digit, `/` (`5/2-619`);
        // a hyphen that ends a line goes on on the next (`§ 14-⏎306.4`).
        var broken = false
        while true {
            if ByteClass.isAlphanumeric(text[cursor])
                || ((text[cursor] == 0x2E || text[cursor] == 0x2D || text[cursor] == 0x3A) && ByteClass.isAlphanumeric(text[cursor + 1]))
                || (text[cursor] == 0x2F && ByteClass.isDigit(text[cursor + 1])) {
                cursor += 1
            } else if text[cursor] == 0x2D, text[cursor + 1] == 0x2E, ByteClass.isDigit(text[cursor + 2]), cursor > start,
                      text.contains(".", in: start..<cursor) {
                // Texas's ranges: `§§ 101.001–.109`, the last section by its decimals alone.
                cursor += 2
            } else if text[cursor] == 0x20, text[cursor + 1] == 0x2D, text[cursor + 2] == 0x20, (1...2).contains(cursor - start),
                      (start..<cursor).allSatisfy({ ByteClass.isDigit(text[$0]) }),
                      (3...4).contains(text.skipDigits(from: cursor + 3, limit: 5) - cursor - 3),
                      !ByteClass.isAlphanumeric(text[text.skipDigits(from: cursor + 3, limit: 5)]) {
                // Illinois's article and section as its older reports print them, an em dash set
                // off by spaces (`2 — 619`, read `2-619`): one or two digits, then three or four.
                cursor += 3
                broken = true
            } else if text[cursor] == 0x2D, text[cursor + 1] == 0x0A, cursor > start {
                let next = text.skipSpaces(from: cursor + 1, limit: 12)
                guard ByteClass.isDigit(text[next]) else { break }
                cursor = next
                broken = true
            } else if text.has(" to -", at: cursor), ByteClass.isDigit(text[cursor + 5]), text.contains("-", in: start..<cursor) {
                // A range whose last section repeats only what follows the first's last hyphen, as
                // New Jersey, South Carolina and Colorado write them (`N.J.S.A. 52:14B-1 to -15`,
                // `§ 44-48-10 to -170`): one mention, the range its section as written.
                cursor += 5
            } else {
                break
            }
        }
        let section = broken ? String(text.string(start..<cursor).filter { !$0.isWhitespace }) : text.string(start..<cursor)
        var end = cursor
        var subsection: String? = nil
        if let range = subsections(text, at: cursor) {
            subsection = text.string(cursor..<range.upperBound).filter { $0 != " " }
            end = range.upperBound
        } else if let (range, designators) = bracketed(text, at: cursor) {
            // New York's `CPLR 3211[b]`, `5501[a][1]`: the subdivision in brackets, read as `(b)`.
            subsection = designators
            end = range.upperBound
        } else if let (range, designators) = subdivision(text, at: cursor) {
            // California's `§ 12940, subd. (h)`: the subdivision belongs to the section.
            subsection = designators
            end = range.upperBound
        }
        var etSeq = false
        let after = text.skipSpaces(from: end, limit: 2)
        if text.has("et seq", at: after) { etSeq = true }
        return Item(range: start..<end, section: section, subsection: subsection, etSeq: etSeq)
    }

    /// Where `et seq.` after a section ends (`et seq`, `et seq.`, `et. seq.`).
    private static func pastEtSeq(_ text: TextView, from end: Int) -> Int {
        let after = text.skipSpaces(from: end, limit: 2)
        guard text.has("et seq", at: after) else { return end }
        let cursor = after + 6
        return text[cursor] == 0x2E ? cursor + 1 : cursor
    }

    /// `, subd. (h)`, `, subdivision (b)(1)`, ` subd. (a)`: a subdivision written out after the
    /// section; the range it covers and its designators.
    static func subdivision(_ text: TextView, at start: Int) -> (Range<Int>, String)? {
        var cursor = start
        if text[cursor] == 0x2C { cursor += 1 }
        cursor = text.skipSpaces(from: cursor, limit: 2)
        guard cursor > start else { return nil }
        var found = false
        // Also the word a quotation inserts (`section 707 [subdivision] (b)`), and the
        // designators on the next line (`subd.⏎(c)(2)(C)`).
        for word in ["subd.", "subds.", "subdivisions", "subdivision", "[subdivision]", "[subd.]"] as [StaticString] where text.has(word, at: cursor) {
            let after = cursor + word.utf8CodeUnitCount
            guard ByteClass.isSpace(text[after]) else { continue }
            cursor = text.skipSpaces(from: after, limit: 3)
            found = true
            break
        }
        guard found, text[cursor] == 0x28, let range = subsections(text, at: cursor) else { return nil }
        return (start..<range.upperBound, text.string(range))
    }

    /// `[b]`, `[a][1]`: designators in brackets right after the section, as New York's reports
    /// print them; the range and the designators in parentheses (`(a)(1)`). The first is of lower-case
    /// letters (a bracketed number may be a footnote's marker), and never `[sic]`.
    static func bracketed(_ text: TextView, at start: Int) -> (Range<Int>, String)? {
        var cursor = start
        var designators = ""
        while text[cursor] == 0x5B {
            var inner = cursor + 1
            while ByteClass.isAlphanumeric(text[inner]) && inner - cursor <= 4 { inner += 1 }
            guard inner > cursor + 1, text[inner] == 0x5D else { break }
            let designator = text.string(cursor + 1..<inner)
            if designators.isEmpty, !designator.allSatisfy({ $0.isLowercase }) || designator == "sic" { return nil }
            designators += "(\(designator))"
            cursor = inner + 1
        }
        guard cursor > start else { return nil }
        return (start..<cursor, designators)
    }

    /// `(b)(1)(A)`: one or more parenthesized designators, also spaced as New York and Georgia
    /// write them (`3211 (a) (7)`: a space before a designator of letters or of one or two
    /// digits, never before a year), and a range of the last (`(a)(i)-(v)`, `(B)(i)–(iii)`).
    static func subsections(_ text: TextView, at start: Int) -> Range<Int>? {
        var cursor = start
        while true {
            var open = cursor
            if text[open] == 0x20 && text[open + 1] == 0x28 { open += 1 }
            guard text[open] == 0x28 else { break }
            var inner = open + 1
            while ByteClass.isAlphanumeric(text[inner]) && inner - open <= 5 { inner += 1 }
            guard inner > open + 1, text[inner] == 0x29 else { break }
            if open > cursor {
                // After a space only a designator's shape: `(a)`, `(iv)`, `(B)`, `(7)`; never
                // `(West)`, `(Supp)` or a year.
                let designator = text.string(open + 1..<inner)
                let lower = designator.allSatisfy(\.isLowercase) && designator.count <= 4
                let upper = designator.count == 1 && designator.allSatisfy(\.isUppercase)
                let digits = designator.count <= 2 && designator.allSatisfy(\.isNumber)
                guard lower || upper || digits else { break }
            }
            cursor = inner + 1
        }
        guard cursor > start else { return nil }
        // `-(v)` or `–(iii)`: the designators through the last one.
        let dash = text[cursor] == 0x2D ? 1 : (text[cursor] == 0xE2 && text[cursor + 1] == 0x80 && text[cursor + 2] == 0x93 ? 3 : 0)
        if dash > 0, text[cursor + dash] == 0x28 {
            var inner = cursor + dash + 1
            while ByteClass.isAlphanumeric(text[inner]) && inner - cursor - dash <= 5 { inner += 1 }
            if inner > cursor + dash + 1, text[inner] == 0x29 { cursor = inner + 1 }
        }
        return start..<cursor
    }

    /// `§ 1983, 42 U.S.C. § 1985`: a number followed by a code is a title, not a section.
    private static func followedByCode(_ text: TextView, after end: Int) -> Bool {
        CiteLookahead.opensCitation(text, after: end)
    }
}
