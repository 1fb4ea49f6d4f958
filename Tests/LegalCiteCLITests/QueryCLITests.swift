import Foundation
import Testing

/// Issue 16 on the command line: what `query` answers, what it refuses as a usage error, what it
/// says on standard error, and that it only reads the index.
@Suite("legalcite query, issue 16", .serialized)
struct QueryCLITests {
    static let corpus = CLITests.root.appendingPathComponent("Corpus")
    static let shared = CLITests.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/documents").path

    /// The seed order, the Kansas steakhouse order and two shared documents (laed: Iqbal by
    /// S. Ct. only and bare Rule 12(b)(6); paed: Iqbal by U.S., Rule 12(b)(6) twice, no date).
    static func index(in folder: URL) throws -> String {
        let index = folder.appendingPathComponent("i.sqlite").path
        let inputs = [corpus.appendingPathComponent("jones-v-kansas-2012-order.txt").path,
                      corpus.appendingPathComponent("dkan-2017-moreno-v-kansas-city-steak.txt").path,
                      "\(shared)/eyecitets_cl10186001_district.txt", "\(shared)/eyecitets_cl10406001_district.txt"]
        let run = try CLITests.run(["batch"] + inputs + ["--out", "/dev/null", "--index", index])
        #expect(run.status == 0, "\(run.stderr)")
        return index
    }

    static func folder() throws -> URL { try FaultCLITests.folder() }

