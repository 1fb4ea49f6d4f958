import Foundation
import Testing
import LegalCite
@testable import LegalCiteBatch

/// What the index holds after a run: documents with their caption facts, mentions with spans and
/// context, authorities shared across documents, a case found by any of its parallel cites.
@Suite("the SQLite index")
struct IndexTests {
    /// Three documents: one cites Iqbal by U.S. only, one by S. Ct. only, the third by both.
    static func indexedRun() throws -> (reader: IndexReader, folder: URL) {
        let folder = try Fixtures.folder()
        try Fixtures.write(Array("Pleading standards: Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009).".utf8), to: folder.appendingPathComponent("docs/1.txt"))
        try Fixtures.write(Array("See Iqbal v. Ashcroft, 129 S. Ct. 1937, 1949 (2009); 42 U.S.C. § 1983.".utf8), to: folder.appendingPathComponent("docs/2.txt"))
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("docs/3.txt"))
        try Fixtures.write(try Fixtures.corpus("jones-v-kansas-2012-order.txt"), to: folder.appendingPathComponent("docs/4-jones.txt"))
        try Fixtures.write([0, 0, 0], to: folder.appendingPathComponent("docs/5-binary.txt"))
        let run = try Fixtures.run([folder.appendingPathComponent("docs").path], index: true,
                                   output: folder.appendingPathComponent("out.jsonl"))
        #expect(run.records.count == 5)
        return (try IndexReader(path: folder.appendingPathComponent("out.sqlite").path), folder)
    }

    @Test func documentsCarryTheirCaptionAndErrors() throws {
        let (reader, folder) = try Self.indexedRun()
        let table = try reader.run(IndexQuery(subject: .documents, court: "ksd"))
        #expect(table.columns == ["document", "court", "date", "judge", "title", "dockets", "mentions", "error"])
        let jones = try #require(table.rows.first { $0[0].display.hasSuffix("4-jones.txt") })
        #expect(jones[2] == .text("2012-11-26"))
        #expect(jones[3] == .text("David J. Waxse"))
        #expect(jones[4] == .text("ORDER"))
        #expect(jones[5] == .text("12-2486-KHV-DJW"))
        #expect(jones[6] == .integer(12))

        let database = try SQLiteDatabase(path: folder.appendingPathComponent("out.sqlite").path, readOnly: true)
        #expect(try database.prepare("SELECT count(*) FROM documents").integer() == 5)
        #expect(try database.prepare("SELECT count(*) FROM documents WHERE error LIKE 'binary%'").integer() == 1)
        // The docket entry is the document's own: named on the mention, not a shared authority.
        var target: String?
        try database.prepare("SELECT target FROM mentions WHERE kind = 'docket_entry' AND doc = 2").rows { target = $0.text(0) }
        #expect(target == "ECF No. 21")
        // WAL was checkpointed into the file at the end, and the index left WAL mode: one file
        // at rest (header bytes 18 and 19 are 1, rollback journal), nothing beside it.
        for suffix in ["-wal", "-shm", "-journal"] {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.sqlite\(suffix)").path), "\(suffix)")
        }
        let header = try Data(contentsOf: folder.appendingPathComponent("out.sqlite")).prefix(20)
        #expect(header[18] == 1 && header[19] == 1)
    }

    @Test func parallelCitesMakeOneCaseAcrossDocuments() throws {
        let (reader, _) = try Self.indexedRun()
        for cite in ["556 U.S. 662", "129 S. Ct. 1937", "556 US 662"] {
            let hits = try reader.run(IndexQuery(subject: .cite(cite)))
            let documents = Set(hits.rows.map { URL(fileURLWithPath: $0[0].display).lastPathComponent })
            // The seed order (4-jones.txt) cites Iqbal too, by both reporters.
            #expect(documents == ["1.txt", "2.txt", "3.txt", "4-jones.txt"], "\(cite)")
        }
        let hits = try reader.run(IndexQuery(subject: .cite("129 S. Ct. 1937")))
        let first = try #require(hits.rows.first)
        #expect(first[3] == .text("case"))
        #expect(first[4] == .text("556 U.S. 662, 678"))
        #expect(first[5] == .integer(39) && first[6] == .integer(56))
        #expect(first[7] == .text("678"))
        #expect(first[8] == .null, "no subdivision on a case")
        #expect(first[10].display.contains("Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)"))
        // The case's canonical id, the same whichever reporter found it.
        #expect(hits.column("authority_id").allSatisfy { $0 == .text("case/us/556/662") })
    }

    @Test func idCitesCountForWhatTheyResolveTo() throws {
        let (reader, _) = try Self.indexedRun()
        let top = try reader.run(IndexQuery(subject: .top(kind: "case")))
        let iqbal = try #require(top.rows.first)
        #expect(iqbal[0].display.contains("556 U.S. 662"))
        #expect(iqbal[2] == .integer(4))
        #expect(iqbal[4] == .text("case/us/556/662"))
    }
}

