/// The American Law Institute's Restatements, as courts write them: `Restatement (Second) of
/// Torts § 402A cmt. b (1965)`, `RESTATEMENT (SECOND) OF CONTRACTS § 90`, `Restatement (Third) of
/// Torts: Prods. Liab. § 2`, `Restatement of the Law (Third) of Agency § 7.03`, `Restatement of
/// Torts, Second, § 402A`, California's `Rest.2d Torts, § 402A` and `Restatement Second of
/// Contracts, section 90`, wrapped across a line.
///
/// `code` is the Restatement named the Bluebook's way (`Restatement (Second) of Torts`, a subtitle
/// after `:` kept), `section` its section, `subsection` a comment (`cmt. b`). The words between
/// `Restatement` and the section must be an edition and a subject of capitalized words joined by
/// `of`, `the`, `and`, `&` or `on` (abbreviated words only after a subtitle's colon), ending in no
/// joiner, so that prose (`the Restatement (Second) of Torts and Section 5 of the Act`, `the
/// Restatement, which the court in Smith … § 5`) is none.
struct RestatementRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])(?:Restatement|RESTATEMENT|Rest\.)(?=[\s,(0-9])((?:(?!\xC2\xA7)[^\n;]|\n(?!\n)){0,120}?),?\s*(?:(?:\xC2\xA7){1,2}|[Ss]ection|sec\.)\s*(\d{1,4}[A-Z]?(?:\.\d{1,3})?)(?![\w.\-]\d)"#
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
    private static let joiners: Set<String> = ["of", "the", "and", "&", "on"]

    static func restatement(_ text: TextView, match: Match) -> Found? {
        guard let between = match.range(1), let sectionRange = match.range(2) else { return nil }
        // The words between: `(Second) of Torts`, `.2d Torts,`, `of the Law (Third) of Agency`.
        let words = String(text.words(between).map { "(),".contains($0) ? " " : $0 }).splitOnSpaces().map(String.init)
        var edition: String? = nil
        var subject: [String] = []
        var subtitle = false
        for raw in words {
            let word = raw.hasPrefix(".") ? String(raw.dropFirst()) : raw
            // `(Second) of Torts`, `of the Law (Third) of Agency`: the edition before the subject.
            let lowered = subject.map { $0.lowercased() }
            if let named = editions[word.lowercased()], edition == nil,
               lowered.allSatisfy(joiners.contains) || lowered == ["of", "the", "law"] || lowered == ["the", "law"] {
                edition = named
                subject.removeAll()
                continue
            }
            var bare = word.hasSuffix(":") ? String(word.dropLast()) : word
            // An abbreviated word (`Prods.`, `Prop.:`) only in a subtitle or before its colon.
            if bare.hasSuffix("."), subtitle || word.hasSuffix(":"), bare.count > 2 { bare.removeLast() }
            guard let first = bare.first, first.isUppercase || joiners.contains(bare.lowercased()),
                  bare.allSatisfy({ $0.isLetter || $0 == "&" || $0 == "'" || $0 == "-" }) else { return nil }
            if word.hasSuffix(":") { subtitle = true }
            subject.append(word)
        }
        // `Restatement of Torts, Second`: the edition after the subject.
        if edition == nil, let last = subject.last, let named = editions[last.lowercased()] {
            edition = named
            subject.removeLast()
        }
        // `Restatement (Second) of Torts`: the name's own `of` is written once.
        if subject.first?.lowercased() == "of" { subject.removeFirst() }
        guard !subject.isEmpty, subject.count <= 12, let last = subject.last, !joiners.contains(last.lowercased()) else { return nil }
        var named = subject.joined(separator: " ")
        if named == named.uppercased() { named = CourtHeading.titleCase(named) }
        let code = "Restatement" + (edition.map { " (\($0))" } ?? "") + " of " + named
        let comment = match.range(3).map { "cmt. " + text.string($0) }
        let law = LawCitation(lawKind: .restatement, code: code, title: nil, section: text.string(sectionRange),
                              subsection: comment, jurisdiction: nil, etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }
}
