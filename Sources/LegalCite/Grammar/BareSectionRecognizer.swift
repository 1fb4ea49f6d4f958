/// Sections cited without their code: `§ 1983`, `§§ 2254(d)(1), 2244(d)`, `Section 1983`,
/// `section 1915A(b)`, `Sections 1681e(b) and 1681i`, `section 1983 of title 42`, and `Id. §
/// 1988` after a statute. The code is left empty here and filled in from the document by
/// `SectionCodeInference` (an explicit cite of the same section, or for `Id.` the statute before).
///
/// A bare `§` stands for a statute only where no name comes before it: after punctuation, a
/// lower-case word, a signal or a possessive (`Under § 1983`, `a § 1983 claim`, `Plaintiff's §
/// 1983 claim`), not after any other capitalized word or an acronym (`Restatement (Second) of
/// Torts § 402A`, `Federal Practice and Procedure § 1357`, `ERISA § 502(a)`, `SPA § 2.05`:
/// treatises, acts and agreements with sections of their own) or a number (`Pub. L. No. 82-414,
/// § 244`, `art. I, § 9`). Guidelines sections (`§ 2B1.1`) are the Sentencing Guidelines'. The word `section` also needs a section that looks like one of
/// a code (three digits, a subsection or inner punctuation: not `section 2 of the Agreement`).
struct BareSectionRecognizer: CitationForm {
    static let pattern = #"(?<![\w.\xA7])(?:(\xC2\xA7\s*\xC2\xA7|\xC2\xA7)|([Ss]ections?|[Ss]ecs?\.))\s*(?=\d)"#

    let search: Pattern
    let laws: LawTable

