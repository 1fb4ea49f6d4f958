import Foundation
import LegalCite
import LegalCiteBatch

/// `extract --input jsonl --jsonl`: the mapper contract for Spark `RDD.pipe`, Hadoop Streaming and
/// GNU parallel. One result line per input line, in order; a line that cannot be read yields an
/// error record, never a gap.
struct JSONLMapper {
    let extractor: Extractor
    let options: Extractor.Options
    let output: OutputStream

    func run() throws {
        var lineNumber = 0
        var pending: [UInt8] = []
        let input = FileHandle.standardInput
        while true {
            let chunk = (try? input.read(upToCount: 1 << 20)) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                handle(Array(pending[start..<newline]), lineNumber: lineNumber)
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty {
            lineNumber += 1
            handle(pending, lineNumber: lineNumber)
        }
        output.flush()
    }

    private func handle(_ line: [UInt8], lineNumber: Int) {
        if JSONLDocument.isBlank(line) { return }
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
