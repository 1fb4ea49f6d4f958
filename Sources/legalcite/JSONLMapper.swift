import Foundation
import LegalCite

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
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
        let fallbackName = "line \(lineNumber)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            emitError(name: fallbackName, bytes: line.count, message: "not a JSON object")
            return
        }
        let name = (object["id"]).map { "\($0)" } ?? (object["name"] as? String) ?? fallbackName
        guard let text = object["text"] as? String else {
            emitError(name: name, bytes: line.count, message: "no \"text\" string field")
            return
        }
        do {
            let document = try extractor.extract(Array(text.utf8), name: name, options: options)
            DocumentEncoder.encode(document, pretty: false, chunkSize: 1 << 20) { output.write($0) }
            output.write("\n")
        } catch {
            emitError(name: name, bytes: text.utf8.count, message: error.description)
        }
    }

    private func emitError(name: String, bytes: Int, message: String) {
        output.write(DocumentEncoder.error(name: name, bytes: bytes, message: message))
        output.write("\n")
    }
}
