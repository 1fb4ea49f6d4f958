import Foundation
import LegalCiteTestSupport
import Testing

/// Issue 17: what an adversarial run and a newcomer did to the command line, and what each
/// fault now gets: a one-line error and a documented exit code, never a signal, and nothing
/// deleted that is not legalcite's own.
@Suite("faults of issue 17", .serialized)
struct FaultCLITests {
    static let jones = CLITests.root.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt").path
    static let moreno = CLITests.root.appendingPathComponent("Corpus/dkan-2017-moreno-v-kansas-city-steak.txt").path

    static func folder() throws -> URL {
        let url = Scratch.path("faults")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `legalcite` through the shell, for redirections Process cannot make (`2>&-`).
    static func shell(_ command: String) throws -> CLITests.Run {
        try CLITests.runProgram("/bin/sh", ["-c", command.replacingOccurrences(of: "LEGALCITE", with: CLITests.binary.path)])
    }

    static func oneLine(_ text: String) -> Bool { text.split(separator: "\n").count == 1 }

    // MARK: 1. --force replaces only legalcite's own files

    @Test func forceNeverDeletesAFolderADeviceOrAnotherProgramsFile() throws {
        let work = try Self.folder()
        let folder = work.appendingPathComponent("d")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep me\n".utf8).write(to: folder.appendingPathComponent("f"))
        let out = work.appendingPathComponent("o.jsonl").path
        let batch = try CLITests.run(["batch", Self.jones, "--out", out, "--index", folder.path, "--force"])
        #expect(batch.status == 64 && Self.oneLine(batch.stderr), "\(batch.stderr)")
        #expect(batch.stderr.contains("not replaced"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("f").path))
        let index = try CLITests.run(["index", "--index", folder.path, "--force", out])
        #expect(index.status == 64 && Self.oneLine(index.stderr), "\(index.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("f").path))
        let outFolder = try CLITests.run(["batch", Self.jones, "--out", folder.path, "--force"])
        #expect(outFolder.status == 64 && Self.oneLine(outFolder.stderr), "\(outFolder.stderr)")

        // A FIFO (and, as root, a character device like /dev/null) is not an index either.
        let fifo = work.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        var nodes = [fifo]
        if getuid() == 0 {
            let device = work.appendingPathComponent("null").path
            #expect(mknod(device, S_IFCHR | 0o666, 259) == 0)  // makedev(1, 3): a twin of /dev/null
            nodes.append(device)
        }
        for node in nodes {
            let result = try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", node, "--force"])
            #expect(result.status == 64 && Self.oneLine(result.stderr), "\(node): \(result.stderr)")
            var status = stat()
            #expect(lstat(node, &status) == 0, "\(node) was removed")
            let loaded = try CLITests.run(["index", "--index", node, "--force", out])
            #expect(loaded.status == 64, "\(node): \(loaded.stderr)")
            #expect(lstat(node, &status) == 0, "\(node) was removed")
        }

        // Another program's file, as output or index.
        let notes = work.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)
        for flag in ["--out", "--index"] {
            let result = try CLITests.run(["batch", Self.jones, flag, notes.path, "--force"] + (flag == "--index" ? ["--out", "/dev/null"] : []))
            #expect(result.status == 64 && Self.oneLine(result.stderr), "\(flag): \(result.stderr)")
            #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes\n")
        }
        let loaded = try CLITests.run(["index", "--index", notes.path, "--force", out])
        #expect(loaded.status == 64)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes\n")
    }

    @Test func forceNeverReplacesAnInputDocument() throws {
        let work = try Self.folder()
        let inputs = work.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let a = inputs.appendingPathComponent("a.txt"), b = inputs.appendingPathComponent("b.txt")
        try Data(contentsOf: URL(fileURLWithPath: Self.jones)).write(to: a)
        try Data(contentsOf: URL(fileURLWithPath: Self.moreno)).write(to: b)
        let before = try Data(contentsOf: a)
        let out = try CLITests.run(["batch", inputs.path, "--out", a.path, "--force"])
        #expect(out.status == 64 && Self.oneLine(out.stderr), "\(out.stderr)")
        #expect(try Data(contentsOf: a) == before)
        let index = try CLITests.run(["batch", inputs.path, "--out", "/dev/null", "--index", b.path, "--force"])
        #expect(index.status == 64 && Self.oneLine(index.stderr), "\(index.stderr)")
        #expect(try Data(contentsOf: b) == Data(contentsOf: URL(fileURLWithPath: Self.moreno)))
    }

