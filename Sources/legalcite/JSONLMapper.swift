import Foundation
import LegalCite
import LegalCiteBatch

/// `extract --input jsonl --jsonl`: the mapper contract for Spark `RDD.pipe`, Hadoop Streaming and
/// GNU parallel. One result line per input line, in order; a line that cannot be read yields an
/// error record, never a gap: a line that is not a JSON document, a line longer than
/// `--max-bytes` (read past without being held: `line longer than the limit of N bytes`), and
/// a blank line (`blank line`), so that 16 lines in are 16 records out. Lines are split in one
/// pass (`LineSplitter`): time is linear in the input, memory bounded by the limit.
struct JSONLMapper {
    let extractor: Extractor
    let options: Extractor.Options
    let output: OutputStream

    func run() throws {
        var lineNumber = 0
        try LineSplitter.read(descriptor: 0, limit: options.maxBytes) { line in
            lineNumber += 1
            switch line {
            case .oversize(let length):
                emitError(name: "line \(lineNumber)", bytes: length, message: "line longer than the limit of \(options.maxBytes) bytes")
            case .text(let bytes):
                handle(bytes, lineNumber: lineNumber)
            }
        }
        output.flush()
    }

    private func handle(_ line: [UInt8], lineNumber: Int) {
        if JSONLDocument.isBlank(line) {
            emitError(name: "line \(lineNumber)", bytes: line.count, message: "blank line")
            return
        }
        switch JSONLDocument.decode(line, fallbackName: "line \(lineNumber)") {
        case .failure(let name, let reason):
            emitError(name: name, bytes: line.count, message: reason)
        case .document(let name, let text):
            do {
                let document = try extractor.extract(text, name: name, options: options)
                DocumentEncoder.encode(document, pretty: false, chunkSize: 1 << 20) { output.write($0) }
                output.write("\n")
            } catch {
                emitError(name: name, bytes: text.count, message: error.description)
            }
        }
    }

    private func emitError(name: String, bytes: Int, message: String) {
        output.write(DocumentEncoder.error(name: name, bytes: bytes, message: message))
        output.write("\n")
    }
}
