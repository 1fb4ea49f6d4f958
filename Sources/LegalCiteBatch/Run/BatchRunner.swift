import Foundation
import LegalCite

/// `legalcite batch`: reads every input in order, extracts on `jobs` threads, and writes one
/// record per document, in input order, to the output file (and the index), with checkpoints
/// that `--resume` continues from.
///
/// Threads: one reader (archives and folders are read sequentially), `jobs` workers, and the
/// caller's thread as the only writer of the output file and the SQLite index.
public final class BatchRunner: @unchecked Sendable {
    public struct Options: Sendable {
        public var inputs: [String]
        /// nil: standard output.
        public var output: String?
        public var index: String?
        public var jobs: Int
        public var resume: Bool
        /// Start over even when the output or index already holds records.
        public var force: Bool
        public var limits: InputLimits
        public var format: TextFormat
        public var progress: Bool
        /// Bytes of text either side of a mention kept in the index as its context.
        public var contextWidth: Int
        /// PDF pages without a text layer read by Tesseract (`--ocr`).
        public var ocr = false

        public init(inputs: [String], output: String?, index: String? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                    resume: Bool = false, force: Bool = false, limits: InputLimits = InputLimits(), format: TextFormat = .auto,
                    progress: Bool = false, contextWidth: Int = 80) {
            self.inputs = inputs
            self.output = output
            self.index = index
            self.jobs = jobs
            self.resume = resume
            self.force = force
            self.limits = limits
            self.format = format
            self.progress = progress
            self.contextWidth = contextWidth
        }
    }

    public struct Summary: Sendable {
        /// Records written by this run (documents and errors).
        public var documents = 0
        public var errors = 0
        /// Records an earlier run had written, which a resumed run kept.
        public var resumedFrom = 0
        /// Text bytes read.
        public var bytes: Int64 = 0
        public var seconds = 0.0
        public var interrupted = false
    }

    public struct Failure: Error, CustomStringConvertible {
        public enum Kind: Sendable {
            /// The request cannot be carried out as asked (other inputs on `--resume`, an output
            /// that already holds records, a file `--force` may not replace).
            case usage
            /// An input is missing or unreadable (`legalcite index`'s result files).
            case input
            /// Reading or writing failed.
            case io
            /// Another run holds the output or index.
            case inUse
        }

        public let description: String
        public var kind = Kind.io
    }

    private let options: Options
    private let stopLock = NSLock()
    private var stopRequested = false

    public init(options: Options) {
        self.options = options
    }

    /// Stops reading; what was read is still written, then the run ends with a checkpoint.
    public func requestStop() {
        stopLock.withLock { stopRequested = true }
    }

    private var shouldStop: Bool { stopLock.withLock { stopRequested } }

