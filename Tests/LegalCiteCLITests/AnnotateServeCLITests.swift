import Foundation
import LegalCiteTestSupport
import Testing

/// `legalcite annotate` and `legalcite serve` as the binary runs them: output, exit codes and
/// error lines.
@Suite("annotate and serve on the command line")
struct AnnotateServeCLITests {
    static let jones = CLITests.root.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt").path

    @Test func annotateWritesAStandalonePage() throws {
        let run = try CLITests.run(["annotate", Self.jones])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("<style>"))
        #expect(!run.stdout.contains("<link"))
        // The 12 mentions of the expected JSON.
        #expect(run.stdout.components(separatedBy: "class=\"cite cite-").count - 1 == 12)
        #expect(run.stdout.contains("<h1 class=\"title\">ORDER</h1>"))
    }

    @Test func annotateToMarkdownFromStandardInput() throws {
        let run = try CLITests.run(["annotate", "--to", "markdown"], stdin: Data("See 42 U.S.C. § 1983 and *Id.*\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("See [42 U\\.S\\.C\\. § 1983](#authority-0 "))
        #expect(run.stdout.contains("- <a id=\"authority-0\"></a>**statute** 42 U\\.S\\.C\\. § 1983 `usc/42/1983` — 2 mentions"))
    }

    @Test func annotateSeveralFilesIntoAFolder() throws {
        let folder = Scratch.path("annotate")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let moreno = CLITests.root.appendingPathComponent("Corpus/dkan-2017-moreno-v-kansas-city-steak.txt").path
        let run = try CLITests.run(["annotate", Self.jones, moreno, "--out", folder.path])
        #expect(run.status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(written == ["dkan-2017-moreno-v-kansas-city-steak.html", "jones-v-kansas-2012-order.html"])
        let one = try CLITests.run(["annotate", Self.jones, "--to", "markdown", "--out", folder.appendingPathComponent("j.md").path])
        #expect(one.status == 0 && one.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("j.md"), encoding: .utf8).hasPrefix("# ORDER\n"))
    }

    @Test func annotateDrawsAGivenResult() throws {
        let text = "IT IS ORDERED that the motion (ECF No. 21) is denied.\n"
        let file = try CLITests.temporaryFile(Array(text.utf8), name: "order.txt")
        let extracted = try CLITests.run(["extract", file.path])
        var object = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        // A ruling, as the JSON will carry it (OUTPUT.md, "Fields to add"), over the whole sentence.
        object["rulings"] = [["motion": "motion", "docket_entry": "21", "disposition": "denied", "span": [0, 53]]]
        let json = try CLITests.temporaryFile(Array(try JSONSerialization.data(withJSONObject: object)), name: "order.json")
        let run = try CLITests.run(["annotate", file.path, "--json", json.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<mark class=\"ruling\" id=\"ruling-0\""))
        #expect(run.stdout.contains("<span class=\"disposition\">denied</span> — motion (ECF No. 21)"))
        let other = try CLITests.temporaryFile(Array("Something else entirely, longer than the order was.\n".utf8), name: "other.txt")
        let refused = try CLITests.run(["annotate", other.path, "--json", json.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("the result is not of this text"))
    }

    @Test func annotateFaultsHaveTheirExitCodes() throws {
        let missing = try CLITests.run(["annotate", "/nonexistent/order.txt"])
        #expect(missing.status == 65)
        #expect(missing.stderr == "legalcite: /nonexistent/order.txt: no such file\n")
        let notUTF8 = try CLITests.temporaryFile([0x61, 0xFF, 0x0A], name: "bad.txt")
        #expect(try CLITests.run(["annotate", notUTF8.path]).status == 65)
        let several = try CLITests.run(["annotate", Self.jones, Self.jones])
        #expect(several.status == 64)
        #expect(several.stderr.contains("several inputs need --out DIR"))
        #expect(try CLITests.run(["annotate", "--to", "pdf", Self.jones]).status == 64)
        let copy = try CLITests.temporaryFile(Array("See ECF No. 4.\n".utf8), name: "order.txt")
        let itself = try CLITests.run(["annotate", copy.path, "--out", copy.path])
        #expect(itself.status == 64)
        #expect(try String(contentsOf: copy, encoding: .utf8) == "See ECF No. 4.\n")
        #expect(try CLITests.run(["annotate", Self.jones, "--out", "/nonexistent/dir/x.html"]).status == 74)
    }

    @Test func serveRefusesWhatItCannotServe() throws {
        let missing = try CLITests.run(["serve", "--index", "/nonexistent/cites.sqlite"])
        #expect(missing.status == 65)
        #expect(missing.stderr.hasPrefix("legalcite: serve: /nonexistent/cites.sqlite: cannot read the index"))
        let foreign = try CLITests.temporaryFile(Array("not sqlite".utf8), name: "cites.sqlite")
        let refused = try CLITests.run(["serve", "--index", foreign.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("not a legalcite index"))
        #expect(try CLITests.run(["serve", "--index", foreign.path, "--port", "70000"]).status == 64)
    }

    @Test func serveListensOnLoopbackAndStopsOnSIGTERM() throws {
        let folder = Scratch.path("serve-cli")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let index = folder.appendingPathComponent("cites.sqlite").path
        let batch = try CLITests.run(["batch", Self.jones, "--out", folder.appendingPathComponent("out.jsonl").path, "--index", index])
        #expect(batch.status == 0)
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["serve", "--index", index, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The first line names the address: loopback, the port the system chose.
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix("legalcite: serving \(index) at http://127.0.0.1:"))
        #expect(!text.contains(":0/"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: index + "-shm"))
    }
}
