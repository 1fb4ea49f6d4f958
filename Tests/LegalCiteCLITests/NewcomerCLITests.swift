import Foundation
import Testing

/// Issue 16: what a new user ran into outside `query` (names, standard input, compressed and
/// non-text files, help texts, loading results twice), each now answered plainly.
@Suite("a newcomer's slips, issue 16", .serialized)
struct NewcomerCLITests {
    static let jones = FaultCLITests.jones

    static func records(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    static func name(_ record: [String: Any]) -> String? { (record["source"] as? [String: Any])?["name"] as? String }

    @Test func aCompressedCopyBesideItsDocumentHasItsOwnNameAndHiddenFilesAreNoDocuments() throws {
        let folder = try FaultCLITests.folder()
        let text = try Data(contentsOf: URL(fileURLWithPath: Self.jones))
        try text.write(to: folder.appendingPathComponent("a.txt"))
        #expect(try CLITests.runProgram("/bin/sh", ["-c", "gzip -c '\(folder.path)/a.txt' > '\(folder.path)/a.txt.gz'"]).status == 0)
        try Data("x".utf8).write(to: folder.appendingPathComponent(".DS_Store"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("[core]\n".utf8).write(to: folder.appendingPathComponent(".git/config"))
        let run = try CLITests.run(["batch", folder.path, "--out", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let names = Self.records(run.stdout).compactMap(Self.name)
        #expect(names == ["\(folder.path)/a.txt", "\(folder.path)/a.txt.gz"])
        // Named as an input, a hidden file is read.
        let named = try CLITests.run(["batch", folder.appendingPathComponent(".git/config").path, "--out", "-"])
        #expect(Self.records(named.stdout).count == 1)
    }

    @Test func extractReadsACompressedDocumentAndNamesErrorsAsDocuments() throws {
        let folder = try FaultCLITests.folder()
        let gz = folder.appendingPathComponent("order.txt.gz").path
        #expect(try CLITests.runProgram("/bin/sh", ["-c", "gzip -c '\(Self.jones)' > '\(gz)'"]).status == 0)
        let plain = try CLITests.run(["extract", "--jsonl", Self.jones])
        let compressed = try CLITests.run(["extract", "--jsonl", gz, "/nonexistent/folder/b.txt"])
        #expect(compressed.status == 65)
        let records = Self.records(compressed.stdout)
        #expect(records.count == 2)
        #expect(Self.name(records[0]) == "order.txt.gz" && (records[0]["citations"] as? [Any])?.count == 12)
        #expect((Self.records(plain.stdout)[0]["citations"] as? [Any])?.count == 12)
        // A document is named by its file's name; so is the error record of one that failed.
        #expect(Self.name(records[1]) == "b.txt")
        #expect(compressed.stderr == "legalcite: /nonexistent/folder/b.txt: no such file\n")
    }

    @Test func standardInputHasAName() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: Self.jones))
        let extracted = try CLITests.run(["extract", "--jsonl"], stdin: text)
        #expect(Self.name(Self.records(extracted.stdout)[0]) == "<stdin>")
        let folder = try FaultCLITests.folder()
        let index = folder.appendingPathComponent("i.sqlite").path
        let loaded = try CLITests.run(["index", "--index", index, "-"], stdin: Data(extracted.stdout.utf8))
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let query = try CLITests.run(["query", "--index", index, "--judge", "Waxse", "--csv"])
        #expect(query.stdout.split(separator: "\r\n").dropFirst().first?.hasPrefix("<stdin>,ksd,2012-11-26,") == true, "\(query.stdout)")
    }

    @Test func aDocumentPipedToBatchIsOneClearError() throws {
        let text = try Data(contentsOf: URL(fileURLWithPath: Self.jones))
        let run = try CLITests.run(["batch", "-", "--out", "-"], stdin: text)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("legalcite: batch: <stdin>: not JSONL") && run.stderr.contains("legalcite extract"), "\(run.stderr)")
        #expect(FaultCLITests.oneLine(run.stderr))
    }

    @Test func aPDFOrUTF16FileSaysWhatToDo() throws {
        let folder = try FaultCLITests.folder()
        try Data("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj\n".utf8 + [0, 1, 2, 3]).write(to: folder.appendingPathComponent("order.pdf"))
        let text = try String(contentsOfFile: Self.jones, encoding: .utf8)
        try text.data(using: .utf16)!.write(to: folder.appendingPathComponent("order-utf16.txt"))
        try text.data(using: .utf16LittleEndian)!.write(to: folder.appendingPathComponent("order-utf16le.txt"))
        let paths = ["order.pdf", "order-utf16.txt", "order-utf16le.txt"].map { folder.appendingPathComponent($0).path }
        let extract = try CLITests.run(["extract"] + paths)
        #expect(extract.status == 65)
        let lines = extract.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        // A PDF is read as one (issue 18): this one, a header and a few bytes, is cut short.
        #expect(lines[0].hasSuffix("PDF: truncated (the file ends before its %%EOF); not read"), "\(lines[0])")
        #expect(lines[1].contains("UTF-16 text") && lines[1].contains("iconv -f UTF-16 -t UTF-8"), "\(lines[1])")
        #expect(lines[2].contains("UTF-16 text"), "\(lines[2])")
        let batch = try CLITests.run(["batch"] + paths + ["--out", "-"])
        let errors = Self.records(batch.stdout).compactMap { $0["error"] as? String }
        #expect(errors.count == 3 && errors[0].hasPrefix("PDF: truncated") && errors[1].hasPrefix("UTF-16") && errors[2].hasPrefix("UTF-16"))
    }

    @Test func loadingTheSameResultsTwiceIsSaid() throws {
        let folder = try FaultCLITests.folder()
        let results = folder.appendingPathComponent("r.jsonl")
        try Data(try CLITests.run(["extract", "--jsonl", Self.jones, FaultCLITests.moreno]).stdout.utf8).write(to: results)
        let index = folder.appendingPathComponent("i.sqlite").path
        let once = try CLITests.run(["index", "--index", index, results.path])
        #expect(once.status == 0 && FaultCLITests.oneLine(once.stderr))
        let again = try CLITests.run(["index", "--index", index + "2", results.path, results.path])
        #expect(again.status == 0)
        let lines = again.stderr.split(separator: "\n")
        #expect(lines.count == 2 && lines[1].contains("warning: 2 of them were in the index already"), "\(again.stderr)")
        #expect(lines[1].contains("jones-v-kansas-2012-order.txt"))
    }

    @Test func helpTextsSayEachDefaultOnce() throws {
        let help = try CLITests.run(["batch", "--help"])
        let jobs = try #require(help.stdout.split(separator: "\n").first { $0.hasPrefix("  --jobs <jobs>") })
        #expect(jobs.components(separatedBy: "default").count == 2, "\(jobs)")
    }

    /// `legalcite` alone on a terminal (a pseudo-terminal from script(1)) says that it reads a
    /// document from standard input instead of waiting in silence.
    @Test func bareLegalciteOnATerminalSaysItWaits() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let run = try CLITests.runProgram("/usr/bin/script", ["-qec", "timeout 3 \(CLITests.binary.path)", "/dev/null"])
        #expect(run.stdout.contains("legalcite: reading a document from standard input (end it with Ctrl-D"), "\(run.stdout)")
        let piped = try CLITests.run([], stdin: try Data(contentsOf: URL(fileURLWithPath: Self.jones)))
        #expect(piped.status == 0 && piped.stderr.isEmpty)
    }
}

