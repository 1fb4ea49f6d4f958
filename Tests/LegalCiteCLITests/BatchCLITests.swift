import Foundation
import LegalCiteTestSupport
import Testing

/// `legalcite batch` and `legalcite query` as a user runs them: killed and resumed, interrupted,
/// and queried in each output format.
@Suite("legalcite batch and query", .serialized)
struct BatchCLITests {
    /// 100 copies of each Corpus/ text file in one folder.
    static func manyDocuments() throws -> URL {
        let folder = Scratch.path("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = CLITests.root.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".txt") {
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            for copy in 0..<100 { try data.write(to: folder.appendingPathComponent("\(copy)-\(name)")) }
        }
        return folder
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// Waits until the output has grown past `bytes`, then sends `signal`.
    static func interrupt(_ process: Process, when output: URL, exceeds bytes: Int, with signal: Int32) {
        let deadline = Date(timeIntervalSinceNow: 60)
        while size(output) < bytes && process.isRunning && Date() < deadline { usleep(5_000) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    @Test func aKilledRunResumesToTheSameOutputAndIndex() throws {
        let documents = try Self.manyDocuments()
        let work = documents.deletingLastPathComponent().appendingPathComponent("work-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let reference = work.appendingPathComponent("reference.jsonl"), referenceIndex = work.appendingPathComponent("reference.sqlite")
        #expect(try CLITests.run(["batch", documents.path, "--out", reference.path, "--index", referenceIndex.path]).status == 0)

        let output = work.appendingPathComponent("out.jsonl"), index = work.appendingPathComponent("out.sqlite")
        let process = try Self.start(["batch", documents.path, "--out", output.path, "--index", index.path])
        Self.interrupt(process, when: output, exceeds: 400_000, with: SIGKILL)
        #expect(process.terminationReason == .uncaughtSignal)
        let killedAt = Self.size(output)
        #expect(killedAt < Self.size(reference))

        let resumed = try CLITests.run(["batch", documents.path, "--out", output.path, "--index", index.path, "--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("kept from the earlier run"))
        #expect(try Data(contentsOf: output) == Data(contentsOf: reference))
        for query in [["--top", "--limit", "0"], ["--court", "ksd", "--limit", "0"], ["--cites", "556 U.S. 662", "--limit", "0"]] {
            let mine = try CLITests.run(["query", "--index", index.path, "--json"] + query)
            let theirs = try CLITests.run(["query", "--index", referenceIndex.path, "--json"] + query)
            #expect(mine.status == 0)
            #expect(mine.stdout == theirs.stdout, "\(query)")
            #expect(mine.stdout.count > 100)
        }
    }

    @Test func ctrlCStopsCleanlyWithExit130() throws {
        let documents = try Self.manyDocuments()
        let output = documents.deletingLastPathComponent().appendingPathComponent("int-\(UUID().uuidString).jsonl")
        let process = try Self.start(["batch", documents.path, "--out", output.path, "--jobs", "1"])
        Self.interrupt(process, when: output, exceeds: 1, with: SIGINT)
        #expect(process.terminationStatus == 130)
        // Every line written is a whole record.
        let text = try String(decoding: Data(contentsOf: output), as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count < 1600)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        let resumed = try CLITests.run(["batch", documents.path, "--out", output.path, "--resume"])
        #expect(resumed.status == 0)
        #expect(try String(decoding: Data(contentsOf: output), as: UTF8.self).split(separator: "\n").count == 1600)
    }

    @Test func queryFormatsAndErrors() throws {
        let corpus = CLITests.root.appendingPathComponent("Corpus")
        let index = Scratch.path("q", suffix: ".sqlite")
        let inputs = ["jones-v-kansas-2012-order.txt", "dkan-2017-moreno-v-kansas-city-steak.txt"].map { corpus.appendingPathComponent($0).path }
        #expect(try CLITests.run(["batch"] + inputs + ["--index", index.path, "--out", "/dev/null"]).status == 0)
        let csv = try CLITests.run(["query", "--index", index.path, "--rule", "FRCP 26", "--csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("document,court,date,kind,text,start,end,pin,subdivision,authority,context,authority_id,signal\r\n"))
        #expect(csv.stdout.contains(",ksd,2012-11-26,rule,Federal Rule of Civil Procedure 26(f),680,717,,(f),FRCP 26,"))
        let json = try CLITests.run(["query", "--index", index.path, "--statute", "Kan. Stat. Ann. § 44-501"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == 1 && rows[0]["authority"] as? String == "Kan. Stat. Ann. § 44-501")
        #expect((rows.first?["document"] as? String)?.hasSuffix("moreno-v-kansas-city-steak.txt") == true)
        let bad = try CLITests.run(["query", "--index", index.path, "--cites", "not a cite"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("legalcite: query: not a case citation"))
        let missing = try CLITests.run(["query", "--index", "/nonexistent.sqlite", "--top"])
        #expect(missing.status != 0 && missing.stderr.split(separator: "\n").count == 1)
    }

    /// On a terminal (a pseudo-terminal from script(1)) stderr carries the live bar; piped, only
    /// the summary line.
    @Test func progressBarOnATerminalOnly() throws {
        let documents = try Self.manyDocuments()
        let output = documents.deletingLastPathComponent().appendingPathComponent("bar-\(UUID().uuidString).jsonl")
        let command = "\(CLITests.binary.path) batch \(documents.path) --out \(output.path) --jobs 1"
        let onTerminal = try CLITests.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(onTerminal.status == 0)
        #expect(onTerminal.stdout.contains("docs"))
        #expect(onTerminal.stdout.contains("MB/s"))
        #expect(onTerminal.stdout.contains("\r"))
        #expect(onTerminal.stdout.contains("legalcite: 1600 records (0 errors)"))
        let piped = try CLITests.run(["batch", documents.path, "--out", output.path, "--force"])
        #expect(piped.stderr.split(separator: "\n").count == 1)
        #expect(!piped.stderr.contains("\r"))
    }

    @Test func jsonlOnStandardInput() throws {
        let input = "{\"id\": \"a\", \"text\": \"See ECF No. 4.\"}\nnot json\n{\"id\": \"c\", \"text\": \"42 U.S.C. § 1983\"}\n"
        let result = try CLITests.run(["batch", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { ($0["source"] as! [String: Any])["name"] as? String } == ["a", "<stdin>:2", "c"])
        #expect(lines.map { $0["schema"] as? String } == ["legalcite.document/1", "legalcite.error/1", "legalcite.document/1"])
        #expect(result.stderr.hasPrefix("legalcite: 3 records (1 error)"))
    }

    @Test func aMissingInputIsADataError() throws {
        let result = try CLITests.run(["batch", "/nonexistent/folder"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("/nonexistent/folder"))
    }

    @Test func refusedRunsAreUsageErrorsAndUnwritableOutputIsAnIOError() throws {
        let corpus = CLITests.root.appendingPathComponent("Corpus")
        let jones = corpus.appendingPathComponent("jones-v-kansas-2012-order.txt").path
        let moreno = corpus.appendingPathComponent("dkan-2017-moreno-v-kansas-city-steak.txt").path
        let output = Scratch.path("refused", suffix: ".jsonl").path
        #expect(try CLITests.run(["batch", jones, "--out", output]).status == 0)
        let again = try CLITests.run(["batch", jones, "--out", output])
        #expect(again.status == 64 && again.stderr.contains("--resume"))
        let other = try CLITests.run(["batch", moreno, "--out", output, "--resume"])
        #expect(other.status == 64 && other.stderr.contains("cannot resume"))
        let unwritable = try CLITests.run(["batch", jones, "--out", "/nonexistent/dir/out.jsonl"])
        #expect(unwritable.status == 74 && unwritable.stderr.split(separator: "\n").count == 1)
    }
}