    init(tables: ReferenceTables) throws {
        search = try Pattern(Self.pattern)
        laws = tables.laws
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: sections(text, match: $0)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: bare sections", search)] }

    /// The words before a bare section that leave it bare: signals and sentence openers.
    private static let openers: Set<String> = ["See", "Under", "In", "And", "Also", "Cf.", "Compare", "But", "Accord",
                                                "Contra", "Pursuant", "Because", "While", "Although", "The", "This",
                                                "That", "Its", "His", "Her", "Their", "Each", "Both", "Neither", "Whether",
                                                "Accordingly", "Thus", "Therefore", "However", "Moreover", "Further",
                                                "Furthermore", "Finally", "Similarly", "Additionally", "Here", "Nonetheless",
                                                "Nevertheless", "Instead", "Again", "Specifically", "Likewise", "Consequently"]

    func sections(_ text: TextView, match: Match) -> [Found] {
        let start = match.range.lowerBound
        let word = match.range(2).map { text.string($0) }
        let plural = word.map { $0.hasSuffix("s") || $0.hasPrefix("Secs") || $0.hasPrefix("secs") } ?? (match.range(1)!.count > 2)
        var spanStart = start
        var afterId = false
        var idAt: Int? = nil
        var act: String? = nil
        switch Self.before(text, start, isMark: word == nil) {
        case .open: break
        case .id(let idStart):
            // `Id. § 1988`: the span starts at the mark (`Id.` names no code); the section is
            // still read as the statute before's, and `Id.`'s start kept for `SectionCodeInference`.
            afterId = true
            idAt = idStart
        case .act(let actStart, let name):
            spanStart = actStart
            act = name
        case .code(let codeStart):
            // `See Code § 20-107.3(D)`: Virginia's courts name their own code so; the section
            // is bare (its code placed from the document, if at all) and its span opens at `Code`.
            spanStart = codeStart
        case .name: return []
        }
        let items = SectionList.read(text, at: match.range.upperBound, allowList: plural)
        // `INA § 242(b)(4)(B)`, `ERISA § 502(a)`: an act's own section numbers are whole numbers
        // of two digits or more; `SPA §§ 1, 2.05` are an agreement's.
        if act != nil, !items.allSatisfy({ $0.section.count >= 2 && $0.section.allSatisfy(\.isNumber) }) { return [] }
        // `Section 2B1.1`: a Sentencing Guidelines section, not a code's.
        guard let first = items.first, !Self.isGuidelinesSection(first.section) else { return [] }
        // A code's section after the word alone has inner punctuation (`20-107.3`, `8.01-229`).
        if spanStart < start, act == nil, !first.section.contains(where: { ".-:".contains($0) }) { return [] }
        // `§ 3.1 (2d ed. 1977)`: a treatise's section, its edition after it.
        let afterLast = text.skipSpaces(from: items.last!.range.upperBound, limit: 2)
        if text[afterLast] == 0x28, text.words(afterLast..<min(text.count, afterLast + 30)).firstRangeBytes(of: " ed.") != nil { return [] }
        if Self.namesAnotherDocument(text, after: items.last!.range.upperBound) { return [] }
        if word != nil {
            let digits = first.section.prefix { $0.isNumber }.count
            guard digits >= 3 || first.subsection != nil || first.section.contains(where: { ".-:".contains($0) }) else { return [] }
        }
        let last = items.last!.range.upperBound
        // What the text says of the code after the section: `of title 42` (the United States
        // Code), `of this title` (a code it does not name), `, C.R.S. 2018` (a state's code).
        var code = act ?? ""
        var title: String? = nil
        var jurisdiction: String? = nil
        var written = act != nil
        var end = last
        if let titled = Self.titleAfter(text, last) {
            (code, title, jurisdiction, written, end) = ("U.S.C.", titled.title, "United States", true, titled.end)
        } else if text.has(" of this title", at: last) {
            end = last + 14
        } else if text.has(" of the Internal Revenue Code", at: last) {
            (code, jurisdiction, written, end) = ("I.R.C.", "United States", true, last + 29)
        } else if let named = Self.bankruptcyCodeAfter(text, last) {
            // `section 544(a) of the Bankruptcy Code` (the name in the span), and `Sections
            // 362(d)(1) and (d)(2), and Section 365, of the Bankruptcy Code` (each of a list the
            // name closes): title 11 of the United States Code.
            (code, title, jurisdiction, written) = ("U.S.C.", "11", "United States", true)
            if named.adjacent { end = named.end }
        } else if text.has(", Income Tax Regs.", at: last) || text.has(", Proced. & Admin. Regs.", at: last) {
            // The Tax Court's Treasury regulations: `sec. 1.1012-1(c)(1), Income Tax Regs.`.
            let length = text.has(", Income Tax Regs.", at: last) ? 18 : 24
            return items.enumerated().map { index, item in
                let law = LawCitation(lawKind: .regulation, code: "Treas. Reg.", title: nil, section: item.section,
                                      subsection: item.subsection, jurisdiction: "United States", etSeq: item.etSeq)
                return Found(citation: law.citation, range: (index == 0 ? spanStart : item.range.lowerBound)..<(index == items.count - 1 ? last + length : item.range.upperBound))
            }
        } else if let postfix = postfixCode(text, after: last) {
            (code, jurisdiction, written, end) = (postfix.code.code, postfix.code.jurisdiction, true, postfix.end)
        } else if let named = codeNamedAfter(text, last) {
            // `Section 290.008 of the Penal Code`: the code's name is in the span, but the code is
            // not placed from it: the states' codes share their names (California's and Texas's
            // Penal Code, Pennsylvania's Vehicle Code, Illinois's Code of Civil Procedure). The
            // section stays bare, placed from the document (`SectionCodeInference`).
            end = named
        }
        // California's `subdivision (b) of Section 707`: the subdivision written first is the
        // first section's, and in the span.
        var leading: (start: Int, subsection: String)? = nil
        if !afterId, act == nil, items[0].subsection == nil { leading = Self.subdivisionBefore(text, spanStart) }
        return items.enumerated().map { index, item in
            var law = LawCitation(lawKind: .statute, code: code, title: title, section: item.section,
                                  subsection: index == 0 ? leading?.subsection ?? item.subsection : item.subsection,
                                  jurisdiction: jurisdiction, etSeq: item.etSeq)
            if !written { law.origin = afterId ? .afterId(inferred: false, first: index == 0) : .bare(inferred: false) }
            let range = (index == 0 ? leading?.start ?? spanStart : item.range.lowerBound)..<(index == items.count - 1 ? end : item.range.upperBound)
            return Found(citation: law.citation, range: range, fullRange: index == 0 && !written ? idAt.map { $0..<range.upperBound } : nil)
        }
    }

    /// `, C.R.S. 2018`, `, RSMo`: a code that stands alone (no title before it, no chapter after,
    /// a statute's), with its year, right after the section.
    private func postfixCode(_ text: TextView, after end: Int) -> (code: LawTable.Code, end: Int)? {
        guard text[end] == 0x2C else { return nil }
        let start = text.skipSpaces(from: end + 1, limit: 2)
        guard start > end + 1, ByteClass.isUpper(text[start]) else { return nil }
        var hits: [ByteTrie.Hit] = []
        laws.spellings.matches(in: text.bytes, at: start, into: &hits)
        // The longest spelling of such a code.
        guard let hit = hits.last(where: { !laws.codes[$0.value].titled && !laws.codes[$0.value].chaptered && !laws.codes[$0.value].isRegulation }),
              !ByteClass.isAlphanumeric(text[hit.end]) || text[hit.end - 1] == 0x2E else { return nil }
        var close = hit.end
        // Its edition's year: `C.R.S. 2018`.
        if text[close] == 0x20, (1...4).allSatisfy({ ByteClass.isDigit(text[close + $0]) }), !ByteClass.isDigit(text[close + 5]) { close += 5 }
        return (laws.codes[hit.value], close)
    }

    /// ` of the Penal Code`, ` of the⏎Penal Code`: a code the laws table knows (no title, no
    /// chapter, a statute's), named after the section; where its name ends.
    private func codeNamedAfter(_ text: TextView, _ end: Int) -> Int? {
        guard text.has(" of the", at: end) else { return nil }
        let start = text.skipSpaces(from: end + 7, limit: 3)
        guard start > end + 7, ByteClass.isUpper(text[start]) else { return nil }
        var hits: [ByteTrie.Hit] = []
        laws.spellings.matches(in: text.bytes, at: start, into: &hits)
        guard let hit = hits.last(where: { !laws.codes[$0.value].titled && !laws.codes[$0.value].chaptered && !laws.codes[$0.value].isRegulation }),
              !ByteClass.isAlphanumeric(text[hit.end]) else { return nil }
        return hit.end
    }

    /// `subdivision (b) of ` before `start`: where it starts, and its designators.
    private static func subdivisionBefore(_ text: TextView, _ start: Int) -> (start: Int, subsection: String)? {
        guard start >= 5, text.has(" of ", at: start - 4) else { return nil }
        let close = start - 5
        guard text[close] == 0x29 else { return nil }
        var open = close
        while open > 0, text[open] == 0x29 || text[open] == 0x28 || ByteClass.isAlphanumeric(text[open]), close - open < 24 { open -= 1 }
        let designators = open + 1
        guard text[designators] == 0x28, text[open] == 0x20, let range = SectionList.subsections(text, at: designators),
              range.upperBound == close + 1 else { return nil }
        for word in ["subdivision", "subd.", "Subdivision"] as [StaticString] {
            let wordStart = open - word.utf8CodeUnitCount
            if wordStart >= 0, text.has(word, at: wordStart), wordStart == 0 || !ByteClass.isAlphanumeric(text[wordStart - 1]) {
                return (wordStart, text.string(range))
            }
        }
        return nil
    }

    private enum Before { case open, id(Int), act(Int, String), code(Int), name }

    /// What stands before the section mark at `start`.
    /// `readsCode`: whether a lone `Code` may be the code (`See Code § 20-107.3`); off when the word
    /// before a `Code` is weighed, so `Code Code … Code §` costs one look, not one per word.
    private static func before(_ text: TextView, _ start: Int, isMark: Bool, readsCode: Bool = true) -> Before {
        var cursor = start
        while cursor > 0, text[cursor - 1] == 0x20 || text[cursor - 1] == 0x0A || text[cursor - 1] == 0x09 { cursor -= 1 }
        guard cursor > 0 else { return .open }
        let last = text[cursor - 1]
        if last == 0x28 || last == 0x5B || last == 0x3B || last == 0x3A || last == 0x22 || last == 0x2D { return .open }
        var wordStart = cursor
        while wordStart > 0, ByteClass.isAlphanumeric(text[wordStart - 1]) || text[wordStart - 1] == 0x2E || text[wordStart - 1] == 0x27 || text[wordStart - 1] == 0x2C {
            wordStart -= 1
        }
        guard wordStart < cursor else { return last >= 0x80 ? .open : (last == 0x2C ? .name : .open) }
        let word = text.string(wordStart..<cursor)
        // `Wright & Miller, supra, § 1357`: a treatise's section.
        if word == "supra," || word == "supra" { return .name }
        // `Id. § 1988`, `id.⏎§ 14.003(b)`, `Id.  §§ 404.1527(d)`: one or two spaces or a line break.
        if word == "Id." || word == "id." { return start - cursor <= 2 && ByteClass.isSpace(text[cursor]) ? .id(wordStart) : .name }
        let bareWord = word.hasSuffix(",") ? String(word.dropLast()) : word
        // `U.S. Const. Amend. XI. Section 1983 does not …`: `Section` opening a sentence.
        // (After a roman numeral or a whole word; not after an abbreviation: `Stat. Section 5`.)
        if !isMark, text[start] == 0x53, word.hasSuffix("."), text[cursor] == 0x20 {
            let letters = word.dropLast()
            if letters.allSatisfy(\.isLetter), letters.allSatisfy({ "IVXL".contains($0) }) || letters.count >= 5 { return .open }
        }
        // `4⏎   Sec. 7491(a)(1) places …`: a footnote's or page's number on a line of its own.
        if bareWord.allSatisfy(\.isNumber), text.contains("\n", in: cursor..<start) {
            let line = text.lineStart(before: wordStart, limit: 12)
            if line == 0 || text[line - 1] == 0x0A, (line..<wordStart).allSatisfy({ text[$0] == 0x20 || text[$0] == 0x09 }) { return .open }
        }
        if bareWord.contains(where: \.isNumber) { return .name }
        // `DISCUSSION⏎   Section 733 provides`: a heading in capitals on the line before.
        if !isMark, bareWord.count >= 4, bareWord.allSatisfy({ $0.isUppercase && $0.isLetter }), text.contains("\n", in: cursor..<start) {
            return .open
        }
        // `INA § 242`, `ERISA § 502(a)`: an act named by its initials, right before the mark.
        if isMark, word == bareWord, (2...6).contains(bareWord.count), bareWord.allSatisfy({ $0.isUppercase && $0.isLetter }),
           !bareWord.allSatisfy({ "IVXL".contains($0) }), start - cursor == 1 {
            return .act(wordStart, bareWord)
        }
        guard let first = bareWord.first, first.isUppercase else { return .open }
        // `art. I, § 9`, `amend. XIV, § 1`: an article's or amendment's number.
        if word.hasSuffix(","), bareWord.allSatisfy({ "IVXL".contains($0) }) { return .name }
        // `See Code § 20-107.3`, `under Code § 8.01-229`: the word `Code` alone, opening its clause
        // (not `Penal Code §`, `Bankruptcy Code §`: a code of a name the word before gives).
        if readsCode, isMark, word == "Code", start - cursor == 1, case .open = before(text, wordStart, isMark: true, readsCode: false) {
            return .code(wordStart)
        }
        if openers.contains(bareWord) || bareWord.hasSuffix("'s") || bareWord.hasSuffix("s'") { return .open }
        return .name
    }

    private static func isGuidelinesSection(_ section: String) -> Bool {
        let characters = Array(section.prefix(3))
        return characters.count == 3 && characters[0].isNumber && characters[1].isUppercase && characters[2].isNumber
    }

    /// `section 2 of the Agreement`, `Section 5.1 of this Order`, `§ 4.2 of the Lease`, `Section
    /// 3.02 above`: a section of something else (case folded; not `of this title`).
    private static func namesAnotherDocument(_ text: TextView, after end: Int) -> Bool {
        let following = text.words(end..<min(text.count, end + 40)).lowercased()
        if following.hasPrefix("of this") { return !following.hasPrefix("of this title") }
        return ["of the agreement", "of the contract", "of the lease", "of the plan", "of the policy", "of the restatement",
                "of the order", "of the settlement", "of the bylaws", "of the charter", "of the deed", "of the note",
                "of the guidelines", "above", "below", "supra", "infra"].contains(where: following.hasPrefix)
    }

    /// ` of the Bankruptcy Code` after the section, or after the rest of its list (`, and Section
    /// 365,`: list words, section numbers and their subsections only); where the name ends, and
    /// whether it follows the section directly.
    private static func bankruptcyCodeAfter(_ text: TextView, _ end: Int) -> (end: Int, adjacent: Bool)? {
        let name: StaticString = " of the Bankruptcy Code"
        var cursor = end
        while cursor < min(text.count, end + 48) {
            if text.has(name, at: cursor) { return (cursor + name.utf8CodeUnitCount, cursor == end) }
            let byte = text[cursor]
            if ByteClass.isLetter(byte) {
                var wordEnd = cursor
                while ByteClass.isLetter(text[wordEnd]) { wordEnd += 1 }
                let word = text.string(cursor..<wordEnd)
                // A subsection's letters or a section's own (`(d)`, `(ii)`, `1681e`), and the list's words.
                guard word.count <= 2 || ["and", "or", "Section", "Sections", "section", "sections"].contains(word) else { return nil }
                cursor = wordEnd
            } else if ByteClass.isDigit(byte) || byte == 0x20 || byte == 0x2C || byte == 0x28 || byte == 0x29 || byte == 0x2D {
                cursor += 1
            } else if byte == 0xC2, text[cursor + 1] == 0xA7 {
                cursor += 2
            } else {
                return nil
            }
        }
        return nil
    }

    /// ` of title 42` (` of Title 42`) after the section.
    private static func titleAfter(_ text: TextView, _ end: Int) -> (title: String, end: Int)? {
        guard text.has(" of title ", at: end) || text.has(" of Title ", at: end) else { return nil }
        let start = end + 10
        var cursor = start
        while ByteClass.isDigit(text[cursor]) { cursor += 1 }
        guard cursor > start, cursor - start <= 2 else { return nil }
        // `of title 59 of the Oklahoma Statutes`: another code's title.
        if text.has(" of the ", at: cursor) && !text.has(" of the United States Code", at: cursor) { return nil }
        return (text.string(start..<cursor), cursor)
    }
}
