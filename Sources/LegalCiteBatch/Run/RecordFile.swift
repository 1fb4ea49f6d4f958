import Foundation

/// The JSONL output of a batch run: appended to in large writes, flushed only at checkpoints
/// (after the index has committed the same records), so that the file never holds a record the
/// index lacks. Resuming reads it back: complete lines are kept, a torn last line is cut off.
/// A file is locked (`FileLock`) before it is emptied or cut, and for as long as it is open.
final class RecordFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    /// Standard output, a device or a pipe: nothing to resume from.
    let isStandardOutput: Bool

    var buffered: Int { buffer.count }

    /// Standard output.
    init() {
        descriptor = 1
        path = "standard output"
        isStandardOutput = true
    }

    /// A device or pipe: written to, never resumed from.
    init(stream path: String) throws {
        descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: withSystemReason("\(path): cannot open")) }
        self.path = path
        isStandardOutput = true
    }

    /// A file, created or emptied once it is locked.
    init(creating path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: withSystemReason("\(path): cannot create")) }
        self.path = path
        isStandardOutput = false
        try FileLock.acquire(descriptor, path)
        guard ftruncate(descriptor, 0) == 0 else { throw Failure(description: withSystemReason("\(path): cannot empty")) }
    }

    /// What an earlier run left in `path`: its complete records (count and last name), the file
    /// cut after the last of them and opened for appending.
    static func resume(_ path: String) throws -> (file: RecordFile, records: Int, lastName: String?) {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: withSystemReason("\(path): cannot resume")) }
        do { try FileLock.acquire(descriptor, path) } catch {
            close(descriptor)
            throw error
        }
        var records = 0
        var keep: off_t = 0
        var lastLineStart: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var position: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                close(descriptor)
                throw Failure(description: withSystemReason("\(path): read failed"))
            }
            if count == 0 { break }
            for index in 0..<count where chunk[index] == 0x0A {
                records += 1
                lastLineStart = keep
                keep = position + off_t(index) + 1
            }
            position += off_t(count)
        }
        guard ftruncate(descriptor, keep) == 0, lseek(descriptor, keep, SEEK_SET) == keep else {
            close(descriptor)
            throw Failure(description: withSystemReason("\(path): cannot truncate"))
        }
        var lastName: String?
        if records > 0 {
            var line = [UInt8](repeating: 0, count: Int(keep - lastLineStart))
            _ = line.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, lastLineStart) }
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            lastName = (object?["source"] as? [String: Any])?["name"] as? String
            if lastName == nil { close(descriptor); throw Failure(description: "\(path): last record is not a legalcite record") }
        }
        return (RecordFile(descriptor: descriptor, path: path), records, lastName)
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        isStandardOutput = false
    }

    deinit { if descriptor != 1 { close(descriptor) } }

    func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    func flush() throws {
        var offset = 0
        defer { buffer.removeAll(keepingCapacity: buffer.capacity <= 16 << 20) }
        try buffer.withUnsafeBytes { pointer in
            while offset < pointer.count {
                let written = write(descriptor, pointer.baseAddress! + offset, pointer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: withSystemReason("\(path): write failed"))
                }
                offset += written
            }
        }
    }
}
