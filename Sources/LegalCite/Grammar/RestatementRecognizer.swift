/// The American Law Institute's Restatements, as courts write them: `Restatement (Second) of
/// Torts § 402A cmt. b (1965)`, `RESTATEMENT (SECOND) OF CONTRACTS § 90`, `Restatement (Third) of
/// Torts: Products Liability § 2`, `Restatement of the Law (Third) of Agency § 7.03`, California's
/// `Rest.2d Torts, § 402A` and `Restatement Second of Contracts, section 90`.
///
/// `code` is the Restatement named the Bluebook's way (`Restatement (Second) of Torts`, a subtitle
/// after `:` kept), `section` its section, `subsection` a comment (`cmt. b`). The words between
/// `Restatement` and the section must be an edition and a subject of capitalized words (and `of`,
/// `the`, `and`, `&`, `:`), so that prose (`the Restatement, which the court in Smith … § 5`) is
/// none.
struct RestatementRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])(?:Restatement|RESTATEMENT|Rest\.)(?=[\s,(0-9])([^\xC2\xA7\n;.]{0,90}?),?\s*(?:(?:\xC2\xA7){1,2}|[Ss]ection|sec\.)\s*(\d{1,4}[A-Z]?(?:\.\d{1,3})?)(?![\w.]\d)"#
        + #"(?:\s*,?\s*(?:cmt\.|comment|Comment)\s+([a-z])\b)?"#

    let search: Pattern

    init(tables: ReferenceTables) throws {
        search = try Pattern(Self.pattern, requiring: ["Restatement", "RESTATEMENT", "Rest."])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = Self.restatement(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: restatements", search)] }

    /// The edition as the Bluebook names it, from its written forms.
    private static let editions: [String: String] = [
        "first": "First", "1st": "First", "second": "Second", "2d": "Second", "2nd": "Second",
        "third": "Third", "3d": "Third", "3rd": "Third", "fourth": "Fourth", "4th": "Fourth",
    ]
    private static let joiners: Set<String> = ["of", "the", "and", "&", "law", "on"]

    static func restatement(_ text: TextView, match: Match) -> Found? {
        guard let between = match.range(1), let sectionRange = match.range(2) else { return nil }
        // The words between: `(Second) of Torts`, `.2d Torts,`, `of the Law (Third) of Agency`.
        let words = String(text.words(between).map { "(),".contains($0) ? " " : $0 }).splitOnSpaces().map(String.init)
        var edition: String? = nil
        var subject: [String] = []
        for raw in words {
            let word = raw.hasPrefix(".") ? String(raw.dropFirst()) : raw
            if let named = editions[word.lowercased()], edition == nil, subject.isEmpty || subject.allSatisfy({ joiners.contains($0.lowercased()) }) {
                edition = named
                subject.removeAll()
                continue
            }
            let bare = word.hasSuffix(":") ? String(word.dropLast()) : word
            guard let first = bare.first, first.isUppercase || joiners.contains(bare.lowercased()) || bare == "&",
                  bare.allSatisfy({ $0.isLetter || $0 == "&" || $0 == "'" || $0 == "’" || $0 == "-" }) else { return nil }
            subject.append(word)
        }
        // Leading `of`, `the Law`: the Bluebook's name reads `Restatement (Second) of Torts`.
        while let first = subject.first, joiners.contains(first.lowercased().trimmedASCII(":")) { subject.removeFirst() }
        guard !subject.isEmpty, subject.count <= 10 else { return nil }
        let named = subject.map { word -> String in
            let lower = word.lowercased()
            if joiners.contains(lower.trimmedASCII(":")) { return lower }
            return word.count > 1 && word == word.uppercased() ? word.prefix(1) + word.dropFirst().lowercased() : word
        }.joined(separator: " ")
        let code = "Restatement" + (edition.map { " (\($0))" } ?? "") + " of " + named
        let comment = match.range(3).map { "cmt. " + text.string($0) }
        let law = LawCitation(lawKind: .restatement, code: code, title: nil, section: text.string(sectionRange),
                              subsection: comment, jurisdiction: nil, etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }
}
