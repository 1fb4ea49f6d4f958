/// What makes two mentions one authority: in a document (the resolver keeps one authority per
/// key) and across documents (the index keys its rows by `id`). It is derived from the authority
/// alone (`Authority.key`), so the resolver and the index cannot disagree.
public enum AuthorityKey: Hashable, Sendable {
    /// A case, by one of its reporter cites (`556 U.S. 662`); an authority is keyed by its first.
    case caseCite(String)
    case law(kind: String, jurisdiction: String?, code: String, title: String?, section: String)
    /// `court` is a local rule's courts-db id, or the court as written when courts-db does not
    /// know it (two unknown courts' `Rule 7.1` stay apart); nil for the federal sets.
    case rule(set: RuleSet?, court: String?, rule: String)
    case constitution(jurisdiction: String, article: String?, amendment: String?, section: String?)
    /// The document's own docket entries and record: the same key in two documents is two
    /// authorities (`isLocal`).
    case docketEntry(number: String, attachment: String?)
    case record(document: RecordDocument, label: String?)
    case journal(cite: String)

    /// True for what belongs to one case's file (docket entries, the record), which the index
    /// names on the mention instead of sharing across documents.
    public var isLocal: Bool {
        switch self {
        case .docketEntry, .record: true
        case .caseCite, .law, .rule, .constitution, .journal: false
        }
    }

    /// The key as text, `|`-separated: `case|556 U.S. 662`, `statute|United States|U.S.C.|42|1983`,
    /// `rule|FRCP||26`, `rule|local|ksd|7.1`, `constitution|US||XIV|1`.
    public var id: String {
        switch self {
        case .caseCite(let cite): "case|\(cite)"
        case .law(let kind, let jurisdiction, let code, let title, let section):
            "\(kind)|\(jurisdiction ?? "")|\(code)|\(title ?? "")|\(section)"
        case .rule(let set, let court, let rule): "rule|\(set?.rawValue ?? "")|\(court ?? "")|\(rule)"
        case .constitution(let jurisdiction, let article, let amendment, let section):
            "constitution|\(jurisdiction)|\(article ?? "")|\(amendment ?? "")|\(section ?? "")"
        case .docketEntry(let number, let attachment): "docket_entry|\(number)|\(attachment ?? "")"
        case .record(let document, let label): "record|\(document.rawValue)|\(label ?? "")"
        case .journal(let cite): "journal|\(cite)"
        }
    }
}

extension Authority {
    /// This authority's identity (see `AuthorityKey`).
    public var key: AuthorityKey {
        switch self {
        case .caseLaw(let name, let cites, _, _): .caseCite(cites.first ?? name ?? "")
        case .law(let kind, let code, let title, let section, let jurisdiction):
            // `10001–10007` and `10001-10007` are one section (`DashesAsWritten`).
            .law(kind: kind, jurisdiction: jurisdiction, code: code, title: title,
                 section: String(section.map { DashesAsWritten.isDash($0) ? "-" : $0 }))
        case .rule(let ruleSet, let rule, let court, let courtAsWritten):
            .rule(set: ruleSet, court: ruleSet == .local ? court ?? courtAsWritten : nil,
                  rule: String(rule.map { DashesAsWritten.isDash($0) ? "-" : $0 }))
        case .constitution(let jurisdiction, let article, let amendment, let section):
            .constitution(jurisdiction: jurisdiction, article: article, amendment: amendment, section: section)
        case .docketEntry(let number, let attachment, _): .docketEntry(number: number, attachment: attachment)
        case .record(let document, let label): .record(document: document, label: label)
        case .journal(let cite, _): .journal(cite: cite)
        }
    }
}
