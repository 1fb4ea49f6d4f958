import Foundation
import LegalCite

/// Answers `IndexQuery`s from an index written by `legalcite batch` or `legalcite index`, for
/// the command line and for any other front end (a web page): `answer(_:)` returns the rows,
/// the count before the limit and the undated documents a date filter left out. The index is
/// only read, and nothing is created beside it.
public final class IndexReader {
    private let database: SQLiteDatabase
    private let extractor: Extractor
    private let subjects: SubjectKeys

    /// Opens the index read-only (`SQLiteDatabase.reading`): an index at rest is read as the one
    /// file it is, a read-only file or folder included; a running batch's WAL is seen.
    public init(path: String) throws {
        guard access(path, R_OK) == 0 else { throw IndexUnreadable(description: withSystemReason("\(path): cannot read the index")) }
        var version: String?
        do {
            database = try SQLiteDatabase.reading(path)
            try database.execute("SELECT 1 FROM meta, documents, mentions, authorities, case_cites LIMIT 1")
            try database.prepare("SELECT value FROM meta WHERE key = 'schema'").rows { version = $0.text(0) }
        } catch {
            throw IndexUnreadable(description: "\(path): not a legalcite index (\(error))")
        }
        guard version == IndexWriter.schemaVersion else {
            throw IndexUnreadable(description: "\(path): index schema \(version ?? "unknown") was written by another legalcite; "
                                  + "this one reads schema \(IndexWriter.schemaVersion) (rebuild the index with --force)")
        }
        extractor = try Extractor()
        subjects = SubjectKeys(extractor: extractor)
    }

    public func run(_ query: IndexQuery) throws -> QueryTable { try answer(query).table }

    /// SQL and its parameters, in order.
    private struct Clause {
        var sql = ""
        var values: [SQLiteStatement.Value] = []

        static func + (left: Clause, right: Clause) -> Clause {
            Clause(sql: left.sql + right.sql, values: left.values + right.values)
        }
    }

    public func answer(_ query: IndexQuery) throws -> QueryAnswer {
        let filter = try documentFilter(query)
        let (dates, undatedAnnounced) = try dateClause(query)
        if let document = query.document, try count(Clause(sql: "SELECT count(*) FROM documents d WHERE 1") + Self.named(document)) == 0 {
            throw QueryFailure(description: "no document named \(document) in the index")
        }
        let (from, subject) = try subjectClause(query)
        let whereClause = Clause(sql: " WHERE 1") + subject + filter
        var answer: QueryAnswer
        switch query.subject {
        case .rulings:
            answer = try rows(Clause(sql: """
                SELECT d.name AS document, d.court, d.date, d.judge, r.disposition, r.motion, r.docket_entry, r.start, r."end"
                FROM \(from)
                """) + whereClause + dates + Clause(sql: " ORDER BY r.doc, r.ordinal"), limit: query.limit)
        case _ where query.history:
            // (Only mention subjects reach here: `documentFilter` refuses the others.)
            answer = try rows(Clause(sql: """
                SELECT d.name AS document, d.court, d.date, m.text AS cite, a.label AS authority, a.canonical AS authority_id,
                       h.relation, h.text AS history, t.text AS history_cite, m.start, m."end"
                FROM \(from) JOIN history h ON h.doc = m.doc AND h.ordinal = m.ordinal
                LEFT JOIN mentions t ON t.doc = h.doc AND t.ordinal = h.target
                """) + whereClause + dates + Clause(sql: " ORDER BY m.doc, m.ordinal, h.seq"), limit: query.limit)
        case .top:
            answer = try rows(Clause(sql: """
                SELECT a.label AS authority, a.kind, count(DISTINCT m.doc) AS documents, count(*) AS mentions, a.canonical AS authority_id
                FROM \(from)
                """) + whereClause + dates + Clause(sql: " GROUP BY m.authority ORDER BY documents DESC, mentions DESC, a.label"), limit: query.limit)
        case .documents:
            answer = try rows(Clause(sql: """
                SELECT d.name AS document, d.court, d.date, d.judge, d.title, d.dockets,
                       (SELECT count(*) FROM mentions m WHERE m.doc = d.doc) AS mentions, d.error
                FROM \(from)
                """) + whereClause + dates + Clause(sql: " ORDER BY d.date IS NULL, d.date, d.doc"), limit: query.limit)
        case .cite, .caseName, .rule, .statute, .authority, .citations:
            if query.perDocument {
                answer = try perDocument(Clause(sql: """
                    SELECT d.name, d.court, d.date, d.judge, d.title, d.dockets, m.text, m.doc
                    FROM \(from)
                    """) + whereClause + dates + Clause(sql: " ORDER BY m.doc, m.ordinal"), limit: query.limit)
            } else {
                answer = try rows(Clause(sql: """
                    SELECT d.name AS document, d.court, d.date, m.kind, m.text, m.start, m."end", m.pin, m.subdivision,
                           coalesce(a.label, m.target) AS authority, m.context, a.canonical AS authority_id, m.signal
                    FROM \(from)
                    """) + whereClause + dates + Clause(sql: " ORDER BY m.doc, m.ordinal"), limit: query.limit)
            }
        }
        if undatedAnnounced {
            answer.undatedLeftOut = try count(Clause(sql: "SELECT count(DISTINCT d.doc) FROM \(from)") + whereClause
                                              + Clause(sql: " AND d.date IS NULL"))
        }
        return answer
    }

