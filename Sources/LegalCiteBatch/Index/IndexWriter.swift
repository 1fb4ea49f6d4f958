import Foundation

/// The SQLite index of a batch run: documents, mentions and the authorities they resolve to,
/// with the indexes `legalcite query` needs. One writer, WAL journal, batched transactions: a run
/// killed at any moment leaves the last committed batch, which `--resume` continues from.
///
/// Authorities are shared across documents by key (`statute||U.S.C.|42|1983`, `rule|FRCP||26`);
/// a case is found by any of its cites, and two cases that a parallel citation shows to be one
/// are merged into one row.
final class IndexWriter {
    /// Bumped when a table or column changes; `IndexReader` reads this version only. Tables and
    /// columns are added with it (2: `dockets`, `parties`, folded names, rule subdivisions, the
    /// document's top-level date), so an older index is refused with a word to rebuild it.
    static let schemaVersion = "3"

    static let schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS documents(
            doc INTEGER PRIMARY KEY,       -- position in the run's input order, from 0
            name TEXT NOT NULL, bytes INTEGER, sha256 TEXT,
            court TEXT, court_name TEXT,
            date TEXT,                     -- the document's date (top-level date, else the signature's)
            judge TEXT, title TEXT, dockets TEXT, parties TEXT,
            error TEXT,
            judge_folded TEXT);            -- NameFolding of each judge named (signer, author, panel), |-separated, for --judge
        CREATE TABLE IF NOT EXISTS dockets(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,
            key TEXT,                      -- DocketKey.text: ksd/12/2486
            court TEXT, year INTEGER, sequence INTEGER, type TEXT,
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS parties(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, name TEXT NOT NULL, role TEXT,
            folded TEXT NOT NULL,          -- NameFolding of name, for --party
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS authorities(
            authority INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, label TEXT NOT NULL,
            name TEXT, year INTEGER, court TEXT,
            folded TEXT,                   -- NameFolding of a case's name, for --case
            canonical TEXT);               -- Authority.id of the JSON: usc/42/1983, case/us/556/662
        CREATE TABLE IF NOT EXISTS case_cites(
            cite TEXT PRIMARY KEY, authority INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS mentions(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            pin TEXT, footnote TEXT,
            subdivision TEXT,              -- a rule's, as written without spaces: (b)(6)
            authority INTEGER,             -- shared authority, or NULL
            target TEXT,                   -- the document's own docket entry or record document
            context TEXT,
            signal TEXT,                   -- see, see also, but see, ... (OUTPUT.md)
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS history(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, seq INTEGER NOT NULL,  -- the case mention, its phrase
            relation TEXT NOT NULL, text TEXT NOT NULL,
            target INTEGER,                -- ordinal of the mention the phrase introduces
            PRIMARY KEY(doc, ordinal, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS rulings(
            doc INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            motion TEXT, docket_entry TEXT, disposition TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            folded TEXT,                   -- NameFolding of the motion, for --motion
            PRIMARY KEY(doc, ordinal)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS rulings_by_disposition ON rulings(disposition);
        CREATE INDEX IF NOT EXISTS mentions_by_authority ON mentions(authority, doc);
        CREATE INDEX IF NOT EXISTS documents_by_court_date ON documents(court, date);
        CREATE INDEX IF NOT EXISTS documents_by_date ON documents(date);
        CREATE INDEX IF NOT EXISTS authorities_by_kind ON authorities(kind);
        CREATE INDEX IF NOT EXISTS dockets_by_number ON dockets(year, sequence);
        CREATE INDEX IF NOT EXISTS documents_by_sha256 ON documents(sha256);
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
    private let insertDocket: SQLiteStatement
    private let insertParty: SQLiteStatement
    private let findSame: SQLiteStatement
    private let insertHistory: SQLiteStatement
    private let insertRuling: SQLiteStatement
    /// Documents added whose name and SHA-256 a document already in the index has: the same
    /// results loaded twice.
    private(set) var duplicates = 0
    private(set) var firstDuplicate: String?
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
        // The version is checked before the schema runs, so that an older index is left as it was.
        if try database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").integer() == 1 {
            let version = try database.prepare("SELECT value FROM meta WHERE key = 'schema'")
            var found: String?
            try version.rows { found = $0.text(0) }
            if let found, found != Self.schemaVersion {
                throw SQLiteDatabase.Failure(description: "\(path): index schema \(found), this legalcite writes \(Self.schemaVersion) (rebuild it with --force)")
            }
        }
        try database.execute(Self.schema)
        try database.execute(SentenceTable.schema)
        try database.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '\(Self.schemaVersion)')")
        insertDocument = try database.prepare("""
            INSERT INTO documents(doc, name, bytes, sha256, court, court_name, date, judge, title, dockets, parties, error, judge_folded)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMention = try database.prepare("""
            INSERT INTO mentions(doc, ordinal, kind, text, start, "end", pin, footnote, subdivision, authority, target, context, signal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertHistory = try database.prepare("INSERT INTO history(doc, ordinal, seq, relation, text, target) VALUES (?, ?, ?, ?, ?, ?)")
        insertRuling = try database.prepare("""
            INSERT INTO rulings(doc, ordinal, motion, docket_entry, disposition, start, "end", folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertDocket = try database.prepare("INSERT INTO dockets(doc, ordinal, text, key, court, year, sequence, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        insertParty = try database.prepare("INSERT INTO parties(doc, ordinal, name, role, folded) VALUES (?, ?, ?, ?, ?)")
        findSame = try database.prepare("SELECT count(*) FROM documents WHERE sha256 = ? AND name = ?")
        findAuthority = try database.prepare("SELECT authority FROM authorities WHERE key = ?")
        insertAuthority = try database.prepare("INSERT INTO authorities(key, kind, label, name, year, court, folded, canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        nameAuthority = try database.prepare("UPDATE authorities SET name = ?, label = ?, folded = ? WHERE authority = ? AND name IS NULL")
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
        try database.prepare("DELETE FROM dockets WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.prepare("DELETE FROM parties WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.prepare("DELETE FROM history WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.prepare("DELETE FROM rulings WHERE doc >= ?").run([.integer(Int64(sequence))])
        try database.execute("COMMIT")
    }

    func add(_ record: IndexRecord, sequence: Int) throws {
        if !inTransaction {
            try database.execute("BEGIN IMMEDIATE")
            inTransaction = true
        }
        let doc = Int64(sequence)
        let document = record.document
        if let sha256 = document.sha256, try findSame.integer([.text(sha256), .text(document.name)]) ?? 0 > 0 {
            duplicates += 1
            if firstDuplicate == nil { firstDuplicate = document.name }
        }
        try insertDocument.run([
            .integer(doc), .text(document.name), .init(document.bytes), .init(document.sha256), .init(document.court),
            .init(document.courtName), .init(document.date), .init(document.judge), .init(document.title),
            .init(document.dockets), .init(document.parties), .init(document.error),
            document.judges.isEmpty ? .null : .text(document.judges.map(NameFolding.folded).joined(separator: "|")),
        ])
        for (ordinal, docket) in document.docketList.enumerated() {
            try insertDocket.run([
                .integer(doc), .integer(Int64(ordinal)), .text(docket.text), .init(docket.key?.text), .init(docket.key?.court),
                .init(docket.key?.year), .init(docket.key?.sequence), .init(docket.key?.type),
            ])
        }
        for (ordinal, party) in document.partyList.enumerated() {
            try insertParty.run([.integer(doc), .integer(Int64(ordinal)), .text(party.name), .init(party.role), .text(NameFolding.folded(party.name))])
        }
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
                .integer(Int64(mention.start)), .integer(Int64(mention.end)), .init(mention.pin), .init(mention.footnote), .init(mention.subdivision),
                shared.map { .integer($0) } ?? .null, .init(target), .text(mention.context), .init(mention.signal),
            ])
            if let sentence = mention.sentence { try insertSentence.run(SentenceTable.row(doc: doc, ordinal: ordinal, sentence)) }
            for (seq, phrase) in mention.history.enumerated() {
                try insertHistory.run([.integer(doc), .integer(Int64(ordinal)), .integer(Int64(seq)), .text(phrase.relation), .text(phrase.text),
                                       phrase.target.map { .integer(Int64($0)) } ?? .null])
            }
        }
        for (ordinal, ruling) in document.rulings.enumerated() {
            try insertRuling.run([.integer(doc), .integer(Int64(ordinal)), .init(ruling.motion), .init(ruling.docketEntry), .text(ruling.disposition),
                                  .integer(Int64(ruling.start)), .integer(Int64(ruling.end)), .init(ruling.motion.map(NameFolding.folded))])
        }
    }

    func commit() throws {
        guard inTransaction else { return }
        try database.execute("COMMIT")
        inTransaction = false
    }

    /// Writes the WAL back into the database file and leaves WAL mode, so that the index is one
    /// file at rest that a reader opens without creating a `-wal` or `-shm` (a read-only file or
    /// folder included); a resumed run turns WAL on again.
    func close() throws {
        try commit()
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try database.execute("PRAGMA journal_mode=DELETE")
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
            .init(authority.year), .init(authority.court), .init(authority.name.map(NameFolding.folded)), .init(authority.canonical),
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
            if let name = authority.name { try nameAuthority.run([.text(name), .text(authority.label), .text(NameFolding.folded(name)), .integer(id)]) }
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
