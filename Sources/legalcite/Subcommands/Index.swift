import ArgumentParser
import Foundation
import LegalCiteBatch

/// `legalcite index --index FILE.sqlite RESULTS.jsonl…`: loads results written elsewhere.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load result lines of `extract --jsonl` (Spark parts, GNU parallel output) into an index.",
        discussion: """
            Reads each RESULTS file (- for standard input) in order: legalcite.document/1 and \
            legalcite.error/1 lines, one document each. The index is the one `batch --index` \
            writes, except that a mention's context is its own text (results do not carry the text \
            around it). A line that is not a result stops the load with its file and line number; \
            --resume then goes on after the documents already loaded. Exit codes: 0 loaded, 64 usage \
            error (also an index --force may not replace), 65 a missing input or a line that is not \
            a result, 74 I/O error, 75 the index is in use by another run.
            """)

    @Argument(help: "Result files of `legalcite extract --jsonl`, or - for standard input.")
    var results: [String] = ["-"]

    @Option(help: "The SQLite index to write.")
    var index: String

    @Flag(help: "Go on after the documents the index already holds.")
    var resume = false

    @Flag(help: "Start over even if the index exists.")
    var force = false

    func run() throws {
        do {
            let summary = try IndexLoader(inputs: results, index: index, resume: resume, force: force).run()
            var line = "legalcite: \(summary.documents) records loaded (\(summary.errors) errors) into \(index)"
            if summary.resumedFrom > 0 { line += ", after \(summary.resumedFrom) already there" }
            StandardStreams.report(line)
            if summary.duplicates > 0, let first = summary.firstDuplicate {
                StandardStreams.report("legalcite: index: warning: \(summary.duplicates) of them were in the index already (same name and SHA-256, "
                                       + "the first \(first)): its counts now hold them twice; --force starts the index over")
            }
        } catch {
            StandardStreams.report("legalcite: index: \(error)")
            throw ExitCode(ExitStatus.of(error))
        }
    }
}