    // MARK: Filters

    /// The documents' filters but the dates: court, judge, party, docket number, name.
    private func documentFilter(_ query: IndexQuery) throws -> Clause {
        var clause = Clause()
        if let court = query.court {
            guard extractor.courtName(id: court) != nil else {
                let hint = extractor.courtName(id: court.lowercased()) != nil ? "; ids are lower case: \(court.lowercased())" : ""
                throw QueryFailure(description: "unknown court id: \(court) (a courts-db id such as ksd, nysd, ca10\(hint))")
            }
            clause = clause + Clause(sql: " AND d.court = ?", values: [.text(court)])
        }
        if let judge = query.judge {
            clause = clause + Clause(sql: " AND d.judge_folded LIKE ? ESCAPE '\\'", values: [.text(try pattern(judge, "--judge"))])
        }
        if let party = query.party {
            clause = clause + Clause(sql: " AND EXISTS (SELECT 1 FROM parties p WHERE p.doc = d.doc AND p.folded LIKE ? ESCAPE '\\')",
                                     values: [.text(try pattern(party, "--party"))])
        }
        if let docket = query.docket {
            if let key = DocketKey(key: docket) ?? DocketKey(reading: docket) {
                var sql = " AND EXISTS (SELECT 1 FROM dockets k WHERE k.doc = d.doc AND k.year = ? AND k.sequence = ?"
                var values: [SQLiteStatement.Value] = [.integer(Int64(key.year)), .integer(Int64(key.sequence))]
                if let court = key.court {
                    sql += " AND k.court = ?"
                    values.append(.text(court))
                }
                if let type = key.type {
                    sql += " AND (k.type IS NULL OR k.type = ?)"
                    values.append(.text(type))
                }
                clause = clause + Clause(sql: sql + ")", values: values)
            } else {
                // A number of another shape (`PD-1437-12`, `B299907`) matches as written.
                clause = clause + Clause(sql: " AND EXISTS (SELECT 1 FROM dockets k WHERE k.doc = d.doc AND k.text = ? COLLATE NOCASE)",
                                         values: [.text(docket.trimmingCharacters(in: .whitespaces))])
            }
        }
        if let document = query.document { clause = clause + Self.named(document) }
        if let signal = query.signal {
            guard Signal(rawValue: signal.lowercased()) != nil else {
                throw QueryFailure(description: "unknown signal: \(signal) (one of \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            switch query.subject {
            case .top, .documents, .rulings: throw QueryFailure(description: "--signal goes with the mentions of a case, rule, statute or document")
            default: clause = clause + Clause(sql: " AND m.signal = ?", values: [.text(signal.lowercased())])
            }
        }
        if query.disposition != nil || query.motion != nil, query.subject != .rulings {
            throw QueryFailure(description: "--disposition and --motion go with --rulings")
        }
        if let disposition = query.disposition {
            guard Disposition(rawValue: disposition.lowercased()) != nil else {
                throw QueryFailure(description: "unknown disposition: \(disposition) (one of \(Disposition.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            clause = clause + Clause(sql: " AND r.disposition = ?", values: [.text(disposition.lowercased())])
        }
        if let motion = query.motion {
            clause = clause + Clause(sql: " AND r.folded LIKE ? ESCAPE '\\'", values: [.text(try pattern(motion, "--motion"))])
        }
        if query.history {
            switch query.subject {
            case .top, .documents, .rulings: throw QueryFailure(description: "--history goes with --cites, --case, --rule, --statute or --document")
            default: break
            }
        }
        return clause
    }

    /// A document by its name, its last path part, or that without extension.
    private static func named(_ document: String) -> Clause {
        let escaped = likeEscaped(document)
        return Clause(sql: " AND (d.name = ? OR d.name LIKE ? ESCAPE '\\' OR d.name LIKE ? ESCAPE '\\' OR d.name LIKE ? ESCAPE '\\')",
                      values: [.text(document), .text("%/\(escaped)"), .text("\(escaped).%"), .text("%/\(escaped).%")])
    }

    private func pattern(_ text: String, _ option: String) throws -> String {
        let pattern = NameFolding.pattern(text)
        guard pattern != "%%" else { throw QueryFailure(description: "\(option) needs letters or digits to look for: \(text)") }
        return pattern
    }

    private static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// The date filter, and whether the undated documents it leaves out are to be counted.
    private func dateClause(_ query: IndexQuery) throws -> (Clause, Bool) {
        let from = try query.from.map { try Self.date($0, end: false) }
        let to = try query.to.map { try Self.date($0, end: true) }
        if let from, let to, from > to {
            throw QueryFailure(description: "--from \(query.from!) is after --to \(query.to!)")
        }
        var range = Clause()
        if let from { range = range + Clause(sql: " AND d.date >= ?", values: [.text(from)]) }
        if let to { range = range + Clause(sql: " AND d.date <= ?", values: [.text(to)]) }
        let dated = from != nil || to != nil
        switch query.undated {
        case nil: return (range, dated)
        case .exclude?: return (dated ? range : Clause(sql: " AND d.date IS NOT NULL"), false)
        case .include?:
            return (dated ? Clause(sql: " AND (d.date IS NULL OR (1\(range.sql)))", values: range.values) : Clause(), false)
        case .only?:
            if dated { throw QueryFailure(description: "--undated only lists the documents without a date: give no --from or --to with it") }
            return (Clause(sql: " AND d.date IS NULL"), false)
        }
    }

    /// `2012` → `2012` / `2012-99-99`; `2012-11` → `2012-11` / `2012-11-99`: inclusive bounds for
    /// ISO dates compared as text. A month past 12 or a day the month does not have is refused.
    static func date(_ text: String, end: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let failure = QueryFailure(description: "not a date: \(text) (YYYY, YYYY-MM or YYYY-MM-DD)")
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { throw failure }
        let numbers = parts.map { Int($0)! }
        if numbers.count >= 2 && !(1...12).contains(numbers[1]) { throw failure }
        if numbers.count == 3 {
            let (year, month) = (numbers[0], numbers[1])
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(numbers[2]) { throw failure }
        }
        return end ? text + String(repeating: "-99", count: 3 - parts.count) : text
    }

    // MARK: Subjects

    /// The tables a subject reads (`d` is always the document) and its condition.
    private func subjectClause(_ query: IndexQuery) throws -> (String, Clause) {
        let mentions = "mentions m JOIN documents d ON d.doc = m.doc LEFT JOIN authorities a ON a.authority = m.authority"
        switch query.subject {
        case .documents:
            return ("documents d", Clause())
        case .rulings:
            return ("rulings r JOIN documents d ON d.doc = r.doc", Clause())
        case .top(let kind):
            var clause = Clause()
            if let kind {
                guard IndexQuery.authorityKinds.contains(kind) else {
                    throw QueryFailure(description: "unknown kind: \(kind) (one of \(IndexQuery.authorityKinds.joined(separator: ", ")))")
                }
                clause = Clause(sql: " AND a.kind = ?", values: [.text(kind)])
            }
            return ("mentions m JOIN authorities a ON a.authority = m.authority JOIN documents d ON d.doc = m.doc", clause)
        case .citations:
            return (mentions, Clause())
        case .cite(let text):
            return (mentions, Clause(sql: " AND m.authority IN (SELECT authority FROM case_cites WHERE cite = ?)", values: [.text(try subjects.caseCite(text))]))
        case .caseName(let name):
            return (mentions, Clause(sql: " AND m.authority IN (SELECT authority FROM authorities WHERE kind = 'case' AND folded LIKE ? ESCAPE '\\')",
                                     values: [.text(try pattern(name, "--case"))]))
        case .rule(let text):
            let (key, subdivision) = try subjects.rule(text)
            return (mentions, Self.keyed(key) + Self.under(subdivision))
        case .statute(let text):
            return (mentions, Self.keyed(try subjects.statuteKey(text)))
        case .authority(let text):
            if let rule = RuleQuery(text) { return (mentions, Self.keyed(rule.key) + Self.under(rule.subdivision)) }
            let document = try subjects.read(text)
            for (index, mention) in document.mentions.enumerated() {
                if case .fullCase(let cite) = mention.citation {
                    return (mentions, Clause(sql: " AND m.authority IN (SELECT authority FROM case_cites WHERE cite = ?)",
                                             values: [.text(cite.normalizedCite)]))
                }
                if let link = document.resolution.links[index], !document.resolution.authorities[link].key.isLocal {
                    var subdivision: String?
                    if case .rule(let rule) = mention.citation { subdivision = rule.subdivision }
                    return (mentions, Self.keyed(document.resolution.authorities[link].key.id) + Self.under(subdivision))
                }
            }
            throw QueryFailure(description: "not a citation of a case, rule, statute or provision: \(text)")
        }
    }

    private static func keyed(_ key: String) -> Clause {
        Clause(sql: " AND m.authority IN (SELECT authority FROM authorities WHERE key = ?)", values: [.text(key)])
    }

    /// Mentions of a rule's subdivision and of the ones under it: `(b)(6)` takes `(b)(6)` and
    /// `(b)(6)(A)`, not `(b)(60)` or `(c)`; a mention that names no subdivision (`Rule 12`,
    /// `Id.`) is not one of them.
    private static func under(_ subdivision: String?) -> Clause {
        guard let subdivision else { return Clause() }
        return Clause(sql: " AND (m.subdivision = ? OR m.subdivision LIKE ? ESCAPE '\\')",
                      values: [.text(subdivision), .text(likeEscaped(subdivision) + "(%")])
    }

    // MARK: Running

    private func count(_ clause: Clause) throws -> Int {
        Int(try database.prepare(clause.sql).integer(clause.values) ?? 0)
    }

    /// Runs a query with `LIMIT limit + 1`; when the limit cuts it, counts what it would give.
    private func rows(_ clause: Clause, limit: Int) throws -> QueryAnswer {
        var sql = clause.sql
        var values = clause.values
        if limit > 0 {
            sql += " LIMIT ?"
            values.append(.integer(Int64(limit) + 1))
        }
        let statement = try database.prepare(sql)
        var columns: [String] = []
        var rows: [[QueryTable.Cell]] = []
        try statement.rows(values) { row in
            if columns.isEmpty { columns = (0..<row.columnCount).map(row.name) }
            rows.append((0..<row.columnCount).map { Self.cell(row.value($0)) })
        }
        if columns.isEmpty { columns = (0..<statement.columnCount).map(statement.columnName) }
        var total = rows.count
        if limit > 0 && rows.count > limit {
            rows.removeLast(rows.count - limit)
            total = try count(Clause(sql: "SELECT count(*) FROM (\(clause.sql))", values: clause.values))
        }
        return QueryAnswer(table: QueryTable(columns: columns, rows: rows), total: total, undatedLeftOut: 0)
    }

    /// One row per document from mention rows in document order: its mentions counted and
    /// their texts listed once each.
    private func perDocument(_ clause: Clause, limit: Int) throws -> QueryAnswer {
        var rows: [[QueryTable.Cell]] = []
        var texts: [String] = []
        var current: Int64?
        func close() {
            guard !rows.isEmpty else { return }
            rows[rows.count - 1].append(.text(texts.joined(separator: "; ")))
        }
        var mentions: Int64 = 0
        try database.prepare(clause.sql).rows(clause.values) { row in
            let doc = row.integer(7)
            if doc != current || rows.isEmpty {
                if !rows.isEmpty { rows[rows.count - 1][6] = .integer(mentions); close() }
                current = doc
                texts = []
                mentions = 0
                rows.append((0..<6).map { Self.cell(row.value($0)) } + [.integer(0)])
            }
            mentions += 1
            let text = row.text(6) ?? ""
            if !texts.contains(text) { texts.append(text) }
        }
        if !rows.isEmpty { rows[rows.count - 1][6] = .integer(mentions); close() }
        let total = rows.count
        if limit > 0 && rows.count > limit { rows.removeLast(rows.count - limit) }
        return QueryAnswer(table: QueryTable(columns: ["document", "court", "date", "judge", "title", "dockets", "mentions", "cites"], rows: rows),
                           total: total, undatedLeftOut: 0)
    }

    private static func cell(_ value: SQLiteStatement.Value) -> QueryTable.Cell {
        switch value {
        case .integer(let number): .integer(number)
        case .text(let text): .text(text)
        case .null: .null
        }
    }
}