    @Test func typosAreUsageErrorsInOneLine() throws {
        let index = try Self.index(in: Self.folder())
        let typos: [[String]] = [
            ["--top", "--kind", "rules"], ["--court", "KSD"], ["--court", "zzz"], ["--from", "2012-13"],
            ["--from", "2020", "--to", "2010"], ["--from", "2012-02-30"], ["--undated", "sometimes"],
            ["--document", "no-such-order"], ["--rule", "Fed. R. Civ. P."], ["--cited-by", "Iqbal"], ["--case", "%"],
            ["--per-document", "--top"], ["--undated", "only", "--from", "2012"],
        ]
        for arguments in typos {
            let result = try CLITests.run(["query", "--index", index] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
            #expect(FaultCLITests.oneLine(result.stderr) || result.stderr.contains("Usage"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        let court = try CLITests.run(["query", "--index", index, "--court", "KSD"])
        #expect(court.stderr == "legalcite: query: unknown court id: KSD (a courts-db id such as ksd, nysd, ca10; ids are lower case: ksd)\n")
    }

    @Test func aCutAnswerSaysSoAndUndatedDocumentsAreCounted() throws {
        let index = try Self.index(in: Self.folder())
        let all = try CLITests.run(["query", "--index", index, "--top", "--limit", "0", "--csv"])
        let rows = all.stdout.split(separator: "\r\n").count - 1
        #expect(rows > 3 && all.stderr.isEmpty, "\(all.stderr)")
        let cut = try CLITests.run(["query", "--index", index, "--top", "--limit", "3", "--csv"])
        #expect(cut.stdout.split(separator: "\r\n").count == 4)
        #expect(cut.stderr == "legalcite: query: 3 of \(rows) rows shown (--limit 3); --limit 0 for all\n")
        // The laed and paed orders write no date.
        let dated = try CLITests.run(["query", "--index", index, "--cites", "556 U.S. 662", "--per-document", "--from", "2000", "--csv"])
        #expect(dated.stdout.split(separator: "\r\n").count == 2, "\(dated.stdout)")
        #expect(dated.stderr.contains("2 documents without a date left out by --from/--to"), "\(dated.stderr)")
        let kept = try CLITests.run(["query", "--index", index, "--cites", "556 U.S. 662", "--per-document", "--from", "2000",
                                     "--undated", "include", "--csv"])
        #expect(kept.stdout.split(separator: "\r\n").count == 4 && kept.stderr.isEmpty)
    }

    @Test func theQuestionsOfIssue16() throws {
        let index = try Self.index(in: Self.folder())
        func csv(_ arguments: [String]) throws -> [String] {
            let result = try CLITests.run(["query", "--index", index, "--csv", "--limit", "0"] + arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout.split(separator: "\r\n").dropFirst().map(String.init)
        }
        // Who cites Iqbal, by either reporter: the seed links 556 U.S. 662 and 129 S. Ct. 1937.
        for cite in ["556 U.S. 662", "129 S. Ct. 1937"] {
            let citing = try csv(["--cited-by", cite]).map { $0.split(separator: ",")[0] }
            #expect(citing.map { URL(fileURLWithPath: String($0)).lastPathComponent }.sorted() ==
                    ["eyecitets_cl10186001_district.txt", "eyecitets_cl10406001_district.txt", "jones-v-kansas-2012-order.txt"], "\(cite)")
        }
        #expect(try csv(["--case", "Ashcroft v Iqbal", "--per-document"]).count == 3)
        // Every Rule 12(b)(6) cite: laed l. 91, paed l. 144 and 145.
        let b6 = try csv(["--rule", "Fed. R. Civ. P. 12(b)(6)"])
        #expect(b6.count == 3 && b6.allSatisfy { $0.contains(",(b)(6),FRCP 12,") }, "\(b6)")
        // The seed's docket in its other spelling, its judge, what it cites.
        #expect(try csv(["--docket", "2:12-cv-02486"]).map { $0.split(separator: ",")[0] } == ["\(Self.corpus.path)/jones-v-kansas-2012-order.txt"])
        #expect(try csv(["--judge", "Waxse"]).count == 1)
        #expect(try csv(["--document", "jones-v-kansas-2012-order"]).count == 12)
    }

    /// Issue 16: a read-only index file in a writable folder could not be queried ("attempt to
    /// write a readonly database"), and a query left `-wal`/`-shm` files beside the index.
    @Test func aQueryOnlyReadsTheIndex() throws {
        let folder = try Self.folder()
        let index = try Self.index(in: folder)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(before == ["i.sqlite"])
        #expect(try CLITests.run(["query", "--index", index, "--top"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(chmod(index, 0o444) == 0)
        let asNobody = ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", CLITests.binary.path]
        #expect(chmod(folder.path, 0o777) == 0)
        let readOnly = getuid() == 0
            ? try CLITests.runProgram(asNobody[0], Array(asNobody.dropFirst()) + ["query", "--index", index, "--top", "--json"])
            : try CLITests.run(["query", "--index", index, "--top", "--json"])
        #expect(readOnly.status == 0, "\(readOnly.stderr)")
        #expect(readOnly.stdout.contains("\"authority\": \"FRCP 26\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        // An index left in WAL mode (as earlier versions left every index) is read as it is at rest.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        #expect(chmod(index, 0o644) == 0)
        #expect(try CLITests.runProgram("/usr/bin/sqlite3", [index, "PRAGMA journal_mode=WAL;"]).stdout == "wal\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(chmod(index, 0o444) == 0)
        let wal = getuid() == 0
            ? try CLITests.runProgram(asNobody[0], Array(asNobody.dropFirst()) + ["query", "--index", index, "--judge", "Waxse", "--csv"])
            : try CLITests.run(["query", "--index", index, "--judge", "Waxse", "--csv"])
        #expect(wal.status == 0 && wal.stdout.contains("jones-v-kansas-2012-order.txt"), "\(wal.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }

    /// An index of the first schema is refused with a word to rebuild it, not read wrongly.
    @Test func anOlderIndexIsRefusedWithAHint() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let folder = try Self.folder()
        let index = try Self.index(in: folder)
        #expect(try CLITests.runProgram("/usr/bin/sqlite3", [index, "UPDATE meta SET value = '1' WHERE key = 'schema';"]).status == 0)
        let result = try CLITests.run(["query", "--index", index, "--top"])
        #expect(result.status == 65 && FaultCLITests.oneLine(result.stderr))
        #expect(result.stderr.contains("index schema 1") && result.stderr.contains("rebuild"), "\(result.stderr)")
    }
}
