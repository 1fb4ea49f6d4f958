import Foundation
import LegalCite

/// What a researcher asks of an index. Every value the user gives is bound as an SQL parameter;
/// the SQL itself is assembled only from fixed fragments.
public struct IndexQuery: Sendable {
    public enum Subject: Sendable {
        /// Mentions of the case with this cite, or any parallel cite of it (`556 U.S. 662`).
        case cite(String)
        /// Mentions of cases whose name contains this text (`Iqbal`).
        case caseName(String)
        /// Mentions of a rule: `FRCP 26`, `Fed. R. Evid. 702`, `D. Kan. Rule 7.1`.
        case rule(String)
        /// Mentions of a statute or regulation: `42 U.S.C. § 1983`, `29 C.F.R. § 1630.2`.
        case statute(String)
        /// The most-cited authorities, optionally of one kind.
        case top(kind: String?)
        /// Documents, by court and date.
        case documents
    }

    public var subject: Subject
    /// courts-db id of the documents' court (`ksd`).
    public var court: String?
    /// Signature dates, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    public var from: String?
    public var to: String?
    /// At most this many rows; 0 for all.
    public var limit: Int

    public init(subject: Subject, court: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 100) {
        self.subject = subject
        self.court = court
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// A query's answer: named columns and rows of cells.
public struct QueryTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String), integer(Int64), null

        public var display: String {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            case .null: ""
            }
        }
    }

    public let columns: [String]
    public var rows: [[Cell]]
}

/// A question the index cannot answer as asked (not a cite, not a date): a usage error.
public struct QueryFailure: Error, CustomStringConvertible {
    public let description: String
}

/// The index is missing, unreadable, corrupt or not legalcite's: bad input.
public struct IndexUnreadable: Error, CustomStringConvertible {
    public let description: String
}

/// Runs `IndexQuery`s against an index written by `legalcite batch`.
public final class IndexReader {
    private let database: SQLiteDatabase
    private let extractor: Extractor

    /// Opens the index read-only; a read-only file in a read-only folder is read as it is at
    /// rest (`SQLiteDatabase.reading`), nothing is ever created beside it.
    public init(path: String) throws {
        guard access(path, R_OK) == 0 else { throw IndexUnreadable(description: withSystemReason("\(path): cannot read the index")) }
        do {
            database = try SQLiteDatabase.reading(path)
            try database.execute("SELECT 1 FROM meta, documents, mentions, authorities, case_cites LIMIT 1")
        } catch {
            throw IndexUnreadable(description: "\(path): not a legalcite index (\(error))")
        }
        extractor = try Extractor()
    }

    public func run(_ query: IndexQuery) throws -> QueryTable {
        var sql: String
        var values: [SQLiteStatement.Value] = []
        var filters = ""
        if let court = query.court {
            filters += " AND d.court = ?"
            values.append(.text(court))
        }
        if let from = query.from {
            filters += " AND d.date >= ?"
            values.append(.text(try Self.date(from, end: false)))
        }
        if let to = query.to {
            filters += " AND d.date <= ?"
            values.append(.text(try Self.date(to, end: true)))
        }
        switch query.subject {
        case .top(let kind):
            var kindFilter = ""
            if let kind {
                kindFilter = " AND a.kind = ?"
                values.append(.text(kind))
            }
            sql = """
                SELECT a.label AS authority, a.kind, count(DISTINCT m.doc) AS documents, count(*) AS mentions
                FROM mentions m JOIN authorities a ON a.authority = m.authority JOIN documents d ON d.doc = m.doc
                WHERE 1\(filters)\(kindFilter)
                GROUP BY m.authority ORDER BY documents DESC, mentions DESC, a.label
                """
        case .documents:
            sql = """
                SELECT d.name AS document, d.court, d.date, d.title, d.dockets,
                       (SELECT count(*) FROM mentions m WHERE m.doc = d.doc) AS mentions, d.error
                FROM documents d WHERE 1\(filters) ORDER BY d.date, d.doc
                """
        case .cite, .caseName, .rule, .statute:
            let (authorities, parameter) = try authorityClause(query.subject)
            values.insert(parameter, at: 0)
            sql = """
                SELECT d.name AS document, d.court, d.date, m.kind, m.text, m.start, m."end", m.pin,
                       a.label AS authority, m.context
                FROM mentions m JOIN documents d ON d.doc = m.doc JOIN authorities a ON a.authority = m.authority
                WHERE m.authority IN (\(authorities))\(filters)
                ORDER BY m.doc, m.ordinal
                """
        }
        if query.limit > 0 {
            sql += " LIMIT ?"
            values.append(.integer(Int64(query.limit)))
        }
        let statement = try database.prepare(sql)
        var table: QueryTable?
        try statement.rows(values) { row in
            if table == nil { table = QueryTable(columns: (0..<row.columnCount).map(row.name), rows: []) }
            table!.rows.append((0..<row.columnCount).map { column in
                switch row.value(column) {
                case .integer(let number): .integer(number)
                case .text(let text): .text(text)
                case .null: .null
                }
            })
        }
        return table ?? QueryTable(columns: Self.columns(of: query.subject), rows: [])
    }

