/// Splits a JSONL stream into lines, one document each, without decoding them (the workers do).
/// A line longer than the document limit becomes an error record and is skipped to its end, so a
/// 200 MB line costs no more memory than the limit. A blank line is no document and gives no
/// record (the `extract --input jsonl` mapper, whose lines must stay aligned, gives it one).
struct JSONLReader {
    let name: String
    let limit: Int
    /// Standard input of `batch -`: a first line that is not a JSON object stops the run with
    /// one error (`NotJSONL`), since what was piped is most likely a document, not JSONL.
    var firstLineMustBeAnObject = false

    /// What `batch -` was given instead of JSONL.
    struct NotJSONL: Error, CustomStringConvertible {
        let name: String
        var description: String {
            "\(name): not JSONL: `batch -` reads {\"id\": …, \"text\": …} lines; to read one document from standard input, use `legalcite extract`"
        }
    }

    func read(_ stream: inout some ByteStream, into sink: ItemSink) throws {
        var lineNumber = 0
        var checked = !firstLineMustBeAnObject
        try LineSplitter.read(&stream, limit: limit) { line, consumed in
            lineNumber += 1
            let fallback = "\(name):\(lineNumber)"
            switch line {
            case .oversize(let length):
                try sink.emit(name: fallback, .failure("line longer than the limit of \(limit) bytes", bytes: length), consumed: consumed)
            case .text(let bytes):
                if JSONLDocument.isBlank(bytes) { return }
                if !checked {
                    checked = true
                    guard bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) == 0x7B else {
                        throw NotJSONL(name: name)
                    }
                }
                try sink.emit(name: fallback, .jsonLine(bytes), consumed: consumed)
            }
        }
    }
}
