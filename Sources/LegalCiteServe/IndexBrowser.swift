import LegalCite
import LegalCiteBatch

/// What the server's pages ask of an index, in SQL of its own over the tables `legalcite
/// batch` writes (documents, mentions, authorities, case_cites), on the query layer's read-only
/// connection; cites, rules and statutes are read by the query layer's `SubjectKeys`, as
/// `legalcite query` reads them. Every value a request gives is bound as a parameter.
final class IndexBrowser: @unchecked Sendable {
    let index: ReadOnlyConnection
    let subjects: SubjectKeys
    /// Whether the index has the sentences of its mentions (`mention_sentences`, written by
    /// batch runs since it was added); otherwise they are cut from the stored context.
    let hasSentences: Bool

    /// Kinds of shared authorities the index holds.
    static let kinds = Authority.citedKinds

    init(path: String) throws {
        index = try ReadOnlyConnection(path: path)
        subjects = SubjectKeys(extractor: try Extractor())
        hasSentences = !(try index.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mention_sentences'")).isEmpty
    }

    struct Overview {
        let documents: Int64
        let errors: Int64
        let mentions: Int64
        let authorities: Int64
        let courts: [(court: String, documents: Int64)]
        let firstDate: String?
        let lastDate: String?
    }

    func overview() throws -> Overview {
        let counts = try index.rows("""
            SELECT (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM documents WHERE error IS NOT NULL) AS errors,
                   (SELECT count(*) FROM mentions) AS mentions,
                   (SELECT count(*) FROM authorities) AS authorities,
                   (SELECT min(date) FROM documents) AS first, (SELECT max(date) FROM documents) AS last
            """)[0]
        let courts = try index.rows("SELECT court, count(*) AS n FROM documents WHERE court IS NOT NULL GROUP BY court ORDER BY n DESC, court LIMIT 40")
        return Overview(documents: counts["documents"]?.integer ?? 0, errors: counts["errors"]?.integer ?? 0,
                        mentions: counts["mentions"]?.integer ?? 0, authorities: counts["authorities"]?.integer ?? 0,
                        courts: courts.map { ($0["court"]?.text ?? "", $0["n"]?.integer ?? 0) },
                        firstDate: counts["first"]?.text, lastDate: counts["last"]?.text)
    }

    /// The most-cited authorities: by documents citing them, then mentions.
    func top(kind: String?, court: String?, from: String?, to: String?, limit: Int) throws -> [ReadOnlyConnection.Row] {
        var filters = ""
        var values: [ReadOnlyConnection.Value] = []
        if let kind { filters += " AND a.kind = ?"; values.append(.text(kind)) }
        filters += documentFilters(court: court, from: from, to: to, values: &values)
        values.append(.integer(Int64(limit)))
        return try index.rows("""
            SELECT a.authority, a.label, a.kind, count(DISTINCT m.doc) AS documents, count(*) AS mentions
            FROM mentions m JOIN authorities a ON a.authority = m.authority JOIN documents d ON d.doc = m.doc
            WHERE 1\(filters)
            GROUP BY m.authority ORDER BY documents DESC, mentions DESC, a.label LIMIT ?
            """, values)
    }

    func authority(_ id: Int64) throws -> ReadOnlyConnection.Row? {
        try index.rows("""
            SELECT a.authority, a.key, a.kind, a.label, a.name, a.year, a.court,
                   (SELECT group_concat(cite, '; ') FROM case_cites c WHERE c.authority = a.authority) AS cites,
                   (SELECT count(DISTINCT doc) FROM mentions m WHERE m.authority = a.authority) AS documents,
                   (SELECT count(*) FROM mentions m WHERE m.authority = a.authority) AS mentions
            FROM authorities a WHERE a.authority = ?
            """, [.integer(id)]).first
    }

    /// The mentions of an authority, each with its document and its sentence, in document order.
    func citing(_ id: Int64, limit: Int, offset: Int) throws -> [(row: ReadOnlyConnection.Row, sentence: Sentence)] {
        let rows = try index.rows("""
            SELECT d.doc, d.name, d.court, d.date, d.title, m.ordinal, m.kind, m.text, m.pin, m.footnote, m.context, \(sentenceColumns)
            FROM mentions m JOIN documents d ON d.doc = m.doc \(sentenceJoin)
            WHERE m.authority = ? ORDER BY d.date, d.doc, m.ordinal LIMIT ? OFFSET ?
            """, [.integer(id), .integer(Int64(limit)), .integer(Int64(offset))])
        return rows.map { ($0, Self.sentence(of: $0)) }
    }

    /// The columns and join that bring a mention's stored sentence, where the index has them.
    private var sentenceColumns: String {
        hasSentences ? "s.before, s.after, s.cut_before, s.cut_after" : "NULL AS before, NULL AS after, NULL AS cut_before, NULL AS cut_after"
    }

    private var sentenceJoin: String {
        hasSentences ? "LEFT JOIN mention_sentences s ON s.doc = m.doc AND s.ordinal = m.ordinal" : ""
    }

    /// A row's sentence: the stored one, else cut from its context (white space of the mention's
    /// text folded, as the context folds it).
    static func sentence(of row: ReadOnlyConnection.Row) -> Sentence {
        let text = (row["text"]?.text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let before = row["before"]?.text, let after = row["after"]?.text {
            return Sentence(before: before, mention: text, after: after,
                            cutBefore: row["cut_before"]?.integer == 1, cutAfter: row["cut_after"]?.integer == 1)
        }
        return Sentence.cut(context: row["context"]?.text ?? "", mention: text)
    }

    func document(_ doc: Int64) throws -> ReadOnlyConnection.Row? {
        try index.rows("""
            SELECT doc, name, bytes, sha256, court, court_name, date, judge, title, dockets, parties, error
            FROM documents WHERE doc = ?
            """, [.integer(doc)]).first
    }

    /// One document's mentions, in text order, with the authority each resolves to.
    func mentions(of doc: Int64) throws -> [(row: ReadOnlyConnection.Row, sentence: Sentence)] {
        try index.rows("""
            SELECT m.ordinal, m.kind, m.text, m.start, m."end", m.pin, m.footnote, m.authority, m.target, m.context,
                   a.label AS authority_label, \(sentenceColumns)
            FROM mentions m LEFT JOIN authorities a ON a.authority = m.authority \(sentenceJoin)
            WHERE m.doc = ? ORDER BY m.ordinal
            """, [.integer(doc)]).map { ($0, Self.sentence(of: $0)) }
    }

    struct DocumentFilter {
        var docket: String?
        var judge: String?
        var party: String?
        var court: String?
        var from: String?
        var to: String?
        var title: String?

        var isEmpty: Bool { [docket, judge, party, court, from, to, title].allSatisfy { $0 == nil } }
    }

    /// Documents by docket number, judge, party or title (each a part of the text, in any case),
    /// court and date.
    func documents(_ filter: DocumentFilter, limit: Int) throws -> [ReadOnlyConnection.Row] {
        var values: [ReadOnlyConnection.Value] = []
        let filters = documentFilters(filter, values: &values)
        values.append(.integer(Int64(limit)))
        return try index.rows("""
            SELECT d.doc, d.name, d.court, d.date, d.title, d.judge, d.dockets, d.parties, d.error,
                   (SELECT count(*) FROM mentions m WHERE m.doc = d.doc) AS mentions
            FROM documents d WHERE 1\(filters) ORDER BY d.date, d.doc LIMIT ?
            """, values)
    }

    /// What a search names: a case by any of its cites, cases by a part of the name, a rule,
    /// a statute or regulation.
    enum Subject {
        case cite(String), caseName(String), rule(String), statute(String)
    }

    /// The mentions of a subject's authorities, with their documents, narrowed by `filter`;
    /// at most `limit` rows, in document order.
    func mentions(of subject: Subject, _ filter: DocumentFilter, limit: Int) throws -> [(row: ReadOnlyConnection.Row, sentence: Sentence)] {
        let authorities: String
        var values: [ReadOnlyConnection.Value]
        switch subject {
        case .cite(let text):
            authorities = "SELECT authority FROM case_cites WHERE cite = ?"
            values = [.text(try Self.asked { try subjects.caseCite(text) })]
        case .caseName(let name):
            authorities = "SELECT authority FROM authorities WHERE kind = 'case' AND name LIKE ? ESCAPE '\\'"
            values = [.text("%" + Self.likeEscaped(name) + "%")]
        case .rule(let text):
            authorities = "SELECT authority FROM authorities WHERE key = ?"
            values = [.text(try Self.asked { try subjects.rule(text).key })]
        case .statute(let text):
            authorities = "SELECT authority FROM authorities WHERE key = ?"
            values = [.text(try Self.asked { try subjects.statuteKey(text) })]
        }
        let filters = documentFilters(filter, values: &values)
        values.append(.integer(Int64(limit)))
        return try index.rows("""
            SELECT d.doc, d.name, d.court, d.date, d.title, m.ordinal, m.kind, m.text, m.pin, m.context,
                   a.authority, a.label AS authority_label, \(sentenceColumns)
            FROM mentions m JOIN documents d ON d.doc = m.doc JOIN authorities a ON a.authority = m.authority \(sentenceJoin)
            WHERE m.authority IN (\(authorities))\(filters)
            ORDER BY d.date, d.doc, m.ordinal LIMIT ?
            """, values).map { ($0, Self.sentence(of: $0)) }
    }

    /// A subject the query layer cannot read is the request's fault: a page that says why.
    private static func asked(_ body: () throws -> String) throws -> String {
        do { return try body() } catch let failure as QueryFailure { throw PageError.badRequest(failure.description) }
    }

    /// The filters of a document search as SQL over `d` (documents), values appended.
    private func documentFilters(_ filter: DocumentFilter, values: inout [ReadOnlyConnection.Value]) -> String {
        var filters = ""
        for (column, text) in [("d.dockets", filter.docket), ("d.judge", filter.judge), ("d.parties", filter.party), ("d.title", filter.title)] {
            guard let text else { continue }
            filters += " AND \(column) LIKE ? ESCAPE '\\'"
            values.append(.text("%" + Self.likeEscaped(text) + "%"))
        }
        return filters + documentFilters(court: filter.court, from: filter.from, to: filter.to, values: &values)
    }

    private func documentFilters(court: String?, from: String?, to: String?, values: inout [ReadOnlyConnection.Value]) -> String {
        var filters = ""
        if let court { filters += " AND d.court = ?"; values.append(.text(court)) }
        if let from { filters += " AND d.date >= ?"; values.append(.text(from)) }
        if let to { filters += " AND d.date <= ?"; values.append(.text(to)) }
        return filters
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// `2012` → `2012` / `2012-99-99`: inclusive bounds for ISO dates compared as text; nil
    /// when the text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func dateBound(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (1...3).contains(parts.count) && parts[0].count == 4
            && parts.dropFirst().allSatisfy { $0.count == 2 } && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard valid else { return nil }
        return end ? text + String(repeating: "-99", count: 3 - parts.count) : text
    }
}
