import Foundation

/// `legalcite index`: loads result lines written by `extract --jsonl` (a Spark job's parts,
/// GNU parallel's output) into an index, in batched transactions; `--resume` goes on after the
/// documents the index already holds.
public struct IndexLoader {
    public struct Summary: Sendable {
        public var documents = 0
        public var errors = 0
        public var resumedFrom = 0
        /// Documents loaded whose name and SHA-256 a document already in the index has (the
        /// same results loaded twice), and the first of them.
        public var duplicates = 0
        public var firstDuplicate: String?
    }

    let inputs: [String]
    let index: String
    let resume: Bool
    let force: Bool

    public init(inputs: [String], index: String, resume: Bool, force: Bool) {
        self.inputs = inputs
        self.index = index
        self.resume = resume
        self.force = force
    }

    public func run() throws -> Summary {
        // Every input is there before the index is touched: a mistyped name leaves no index.
        for path in inputs where path != "-" && access(path, R_OK) != 0 {
            throw BatchRunner.Failure(description: withSystemReason("\(path): cannot open"), kind: .input)
        }
        let writer = try IndexWriter.open(index, resume: resume, force: force)
        var summary = Summary()
        summary.resumedFrom = try writer.documentCount()
        var loadError: Error?
        let sink = ItemSink(skip: summary.resumedFrom, expectedLastSkipped: try writer.name(of: summary.resumedFrom - 1), name: { fallback, payload in
            guard case .jsonLine(let line) = payload else { return fallback }
            return (try? IndexRecord(resultLine: line))?.document.name ?? fallback
        }) { item in
            do {
                guard case .jsonLine(let line) = item.payload else {
                    if case .failure(let reason, _) = item.payload { throw IndexRecord.DecodeFailure(description: "\(item.name): \(reason)") }
                    return true
                }
                var record = try IndexRecord(resultLine: line)
                // A result with no name (a document read from standard input by an older
                // legalcite) is named by its place: `results.jsonl:3`.
                if record.document.name.isEmpty { record.document.name = item.name }
                try writer.add(record, sequence: item.sequence)
                summary.documents += 1
                if record.document.error != nil { summary.errors += 1 }
                if summary.documents % 1000 == 0 { try writer.commit() }
                return true
            } catch {
                loadError = IndexRecord.DecodeFailure(description: "\(item.name): \(error)")
                return false
            }
        }
        do {
            for path in inputs {
                let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
                guard descriptor >= 0 else { throw BatchRunner.Failure(description: withSystemReason("\(path): cannot open"), kind: .input) }
                defer { if descriptor != 0 { close(descriptor) } }
                var stream = FileStream(descriptor: descriptor)
                try JSONLReader(name: path, limit: Int.max / 2).read(&stream, into: sink)
            }
        } catch is ItemSink.Stopped {
        }
        summary.duplicates = writer.duplicates
        summary.firstDuplicate = writer.firstDuplicate
        try writer.close()
        if let loadError { throw BatchRunner.Failure(description: "\(loadError)", kind: .input) }
        return summary
    }
}