    public func run() throws -> Summary {
        let started = Date()
        // Before anything is opened for writing: an input named as output or index is refused
        // (inside an input folder, the check of what the file holds refuses it).
        let own = ownFiles()
        if let input = options.inputs.first(where: { FileIdentity(path: $0).map(own.contains) ?? false }) {
            throw Failure(description: "\(input) is this run's own output or index, not an input", kind: .usage)
        }
        let (output, resumeAt, stamps) = try openOutput()
        let index = try openIndex(resumeAt: resumeAt, outputIsFile: !output.isStandardOutput)
        let skip = output.isStandardOutput ? (index?.skip ?? 0) : resumeAt
        // A resumed output's every record is checked against the input now at its place; an
        // index resumed alone (the output went to standard output) knows only its last name.
        let outputPath = options.output ?? "-"
        let check: ItemSink.Check
        if output.isStandardOutput {
            let expected = index?.lastName
            check = { sequence, name, _ in
                if sequence == skip - 1, let expected, name != expected {
                    throw ResumeMismatch(sequence: sequence, expected: expected, actual: name)
                }
                return true
            }
        } else {
            check = { sequence, name, payload in
                guard let match = stamps[sequence].matches(name: name, payload) else {
                    let expected = RecordFile.name(ofRecord: sequence, in: outputPath) ?? "?"
                    let actual: String
                    if case .jsonLine(let line) = payload, case .document(let decoded, _) = JSONLDocument.decode(line, fallbackName: name) {
                        actual = decoded
                    } else {
                        actual = name
                    }
                    throw ResumeMismatch(sequence: sequence, expected: expected, actual: actual)
                }
                return match.same
            }
        }

        // Work travels in chunks of documents (up to 64 of them or 256 KB), so that threads meet
        // once per chunk rather than once per document.
        let queue = OrderedWorkQueue<[InputItem], [ProcessedRecord]>(window: max(4, options.jobs * 4), byteBudget: 256 << 20)
        var pdfLimits = PDFReader.Limits()
        pdfLimits.ocr = options.ocr
        let processor = DocumentProcessor(extractor: try Extractor(), options: Extractor.Options(format: options.format, maxBytes: options.limits.maxDocumentBytes),
                                          indexing: index != nil, contextWidth: options.contextWidth, pdfLimits: pdfLimits)
        let threads = DispatchGroup()
        let readerError = ErrorBox()
        var reader = InputReader(paths: options.inputs, limits: options.limits)
        reader.excluded = ownFiles()
        let ownReader = reader
        spawn(threads) { [self] in
            var chunk: [InputItem] = []
            var chunkBytes = 0
            var chunks = 0
            func submit() {
                guard !chunk.isEmpty else { return }
                queue.submit(chunk, sequence: chunks, bytes: chunkBytes)
                chunks += 1
                chunk = []
                chunkBytes = 0
            }
            let sink = ItemSink(skip: skip, check: check) { item in
                if self.shouldStop { return false }
                chunk.append(item)
                chunkBytes += item.size
                if chunk.count >= 64 || chunkBytes >= 256 << 10 { submit() }
                return true
            }
            do {
                try ownReader.read(into: sink)
            } catch is ItemSink.Stopped {
            } catch {
                readerError.set(error)
            }
            submit()
            queue.close()
        }
        for _ in 0..<max(1, options.jobs) {
            spawn(threads) {
                while let (sequence, items) = queue.take() { queue.finish(sequence, items.map(processor.process)) }
            }
        }
        let total = TotalBox()
        if options.progress {
            DispatchQueue.global(qos: .utility).async { total.set(ownReader.totalBytes()) }
        }

        var summary = Summary()
        summary.resumedFrom = skip
        let progress = ProgressBar(enabled: options.progress)
        var consumed: Int64 = 0
        var sinceCheckpoint = 0
        var lastCheckpoint = Date()
        func checkpoint() throws {
            try index?.writer.commit()
            try output.flush()
            sinceCheckpoint = 0
            lastCheckpoint = Date()
        }
        var writeError: Error?
        var first = true
        loop: while true {
            switch queue.next(timeout: 0.2) {
            case .done:
                break loop
            case .timedOut:
                break
            case .result(let records):
                if first, let record = records.first, writeError == nil {
                    first = false
                    // A resumed run that met a changed input redoes the run from it: the
                    // output and the index are cut back to the records before it.
                    if record.sequence < skip {
                        do {
                            try output.cut(keeping: record.sequence)
                            try index?.writer.truncate(from: record.sequence)
                        } catch { writeError = error; requestStop() }
                        summary.resumedFrom = record.sequence
                    }
                }
                for record in records where writeError == nil {
                    output.append(record.line)
                    do {
                        if let index, let rows = record.index { try index.writer.add(rows, sequence: record.sequence) }
                    } catch {
                        writeError = error
                        requestStop()
                    }
                    summary.documents += 1
                    if record.failed { summary.errors += 1 }
                    summary.bytes += Int64(record.bytes)
                    consumed = max(consumed, record.consumed)
                    sinceCheckpoint += 1
                }
            }
            if writeError == nil && (sinceCheckpoint >= 512 || output.buffered >= 8 << 20
                || (sinceCheckpoint > 0 && Date().timeIntervalSince(lastCheckpoint) >= 1)) {
                do { try checkpoint() } catch { writeError = error; requestStop() }
            }
            progress.draw(documents: summary.documents + summary.resumedFrom, errors: summary.errors, bytes: summary.bytes,
                          consumed: consumed, total: total.value)
        }
        threads.wait()
        if writeError == nil {
            do {
                try checkpoint()
                try index?.writer.close()
            } catch { writeError = error }
        }
        progress.finish()
        if let writeError { throw Failure(description: "\(writeError)") }
        if let error = readerError.value { throw Failure(description: "\(error)", kind: error is ResumeMismatch ? .usage : error is JSONLReader.NotJSONL ? .input : .io) }
        summary.interrupted = shouldStop
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The run's output and index files (with SQLite's companions), which are never inputs.
    /// Devices and pipes (`/dev/null`, a FIFO) are no file of the run's own.
    private func ownFiles() -> Set<FileIdentity> {
        let paths = [options.output].compactMap { $0 } + (options.index.map { [$0, $0 + "-wal", $0 + "-shm", $0 + "-journal"] } ?? [])
        return Set(paths.compactMap { path -> FileIdentity? in
            var status = stat()
            guard path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
            return FileIdentity(status)
        })
    }

    private func spawn(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func openOutput() throws -> (RecordFile, Int, [RecordStamp]) {
        guard let path = options.output, path != "-" else { return (RecordFile(), 0, []) }
        switch Occupant.ofOutput(path) {
        case .stream:
            // A device or pipe (/dev/null, a FIFO): written to, never resumed from.
            return (try RecordFile(stream: path), 0, [])
        case .foreign(let reason):
            throw Failure(description: Occupant.refusal(path, reason, of: "output"), kind: .usage)
        case .ours where options.resume:
            let resumed = try RecordFile.resume(path)
            return (resumed.file, resumed.records, resumed.stamps)
        case .ours where !options.force:
            throw Failure(description: "\(path) already holds records: --resume to continue that run, --force to start over", kind: .usage)
        case .ours, .empty, .none:
            return (try RecordFile(creating: path), 0, [])
        }
    }

    private struct OpenIndex {
        let writer: IndexWriter
        let skip: Int
        let lastName: String?
    }

    private func openIndex(resumeAt: Int, outputIsFile: Bool) throws -> OpenIndex? {
        guard let path = options.index else { return nil }
        let writer = try IndexWriter.open(path, resume: options.resume, force: options.force)
        guard options.resume else { return OpenIndex(writer: writer, skip: 0, lastName: nil) }
        if outputIsFile {
            try writer.truncate(from: resumeAt)
            let count = try writer.documentCount()
            guard count == resumeAt else {
                throw Failure(description: "cannot resume: the output holds \(resumeAt) records but the index \(count) documents", kind: .usage)
            }
            return OpenIndex(writer: writer, skip: resumeAt, lastName: nil)
        }
        let count = try writer.documentCount()
        return OpenIndex(writer: writer, skip: count, lastName: try writer.name(of: count - 1))
    }
}

/// The first error a background thread met.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?
    func set(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }
    var value: Error? { lock.withLock { error } }
}

/// The input size, once the background walk has summed it.
private final class TotalBox: @unchecked Sendable {
    private let lock = NSLock()
    private var total: Int64?
    func set(_ total: Int64) { lock.withLock { self.total = total } }
    var value: Int64? { lock.withLock { total } }
}
