/// `U.S. Const. amend. XIV, § 1`, `U.S. Const. art. III, § 2, cl. 1`, `Kan. Const. art. 15`,
/// Bluebook's small capitals typed as capitals (`U.S. CONST. amend. XI`, `TEX. CONST. art. I, §
/// 9`), and the amendments named in prose: `the Fourth Amendment`, `the Eighth and Fourteenth
/// Amendments` (one mention for each).
struct ConstitutionRecognizer: CitationForm {
    static let formalPattern =
        #"(?<![\w.])(U\.\s?S\.|United\s+States|(?:[A-Z]\.\s?){1,2}(?:[A-Z][A-Za-z]*\.)?|[A-Z][A-Za-z]+\.?(?:\s[A-Z][A-Za-z]+\.?)?)\s+"#
        + #"(?i:Const(?:itution|\.)?),?\s+"#
        + #"(?:(?i:art(?:icle|\.)?)\s+([IVXLC]+|\d+)|(?i:amend(?:ment|s?\.)?)\s+([IVXLC]+|\d+))"#
        + #"(?:,?\s*(?:\xC2\xA7|(?i:sec(?:tion|\.)?))\s*(\d+))?(?:,?\s*(?i:cl\.)\s*(\d+))?"#

    static let ordinals = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
        "Twentieth", "Twenty-First", "Twenty-Second", "Twenty-Third", "Twenty-Fourth", "Twenty-Fifth",
        "Twenty-Sixth", "Twenty-Seventh",
    ]

    static var prosePattern: String {
        let names = ordinals.reversed().map { $0.replacingHyphenCase() }.joined(separator: "|")
        // `to the Lease` is another instrument's amendment; `to the Constitution` is this one's.
        let notAnInstrument = #"(?!\s+to\b(?!\s+the\s+(?:United\s+States\s+|U\.\s?S\.\s+|[Ff]ederal\s+)?Constitution))"#
        return #"(?<![\w-])(?:"# + names + #")(?:,?\s+(?:and\s+|&\s+)?(?:"# + names + #"))*\s+Amendments?"# + notAnInstrument + #"(?![\w-])"#
    }

    let formalSearch: Pattern
    let proseSearch: Pattern

    init(tables: ReferenceTables) throws {
        formalSearch = try Pattern(Self.formalPattern, requiring: ["Const", "CONST"])
        proseSearch = try Pattern(Self.prosePattern, requiring: ["Amendment"])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        formalSearch.forEachMatch(in: text.bytes, from: 0) { if let item = Self.formal(text, match: $0) { found.append(item) } }
        proseSearch.forEachMatch(in: text.bytes, from: 0) { Self.prose(text, match: $0, into: &found) }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: constitution", formalSearch), TimedSearch("pcre2: amendments", proseSearch)]
    }

    static func formal(_ text: TextView, match: Match) -> Found? {
        guard let jurisdiction = match.range(1) else { return nil }
        var place = text.words(jurisdiction)
        var start = match.range.lowerBound
        if ["U.S.", "U. S.", "United States"].contains(place) { place = "US" }
        // `See Cal. Const.`: the state is the last word; the one before it opens the sentence.
        if place != "US", state(place) == nil, let space = place.lastIndex(of: " "),
           state(String(place[place.index(after: space)...])) != nil {
            start = jurisdiction.upperBound - place[place.index(after: space)...].utf8.count
            place = String(place[place.index(after: space)...])
        }
        // Only a constitution of the United States or of a state (`Our Const.` is no place).
        if place != "US" {
            guard let spelling = state(place) else { return nil }
            place = spelling
        }
        let citation = ConstitutionCitation(jurisdiction: place, article: match.range(2).map { text.string($0) },
                                            amendment: match.range(3).map { text.string($0) },
                                            section: match.range(4).map { text.string($0) },
                                            clause: match.range(5).map { text.string($0) })
        return Found(citation: .constitution(citation), range: start..<match.range.upperBound)
    }

    /// The state's spelling as the text gives it in Bluebook's case (`TEX.` → `Tex.`, `N.Y.`,
    /// `Ohio`), or nil for a word that names no state.
    static func state(_ written: String) -> String? {
        if StateData.byNameOrAbbreviation[written] != nil { return written }
        guard StateData.byNameOrAbbreviationInAnyCase[written] != nil else { return nil }
        let cased = written.lowercased().split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.split(separator: ".", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ".")
        }.joined(separator: " ")
        return StateData.byNameOrAbbreviation[cased] != nil ? cased : nil
    }

    /// Each amendment the prose names (`the Fifth and Fourteenth Amendments`): an ordinal's own
    /// words, the last with the `Amendment(s)` after it.
    static func prose(_ text: TextView, match: Match, into found: inout [Found]) {
        var words: [Range<Int>] = []
        var cursor = match.range.lowerBound
        while cursor < match.range.upperBound {
            cursor = text.skipSpaces(from: cursor, limit: match.range.upperBound - cursor)
            let start = cursor
            while cursor < match.range.upperBound, !ByteClass.isSpace(text[cursor]), text[cursor] != UInt8(ascii: ",") { cursor += 1 }
            if cursor > start { words.append(start..<cursor) }
            if cursor < match.range.upperBound, text[cursor] == UInt8(ascii: ",") { cursor += 1 }
        }
        var ordinalWords = words.filter { word in ordinals.contains { $0.lowercased() == text.string(word).lowercased() } }
        // A list joins its last item with `and` (`the Fifth, Sixth, and Fourteenth Amendments`);
        // without it the words before are an enumeration's (`Second, Fourth Amendment rights`).
        if ordinalWords.count > 1 {
            let between = text.string(ordinalWords[ordinalWords.count - 2].upperBound..<ordinalWords[ordinalWords.count - 1].lowerBound)
            if !between.contains("and") && !between.contains("&") { ordinalWords = [ordinalWords[ordinalWords.count - 1]] }
        }
        for (index, word) in ordinalWords.enumerated() {
            guard let number = ordinals.firstIndex(where: { $0.lowercased() == text.string(word).lowercased() }) else { continue }
            let citation = ConstitutionCitation(jurisdiction: "US", article: nil, amendment: RomanNumeral.string(number + 1),
                                                section: nil, clause: nil)
            let end = index == ordinalWords.count - 1 ? match.range.upperBound : word.upperBound
            found.append(Found(citation: .constitution(citation), range: word.lowerBound..<end))
        }
    }
}

enum RomanNumeral {
    static func string(_ value: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = value
        var result = ""
        for (amount, symbol) in table {
            while remaining >= amount { result += symbol; remaining -= amount }
        }
        return result
    }
}

private extension String {
    /// `Twenty-First` → `Twenty-[Ff]irst`, so both capitalizations match.
    func replacingHyphenCase() -> String {
        guard let dash = firstIndex(of: "-") else { return self }
        let after = index(after: dash)
        let letter = self[after]
        return String(self[...dash]) + "[\(letter.uppercased())\(letter.lowercased())]" + String(self[index(after: after)...])
    }
}

extension ConstitutionCitation: CitationKind {
    var kind: String { "constitution" }
    static let precedence = 2

    var authority: Authority? {
        .constitution(jurisdiction: jurisdiction, article: article, amendment: amendment, section: section)
    }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("jurisdiction", jurisdiction)
        json.field("article", article)
        json.field("amendment", amendment)
        json.field("section", section)
        json.field("clause", clause)
    }
}
