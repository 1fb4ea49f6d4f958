import Foundation
import LegalCiteTestSupport
import Testing

/// End-to-end: the built `legalcite` binary, its output, exit codes and error lines.
@Suite("legalcite command line")
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["LEGALCITE_BIN"] { return URL(fileURLWithPath: path) }
        let candidates = [Bundle.main.bundleURL.appendingPathComponent("legalcite")] + ["debug", "release"].map {
            root.appendingPathComponent(".build/\($0)/legalcite")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        try runProgram(binary.path, arguments, stdin: stdin)
    }

    static func runProgram(_ path: String, _ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8], name: String) throws -> URL {
        let directory = Scratch.path("cli")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func extractsTheSeedOrder() throws {
        let result = try Self.run(["extract", Self.root.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt").path])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["schema"] as? String == "legalcite.document/1")
        #expect((json["citations"] as? [Any])?.count == 12)
        #expect(((json["caption"] as? [String: Any])?["court"] as? [String: Any])?["id"] as? String == "ksd")
    }

    @Test func aFailedInputLeavesTheArrayValid() throws {
        let seed = Self.root.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt").path
        let result = try Self.run(["extract", "/nonexistent/order.txt", seed])
        #expect(result.status == 65)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(json?.count == 1, "one document in a valid array, no dangling comma: \(result.stdout.prefix(40))")
    }

    @Test func aFullDiskIsOneLineOnStderrAndExit74() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["extract", Self.root.appendingPathComponent("Corpus/jones-v-kansas-2012-order.txt").path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(err.hasPrefix("legalcite: standard output: write failed"), "\(err)")
        #expect(err.split(separator: "\n").count == 1)
    }

    @Test func readsStandardInput() throws {
        let result = try Self.run(["extract"], stdin: Data("See ECF No. 21 and 42 U.S.C. § 1983.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"text\": \"ECF No. 21\""))
        #expect(result.stdout.contains("\"text\": \"42 U.S.C. § 1983\""))
    }

    @Test func invalidUTF8IsAOneLineErrorAndExit65() throws {
        let file = try Self.temporaryFile([0x41, 0xFF, 0x42], name: "bad.txt")
        let result = try Self.run(["extract", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(result.stdout.isEmpty)
    }

    @Test func usageErrorIsExit64() throws {
        let result = try Self.run(["extract", "--format", "pdf"])
        #expect(result.status == 64)
    }

    @Test func jsonlKeepsCountAndOrderWithErrorRecords() throws {
        let good = try Self.temporaryFile(Array("Fed. R. Civ. P. 26(f)".utf8), name: "good.txt")
        let bad = try Self.temporaryFile([0x00, 0x01, 0x02], name: "binary.txt")
        let result = try Self.run(["extract", "--jsonl", good.path, bad.path, good.path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].contains("legalcite.document/1"))
        #expect(lines[1].contains("legalcite.error/1") && lines[1].contains("binary"))
        #expect(lines[2].contains("legalcite.document/1"))
    }

    @Test func mapperContract() throws {
        let input = """
            {"id": "a", "text": "See ECF No. 1."}
            not json
            {"id": 7, "body": "no text field"}
            {"id": "d", "text": "Rule 26(f)"}

            """
        let result = try Self.run(["extract", "--input", "jsonl", "--jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 4)
        #expect(lines.map { ($0["source"] as! [String: Any])["name"] as? String } == ["a", "line 2", "7", "d"])
        #expect(lines.map { $0["schema"] as? String } == ["legalcite.document/1", "legalcite.error/1", "legalcite.error/1", "legalcite.document/1"])
    }
}
