/// `U.S. Const. amend. XIV, § 1`, `U.S. Const. art. III, § 2, cl. 1`, `Kan. Const. art. 15`,
/// and the amendments named in prose: `the Fourth Amendment`.
struct ConstitutionRecognizer: CitationForm {
    static let formalPattern =
        #"(?<![\w.])(U\.\s?S\.|United\s+States|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)\s+Const(?:itution|\.)?,?\s+"#
        + #"(?:(?:art(?:icle|\.)?)\s+([IVXLC]+|\d+)|(?:amend(?:ment|s?\.)?)\s+([IVXLC]+|\d+))"#
        + #"(?:,?\s*(?:\xC2\xA7|[Ss]ec(?:tion|\.)?)\s*(\d+))?(?:,?\s*cl\.\s*(\d+))?"#

    static let ordinals = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
        "Twentieth", "Twenty-First", "Twenty-Second", "Twenty-Third", "Twenty-Fourth", "Twenty-Fifth",
        "Twenty-Sixth", "Twenty-Seventh",
    ]

    static var prosePattern: String {
        let names = ordinals.reversed().map { $0.replacingHyphenCase() }.joined(separator: "|")
        return #"(?<![\w-])("# + names + #")\s+Amendment(?!\s+to\b)(?![\w-])"#
    }

    let formalSearch: Pattern
    let proseSearch: Pattern

    init(tables: ReferenceTables) throws {
        formalSearch = try Pattern(Self.formalPattern, requiring: ["Const"])
        proseSearch = try Pattern(Self.prosePattern, requiring: ["Amendment"])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        formalSearch.forEachMatch(in: text.bytes, from: 0) { if let item = Self.formal(text, match: $0) { found.append(item) } }
        proseSearch.forEachMatch(in: text.bytes, from: 0) { if let item = Self.prose(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: constitution", formalSearch), TimedSearch("pcre2: amendments", proseSearch)]
    }

    static func formal(_ text: TextView, match: Match) -> Found? {
        guard let jurisdiction = match.range(1) else { return nil }
        var place = text.words(jurisdiction)
        var start = match.range.lowerBound
        if place == "U.S." || place == "U. S." || place == "United States" { place = "US" }
        // `See Cal. Const.`: the state is the last word; the one before it opens the sentence.
        if place != "US", StateData.byNameOrAbbreviation[place] == nil, let space = place.lastIndex(of: " "),
           StateData.byNameOrAbbreviation[String(place[place.index(after: space)...])] != nil {
            start = jurisdiction.upperBound - place[place.index(after: space)...].utf8.count
            place = String(place[place.index(after: space)...])
        }
        let citation = ConstitutionCitation(jurisdiction: place, article: match.range(2).map { text.string($0) },
                                            amendment: match.range(3).map { text.string($0) },
                                            section: match.range(4).map { text.string($0) },
                                            clause: match.range(5).map { text.string($0) })
        return Found(citation: .constitution(citation), range: start..<match.range.upperBound)
    }

    static func prose(_ text: TextView, match: Match) -> Found? {
        guard let ordinal = match.range(1) else { return nil }
        let word = text.string(ordinal).lowercased()
        guard let number = ordinals.firstIndex(where: { $0.lowercased() == word }) else { return nil }
        let citation = ConstitutionCitation(jurisdiction: "US", article: nil, amendment: RomanNumeral.string(number + 1),
                                            section: nil, clause: nil)
        return Found(citation: .constitution(citation), range: match.range)
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
