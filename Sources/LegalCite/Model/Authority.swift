/// What mentions refer to, once each; `key` (in `AuthorityKey.swift`) says when two are one.
public enum Authority: Sendable {
    case caseLaw(name: String?, cites: [String], year: Int?, court: String?)
    case law(kind: String, code: String, title: String?, section: String, jurisdiction: String?)
    /// `court` is a local rule's courts-db id; `courtAsWritten` the court as the text wrote it
    /// (`D. Kan.`), which keeps apart the local rules of courts courts-db does not know. The JSON
    /// writes `court` alone.
    case rule(ruleSet: RuleSet?, rule: String, court: String?, courtAsWritten: String?)
    case docketEntry(number: String, attachment: String?, description: String?)
    case constitution(jurisdiction: String, article: String?, amendment: String?, section: String?)
    case journal(cite: String, year: Int?)
    case record(document: RecordDocument, label: String?)

    /// The kinds of authority an index keeps for their own sake, in the order lists show them: the
    /// cited law of every kind (docket entries and record cites are the case's own papers).
    public static let citedKinds: [String] = ["case"] + LawKind.allCases.map(\.rawValue) + ["rule", "constitution", "journal"]

    public var kind: String {
        switch self {
        case .caseLaw: "case"
        case .law(let kind, _, _, _, _): kind
        case .rule: "rule"
        case .docketEntry: "docket_entry"
        case .constitution: "constitution"
        case .journal: "journal"
        case .record: "record"
        }
    }
}
