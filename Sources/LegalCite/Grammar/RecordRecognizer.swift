/// Citations of the case's own record: `Compl. ¶¶ 46-53`, `Am. Compl. ¶ 10`, `Answer ¶ 3`,
/// `Tr. 45:3-12`, `Hr'g Tr. at 12`, `(Tr. 113, 268)`, `Smith Dep. 12:4-9`, `Ex. A at 3`,
/// `Pl.'s Mem. at 4`, `[PSR ¶ 84]`, `R. at 5`, `App. 12`, `J.A. 45`, `Decl. ¶ 5`.
///
/// A designation needs its pin (or, for an exhibit, its label): `the Complaint`, `Ex parte Young`,
/// `Tr.` inside a word, a bare `¶ 5` of a quoted statute are not record citations. `R.`, `App.` and
/// `J.A.` also need to open a citation (after `(`, `[`, `;` or a signal), since they are
/// initials and reporter words elsewhere.
struct RecordRecognizer: CitationForm {
    /// Each designation's spellings as branches that open with a letter, in the order they are
    /// tried (a word before the designation, `First Amended`, `Hr'g`, first). From them: the one
    /// alternation (`pattern`) and its branches grouped by first letter (`branches`, searched
    /// with `Alternatives`: thirteen passes that skip through text at SIMD speed cost less than one
    /// that stops at most capital letters).
    private static let designations: [(document: RecordDocument, spellings: [String])] = {
        let apostrophe = #"(?:'|\xE2\x80\x99)"#
        let briefTail = #"s?\.?"# + apostrophe + #"s?\s+"#
            + #"(?:Mem\.|Br\.|Opp"# + apostrophe + #"n|Reply|Mot\.|Resp\.?|Obj\.|Stmt\.)(?:\s+(?:in\s+)?(?:Supp\.|Opp"# + apostrophe + #"n))?"#
            + #"(?:\s+(?:Mat\.|Material|Undisputed|Facts|SUF|SOF|SMF))*"#
        let amended = #"Am(?:ended|\.)\s?Compl(?:aint|\.)"#
        return [
            (.amendedComplaint, [#"First\s+"# + amended, #"Second\s+"# + amended, #"Third\s+"# + amended, amended, "FAC", "SAC", "TAC"]),
            (.complaint, [#"Compl\."#, #"Complaint(?=\s*\xC2\xB6)"#]),
            (.answer, [#"Answer(?=\s*\xC2\xB6)"#]),
            (.transcript, [#"Hr"# + apostrophe + #"?g\s+Tr\."#, #"Trial\s+Tr\."#, #"Sent(?:encing|\.)\s+Tr\."#, #"Plea\s+Tr\."#,
                            #"Oral\s+Arg\.\s+Tr\."#, #"Tr\."#]),
            (.deposition, [#"Dep\."#]),
            (.exhibit, [#"Exs?\."#, #"Exh\."#]),
            (.declaration, [#"Decl\."#, #"Aff\."#]),
            (.presentenceReport, ["PSR"]),
            (.record, [#"R\.(?=\s+at\s+\d)"#]),
            (.jointAppendix, [#"J\.\s?A\."#]),
            (.appendix, [#"App\."#]),
            (.brief, ["Pl", "Def", "Pet", "Resp", "Gov" + apostrophe + "t", "Appellant", "Appellee"].map { $0 + briefTail }),
        ]
    }()

    /// Each designation is a group named by its document's JSON string (`amended_complaint`).
    private static func pattern(_ designations: [(document: RecordDocument, spellings: [String])]) -> String {
        #"(?<![\w.'])(?:"# + designations.map { "(?<\($0.document.rawValue)>" + $0.spellings.joined(separator: "|") + ")" }.joined(separator: "|") + ")"
    }

    /// Every designation as one alternation.
    static let pattern = pattern(designations)

    /// The alternation's branches grouped by the letter they open with, each group in order.
    static let branches: [String] = {
        var letters: [UInt8] = []
        for designation in designations {
            for spelling in designation.spellings where !letters.contains(spelling.utf8.first!) { letters.append(spelling.utf8.first!) }
        }
        return letters.map { letter in
            pattern(designations.compactMap { designation in
                let spellings = designation.spellings.filter { $0.utf8.first == letter }
                return spellings.isEmpty ? nil : (designation.document, spellings)
            })
        }
    }()

    let search: Alternatives

    init(tables: ReferenceTables) throws { search = Alternatives(try Self.branches.map { try Pattern($0) }) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.citations(text, match: $0)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: record", search)] }

    static func citations(_ text: TextView, match: Match) -> [Found] {
        guard let (group, designation) = designations.lazy.compactMap({ entry in
            match.pattern.groupNumber(entry.document.rawValue).flatMap { match.range($0) }.map { (entry.document, $0) }
        }).first else { return [] }
        var cursor = designation.upperBound
        var label: String? = nil
        var start = designation.lowerBound
        // A deponent or declarant before the designation: `Smith Dep.`, `Jones Decl.`.
        if group == .deposition || group == .declaration {
            let before = text.skipSpacesBackward(from: start, limit: 2)
            let wordStart = text.wordStart(endingAt: before)
            if before < start, wordStart < before, ByteClass.isUpper(text[wordStart]), text[before - 1] != 0x2E,
               (wordStart..<before).allSatisfy({ ByteClass.isLetter(text[$0]) || text[$0] == 0x27 || text[$0] == 0x2D }) {
                label = text.string(wordStart..<before)
                start = wordStart
            }
        }
        // A brief is named by whose and what it is: `Pls.' Mot.`, `Def.'s Resp.` are two filings.
        if group == .brief { label = text.words(designation).replacingApostrophes() }
        if group == .record || group == .appendix || group == .jointAppendix {
            guard opensCitation(text, at: start) else { return [] }
        }
        if group == .exhibit {
            // `Ex. A`, `Ex. 5`, `Exs. 3-4`, `Ex. 12-3`.
            let labelStart = text.skipSpaces(from: cursor, limit: 2)
            var labelEnd = labelStart
            while ByteClass.isAlphanumeric(text[labelEnd]) || (text[labelEnd] == 0x2D && ByteClass.isAlphanumeric(text[labelEnd + 1])) {
                labelEnd += 1
            }
            guard labelEnd > labelStart, labelEnd - labelStart <= 8,
                  ByteClass.isDigit(text[labelStart]) || (labelEnd - labelStart <= 2 && ByteClass.isUpper(text[labelStart])) else { return [] }
            label = text.string(labelStart..<labelEnd)
            cursor = labelEnd
        }
        // `Compl. Claim III ¶¶ 46-53`, `Compl. Count II ¶ 5`.
        var claim: String? = nil
        let afterDesignation = text.skipSpaces(from: cursor, limit: 2)
        if text.has("Claim ", at: afterDesignation) || text.has("Count ", at: afterDesignation) {
            var end = afterDesignation + 6
            while ByteClass.isAlphanumeric(text[end]) { end += 1 }
            if end > afterDesignation + 6 { claim = text.string(afterDesignation..<end); cursor = end }
        }
        guard let pins = pins(text, after: cursor, requireAt: group == .record, closing: group == .brief) else {
            // An exhibit names itself; a complaint abbreviation stands alone too (`See Compl.`).
            if label != nil && group == .exhibit {
                return [found(group, label: label, pin: nil, range: start..<cursor)]
            }
            return []
        }
        var results: [Found] = []
        for (index, pin) in pins.enumerated() {
            let pinText = [claim, text.words(pin)].compactMap { $0 }.joined(separator: " ")
            results.append(found(group, label: label, pin: pinText, range: index == 0 ? start..<pin.upperBound : pin))
        }
        return results
    }

    private static func found(_ document: RecordDocument, label: String?, pin: String?, range: Range<Int>) -> Found {
        Found(citation: .record(RecordCitation(document: document, label: label, pin: pin)), range: range)
    }

    /// `(R. at 5)`, `[App. 12]`, `; J.A. 45`, `See App. 12`.
    private static func opensCitation(_ text: TextView, at start: Int) -> Bool {
        let before = text.skipSpacesBackward(from: start, limit: 2)
        let byte = text[before - 1]
        if byte == 0x28 || byte == 0x5B || byte == 0x3B || before == 0 { return true }
        return text.has("See", endingAt: before) || text.has("see", endingAt: before) || text.has("Cf.", endingAt: before)
    }

    /// The pins after a designation: paragraphs (`¶¶ 46-53`), page and line (`45:3-12`), pages
    /// (`at 4`, `12`, `113, 268, 272`). A list gives one pin per item.
    /// With `closing`, a page without `at` counts only when it closes the cite (`Def.'s Resp. 4.)`).
    private static func pins(_ text: TextView, after end: Int, requireAt: Bool, closing: Bool = false) -> [Range<Int>]? {
        var cursor = end
        if text[cursor] == 0x2C { cursor += 1 }
        cursor = text.skipSpaces(from: cursor, limit: 2)
        guard cursor > end || text[end] == 0x2C else { return nil }
        if let paragraphs = PinCite.paragraphs(text, at: cursor) { return [paragraphs] }
        var hasAt = false
        if text.has("at ", at: cursor) { cursor = text.skipSpaces(from: cursor + 3, limit: 2); hasAt = true }
        if text.has("p. ", at: cursor) { cursor += 3 } else if text.has("pp. ", at: cursor) { cursor += 4 }
        guard !requireAt || hasAt, ByteClass.isDigit(text[cursor]) else { return nil }
        if closing && !hasAt {
            let end = text.skipDigits(from: cursor, limit: 5)
            guard [0x2E, 0x29, 0x3B, 0x2C].contains(text[end]) else { return nil }
        }
        // Page and line: `45:3-12`, `12:4-13:2`.
        var results: [Range<Int>] = []
        var itemStart = cursor
        while true {
            var itemEnd = text.skipDigits(from: itemStart, limit: 5)
            if text[itemEnd] == 0x3A, ByteClass.isDigit(text[itemEnd + 1]) { itemEnd = text.skipDigits(from: itemEnd + 1, limit: 3) }
            if text[itemEnd] == 0x2D, ByteClass.isDigit(text[itemEnd + 1]) {
                itemEnd = text.skipDigits(from: itemEnd + 1, limit: 5)
                if text[itemEnd] == 0x3A, ByteClass.isDigit(text[itemEnd + 1]) { itemEnd = text.skipDigits(from: itemEnd + 1, limit: 3) }
            }
            guard itemEnd > itemStart, !ByteClass.isLetter(text[itemEnd]) else { break }
            results.append(itemStart..<itemEnd)
            // More pages: `113, 268, 272` (not `12, 2012 WL`).
            guard text[itemEnd] == 0x2C else { break }
            let next = text.skipSpaces(from: itemEnd + 1, limit: 8)
            let nextEnd = text.skipDigits(from: next, limit: 5)
            guard nextEnd > next, !CiteLookahead.opensCitation(text, after: nextEnd) else { break }
            itemStart = next
        }
        return results.isEmpty ? nil : results
    }
}

private extension String {
    /// `Pls.’ Mot.` and `Pls.' Mot.` are one filing.
    func replacingApostrophes() -> String { String(map { $0 == "\u{2019}" ? "'" : $0 }) }
}

extension RecordCitation: CitationKind {
    var kind: String { "record" }
    static let precedence = 4

    var authority: Authority? { .record(document: document, label: label) }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("document", document.rawValue)
        json.field("label", label)
        json.field("pin", pin)
    }
}

extension RecordDocument {
    /// Which record document a filing's name is: `Complaint` → complaint, `First Amended
    /// Complaint` → amended_complaint, `Answer` → answer; nil for any other filing.
    init?(filingName description: String) {
        let words = description.splitOnSpaces()
        guard let last = words.last else { return nil }
        switch last {
        case "Complaint" where words.count > 1 && words.contains("Amended"): self = .amendedComplaint
        case "Complaint" where words.count == 1: self = .complaint
        case "Answer" where words.count == 1: self = .answer
        default: return nil
        }
    }
}
