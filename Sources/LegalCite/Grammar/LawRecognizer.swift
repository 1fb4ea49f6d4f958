/// Statutes and regulations: `42 U.S.C. § 1983`, `28 U.S.C. §§ 1331, 1343`,
/// `21 U.S.C. Sec. 841(a)(1)`, `50 U.S.C. 1701`, `29 C.F.R. § 1630.2(g)`, and codes without a
/// title from the laws table: `Kan. Stat. Ann. § 44-501`, `K.S.A. 60-513`.
struct LawRecognizer: CitationForm {
    let table: LawTable
    let titledPattern: Pattern
    /// State names and abbreviations (`Texas`, `Tex.`) → the state's name.
    let states: [String: String]
    private let titledBySpelling: [String: LawTable.Code]
    let newJerseyRevisedSearch: Pattern

    init(table: LawTable) throws {
        self.table = table
        titledPattern = try Pattern(
            #"(?<![\w.\xA7])(\d{1,3})\s*,?\s+("# + table.titledAlternation + #")\s*,?\s*"#
                // `40 U.S.C. s 270b`, `ss 270a-270f`: the section mark as older databases print it;
                // `42 U.S.C. ' 300aa-12`, as a word processor's conversion leaves it.
                + #"(?:(\xC2\xA7\s*\xC2\xA7|\xC2\xA7\xC2\xA7|\xC2\xA7|[Ss]ecs?\.|[Ss]ections?|ss?(?=\s\d)|'{1,2}(?=\s?\d))\s*)?(?=\d)"#)
        var bySpelling: [String: LawTable.Code] = [:]
        for code in table.codes where code.titled {
            bySpelling[Self.key(code.spelling)] = bySpelling[Self.key(code.spelling)] ?? code
        }
        titledBySpelling = bySpelling
        newJerseyRevisedSearch = try Pattern(Self.newJerseyRevisedPattern, requiring: ["R."])
        // As written and in capitals: `TEX. PENAL CODE` is Texas's, not California's `Penal Code`.
        states = StateData.byNameOrAbbreviationInAnyCase
    }

    init(tables: ReferenceTables) throws { try self.init(table: tables.laws) }

    /// New Jersey's Revised Statutes by their initials alone, `R.S. 52:27-2`: the section in New
    /// Jersey's own form (title, a colon, chapter, a hyphen, section: `2A:14-1`), which no other
    /// code has (Louisiana's `R.S. 14:30.1` has no hyphen; the United States' `R.S. § 1979` no colon).
    static let newJerseyRevisedPattern = #"(?<![\w.-])R\.\s?S\.\s?(?=\d{1,2}[A-Z]?:\d{1,3}[A-Z]?-\d)"#

    func recognize(_ text: TextView, into found: inout [Found]) {
        titledPattern.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: titled(text, match: $0)) }
        found.append(contentsOf: untitled(text))
        newJerseyRevisedSearch.forEachMatch(in: text.bytes, from: 0) { match in
            // `La. R.S.`: another state's initials before.
            guard [nil, "New Jersey"].contains(stateNamed(text, before: match.range.lowerBound)) else { return }
            for (position, item) in SectionList.read(text, at: match.range.upperBound, allowList: false).enumerated() {
                let citation = LawCitation(lawKind: .statute, code: "N.J. Rev. Stat.", title: nil, section: item.section, subsection: item.subsection,
                                           jurisdiction: "New Jersey", etSeq: item.etSeq)
                found.append(Found(citation: citation.citation, range: (position == 0 ? match.range.lowerBound : item.range.lowerBound)..<item.range.upperBound))
            }
        }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: titled codes", titledPattern),
         TimedSearch("pcre2: New Jersey's R.S.", newJerseyRevisedSearch),
         TimedSearch("scan: untitled codes (trie)") { [self] in untitled(TextView(bytes: $0)).count }]
    }

    private static func key(_ spelling: String) -> String { String(spelling.filter { $0 != " " && $0 != "\n" }) }

    func titled(_ text: TextView, match: Match) -> [Found] {
        guard let title = match.range(1), let spelled = match.range(2) else { return [] }
        let key = Self.key(text.string(spelled))
        // `U.S.C` for `U.S.C.`: the pattern lets an initialism's last period go.
        guard let code = titledBySpelling[key] ?? titledBySpelling[key + "."] else { return [] }
        let marker = match.range(3).map { text.string($0) } ?? ""
        let plural = marker.hasPrefix("§§") || marker.hasPrefix("§ §") || marker.hasPrefix("Secs") || marker.hasPrefix("secs") || marker.hasSuffix("ions")
            || marker == "ss" || marker == "''"
        // Without any section mark (`20 CFR 404.1567(b) and 416.967(b)`) a list is read too.
        let items = SectionList.read(text, at: match.range.upperBound, allowList: plural || marker.isEmpty)
        return items.enumerated().map { index, item in
            var item = item
            // `42 U.S.C. § 1983.3 The …`: the Code's sections have no decimals; the digit after
            // the period is a footnote's marker.
            if code.code == "U.S.C.", item.subsection == nil, let dot = item.section.firstIndex(of: "."),
               item.section[item.section.index(after: dot)...].allSatisfy(\.isNumber), item.section.distance(from: dot, to: item.section.endIndex) <= 3 {
                let kept = item.section[..<dot]
                item = SectionList.Item(range: item.range.lowerBound..<(item.range.lowerBound + kept.utf8.count), section: String(kept),
                                        subsection: nil, etSeq: false)
            }
            // `735 ILCS 5/2-615, 2-619`: a later section of an Illinois list without its act is of
            // the first's act (`5/2-619`).
            if code.code == "Ill. Comp. Stat.", index > 0, !item.section.contains("/"), let slash = items[0].section.firstIndex(of: "/") {
                item = SectionList.Item(range: item.range, section: String(items[0].section[...slash]) + item.section,
                                        subsection: item.subsection, etSeq: item.etSeq)
            }
            let citation = LawCitation(lawKind: code.isRegulation ? .regulation : .statute, code: code.code, title: text.string(title), section: item.section,
                                       subsection: item.subsection, jurisdiction: code.jurisdiction, etSeq: item.etSeq)
            let range = index == 0 ? title.lowerBound..<item.range.upperBound : item.range
            return Found(citation: citation.citation, range: range)
        }
    }

    /// Codes without a title number, tried at each capitalized word.
    func untitled(_ text: TextView) -> [Found] {
        var found: [Found] = []
        var hits: [ByteTrie.Hit] = []
        var index = 0
        let count = text.count
        let bytes = text.bytes
        while index < count {
            // To the next capital that starts a word (capitals found eight bytes at a time).
            while true {
                index = ByteSearch.firstUpper(in: bytes, from: index, before: count)
                guard index < count, index > 0, ByteClass.isAlphanumeric(bytes[index - 1]) || bytes[index - 1] == 0x2E else { break }
                // `( cf.CPLR 3211[b]`: a signal glued to the code by its period.
                if bytes[index - 1] == 0x2E, Self.gluedSignal(text, endingAt: index - 1) { break }
                index += 1
            }
            guard index < count else { break }
            hits.removeAll(keepingCapacity: true)
            // Every code, titled ones too: those stand alone only with `tit.` (`Del. Code Ann. tit. 10, § 8106`).
            table.spellings.matches(in: text.bytes, at: index, into: &hits)
            guard let hit = hits.last else { index += 1; continue }
            let code = table.codes[hit.value]
            // `Texas Penal Code § 22.01`, `North Carolina General Statutes`: a state named before a
            // code spelled without its state is that state's code, not the table's.
            if let named = stateNamed(text, before: index), named != code.jurisdiction {
                index = hit.end
                continue
            }
            // `[N.C.G.S.] § 14-306.4`: the court's own bracketed insertion of the code.
            let bracketed = index > 0 && text[index - 1] == 0x5B && text[hit.end] == 0x5D
            // `Arizona Revised Statutes ("A.R.S.") section 42-16254`: the short name the court
            // defines after the code's full name; the span opens at the full name.
            let defined = definedFullName(text, short: index..<hit.end, jurisdiction: code.jurisdiction)
            let headStart = defined?.shortEnd ?? hit.end + (bracketed ? 1 : 0)
            guard let head = sectionHead(text, after: headStart, code: code), !code.titled || head.title != nil else {
                index = hit.end
                continue
            }
            // `RCW 10.73.090 and 10.73.100`: with no section mark, a list goes on through sections
            // with inner punctuation (not `K.S.A. 60-513 and 12 others`).
            var items = SectionList.read(text, at: head.cursor, allowList: head.plural || !head.marked)
            if !head.marked, let later = items.dropFirst().firstIndex(where: { !$0.section.contains(where: { $0 == "-" || $0 == "." || $0 == ":" }) }) {
                items.removeSubrange(later...)
            }
            // Without `§` or `section`, only a section with inner punctuation (`60-513`) marks a
            // statute, unless the code is one cited by plain numbers (`CPLR 3211`).
            guard let first = items.first, head.cursor > hit.end || head.marked,
                  head.marked || code.numbered || first.section.contains(where: { $0 == "-" || $0 == "." || $0 == ":" }) else {
                index = hit.end
                continue
            }
            for (position, item) in items.enumerated() {
                let name = head.subject.map { "\(code.code), \($0)" } ?? code.code
                let citation = LawCitation(lawKind: code.isRegulation ? .regulation : .statute, code: name, title: head.title, section: item.section, subsection: item.subsection,
                                           jurisdiction: code.jurisdiction, etSeq: item.etSeq)
                let range = position == 0 ? (defined?.start ?? (bracketed ? index - 1 : index))..<item.range.upperBound : item.range
                found.append(Found(citation: citation.citation, range: range))
            }
            index = items.last!.range.upperBound
        }
        return found
    }
}