    @Test func forceStillReplacesLegalcitesOwnOutputAndIndex() throws {
        let work = try Self.folder()
        let out = work.appendingPathComponent("o.jsonl").path, index = work.appendingPathComponent("i.sqlite").path
        #expect(try CLITests.run(["batch", Self.jones, Self.moreno, "--out", out, "--index", index]).status == 0)
        let again = try CLITests.run(["batch", Self.jones, "--out", out, "--index", index, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 1)
        let loaded = try CLITests.run(["index", "--index", index, "--force", out])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let documents = try CLITests.run(["query", "--index", index, "--court", "ksd", "--json"])
        #expect(documents.status == 0 && documents.stdout.contains("jones-v-kansas"))
    }

    // MARK: 2. A failed write is a line and an exit code, never a signal

    @Test func aFullStandardOutputIsExit74ForEveryCommand() throws {
        let work = try Self.folder()
        let index = work.appendingPathComponent("i.sqlite").path
        #expect(try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", index]).status == 0)
        for command in ["query --index \(index) --top", "query --index \(index) --top --csv", "batch \(Self.jones)",
                        "extract --input jsonl --jsonl < \(work.path)/none", "eval \(CLITests.root.path)/Corpus/captions", "--help"] {
            _ = FileManager.default.createFile(atPath: "\(work.path)/none", contents: Data("{\"id\": \"a\", \"text\": \"Rule 26(f)\"}\n".utf8))
            let result = try Self.shell("LEGALCITE \(command) > /dev/full")
            #expect(result.status == 74, "\(command): \(result.status) \(result.stderr.prefix(300))")
            #expect(Self.oneLine(result.stderr) && result.stderr.contains("standard output: write failed"), "\(command): \(result.stderr.prefix(300))")
        }
    }

    @Test func aClosedOrFullStandardErrorNeverCrashes() throws {
        let work = try Self.folder()
        let out = work.appendingPathComponent("o.jsonl").path
        let closed = try Self.shell("LEGALCITE batch \(Self.jones) \(Self.moreno) --out \(out) 2>&-")
        #expect(closed.status == 0)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("{\"schema\":\"legalcite.document/1\"") })
        let missing = try Self.shell("LEGALCITE extract /nonexistent 2>/dev/full")
        #expect(missing.status == 65)
        let full = try Self.shell("LEGALCITE batch \(Self.jones) --out \(out) --force 2>/dev/full")
        #expect(full.status == 0)
        let usage = try Self.shell("LEGALCITE query --index \(out) 2>&-")
        #expect(usage.status == 64)
    }

    // MARK: 7. Terminal escapes (the table's are QueryTests.tableOutputEscapesTerminalControls)

    @Test func errorLinesShowTerminalEscapesEscaped() throws {
        let result = try CLITests.run(["extract", "/nonexistent/a\u{1B}]0;pwned\u{07}b\u{202E}.txt"])
        #expect(result.status == 65)
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(result.stderr.contains("a\\x1B]0;pwned\\x07b\\u{202E}.txt") && Self.oneLine(result.stderr), "\(result.stderr)")
    }

    // MARK: 4. A read-only shared index can be queried

    @Test func aReadOnlyIndexInAReadOnlyFolderCanBeQueried() throws {
        let work = try Self.folder()
        let shared = work.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let index = shared.appendingPathComponent("i.sqlite").path
        #expect(try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", index]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted()
        #expect(chmod(index, 0o444) == 0 && chmod(shared.path, 0o555) == 0 && chmod(work.path, 0o755) == 0)
        defer { _ = chmod(shared.path, 0o755) }
        // Root ignores file modes: query as nobody then.
        let result = getuid() == 0
            ? try CLITests.runProgram("/usr/bin/setpriv", ["--reuid", "65534", "--regid", "65534", "--clear-groups",
                                                            CLITests.binary.path, "query", "--index", index, "--top", "--json"])
            : try CLITests.run(["query", "--index", index, "--top", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"authority\": \"FRCP 26\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted() == before)
    }

    // MARK: 5. A corrupt index is bad input; --resume never writes into another program's database

    @Test func aCorruptIndexIsADataError() throws {
        let work = try Self.folder()
        let garbage = work.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: garbage)
        let index = work.appendingPathComponent("i.sqlite").path
        #expect(try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", index]).status == 0)
        let cut = work.appendingPathComponent("cut.sqlite")
        try Data(contentsOf: URL(fileURLWithPath: index)).prefix(3000).write(to: cut)
        for path in [garbage.path, cut.path] {
            let result = try CLITests.run(["query", "--index", path, "--top"])
            #expect(result.status == 65 && Self.oneLine(result.stderr), "\(path): \(result.status) \(result.stderr)")
        }
        let missing = try CLITests.run(["query", "--index", work.appendingPathComponent("none.sqlite").path, "--top"])
        #expect(missing.status == 65 && Self.oneLine(missing.stderr))
    }

    @Test func resumeRefusesAnotherProgramsDatabase() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let work = try Self.folder()
        let other = work.appendingPathComponent("other.sqlite").path
        #expect(try CLITests.runProgram("/usr/bin/sqlite3", [other, "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine');"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let batch = try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", other, "--resume"])
        #expect(batch.status == 64 && Self.oneLine(batch.stderr), "\(batch.stderr)")
        let index = try CLITests.run(["index", "--index", other, "--resume", "/dev/null"])
        #expect(index.status == 64 && Self.oneLine(index.stderr), "\(index.stderr)")
        let tables = try CLITests.runProgram("/usr/bin/sqlite3", [other, "SELECT name FROM sqlite_master"])
        #expect(tables.stdout == "notes\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    // MARK: 6. One run at a time on an output or index

    @Test func aSecondRunOnTheSameOutputFailsAtOnce() throws {
        let work = try Self.folder()
        let out = work.appendingPathComponent("o.jsonl"), index = work.appendingPathComponent("i.sqlite")
        #expect(try CLITests.run(["batch", Self.jones, "--out", out.path, "--index", index.path]).status == 0)
        let written = try Data(contentsOf: out), indexed = try Data(contentsOf: index)
        // Another run's lock, held here: the second run stops before it empties anything.
        for (path, arguments) in [(out.path, ["batch", Self.moreno, "--out", out.path, "--force"]),
                                  (index.path, ["batch", Self.moreno, "--out", "/dev/null", "--index", index.path, "--force"]),
                                  (index.path, ["index", "--index", index.path, "--force", out.path])] {
            let descriptor = open(path, O_RDONLY)
            #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
            let second = try CLITests.run(arguments)
            close(descriptor)
            #expect(second.status == 75 && Self.oneLine(second.stderr), "\(arguments): \(second.status) \(second.stderr)")
            #expect(second.stderr.contains("is in use by another legalcite run"))
        }
        #expect(try Data(contentsOf: out) == written && Data(contentsOf: index) == indexed)

        // A running batch holds its output and index (when it is still running to be met).
        let documents = try BatchCLITests.manyDocuments()
        // Output removed first, so that its first bytes say the running batch holds both locks.
        try FileManager.default.removeItem(at: out)
        let first = try BatchCLITests.start(["batch", documents.path, "--out", out.path, "--index", index.path, "--jobs", "1", "--force"])
        let deadline = Date(timeIntervalSinceNow: 60)
        while BatchCLITests.size(out) == 0 && first.isRunning && Date() < deadline { usleep(5_000) }
        if first.isRunning {
            let second = try CLITests.run(["batch", documents.path, "--out", out.path, "--force"])
            let third = try CLITests.run(["batch", Self.jones, "--out", "/dev/null", "--index", index.path, "--force"])
            if first.isRunning {
                #expect(second.status == 75 && Self.oneLine(second.stderr), "\(second.status) \(second.stderr)")
                #expect(third.status == 75 && Self.oneLine(third.stderr), "\(third.status) \(third.stderr)")
            }
        }
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1600)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }

    // MARK: 8. A newcomer's faults

    @Test func aFailedIndexLoadCanBeRetriedWithoutForce() throws {
        let work = try Self.folder()
        let out = work.appendingPathComponent("o.jsonl").path, index = work.appendingPathComponent("i.sqlite").path
        #expect(try CLITests.run(["batch", Self.jones, "--out", out]).status == 0)
        let missing = try CLITests.run(["index", "--index", index, work.appendingPathComponent("none.jsonl").path])
        #expect(missing.status == 65 && Self.oneLine(missing.stderr), "\(missing.stderr)")
        let bad = work.appendingPathComponent("bad.jsonl")
        try Data("{\"id\": \"a document, not a result\"}\n".utf8).write(to: bad)
        let wrong = try CLITests.run(["index", "--index", index, bad.path])
        #expect(wrong.status == 65 && Self.oneLine(wrong.stderr), "\(wrong.stderr)")
        let retry = try CLITests.run(["index", "--index", index, out])
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(retry.stderr.contains("1 records loaded"))
    }

    @Test func aMissingInputIsExit65InEveryCommand() throws {
        let none = "/nonexistent/input.txt"
        for arguments in [["extract", none], ["batch", none], ["batch", none, "--out", "/dev/null"],
                          ["index", "--index", Scratch.path("index", suffix: ".sqlite").path, none],
                          ["query", "--index", none, "--top"], ["eval", none]] {
            let result = try CLITests.run(arguments)
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
            #expect(Self.oneLine(result.stderr) && result.stderr.contains(none), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aMistypedSubcommandIsAUsageError() throws {
        let result = try CLITests.run(["extrct", "file.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown subcommand 'extrct'") && result.stderr.contains("extract"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // A file that exists is still read by the default subcommand, whatever its name.
        let work = try Self.folder()
        let file = work.appendingPathComponent("qeury")
        try Data("See ECF No. 21.".utf8).write(to: file)
        let shell = try Self.shell("cd \(work.path) && LEGALCITE qeury")
        #expect(shell.status == 0 && shell.stdout.contains("ECF No. 21"), "\(shell.stderr)")
    }

    // MARK: The JSONL mapper (issue 17, second part)

    /// One result per input line, blank lines included (an error record `blank line`): 16 in,
    /// 16 out, so that Spark's or parallel's lines stay aligned.
    @Test func theMapperGivesEveryLineARecordBlankOnesIncluded() throws {
        var input = ""
        for number in 1...16 { input += number % 4 == 0 ? (number % 8 == 0 ? "   \n" : "\n") : "{\"id\": \"d\(number)\", \"text\": \"See ECF No. \(number).\"}\n" }
        let result = try CLITests.run(["extract", "--input", "jsonl", "--jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.count == 16)
        for (offset, record) in records.enumerated() where (offset + 1) % 4 == 0 {
            #expect((record["source"] as? [String: Any])?["name"] as? String == "line \(offset + 1)")
            #expect(record["error"] as? String == "blank line")
        }
    }

    /// A line longer than --max-bytes is an error record for that line, read past without
    /// being held (it was buffered whole, and rescanned for each chunk: a 200 MB line took 30 s
    /// and 542 MB); the lines after it are read as usual.
    @Test func theMapperSkipsALineLongerThanTheLimit() throws {
        let long = "{\"id\": \"long\", \"text\": \"" + String(repeating: "a", count: 3 << 20) + "\"}"
        let input = "{\"id\": \"a\", \"text\": \"See ECF No. 1.\"}\n" + long + "\n{\"id\": \"c\", \"text\": \"See ECF No. 3.\"}\n"
        let result = try CLITests.run(["extract", "--input", "jsonl", "--jsonl", "--max-bytes", "1000000"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(records.count == 3)
        #expect(records.map { ($0["source"] as? [String: Any])?["name"] as? String } == ["a", "line 2", "c"])
        #expect(records[1]["error"] as? String == "line longer than the limit of 1000000 bytes")
        #expect((records[1]["source"] as? [String: Any])?["bytes"] as? Int == long.utf8.count)
        #expect(records[2]["schema"] as? String == "legalcite.document/1")
    }
}
