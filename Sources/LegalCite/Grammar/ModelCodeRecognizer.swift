/// Uniform and model codes, cited as such rather than as a state's enactment: `U.C.C. § 2-207(2)`,
/// `UCC § 9-609`, `U.C.C. § 2A-219(1)`, `Uniform Commercial Code § 2-725`, `Model Penal Code § 2.02(2)(c)`,
/// `Model Rules of Prof'l Conduct R. 1.7`, `Model Rule of Professional Conduct 8.4(c)`. Not the bare
/// `MPC`, which Pennsylvania's courts write for the Municipalities Planning Code.
///
/// `code` is the Bluebook's abbreviation (`U.C.C.`, `Model Penal Code`, `Model Rules of Prof'l
/// Conduct`), `section` the section or rule, `subsection` what follows it in parentheses. A
/// state's enactment (`Tex. Bus. & Com. Code § 2.207`, `810 ILCS 5/2-207`, `N.Y. U.C.C. § 2-207`) is a statute; `UCC`
/// without a section (`a UCC-1 financing statement`) is none.
struct ModelCodeRecognizer: CitationForm {
    static let codePattern =
        #"(?<![\w.])(U\.\s?C\.\s?C\.|UCC|Uniform\s+Commercial\s+Code|Model\s+Penal\s+Code|MODEL\s+PENAL\s+CODE|M\.\s?P\.\s?C\.)"#
        + #",?\s*(?:(?:\xC2\xA7){1,2}|[Ss]ection|[Ss]ec\.|Art(?:icle|\.)\s+\d+,?\s*\xC2\xA7)\s*(\d{1,3}[A-Z]?(?:[-.]\d{1,4}[A-Za-z]?){1,2})((?:\([0-9a-zA-Z]{1,4}\))*)"#
    static let conductPattern =
        #"(?<![\w.])(?:ABA\s+)?Model\s+Rules?\s+of\s+Prof(?:'l|essional|\.)\s+Conduct,?\s+(?:R(?:ule|\.)?\s*)?(\d{1,2}\.\d{1,2})((?:\([0-9a-z]{1,4}\))*)"#

    let codes: Pattern
    let conduct: Pattern

    init(tables: ReferenceTables) throws {
        codes = try Pattern(Self.codePattern, requiring: ["U.C.C", "U. C. C", "UCC", "Commercial", "Penal", "PENAL", "M.P.C", "M. P. C"])
        conduct = try Pattern(Self.conductPattern, requiring: ["Conduct"])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        codes.forEachMatch(in: text.bytes, from: 0) { match in
            // `N.Y. U.C.C. § 2-207`: a state's enactment, a statute (`N.Y. U.C.C. Law` is read so).
            guard !Self.afterState(text, match.range.lowerBound) else { return }
            found.append(Self.found(text, match: match, code: Self.code(text.words(match.range(1)!))))
        }
        conduct.forEachMatch(in: text.bytes, from: 0) { found.append(Self.found(text, match: $0, code: "Model Rules of Prof'l Conduct", sectionGroup: 1)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: model codes", codes), TimedSearch("pcre2: model rules of conduct", conduct)] }

    /// Whether the word just before `start` names a state (`N.Y.`, `NY`, `Texas`).
    private static func afterState(_ text: TextView, _ start: Int) -> Bool {
        let end = text.skipSpacesBackward(from: start, limit: 2)
        guard end < start else { return false }
        let wordStart = text.wordStart(endingAt: end)
        return wordStart < end && StateData.byNameOrAbbreviation[text.string(wordStart..<end)] != nil
    }

    private static func code(_ written: String) -> String {
        let letters = written.filter(\.isLetter).lowercased()
        return letters.hasPrefix("u") ? "U.C.C." : "Model Penal Code"
    }

    private static func found(_ text: TextView, match: Match, code: String, sectionGroup: Int = 2) -> Found {
        let subsection = match.range(sectionGroup + 1).flatMap { $0.isEmpty ? nil : text.string($0) }
        let law = LawCitation(lawKind: .modelCode, code: code, title: nil, section: text.string(match.range(sectionGroup)!),
                              subsection: subsection, jurisdiction: nil, etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }
}