extension LawRecognizer {
    /// Whether the word before the period at `period` is a signal (`cf`, `see`) that starts a word.
    static func gluedSignal(_ text: TextView, endingAt period: Int) -> Bool {
        for signal in ["cf", "see", "See", "accord"] as [StaticString] where text.has(signal, endingAt: period) {
            let start = period - signal.utf8CodeUnitCount
            if start == 0 || !(ByteClass.isAlphanumeric(text[start - 1]) || text[start - 1] == 0x2E) { return true }
        }
        return false
    }

    /// `Arizona Revised Statutes ("A.R.S.")`, `Ariz.Rev.Stat. ("A.R.S.")`: a code's short name
    /// `short` in quotation marks and parentheses, after up to five capitalized words that open
    /// with the name or abbreviation of the code's state. Where those words start, and where the
    /// parentheses close.
    func definedFullName(_ text: TextView, short: Range<Int>, jurisdiction: String) -> (start: Int, shortEnd: Int)? {
        // (Curly quotation marks are straight by now.)
        let open = short.lowerBound - 1
        let close = short.upperBound
        guard open >= 2, text[open] == 0x22, text[open - 1] == 0x28, text[open - 2] == 0x20, text[close] == 0x22, text[close + 1] == 0x29 else { return nil }
        var wordEnd = open - 2
        let shortEnd = close + 2
        for _ in 0..<5 {
            let wordStart = text.wordStart(endingAt: wordEnd)
            guard wordStart < wordEnd, ByteClass.isUpper(text[wordStart]) else { return nil }
            let word = text.string(wordStart..<wordEnd)
            // The state's name, or its abbreviation opening a word run together (`Ariz.Rev.Stat.`).
            let abbreviation = word.firstIndex(of: ".").map { String(word[...$0]) }
            if states[word] == jurisdiction || abbreviation.map({ states[$0] == jurisdiction }) == true { return (wordStart, shortEnd) }
            // A state of two words: `New Jersey Statutes`, `North Carolina General Statutes`.
            if wordStart >= 2, text[wordStart - 1] == 0x20 {
                let before = text.wordStart(endingAt: wordStart - 1)
                if before < wordStart - 1, states[text.string(before..<wordEnd)] == jurisdiction { return (before, shortEnd) }
            }
            guard wordStart >= 2, text[wordStart - 1] == 0x20 else { return nil }
            wordEnd = wordStart - 1
        }
        return nil
    }

