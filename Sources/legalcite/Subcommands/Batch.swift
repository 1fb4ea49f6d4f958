import ArgumentParser
import Foundation
import LegalCite
import LegalCiteBatch

/// `legalcite batch INPUT… --out FILE.jsonl [--index FILE.sqlite] [--jobs N] [--resume]`.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract from folders, archives and JSONL files on every core, in order, resumably.",
        discussion: """
            INPUTs are folders (walked recursively in name order), .zip and .tar/.tar.gz/.tar.bz2/.tar.xz \
            archives (read as streams, never unpacked), .jsonl files of {"id", "text"} lines, .gz files, \
            plain documents, or - for JSONL on standard input. One record is written per document, in \
            input order; a document that cannot be read gets an error record ({"schema": \
            "legalcite.error/1", …}) and the run goes on. Ctrl-C or SIGTERM stops cleanly after \
            writing what was read; --resume continues where the output (or index) ends. --force \
            replaces only a legalcite output or index, never a folder, a device, another program's \
            file or an input. Exit codes: 0 done (error records included), 64 usage error (also a \
            refused output or index), 65 a missing input, 74 I/O error, 75 the output or index is \
            in use by another run, 130 interrupted.
            """)

    @Argument(help: "Folders, archives, JSONL files, documents, or - for JSONL on standard input.")
    var inputs: [String]

    @Option(help: "Output JSONL file (- for standard output).")
    var out: String = "-"

    @Option(help: "Also write the records into this SQLite index, for `legalcite query`.")
    var index: String?

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Flag(help: "Continue an interrupted run: keep the records already written, skip their documents.")
    var resume = false

    @Flag(help: "Start over even if the output or index already holds records.")
    var force = false

    @Option(help: "Input markup: auto, text or html.")
    var format: TextFormat = .auto

    @Option(help: "Documents (files, members, JSONL lines) larger than this get an error record.")
    var maxBytes: Int = 64 << 20

    @Option(help: "Bytes decompressed from one archive at most (zip bombs).")
    var maxArchiveBytes: Int64 = 64 << 30

    @Flag(help: "No progress bar, even on a terminal.")
    var quiet = false

    @Flag(help: "Read PDF pages without a text layer (scans) with Tesseract, where it is installed.")
    var ocr = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if maxBytes < 1 || maxArchiveBytes < 1 { throw ValidationError("limits must be positive.") }
        if resume && force { throw ValidationError("--resume and --force contradict each other.") }
        if resume && out == "-" && index == nil { throw ValidationError("--resume needs --out FILE or --index FILE to resume from.") }
    }

    func run() throws {
        do { try InputReader(paths: inputs, limits: InputLimits()).validate() } catch {
            StandardStreams.report("legalcite: batch: \(error)")
            throw ExitCode(ExitStatus.dataError)
        }
        var options = BatchRunner.Options(
            inputs: inputs, output: out, index: index, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, resume: resume, force: force,
            limits: InputLimits(maxDocumentBytes: maxBytes, maxArchiveBytes: maxArchiveBytes), format: format,
            progress: !quiet && isatty(2) != 0)
        options.ocr = ocr
        let runner = BatchRunner(options: options)
        let signals = Interruption.install { runner.requestStop() }
        defer { withExtendedLifetime(signals) {} }
        let summary: BatchRunner.Summary
        do {
            summary = try runner.run()
        } catch {
            StandardStreams.report("legalcite: batch: \(error)")
            throw ExitCode(ExitStatus.of(error))
        }
        let seconds = max(summary.seconds, 0.001)
        let errors = summary.errors == 1 ? "1 error" : "\(summary.errors) errors"
        var line = "legalcite: \(summary.documents) records (\(errors)) in \(String(format: "%.2f", summary.seconds)) s, "
            + "\(String(format: "%.1f", Double(summary.bytes) / 1e6)) MB at \(String(format: "%.1f", Double(summary.bytes) / seconds / 1e6)) MB/s"
        if summary.resumedFrom > 0 { line += ", after \(summary.resumedFrom) kept from the earlier run" }
        if summary.interrupted { line += "; interrupted: run again with --resume to continue" }
        StandardStreams.report(line)
        if summary.interrupted { throw ExitCode(130) }
    }
}

/// Ctrl-C and SIGTERM ask the run to stop cleanly; a second one ends the process at once.
enum Interruption {
    static func install(_ stop: @escaping @Sendable () -> Void) -> [DispatchSourceSignal] {
        let count = Counter()
        return [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if count.increment() > 1 { exit(130) }
                stop()
            }
            source.resume()
            return source
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int { lock.withLock { value += 1; return value } }
    }
}
