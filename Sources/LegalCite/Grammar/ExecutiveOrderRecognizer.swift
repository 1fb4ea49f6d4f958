/// A President's executive orders, by number: `Exec. Order No. 13,769`, `Executive Order 12866`,
/// `EXECUTIVE ORDER NO. 9066`, `E.O. 12866`. The order's Federal Register cite after it (`82 Fed.
/// Reg. 8977`) is a register mention of its own.
///
/// Precision first: a number of three digits or more (federal orders are numbered from 1862 and
/// have passed 14,000; the few of one or two digits are not what modern writings cite), not the
/// start of a state's numbering (`Executive Order 202.8`, `Exec. Order No. 2020-21`, `Executive
/// Order GA-38`), and none after a `Governor` in the sentence, whose orders share the words.
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
        guard let value = Int(number), value <= highestNumber, !afterGovernor(text, at: match.range.lowerBound) else { return nil }
        let law = LawCitation(lawKind: .executiveOrder, code: "Exec. Order", title: nil, section: String(value),
                              subsection: nil, jurisdiction: "United States", etSeq: false)
        return Found(citation: law.citation, range: match.range)
    }

    /// Whether a governor is named in the 120 bytes before, within the sentence (`Governor
    /// Cuomo's Executive Order 202`, `the Governor issued Executive Order No. 147`).
    static func afterGovernor(_ text: TextView, at offset: Int) -> Bool {
        var start = max(0, offset - 120)
        // Only the sentence the order stands in: back to the last `. ` before it.
        var cursor = offset - 1
        while cursor > start {
            if text[cursor] == UInt8(ascii: " "), text[cursor - 1] == UInt8(ascii: ".") { start = cursor; break }
            cursor -= 1
        }
        let before = text.string(start..<offset).lowercased()
        return before.contains("governor") || before.contains("gov.")
    }
}
