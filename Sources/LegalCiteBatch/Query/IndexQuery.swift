import Foundation
import LegalCite

/// What a researcher asks of an index: a subject (what is cited) and filters (which documents).
/// Every value the user gives is bound as an SQL parameter; the SQL itself is assembled only
/// from fixed fragments (`IndexReader`).
public struct IndexQuery: Sendable {
    public enum Subject: Sendable, Equatable {
        /// Mentions of the case with this cite, or any parallel cite of it (`556 U.S. 662`).
        case cite(String)
        /// Mentions of cases whose name holds this text, case, accents and punctuation aside
        /// (`Iqbal`, `Ashcroft v Iqbal`, `JIMÉNEZ`).
        case caseName(String)
        /// Mentions of a rule: `FRCP 26`, `Fed. R. Evid. 702`, `D. Kan. Rule 7.1`; with a
        /// subdivision (`Fed. R. Civ. P. 12(b)(6)`) only that subdivision and the ones under it.
        case rule(String)
        /// Mentions of a statute or regulation: `42 U.S.C. § 1983`, `29 C.F.R. § 1630.2`.
        case statute(String)
        /// Mentions of whatever authority the text cites: a case cite, a rule, a statute, a
        /// constitutional provision (`--cited-by`).
        case authority(String)
        /// Every mention of the documents the filters leave (with `document`: what one
        /// document cites).
        case citations
        /// The most-cited authorities, optionally of one kind.
        case top(kind: String?)
        /// The documents themselves.
        case documents
        /// What the courts decided (`rulings`), with `disposition` and `motion` to choose.
        case rulings
    }

    /// What a date filter does with the documents that have no date.
    public enum Undated: String, Sendable, CaseIterable {
        case include, exclude, only
    }

    public var subject: Subject
    /// Mention subjects: one row per document (its mentions counted, their texts listed)
    /// instead of one per mention.
    public var perDocument: Bool
    /// courts-db id of the documents' court (`ksd`).
    public var court: String?
    /// The document's date (its top-level `date`, else the signature's), `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`, inclusive.
    public var from: String?
    public var to: String?
    /// What `from`/`to` do with undated documents; nil: left out when a date is given.
    public var undated: Undated?
    /// A docket number in any spelling (`2:12-cv-02486`, `12-2486-KHV-DJW`), matched by its
    /// year and sequence (`DocketKey`); the type, where both write one, must agree.
    public var docket: String?
    /// Part of the name of a judge the document names: who signed, who wrote the opinion, the
    /// panel (`Waxse`, `Katsas`).
    public var judge: String?
    /// Part of a party's name (`State of Kansas`, `kansas`).
    public var party: String?
    /// A document by its name, its path's last part, or that without extension
    /// (`jones-v-kansas-2012-order`).
    public var document: String?
    /// At most this many rows; 0 for all.
    public var limit: Int
    /// Mention subjects: only mentions governed by this signal (`but see`: who distinguishes).
    public var signal: String?
    /// Mention subjects: the subsequent history the matching case mentions carry, one row per
    /// phrase, instead of the mentions.
    public var history = false
    /// `rulings`: only this disposition (`granted`, `denied`, `granted_in_part`, …).
    public var disposition: String?
    /// `rulings`: only motions whose name holds this (`motion to dismiss`), case aside.
    public var motion: String?

    public init(subject: Subject, perDocument: Bool = false, court: String? = nil, from: String? = nil, to: String? = nil,
                undated: Undated? = nil, docket: String? = nil, judge: String? = nil, party: String? = nil,
                document: String? = nil, limit: Int = 100) {
        self.subject = subject
        self.perDocument = perDocument
        self.court = court
        self.from = from
        self.to = to
        self.undated = undated
        self.docket = docket
        self.judge = judge
        self.party = party
        self.document = document
        self.limit = limit
    }

    /// Authority kinds the index shares across documents, for `top(kind:)`.
    public static let authorityKinds = Authority.citedKinds
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

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The rows as records keyed by column name.
    public var records: [[String: Cell]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }

    /// Each row's cell of `column`.
    public func column(_ name: String) -> [Cell] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }
}

/// An answer and what a reader should be told about it.
public struct QueryAnswer: Sendable {
    public var table: QueryTable
    /// Rows the query has before `limit`: more than `table.rows.count` when the limit cut it.
    public var total: Int
    /// Documents without a date that the date filter left out and that would otherwise answer.
    public var undatedLeftOut: Int

    public var isTruncated: Bool { total > table.rows.count }
}

/// A question the index cannot answer as asked (not a cite, not a date, an unknown court): a
/// usage error.
public struct QueryFailure: Error, CustomStringConvertible {
    public let description: String
}

/// The index is missing, unreadable, corrupt or not legalcite's: bad input.
public struct IndexUnreadable: Error, CustomStringConvertible {
    public let description: String
}
