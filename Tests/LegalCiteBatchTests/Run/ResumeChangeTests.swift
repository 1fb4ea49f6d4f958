import Foundation
import Testing
@testable import LegalCiteBatch

/// A resumed run checked only the name of the last record it kept: an input changed since the
/// first run kept its stale record. Every kept record is now checked against what the inputs
/// give at its place (name, size and SHA-256), and from the first that differs the run is redone.
@Suite("resume after a change")
struct ResumeChangeTests {
    @Test func aChangedInputIsRedoneNotKept() throws {
        let folder = try Fixtures.folder()
        let docs = folder.appendingPathComponent("docs")
        for number in 0..<5 {
            try Fixtures.write(Fixtures.order + Array("Order \(number).\n".utf8), to: docs.appendingPathComponent("d\(number).txt"))
        }
        let first = try Fixtures.run([docs.path], index: true)
        // The run was stopped after four records; then d1.txt was rewritten.
        let lines = try Data(contentsOf: first.output).split(separator: 0x0A)
        try (Data(lines.prefix(4).joined(separator: [0x0A])) + [0x0A]).write(to: first.output)
        try Fixtures.write(Array("See 42 U.S.C. § 1983.\n".utf8), to: docs.appendingPathComponent("d1.txt"))

        let resumed = try Fixtures.run([docs.path], index: true, resume: true, output: first.output)
        let fresh = try Fixtures.run([docs.path], index: true)
        #expect(try Data(contentsOf: first.output) == Data(contentsOf: fresh.output))
        #expect(resumed.summary.resumedFrom == 1)
        #expect(resumed.summary.documents == 4)
        #expect(resumed.records[1].citationCount == 1)
        let index = try IndexReader(path: first.output.deletingPathExtension().path + ".sqlite")
        let freshIndex = try IndexReader(path: fresh.output.deletingPathExtension().path + ".sqlite")
        let all = IndexQuery(subject: .documents, from: "0000", limit: 0)
        #expect(try index.run(all).rows == freshIndex.run(all).rows)
    }

    /// The same size is not enough: the content is compared by its SHA-256.
    @Test func aChangeOfTheSameSizeIsSeen() throws {
        let folder = try Fixtures.folder()
        let docs = folder.appendingPathComponent("docs")
        try Fixtures.write(Array("See ECF No. 21.\n".utf8), to: docs.appendingPathComponent("a.txt"))
        try Fixtures.write(Array("See ECF No. 22.\n".utf8), to: docs.appendingPathComponent("b.txt"))
        let first = try Fixtures.run([docs.path])
        try Fixtures.write(Array("See ECF No. 99.\n".utf8), to: docs.appendingPathComponent("a.txt"))
        let resumed = try Fixtures.run([docs.path], resume: true, output: first.output)
        #expect(resumed.summary.resumedFrom == 0)
        #expect(resumed.records.count == 2)
        #expect((resumed.records[0]["citations"] as? [[String: Any]])?.first?["text"] as? String == "ECF No. 99")
        // Unchanged inputs are still skipped.
        let again = try Fixtures.run([docs.path], resume: true, output: first.output)
        #expect(again.summary.resumedFrom == 2 && again.summary.documents == 0)
    }
}
