import Foundation

/// The SQLite index of a batch run: documents, mentions and the authorities they resolve to,
/// with the indexes `legalcite query` needs. One writer, WAL journal, batched transactions: a run
/// killed at any moment leaves the last committed batch, which `--resume` continues from.
///
/// Authorities are shared across documents by key (`statute||U.S.C.|42|1983`, `rule|FRCP||26`);
/// a case is found by any of its cites, and two cases that a parallel citation shows to be one
/// are merged into one row.
final class IndexWriter {
    static let schemaVersion = "1"

    static let schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS documents(
            doc INTEGER PRIMARY KEY,       -- position in the run's input order, from 0
            name TEXT NOT NULL, bytes INTEGER, sha256 TEXT,
            court TEXT, court_name TEXT, date TEXT, judge TEXT, title TEXT, dockets TEXT, parties TEXT,
            error TEXT);
        CREATE TABLE IF NOT EXISTS authorities(
            authority INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, label TEXT NOT NULL,
            name TEXT, year INTEGER, court TEXT);
        CREATE TABLE IF NOT EXISTS case_cites(
            cite TEXT PRIMARY KEY, authority INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mentions(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            pin TEXT, footnote TEXT,
            authority INTEGER,             -- shared authority, or NULL
            target TEXT,                   -- the document's own docket entry or record document
            context TEXT,
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentions_by_authority ON mentions(authority, doc);
        CREATE INDEX IF NOT EXISTS documents_by_court_date ON documents(court, date);
        CREATE INDEX IF NOT EXISTS documents_by_date ON documents(date);
        CREATE INDEX IF NOT EXISTS authorities_by_kind ON authorities(kind);
        """

    private let database: SQLiteDatabase
    private let insertDocument: SQLiteStatement
    private let insertMention: SQLiteStatement
    private let findAuthority: SQLiteStatement
    private let insertAuthority: SQLiteStatement
    private let nameAuthority: SQLiteStatement
    private let findCite: SQLiteStatement
    private let insertCite: SQLiteStatement
    private let insertSentence: SQLiteStatement
    /// Authority ids by key and by case cite; cleared when large, so memory stays bounded.
    private var keyCache: [String: Int64] = [:]
    private var citeCache: [String: Int64] = [:]
    private static let cacheLimit = 400_000
    private var inTransaction = false

    /// Opens the index of a run, locked for the run (`FileLock`): an index of ours is continued
    /// with `resume`, replaced with `force` (emptied in place, so that the lock holds), and
    /// refused otherwise (a finished run's index is never lost by accident); one without
    /// documents is replaced. Anything else (a folder, a device, another program's file or
    /// database) is refused whatever the flags.
    static func open(_ path: String, resume: Bool, force: Bool) throws -> IndexWriter {
        let startOver: Bool
        switch Occupant.ofIndex(path) {
        case .foreign(let reason):
            throw BatchRunner.Failure(description: Occupant.refusal(path, reason, of: "index"), kind: .usage)
        case .ours where !resume && !force:
            throw BatchRunner.Failure(description: "\(path) already exists: --resume to continue it, --force to start over", kind: .usage)
        case .ours, .empty:
            startOver = !resume
        case .none, .stream:
            startOver = false
        }
        let lock = try FileLock(path)
        if startOver {
            for suffix in ["-wal", "-shm", "-journal"] { unlink(path + suffix) }
            guard ftruncate(lock.descriptor, 0) == 0 else { throw SQLiteDatabase.Failure(description: withSystemReason("\(path): cannot empty")) }
        }
        return try IndexWriter(path: path, lock: lock)
    }

    init(path: String, lock: FileLock? = nil) throws {
        database = try SQLiteDatabase(path: path, holding: lock)
        try database.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;")
        try database.execute(Self.schema)
        try database.execute(SentenceTable.schema)
        let version = try database.prepare("SELECT value FROM meta WHERE key = 'schema'")
        var found: String?
        try version.rows { found = $0.text(0) }
        if let found, found != Self.schemaVersion {
            throw SQLiteDatabase.Failure(description: "\(path): index schema \(found), this legalcite writes \(Self.schemaVersion)")
        }
        try database.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '\(Self.schemaVersion)')")
        insertDocument = try database.prepare("""
            INSERT INTO documents(doc, name, bytes, sha256, court, court_name, date, judge, title, dockets, parties, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMention = try database.prepare("""
            INSERT INTO mentions(doc, ordinal, kind, text, start, "end", pin, footnote, authority, target, context)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        findAuthority = try database.prepare("SELECT authority FROM authorities WHERE key = ?")
        insertAuthority = try database.prepare("INSERT INTO authorities(key, kind, label, name, year, court) VALUES (?, ?, ?, ?, ?, ?)")
        nameAuthority = try database.prepare("UPDATE authorities SET name = ?, label = ? WHERE authority = ? AND name IS NULL")
        findCite = try database.prepare("SELECT authority FROM case_cites WHERE cite = ?")
        insertCite = try database.prepare("INSERT OR IGNORE INTO case_cites(cite, authority) VALUES (?, ?)")
        insertSentence = try database.prepare(SentenceTable.insert)
    }

    /// Documents in the index: where a resumed run goes on when it has no output file.
    func documentCount() throws -> Int {
        Int(try database.prepare("SELECT count(*) FROM documents").integer() ?? 0)
    }

    /// The name of document `sequence`, if the index has it.
    func name(of sequence: Int) throws -> String? {
        guard sequence >= 0 else { return nil }
        var name: String?
        try database.prepare("SELECT name FROM documents WHERE doc = ?").rows([.integer(Int64(sequence))]) { name = $0.text(0) }
        return name
    }

    /// Forgets documents from `sequence` on: what a killed run committed past its output file.
    func truncate(from sequence: Int) throws {
        try database.execute("BEGIN IMMEDIATE")
        try database.prepare("DELETE FROM mentions WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.prepare(SentenceTable.truncate).run([.integer(Int64(sequence))])
        try database.prepare("DELETE FROM documents WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.execute("COMMIT")
    }

    func add(_ record: IndexRecord, sequence: Int) throws {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
        let doc = Int64(sequence)
        let document = record.document
        try insertDocument.run([
            .integer(doc), .text(document.name), .init(document.bytes), .init(document.sha256), .init(document.court),
            .init(document.courtName), .init(document.date), .init(document.judge), .init(document.title),
            .init(document.dockets), .init(document.parties), .init(document.error),
        ])
        var ids: [Int64?] = []
        ids.reserveCapacity(record.authorities.count)
        for authority in record.authorities {
            ids.append(authority.local ? nil : try id(of: authority))
        }
        for (ordinal, mention) in record.mentions.enumerated() {
            let shared = mention.authority.flatMap { ids[$0] }
            let target = mention.authority.flatMap { record.authorities[$0].local ? record.authorities[$0].label : nil }
            try insertMention.run([
                .integer(doc), .integer(Int64(ordinal)), .text(mention.kind), .text(mention.text),
                .integer(Int64(mention.start)), .integer(Int64(mention.end)), .init(mention.pin), .init(mention.footnote),
                shared.map { .integer($0) } ?? .null, .init(target), .text(mention.context),
            ])
            if let sentence = mention.sentence { try insertSentence.run(SentenceTable.row(doc: doc, ordinal: ordinal, sentence)) }
        }
    }

    func commit() throws {
        guard inTransaction else { return }
        try database.execute("COMMIT")
        inTransaction = false
    }

    /// Writes the WAL back into the database file, so that the index is one file at rest.
    func close() throws {
        try commit()
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    private func id(of authority: IndexRecord.Authority) throws -> Int64 {
        if authority.kind == "case" && !authority.cites.isEmpty { return try caseID(authority) }
        if let cached = keyCache[authority.key] { return cached }
        let id = try findAuthority.integer([.text(authority.key)]) ?? insert(authority)
        remember(&keyCache, authority.key, id)
        return id
    }

    private func insert(_ authority: IndexRecord.Authority) throws -> Int64 {
        try insertAuthority.run([
            .text(authority.key), .text(authority.kind), .text(authority.label), .init(authority.name),
            .init(authority.year), .init(authority.court),
        ])
        return database.lastInsertRowID
    }

    /// The case any of `authority.cites` already names; a new one when none does; when they name
    /// several, those are one case and are merged into the oldest.
    private func caseID(_ authority: IndexRecord.Authority) throws -> Int64 {
        var known: [Int64] = []
        for cite in authority.cites {
            let id: Int64?
            if let cached = citeCache[cite] { id = cached } else { id = try findCite.integer([.text(cite)]) }
            if let id, !known.contains(id) { known.append(id) }
        }
        let id: Int64
        if known.isEmpty {
            if let existing = try findAuthority.integer([.text(authority.key)]) { id = existing } else { id = try insert(authority) }
        } else {
            id = known.min()!
            for other in known where other != id { try merge(other, into: id) }
            if let name = authority.name { try nameAuthority.run([.text(name), .text(authority.label), .integer(id)]) }
        }
        for cite in authority.cites {
            if citeCache[cite] != id {
                try insertCite.run([.text(cite), .integer(id)])
                remember(&citeCache, cite, id)
            }
        }
        return id
    }

    private func merge(_ other: Int64, into id: Int64) throws {
        try database.prepare("UPDATE mentions SET authority = ? WHERE authority = ?").run([.integer(id), .integer(other)])
        try database.prepare("UPDATE case_cites SET authority = ? WHERE authority = ?").run([.integer(id), .integer(other)])
        try database.prepare("DELETE FROM authorities WHERE authority = ?").run([.integer(other)])
        citeCache.removeAll(keepingCapacity: true)
    }

    private func remember(_ cache: inout [String: Int64], _ key: String, _ id: Int64) {
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = id
    }
}