/// `eval` given a folder it cannot score: one line and exit 65, never a Cocoa error or the usage
/// text; misses read as text.
@Suite("eval's errors, issue 16")
struct EvalErrorTests {
    @Test func aFolderWithoutExpectationsOrOutsideTheRepoIsOneLine() throws {
        let folder = try FaultCLITests.folder()
        try Data(contentsOf: URL(fileURLWithPath: FaultCLITests.jones)).write(to: folder.appendingPathComponent("order.txt"))
        // `eval` outside the repository: its default folder, Corpus, is not there.
        let outside = try CLITests.runProgram("/bin/sh", ["-c", "cd '\(folder.path)' && '\(CLITests.binary.path)' eval"])
        #expect(outside.status == 65 && outside.stderr == "legalcite: eval: no such folder: Corpus\n", "\(outside.stderr)")
        let orders = try CLITests.run(["eval", folder.path])
        #expect(orders.status == 65 && FaultCLITests.oneLine(orders.stderr), "\(orders.stderr)")
        #expect(orders.stderr.contains("no .expected.json files") && !orders.stderr.contains("Usage"))
        try Data("nope".utf8).write(to: folder.appendingPathComponent("order.expected.json"))
        let broken = try CLITests.run(["eval", folder.path])
        #expect(broken.status == 65 && broken.stderr == "legalcite: eval: \(folder.path)/order.expected.json: not a JSON object\n", "\(broken.stderr)")
        try Data(#"{"source": {"name": "gone.txt"}}"#.utf8).write(to: folder.appendingPathComponent("order.expected.json"))
        let gone = try CLITests.run(["eval", folder.path])
        #expect(gone.status == 65 && gone.stderr.hasSuffix("order.expected.json: cannot read gone.txt\n") && !gone.stderr.contains("Usage"))
    }

    @Test func missesAreText() throws {
        let folder = try FaultCLITests.folder()
        try Data(contentsOf: URL(fileURLWithPath: FaultCLITests.jones)).write(to: folder.appendingPathComponent("order.txt"))
        let expected = #"""
            {"source": {"name": "order.txt"}, "caption": {"court": {"id": "ksd"}, "title": "MEMORANDUM",
             "parties": [{"name": "Clifton Jerel Jones", "role": "plaintiff"}, {"name": "Nobody", "role": "defendant"}]},
             "citations": [{"kind": "case", "text": "1 U.S. 1", "span": [0, 8]}]}
            """#
        try Data(expected.utf8).write(to: folder.appendingPathComponent("order.expected.json"))
        let run = try CLITests.run(["eval", "--verbose", folder.path])
        let misses = run.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(!misses.isEmpty, "\(run.stdout)")
        #expect(misses.contains("- order.txt: caption.title expected \"MEMORANDUM\", got \"ORDER\""), "\(misses)")
        #expect(misses.contains { $0.hasPrefix("- order.txt: missed case 1 U.S. 1") }, "\(misses)")
        #expect(!misses.contains { $0.contains("[\"") || $0.contains("AnyHashable") || $0.contains("Optional(") }, "\(misses)")
    }
}
