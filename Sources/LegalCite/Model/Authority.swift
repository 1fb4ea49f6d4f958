/// What mentions refer to, once each.
public enum Authority: Sendable {
    case caseLaw(name: String?, cites: [String], year: Int?, court: String?)
    case law(kind: String, code: String, title: String?, section: String, jurisdiction: String?)
    case rule(ruleSet: RuleSet?, rule: String, court: String?)
    case docketEntry(number: String, attachment: String?, description: String?)
    case constitution(jurisdiction: String, article: String?, amendment: String?, section: String?)
    case journal(cite: String, year: Int?)
    case record(document: String, label: String?)

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
