import Foundation
import LegalCiteBatch

/// Reading one input: a file or standard input, with a size limit and one-line errors.
enum InputFiles {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, limit: limit, sizeHint: 0) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(description: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(description: "is a directory (use `legalcite batch` for folders)") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(description: "cannot open for reading (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        if size > limit { throw ReadError(description: "larger than the limit of \(limit) bytes") }
        return try readAll(descriptor: descriptor, limit: limit, sizeHint: size)
    }

    /// Reads to the end into one buffer sized from the file when its size is known; refuses more
    /// than `limit` bytes without reading them all.
    private static func readAll(descriptor: Int32, limit: Int, sizeHint: Int) throws -> [UInt8] {
        try DescriptorReader.readAll(descriptor, limit: limit, sizeHint: sizeHint)
    }
}

/// Buffered standard output, written with write(2) straight from the buffers: a large document's
/// JSON is never copied on its way out.
final class OutputStream {
    private var buffer: [UInt8] = []

    func write(_ text: String) { write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) {
        if bytes.count >= 1 << 16 {
            flush()
            Self.writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        Self.writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { pointer in
            var offset = 0
            while offset < pointer.count {
                let written = Foundation.write(1, pointer.baseAddress! + offset, pointer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    // A closed pipe (`| head`): stop quietly, as Unix tools do. Any other failure
                    // (a full disk) is said on stderr, in one line, before the documented exit.
                    if errno == EPIPE { exit(0) }
                    let reason = String(cString: strerror(errno))
                    let line = Array("legalcite: standard output: write failed (\(reason))\n".utf8)
                    _ = line.withUnsafeBufferPointer { Foundation.write(2, $0.baseAddress!, $0.count) }
                    exit(ExitStatus.ioError)
                }
                offset += written
            }
        }
    }

    deinit { flush() }
}
