import Foundation

/// Something documents are read from in chunks: a file descriptor or an archive member.
protocol ByteStream {
    /// Reads up to `count` bytes into `buffer`; 0 at the end. Throws with a one-line reason.
    mutating func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int
    /// Input bytes consumed so far (compressed bytes for an archive), for progress.
    var consumed: Int64 { get }
}

struct ReadFailure: Error, CustomStringConvertible {
    let description: String
}

/// `what (reason)` with the reason of the last failed system call: `cannot open (Permission denied)`.
func withSystemReason(_ what: String) -> String { "\(what) (\(String(cString: strerror(errno))))" }

/// Reading a whole file descriptor with a size limit: the one reader behind batch documents and
/// the `extract` command's files and standard input.
public enum DescriptorReader {
    /// Reads `descriptor` to its end; past `limit` bytes it stops and throws a one-line reason.
    public static func readAll(_ descriptor: Int32, limit: Int, sizeHint: Int = 0) throws -> [UInt8] {
        var stream = FileStream(descriptor: descriptor)
        return try stream.readAll(limit: limit, sizeHint: sizeHint)
    }
}

/// A file (or standard input) read with read(2).
struct FileStream: ByteStream {
    let descriptor: Int32
    private(set) var consumed: Int64 = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    mutating func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            let result = Foundation.read(descriptor, buffer, count)
            if result >= 0 {
                consumed += Int64(result)
                return result
            }
            if errno != EINTR { throw ReadFailure(description: withSystemReason("read failed")) }
        }
    }
}

extension ByteStream {
    /// Reads the whole stream into memory, refusing more than `limit` bytes (it stops reading
    /// there: the caller decides whether to skip the rest).
    /// The buffer starts at the size hint up to 64 MB and doubles from there: an archive's
    /// header may declare any size, and a member is checked as it streams, not allocated first.
    mutating func readAll(limit: Int, sizeHint: Int = 0) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: min(max(min(sizeHint, 64 << 20) + 1, 1 << 14), limit + 1))
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { throw ReadFailure(description: "larger than the limit of \(limit) bytes") }
                bytes.append(contentsOf: repeatElement(0, count: min(count, limit + 1 - count)))
            }
            let read = try bytes.withUnsafeMutableBytes { try self.read(into: $0.baseAddress! + count, count: $0.count - count) }
            if read == 0 { break }
            count += read
        }
        if count > limit { throw ReadFailure(description: "larger than the limit of \(limit) bytes") }
        bytes.removeSubrange(count...)
        return bytes
    }
}
