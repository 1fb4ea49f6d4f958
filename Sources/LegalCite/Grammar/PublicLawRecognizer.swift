/// Public laws: `Pub. L. No. 96-517`, `Pub. L. 111-148, § 1501`, `Public Law 104-191`.
struct PublicLawRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])(?:Pub\.\s?L\.|Public\s+Law|P\.\s?L\.)\s*(?:No\.\s*)?(\d{2,3})-(\d{1,4})(?![\d-])"#
        + #"(?:,?\s*(?:(?:\xC2\xA7){1,2}|[Ss]ec\.)\s*(\d+[\w.-]*(?:\([A-Za-z0-9]{1,4}\))*))?"#

    let search: Pattern

    init(tables: ReferenceTables) throws { search = try Pattern(Self.pattern) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = Self.statute(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: public laws", search)] }

    static func statute(_ text: TextView, match: Match) -> Found? {
        guard let congress = match.range(1), let number = match.range(2) else { return nil }
        let section = match.range(3).map { text.string($0) }
        let law = LawCitation(lawKind: .sessionLaw, code: "Pub. L.", title: text.string(congress) + "-" + text.string(number),
                              section: section ?? "", subsection: nil, jurisdiction: "United States", etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }
}