    private static func columns(of subject: IndexQuery.Subject) -> [String] {
        switch subject {
        case .top: ["authority", "kind", "documents", "mentions"]
        case .documents: ["document", "court", "date", "title", "dockets", "mentions", "error"]
        default: ["document", "court", "date", "kind", "text", "start", "end", "pin", "authority", "context"]
        }
    }

    /// The sub-select of authority ids a subject names, and its one parameter.
    private func authorityClause(_ subject: IndexQuery.Subject) throws -> (String, SQLiteStatement.Value) {
        switch subject {
        case .cite(let text):
            return ("SELECT authority FROM case_cites WHERE cite = ?", .text(try caseCite(text)))
        case .caseName(let name):
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            return ("SELECT authority FROM authorities WHERE kind = 'case' AND name LIKE ? ESCAPE '\\'", .text("%\(escaped)%"))
        case .rule(let text):
            return ("SELECT authority FROM authorities WHERE key = ?", .text(try ruleKey(text)))
        case .statute(let text):
            return ("SELECT authority FROM authorities WHERE key = ?", .text(try authorityKey(text, kinds: ["statute", "regulation"], what: "a statute or regulation")))
        case .top, .documents:
            fatalError("not an authority subject")
        }
    }

    /// `556 U.S. 662` (or `556 US 662`, `Ashcroft v. Iqbal, 556 U.S. 662 (2009)`) → `556 U.S. 662`.
    private func caseCite(_ text: String) throws -> String {
        let document = try read(text)
        for mention in document.mentions {
            if case .fullCase(let cite) = mention.citation { return cite.normalizedCite }
        }
        throw QueryFailure(description: "not a case citation: \(text) (write it as volume, reporter and page: 556 U.S. 662)")
    }

    private static let ruleSets: [String: RuleSet] = [
        "frcp": .frcp, "frcrp": .frcrp, "fre": .fre, "frap": .frap, "frbp": .frbp, "ussg": .ussg,
    ]

    /// `FRCP 26`, `FRE 702`, or any spelling the extractor reads (`Fed. R. Civ. P. 26(f)`).
    private func ruleKey(_ text: String) throws -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "§" })
        if words.count == 2, let set = Self.ruleSets[words[0].lowercased()] {
            let number = words[1].prefix { $0 != "(" }
            return LegalCite.Authority.rule(ruleSet: set, rule: String(number), court: nil, courtAsWritten: nil).key.id
        }
        return try authorityKey(text, kinds: ["rule"], what: "a rule (FRCP 26, Fed. R. Evid. 702, D. Kan. Rule 7.1)")
    }

    /// The index key of the first authority of one of `kinds` that the extractor reads in `text`.
    private func authorityKey(_ text: String, kinds: Set<String>, what: String) throws -> String {
        let document = try read(text)
        for (index, mention) in document.mentions.enumerated() where kinds.contains(mention.citation.kind) {
            if let link = document.resolution.links[index] {
                return document.resolution.authorities[link].key.id
            }
        }
        throw QueryFailure(description: "not \(what): \(text)")
    }

    private func read(_ text: String) throws -> ExtractedDocument {
        do { return try extractor.extract(Array(text.utf8)) } catch { throw QueryFailure(description: "\(error)") }
    }

    /// `2012` → `2012` / `2012-99-99`; `2012-11` → `2012-11` / `2012-11-99`: inclusive bounds for
    /// ISO dates compared as text.
    static func date(_ text: String, end: Bool) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (1...3).contains(parts.count) && parts[0].count == 4
            && parts.dropFirst().allSatisfy { $0.count == 2 } && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard valid else { throw QueryFailure(description: "not a date: \(text) (YYYY, YYYY-MM or YYYY-MM-DD)") }
        return end ? text + String(repeating: "-99", count: 3 - parts.count) : text
    }
}