    /// The state whose name or abbreviation stands right before `start` (`Texas`, `Tex.`, `N.C.`).
    func stateNamed(_ text: TextView, before start: Int) -> String? {
        let end = text.skipSpacesBackward(from: start, limit: 2)
        guard end < start, end > 0 else { return nil }
        var begin = end
        // Up to three words back: `North Carolina`, `W. Va.`.
        for _ in 0..<3 {
            let wordStart = text.wordStart(endingAt: begin)
            guard wordStart < begin else { break }
            if let state = states[text.words(wordStart..<end)] { return state }
            begin = text.skipSpacesBackward(from: wordStart, limit: 2)
            guard begin < wordStart else { break }
        }
        return nil
    }
}

extension LawRecognizer {
    /// What comes between an untitled code and its first section: a chapter (`G.L. c. 93A,`), a
    /// title (`Del. Code Ann. tit. 10,`), a subject (`Md. Code Ann., Cts. & Jud. Proc.`), a
    /// supplement's year (`K.S.A. 2019 Supp.`), a comma (`Pen. Code, § 459`), and the section
    /// mark: `§`, `§§`, `section`, `sections`, `Sec.`. Nil when a chapter code has no chapter.
    struct SectionHead {
        var cursor: Int
        var title: String?
        /// The subject between code and section (`Cts. & Jud. Proc.`), part of the code's name.
        var subject: String?
        var marked = false
        var plural = false
    }

