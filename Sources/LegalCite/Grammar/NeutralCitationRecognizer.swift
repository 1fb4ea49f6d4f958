/// Public-domain (neutral) citations written with hyphens, reporters-db's `format_neutral` form:
/// `2017-Ohio-8676`, `2000-NMSC-012`. The middle word must be a neutral reporter of the table.
struct NeutralCitationRecognizer: CitationForm {
    static let pattern = #"(?<![\w-])(\d{4})-([A-Z][A-Za-z]{1,6})-(\d{1,6})(?![\w-])"#

    /// Neutral reporter spellings to their editions.
    private let editions: [String: ReporterTable.Edition]
    let search: Pattern

    init(tables: ReferenceTables) throws {
        let table = tables.reporters
        search = try Pattern(Self.pattern)
        var editions: [String: ReporterTable.Edition] = [:]
        for (index, spelling) in table.spellings.enumerated() {
            if let edition = table.candidates[index].first(where: { table.editions[$0].citeType == .neutral }) {
                editions[spelling] = table.editions[edition]
            }
        }
        self.editions = editions
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = citation(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: neutral", search)] }

    func citation(_ text: TextView, match: Match) -> Found? {
        guard let year = match.range(1), let reporter = match.range(2), let number = match.range(3),
              let edition = editions[text.string(reporter)] else { return nil }
        var end = match.range.upperBound
        var pin: String? = nil
        if let range = PinCite.after(text, end: end) { pin = text.words(range); end = range.upperBound }
        let name = CaseNameFinder.find(before: match.range.lowerBound, in: text)
        let citation = CaseCitation(
            volume: text.string(year), reporter: edition.name, reporterAsWritten: text.string(reporter), page: text.string(number),
            pin: pin, year: Int(text.string(year)), court: nil, plaintiff: name?.plaintiff, defendant: name?.defendant,
            caseName: name?.name, parenthetical: nil, citeType: .neutral, parallelGroup: Int.max / 4 + match.range.lowerBound)
        return Found(citation: .fullCase(citation), range: match.range.lowerBound..<end,
                     fullRange: (name?.start ?? match.range.lowerBound)..<end)
    }
}
