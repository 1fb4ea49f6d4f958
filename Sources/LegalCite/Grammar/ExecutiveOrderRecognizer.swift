/// A President's executive orders, by number: `Exec. Order No. 13,769`, `Executive Order 12866`,
/// `EXECUTIVE ORDER NO. 9066`, `E.O. 12866`. The order's Federal Register cite after it (`82 Fed.
/// Reg. 8977`) is a register mention of its own.
///
/// Precision first: a number of three digits or more, not the start of a state's numbering
/// (`Executive Order 202.8`, `Exec. Order No. 2020-21`, `Executive Order GA-38`), none with a
/// governor named near it, whose orders share the words, and below 5,000 (the orders of before
/// 1928, which modern writings rarely cite, where states' plain numbers run: New Jersey's
/// `Executive Order No. 107`) only with `President` or a `Fed. Reg.` cite near it.
struct ExecutiveOrderRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])(?:Exec(?:utive|\.)\s+Order|EXECUTIVE\s+ORDER|E\.\s?O\.)\s*(?:N[Oo]\.?\s*|Number\s+)?"#
        + #"(\d{1,2},\d{3}|\d{3,5})(?![\d,]*\d)(?![.\-/]\w)"#

    /// The highest number an order may have: federal orders have passed 14,000 (2025).
    static let highestNumber = 15_000

    let search: Pattern

    init(tables: ReferenceTables) throws {
        search = try Pattern(Self.pattern, requiring: ["Order", "ORDER", "E.O", "E. O"])
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = Self.order(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: executive orders", search)] }

    static func order(_ text: TextView, match: Match) -> Found? {
        guard let numberRange = match.range(1) else { return nil }
        let number = String(text.string(numberRange).filter { $0 != "," })
        guard let value = Int(number), value <= highestNumber else { return nil }
        let near = text.string(max(0, match.range.lowerBound - 160)..<min(text.count, match.range.upperBound + 160)).lowercased()
        if near.contains("governor") || near.contains("gov.") { return nil }
        if value < 5_000, !near.contains("president"), !near.contains("fed. reg.") { return nil }
        let law = LawCitation(lawKind: .executiveOrder, code: "Exec. Order", title: nil, section: String(value),
                              subsection: nil, jurisdiction: "United States", etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }
}
