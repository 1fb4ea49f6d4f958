/// Splits a JSONL stream into lines, one document each, without decoding them (the workers do).
/// A line longer than the document limit becomes an error record and is skipped to its end, so a
/// 200 MB line costs no more memory than the limit.
struct JSONLReader {
    let name: String
    let limit: Int
    /// The name a line's record will carry (asked only to check where a resumed run goes on).
    var recordName: ([UInt8], String) -> String = { line, fallback in
        switch JSONLDocument.decode(line, fallbackName: fallback) {
        case .document(let name, _), .failure(let name, _): name
        }
    }

    func read(_ stream: inout some ByteStream, into sink: ItemSink) throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var lineNumber = 0
        var oversize = 0  // bytes of a too-long line seen so far; 0 when not in one
        func finish(_ line: [UInt8]) throws {
            lineNumber += 1
            let fallback = "\(name):\(lineNumber)"
            if oversize > 0 {
                try sink.emit(name: fallback, .failure("line longer than the limit of \(limit) bytes", bytes: oversize), consumed: stream.consumed)
                oversize = 0
                return
            }
            if JSONLDocument.isBlank(line) { return }
            if sink.skipping {
                try sink.skipped { recordName(line, fallback) }
                return
            }
            try sink.emit(name: fallback, .jsonLine(line), consumed: stream.consumed)
        }
        while true {
            let count = try chunk.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
            if count == 0 { break }
            var start = 0
            while start < count {
                guard let newline = chunk[start..<count].firstIndex(of: 0x0A) else {
                    if oversize > 0 {
                        oversize += count - start
                    } else {
                        pending.append(contentsOf: chunk[start..<count])
                        if pending.count > limit { oversize = pending.count; pending = [] }
                    }
                    break
                }
                if oversize > 0 {
                    oversize += newline - start
                    try finish([])
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    if pending.count > limit { oversize = pending.count; pending = [] }
                    try finish(pending)
                    pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
                }
                start = newline + 1
            }
        }
        if oversize > 0 || !pending.isEmpty { try finish(pending) }
    }
}