/// `legalcite index`: results written elsewhere load into the same index a batch run writes.
@Suite("loading results into an index")
struct IndexLoaderTests {
    @Test func loadedResultsAnswerQueriesAsABatchIndexDoes() throws {
        let (batchIndex, folder) = try IndexTests.indexedRun()
        let loadedPath = folder.appendingPathComponent("loaded.sqlite").path
        let summary = try IndexLoader(inputs: [folder.appendingPathComponent("out.jsonl").path], index: loadedPath, resume: false, force: false).run()
        #expect(summary.documents == 5 && summary.errors == 1)
        let loaded = try IndexReader(path: loadedPath)
        for query in [IndexQuery(subject: .documents, limit: 0), IndexQuery(subject: .top(kind: nil), limit: 0)] {
            #expect(try loaded.run(query).rows == batchIndex.run(query).rows)
        }
        let withoutContext = { (table: QueryTable) in table.rows.map { Array($0.dropLast()) } }
        let query = IndexQuery(subject: .cite("129 S. Ct. 1937"), limit: 0)
        #expect(withoutContext(try loaded.run(query)) == withoutContext(try batchIndex.run(query)))
    }

    /// Every kind of law loads (session laws and the Federal Register stopped a load with
    /// `unknown authority kind session_law`), and the new tables load as a batch writes them.
    @Test func resultsOfEveryLawKindLoadAsABatchWritesThem() throws {
        let folder = try Fixtures.folder()
        let text = """
            UNITED STATES DISTRICT COURT
            DISTRICT OF KANSAS

            Case No. 2:12-cv-02486-KHV

            See Pub. L. No. 104-134, § 101, 110 Stat. 1321; 82 Fed. Reg. 5844; 29 C.F.R. § 1630.2(g); \
            Fed. R. Civ. P. 12(b)(6).

            """
        try Fixtures.write(Array(text.utf8), to: folder.appendingPathComponent("docs/laws.txt"))
        try Fixtures.write(try Fixtures.corpus("jones-v-kansas-2012-order.txt"), to: folder.appendingPathComponent("docs/jones.txt"))
        _ = try Fixtures.run([folder.appendingPathComponent("docs").path], index: true, output: folder.appendingPathComponent("out.jsonl"))
        let loadedPath = folder.appendingPathComponent("loaded.sqlite").path
        let summary = try IndexLoader(inputs: [folder.appendingPathComponent("out.jsonl").path], index: loadedPath, resume: false, force: false).run()
        #expect(summary.documents == 2 && summary.duplicates == 0)
        let batch = try SQLiteDatabase(path: folder.appendingPathComponent("out.sqlite").path, readOnly: true)
        let loaded = try SQLiteDatabase(path: loadedPath, readOnly: true)
        func rows(_ database: SQLiteDatabase, _ sql: String) throws -> [String] {
            var out: [String] = []
            try database.prepare(sql).rows { row in out.append((0..<row.columnCount).map { row.text($0) ?? "NULL" }.joined(separator: "|")) }
            return out
        }
        let kinds = try rows(loaded, "SELECT DISTINCT kind FROM authorities ORDER BY kind")
        #expect(["session_law", "register", "regulation", "rule"].allSatisfy(kinds.contains), "\(kinds)")
        for sql in ["SELECT key, kind, label, folded FROM authorities ORDER BY key", "SELECT * FROM dockets ORDER BY doc, ordinal",
                    "SELECT * FROM parties ORDER BY doc, ordinal", "SELECT doc, ordinal, subdivision FROM mentions ORDER BY doc, ordinal",
                    "SELECT doc, name, date, judge_folded FROM documents ORDER BY doc"] {
            #expect(try rows(loaded, sql) == rows(batch, sql), "\(sql)")
        }
        // jones.txt (doc 0) writes 12-2486-KHV-DJW, laws.txt (doc 1) 2:12-cv-02486-KHV.
        #expect(try rows(loaded, "SELECT key, type FROM dockets ORDER BY doc") == ["ksd/12/2486|NULL", "ksd/12/2486|cv"])
    }

    @Test func aBadLineStopsTheLoadAndResumeGoesOn() throws {
        let (_, folder) = try IndexTests.indexedRun()
        let lines = try String(decoding: Data(contentsOf: folder.appendingPathComponent("out.jsonl")), as: UTF8.self).split(separator: "\n")
        let broken = folder.appendingPathComponent("broken.jsonl")
        try (lines[0..<2].joined(separator: "\n") + "\n{\"id\": \"a document, not a result\"}\n").write(to: broken, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("partial.sqlite").path
        #expect(throws: (any Error).self) { _ = try IndexLoader(inputs: [broken.path], index: path, resume: false, force: false).run() }
        let resumed = try IndexLoader(inputs: [folder.appendingPathComponent("out.jsonl").path], index: path, resume: true, force: false).run()
        #expect(resumed.resumedFrom == 2 && resumed.documents == 3)
        #expect(try IndexReader(path: path).run(IndexQuery(subject: .documents, limit: 0)).rows.count == 5)
    }
}

/// The index names an authority by the key the resolver keeps it by.
@Suite("index keys")
struct IndexKeyTests {
    @Test func theIndexKeyIsTheAuthorityKey() throws {
        let extractor = try LegalCite.Extractor()
        let document = try extractor.extract(try Fixtures.corpus("jones-v-kansas-2012-order.txt"))
        #expect(!document.resolution.authorities.isEmpty)
        for authority in document.resolution.authorities {
            let row = IndexRecord.describe(authority)
            #expect(row.key == authority.key.id)
            #expect(row.local == authority.key.isLocal)
        }
    }
}
