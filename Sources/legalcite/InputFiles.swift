import Foundation

/// Reading one input: a file or standard input, with a size limit and one-line errors.
enum InputFiles {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        if path == "-" {
            return try readAll(FileHandle.standardInput, limit: limit, name: "standard input")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(description: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(description: "is a directory (use `legalcite batch` for folders)") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ReadError(description: "cannot open for reading") }
        defer { try? handle.close() }
        return try readAll(handle, limit: limit, name: path)
    }

    /// Reads to the end, refusing more than `limit` bytes without reading them all.
    private static func readAll(_ handle: FileHandle, limit: Int, name: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { throw ReadError(description: "read failed: \(error.localizedDescription)") }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > limit { throw ReadError(description: "larger than the limit of \(limit) bytes") }
        }
        return bytes
    }
}

/// Buffered standard output.
final class OutputStream {
    private var buffer: [UInt8] = []

    func write(_ text: String) { buffer.append(contentsOf: text.utf8); flushIfLarge() }
    func write(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes); flushIfLarge() }

    private func flushIfLarge() { if buffer.count >= 1 << 16 { flush() } }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
