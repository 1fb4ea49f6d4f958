import Foundation

/// Splits a stream into lines (without their line feed) in one pass over 1 MB chunks: a line is
/// copied once, and a line longer than `limit` is not held at all, only counted to its end,
/// so a 1 GB line costs the chunk and the limit. The last line needs no line feed.
public enum LineSplitter {
    public enum Line {
        case text([UInt8])
        /// A line longer than the limit, with its length (its line feed not counted).
        case oversize(Int)
    }

    /// Reads standard input or another descriptor to its end.
    public static func read(descriptor: Int32, limit: Int, _ body: (Line) throws -> Void) throws {
        var stream = FileStream(descriptor: descriptor)
        try read(&stream, limit: limit) { line, _ in try body(line) }
    }

    /// `body` is also told the stream's position once the line is read.
    static func read(_ stream: inout some ByteStream, limit: Int, _ body: (Line, Int64) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        var oversize = 0  // bytes of a too-long line seen so far; 0 when not in one
        func finish() throws {
            if oversize > 0 {
                let length = oversize
                oversize = 0
                try body(.oversize(length), stream.consumed)
            } else {
                try body(.text(pending), stream.consumed)
                pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
            }
        }
        func take(_ bytes: ArraySlice<UInt8>) {
            if oversize > 0 {
                oversize += bytes.count
            } else if pending.count + bytes.count > limit {
                oversize = pending.count + bytes.count
                pending = []
            } else {
                pending.append(contentsOf: bytes)
            }
        }
        while true {
            let count = try chunk.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
            if count == 0 { break }
            var start = 0
            while start < count {
                // memchr: a line feed is found at memory speed, in a debug build too.
                let found = chunk.withUnsafeBufferPointer { buffer in
                    memchr(buffer.baseAddress! + start, 0x0A, count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress! }
                }
                guard let newline = found else {
                    take(chunk[start..<count])
                    break
                }
                take(chunk[start..<newline])
                try finish()
                start = newline + 1
            }
        }
        if oversize > 0 || !pending.isEmpty { try finish() }
    }
}