    func sectionHead(_ text: TextView, after end: Int, code: LawTable.Code) -> SectionHead? {
        var head = SectionHead(cursor: text.skipSpaces(from: end, limit: 12), title: nil)
        func token(at start: Int) -> Int {
            var cursor = start
            while ByteClass.isAlphanumeric(text[cursor]) || (text[cursor] == 0x2D && ByteClass.isAlphanumeric(text[cursor + 1])) { cursor += 1 }
            return cursor
        }
        func skipComma() {
            head.cursor = text.skipSpaces(from: head.cursor, limit: 2)
            if text[head.cursor] == 0x2C { head.cursor = text.skipSpaces(from: head.cursor + 1, limit: 2) }
        }
        if code.chaptered {
            let chapterEnd = token(at: head.cursor)
            guard chapterEnd > head.cursor, ByteClass.isDigit(text[head.cursor]) else { return nil }
            head.title = text.string(head.cursor..<chapterEnd)
            head.cursor = chapterEnd
            skipComma()
        } else if text.has("tit.", at: head.cursor) || (text[head.cursor] == 0x2C && text.has(" tit.", at: head.cursor + 1)) {
            // `Del. Code Ann. tit. 10,` and California's `Cal. Code Regs., tit. 15,`.
            if text[head.cursor] == 0x2C { head.cursor += 2 }
            let start = text.skipSpaces(from: head.cursor + 4, limit: 2)
            let titleEnd = token(at: start)
            if titleEnd > start, ByteClass.isDigit(text[start]) {
                head.title = text.string(start..<titleEnd)
                head.cursor = titleEnd
                skipComma()
            }
        } else if text[head.cursor] == 0x2C {
            // `Pen. Code, § 459`; `Md. Code Ann., Crim. Law § 3-202` (a subject of capitalized words).
            var cursor = text.skipSpaces(from: head.cursor + 1, limit: 2)
            // `Gov. Code,2 § 810`: a footnote's marker glued to the comma, before the section mark.
            if cursor == head.cursor + 1 {
                let markerEnd = text.skipDigits(from: cursor, limit: 2)
                if markerEnd > cursor, text[markerEnd] == 0x20, text[markerEnd + 1] == 0xC2, text[markerEnd + 2] == 0xA7 { cursor = markerEnd + 1 }
            }
            var words = 0
            while words < 6, ByteClass.isUpper(text[cursor]) || text[cursor] == 0x26 {
                var wordEnd = cursor + 1
                while ByteClass.isLetter(text[wordEnd]) || text[wordEnd] == 0x2E || text[wordEnd] == 0x27 { wordEnd += 1 }
                cursor = text.skipSpaces(from: wordEnd, limit: 2)
                words += 1
            }
            if text[cursor] == 0xC2 && text[cursor + 1] == 0xA7 {
                let subjectStart = text.skipSpaces(from: head.cursor + 1, limit: 2)
                if words > 0 { head.subject = text.words(subjectStart..<text.skipSpacesBackward(from: cursor, limit: 2)) }
                head.cursor = cursor
            }
        }
        if text[head.cursor] == 0xC2 && text[head.cursor + 1] == 0xA7 {
            head.marked = true
            head.cursor += 2
            if text[head.cursor] == 0xC2 && text[head.cursor + 1] == 0xA7 { head.cursor += 2; head.plural = true }
            head.cursor = text.skipSpaces(from: head.cursor, limit: 2)
        } else {
            for (word, plural) in [("sections ", true), ("Sections ", true), ("section ", false), ("Section ", false),
                                   ("Secs. ", true), ("Sec. ", false), ("sec. ", false)] as [(StaticString, Bool)] where text.has(word, at: head.cursor) {
                head.marked = true
                head.plural = plural
                head.cursor = text.skipSpaces(from: head.cursor + word.utf8CodeUnitCount, limit: 2)
                break
            }
        }
        // `K.S.A. 2019 Supp. 21-6804`: the supplement's year before the section.
        if ByteClass.isDigit(text[head.cursor]), text.has(" Supp. ", at: head.cursor + 4),
           (0..<4).allSatisfy({ ByteClass.isDigit(text[head.cursor + $0]) }) {
            head.cursor = text.skipSpaces(from: head.cursor + 11, limit: 2)
        }
        return head
    }
}

extension LawCitation: CitationKind {
    var kind: String { lawKind.rawValue }
    static let precedence = 1

    /// The case of `Citation` this is: `.statute` or `.regulation`.
    var citation: Citation { lawKind == .regulation ? .regulation(self) : .statute(self) }

    var authority: Authority? {
        .law(kind: kind, code: code, title: title, section: section, jurisdiction: jurisdiction)
    }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("code", code.isEmpty ? nil : code)
        json.field("title", title)
        json.field("section", section)
        json.field("subsection", subsection)
        json.field("jurisdiction", jurisdiction)
        if etSeq { json.field("et_seq", true) }
        switch origin {
        case .written: break
        case .bare(let inferred), .afterId(let inferred, _): if inferred { json.field("inferred_code", true) }
        }
    }
}
