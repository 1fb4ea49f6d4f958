/// Congress's papers, as the Bluebook writes them: committee reports and documents (`H.R. Rep.
/// No. 104-458`, `S. Rep. No. 95-797`, `H.R. Conf. Rep. No. 104-458`, `S. Doc. No. 112-3`, the
/// older `S. Rep. No. 1011`), bills with their Congress (`H.R. 3590, 111th Cong. (2009)`, `S. 1,
/// 113th Cong.`), and the Congressional Record (`155 Cong. Rec. S13,796`, `92 Cong. Rec. 2,345`).
///
/// `code` is the paper's kind as the Bluebook abbreviates it, `title` the Congress (or the
/// Record's volume), `section` the number (or page). A bill is read only with its Congress after
/// it: `S. 1` alone is no citation. Capitals typed for small capitals (`H.R. REP. NO. 104-458`,
/// `CONG. REC.`) are read alike.
struct LegislativeRecognizer: CitationForm {
    static let reportPattern =
        #"(?<![\w.])(H\.\s?R\.|S\.)\s+((?i:Conf)\.\s+)?((?i:Rep|Doc))\.\s+(?i:No)\.\s*(?:(\d{2,3})-(\d{1,5})|(\d{1,5}))(?![\d-])"#
    static let billPattern =
        #"(?<![\w.])(H\.\s?R\.|S\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.|H\.\s?Res\.|S\.\s?Res\.)\s+(\d{1,5}),\s+(\d{2,3})(?:st|nd|rd|th|d)\s+Cong\."#
    static let recordPattern =
        #"(?<![\w.])(\d{1,3})\s+(?i:Cong\.\s?Rec\.)\s+((?:[SHE]\s?)?\d{1,3}(?:,\d{3})*|\d+)(?![\d,]*\d)"#

    let reports: Pattern
    let bills: Pattern
    let record: Pattern

    init(tables: ReferenceTables) throws {
        reports = try Pattern(Self.reportPattern, requiring: ["Rep.", "Doc.", "REP.", "DOC."])
        bills = try Pattern(Self.billPattern, requiring: ["Cong."])
        record = try Pattern(Self.recordPattern, requiring: ["Cong.", "CONG."])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        reports.forEachMatch(in: text.bytes, from: 0) { if let item = Self.report(text, match: $0) { found.append(item) } }
        bills.forEachMatch(in: text.bytes, from: 0) { if let item = Self.bill(text, match: $0) { found.append(item) } }
        record.forEachMatch(in: text.bytes, from: 0) { if let item = Self.congressionalRecord(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: committee reports", reports), TimedSearch("pcre2: bills", bills),
         TimedSearch("pcre2: congressional record", record)]
    }

    /// `H.R.` or `S.` as the Bluebook writes it, without inner spaces.
    private static func chamber(_ written: String) -> String { String(written.filter { $0 != " " }) }

    static func report(_ text: TextView, match: Match) -> Found? {
        guard let house = match.range(1), let kind = match.range(3) else { return nil }
        let conference = match.range(2) != nil ? " Conf." : ""
        // Bluebook's small capitals typed as capitals (`H.R. REP. NO.`) are the same report.
        let code = chamber(text.string(house)) + conference + " " + (text.string(kind).lowercased() == "rep" ? "Rep." : "Doc.")
        let congress = match.range(4).map { text.string($0) }
        guard let number = match.range(5) ?? match.range(6) else { return nil }
        return Self.found(code: code, congress: congress, number: text.string(number), range: match.range)
    }

    static func bill(_ text: TextView, match: Match) -> Found? {
        guard let house = match.range(1), let number = match.range(2), let congress = match.range(3) else { return nil }
        return Self.found(code: chamber(text.string(house)), congress: text.string(congress), number: text.string(number), range: match.range)
    }

    static func congressionalRecord(_ text: TextView, match: Match) -> Found? {
        guard let volume = match.range(1), let page = match.range(2) else { return nil }
        let written = String(text.string(page).filter { $0 != "," && $0 != " " })
        return Self.found(code: "Cong. Rec.", congress: text.string(volume), number: written, range: match.range)
    }

    private static func found(code: String, congress: String?, number: String, range: Range<Int>) -> Found {
        let law = LawCitation(lawKind: .legislative, code: code, title: congress, section: number, subsection: nil,
                              jurisdiction: "United States", etSeq: false)
        return Found(citation: law.citation, range: range)
    }
}
