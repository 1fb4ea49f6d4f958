/// Reporters cited by year and number, reporter first (reporters-db's `$full_cite_year_page`):
/// `T.C. Memo. 2020-26`, `T.C. Summary Opinion 2012-5`, `T.C.M. (RIA) 2005-112`.
struct YearNumberCitationRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])(T\.\s?C\.\s?Memo\.|T\.\s?C\.\s?Summary\s+Op(?:inion|\.)|T\.\s?C\.\s?M\.\s?\(RIA\))\s+(\d{4})-(\d{1,6})(?![\d-])"#

    let search: Pattern
    let courts: CourtTable

    init(tables: ReferenceTables) throws {
        search = try Pattern(Self.pattern)
        courts = tables.courts
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) {
            if let item = Self.citation(text, match: $0, courts: courts) { found.append(item) }
        }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: year-number", search)] }

    static func citation(_ text: TextView, match: Match, courts: CourtTable) -> Found? {
        guard let reporter = match.range(1), let year = match.range(2), let number = match.range(3) else { return nil }
        let written = text.words(reporter)
        let canonical = written.hasPrefix("T.C. Memo") || written.hasPrefix("T.C.Memo") ? "T.C. Memo."
            : written.containsBytes("Summary") ? "T.C. Summary Opinion" : "T.C.M. (RIA)"
        var end = number.upperBound
        var pin: String? = nil
        if let range = PinCite.after(text, end: end) { pin = text.words(range); end = range.upperBound }
        let name = CaseNameFinder.find(before: match.range.lowerBound, in: text)
        let citation = CaseCitation(
            volume: text.string(year), reporter: canonical, reporterAsWritten: written, page: text.string(number), pin: pin,
            year: Int(text.string(year)), court: "tax", plaintiff: name?.plaintiff, defendant: name?.defendant,
            caseName: name?.name, parenthetical: nil, citeType: .specialty,
            parallelGroup: Int.max / 2 + match.range.lowerBound)
        return Found(citation: .fullCase(citation), range: match.range.lowerBound..<end,
                     fullRange: (name?.start ?? match.range.lowerBound)..<end)
    }
}
