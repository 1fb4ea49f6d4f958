import Foundation
import Testing
@testable import LegalCiteBatch

/// The run's promises: one record per document in input order whatever the number of threads,
/// and a resumed run that ends with exactly what an uninterrupted one writes.
@Suite("batch runs")
struct RunTests {
    /// A folder, a zip and a JSONL file with broken members among good ones.
    static func mixedInputs() throws -> [String] {
        let folder = try Fixtures.folder()
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Corpus").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        for name in corpus { try Fixtures.write(try Fixtures.corpus(name), to: folder.appendingPathComponent("docs/\(name)")) }
        try Fixtures.write([0, 1, 2, 3], to: folder.appendingPathComponent("docs/zz-binary.txt"))
        let zip = folder.appendingPathComponent("more.zip")
        try Fixtures.archive([.file("a.txt", Fixtures.order), .symlink("b.txt", to: "a.txt"), .file("c.txt", [0xFF, 0xFE])], format: .zip, to: zip)
        let jsonl = folder.appendingPathComponent("more.jsonl")
        try Fixtures.write(Array("{\"id\": \"j1\", \"text\": \"See Fed. R. Civ. P. 12(b)(6).\"}\nnot json\n".utf8), to: jsonl)
        return [folder.appendingPathComponent("docs").path, zip.path, jsonl.path]
    }

    @Test func countInEqualsCountOutInOrderWhateverTheThreads() throws {
        let inputs = try Self.mixedInputs()
        let one = try Fixtures.run(inputs, jobs: 1)
        let four = try Fixtures.run(inputs, jobs: 4)
        let corpusDocuments = try FileManager.default.contentsOfDirectory(atPath: inputs[0]).count
        #expect(one.records.count == corpusDocuments + 3 + 2)
        #expect(one.summary.documents == one.records.count)
        // The binary file, the zip's link and non-UTF-8 member, the line that is not JSON.
        #expect(one.summary.errors == 4)
        #expect(try Data(contentsOf: one.output) == Data(contentsOf: four.output))
        #expect(one.records.last?.name == "\(inputs[2]):2")
    }

    @Test func resumeAfterATornLineWritesWhatAnUninterruptedRunWrites() throws {
        let inputs = try Self.mixedInputs()
        let reference = try Fixtures.run(inputs, index: true)
        let referenceBytes = try Data(contentsOf: reference.output)
        let lines = referenceBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for kept in [0, 1, 7, lines.count - 2] {
            // A killed run: `kept` whole records, half of the next, and an index that committed
            // more than the output holds.
            let folder = try Fixtures.folder()
            let output = folder.appendingPathComponent("out.jsonl")
            var partial = Data(lines.prefix(kept).joined(separator: [0x0A]))
            if kept > 0 { partial.append(0x0A) }
            partial.append(lines[kept].prefix(lines[kept].count / 2))
            try partial.write(to: output)
            try FileManager.default.copyItem(at: reference.output.deletingPathExtension().appendingPathExtension("sqlite"),
                                             to: folder.appendingPathComponent("out.sqlite"))

            let resumed = try Fixtures.run(inputs, index: true, resume: true, output: output)
            #expect(try Data(contentsOf: output) == referenceBytes, "resumed after \(kept) records")
            #expect(resumed.summary.resumedFrom == kept)
            #expect(resumed.summary.documents == lines.count - 1 - kept)
            let index = try IndexReader(path: folder.appendingPathComponent("out.sqlite").path)
            let all = try index.run(IndexQuery(subject: .documents, from: "0000", limit: 0))
            let referenceIndex = try IndexReader(path: reference.output.deletingPathExtension().path + ".sqlite")
            #expect(all.rows == (try referenceIndex.run(IndexQuery(subject: .documents, from: "0000", limit: 0))).rows)
        }
    }

    @Test func resumingWithOtherInputsIsRefused() throws {
        let inputs = try Self.mixedInputs()
        let first = try Fixtures.run(inputs)
        #expect(throws: BatchRunner.Failure.self) {
            _ = try Fixtures.run(Array(inputs.reversed()), resume: true, output: first.output)
        }
    }

    @Test func aStoppedRunIsConsistentAndResumable() throws {
        let inputs = try Self.mixedInputs()
        let reference = try Fixtures.run(inputs)
        let output = try Fixtures.folder().appendingPathComponent("out.jsonl")
        let runner = BatchRunner(options: .init(inputs: inputs, output: output.path, jobs: 2))
        runner.requestStop()
        let stopped = try runner.run()
        #expect(stopped.interrupted)
        #expect(try Fixtures.records(output).count == stopped.documents)
        _ = try Fixtures.run(inputs, resume: true, output: output)
        #expect(try Data(contentsOf: output) == Data(contentsOf: reference.output))
    }

    /// An output and index written inside the input folder are never read back as input.
    @Test func theRunsOwnFilesAreNotInputs() throws {
        let folder = try Fixtures.folder()
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("a.txt"))
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("b.txt"))
        let (records, _, output) = try Fixtures.run([folder.path], index: true, output: folder.appendingPathComponent("out.jsonl"))
        #expect(records.map(\.name!) == [folder.appendingPathComponent("a.txt").path, folder.appendingPathComponent("b.txt").path])
        #expect(throws: BatchRunner.Failure.self) {
            _ = try BatchRunner(options: .init(inputs: [output.path], output: output.path, force: true)).run()
        }
    }

    @Test func anExistingOutputIsNotOverwrittenWithoutForce() throws {
        let inputs = try Self.mixedInputs()
        let first = try Fixtures.run(inputs)
        #expect(throws: BatchRunner.Failure.self) { _ = try Fixtures.run(inputs, output: first.output) }
    }
}

/// The progress line's pieces.
@Suite("progress bar")
struct ProgressBarTests {
    @Test func numbersAndDurations() {
        #expect(ProgressBar.grouped(0) == "0")
        #expect(ProgressBar.grouped(999) == "999")
        #expect(ProgressBar.grouped(1_000) == "1,000")
        #expect(ProgressBar.grouped(16_000_000) == "16,000,000")
        #expect(ProgressBar.duration(59.4) == "0:59")
        #expect(ProgressBar.duration(61) == "1:01")
        #expect(ProgressBar.duration(3_725) == "1:02:05")
        #expect(ProgressBar.megabytes(65_500_000) == "65.5")
    }
}
