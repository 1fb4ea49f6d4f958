/// Splits a JSONL stream into lines, one document each, without decoding them (the workers do).
/// A line longer than the document limit becomes an error record and is skipped to its end, so a
/// 200 MB line costs no more memory than the limit. A blank line is no document and gives no
/// record (the `extract --input jsonl` mapper, whose lines must stay aligned, gives it one).
struct JSONLReader {
    let name: String
    let limit: Int

    func read(_ stream: inout some ByteStream, into sink: ItemSink) throws {
        var lineNumber = 0
        try LineSplitter.read(&stream, limit: limit) { line, consumed in
            lineNumber += 1
            let fallback = "\(name):\(lineNumber)"
            switch line {
            case .oversize(let length):
                try sink.emit(name: fallback, .failure("line longer than the limit of \(limit) bytes", bytes: length), consumed: consumed)
            case .text(let bytes):
                if JSONLDocument.isBlank(bytes) { return }
                try sink.emit(name: fallback, .jsonLine(bytes), consumed: consumed)
            }
        }
    }
}
