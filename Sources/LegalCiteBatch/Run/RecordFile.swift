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

    /// What an earlier run left in `path`: its complete records (count, last name, and a stamp
    /// of each: its name, size and SHA-256), the file cut after the last of them and opened
    /// for appending.
    static func resume(_ path: String) throws -> (file: RecordFile, records: Int, lastName: String?, stamps: [RecordStamp]) {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: withSystemReason("\(path): cannot resume")) }
        do { try FileLock.acquire(descriptor, path) } catch {
            close(descriptor)
            throw error
        }
        var stamps: [RecordStamp] = []
        var keep: off_t = 0
        var lastName: String?
        var head: [UInt8] = []  // the start of the current line, where its source object is
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
            var start = 0
            while start < count {
                let newline = chunk[start..<count].firstIndex(of: 0x0A)
                let stop = newline ?? count
                if head.count < RecordStamp.headLimit { head += chunk[start..<min(stop, start + RecordStamp.headLimit - head.count)] }
                guard let newline else { break }
                let source = RecordStamp.source(ofLine: head)
                stamps.append(RecordStamp(source))
                lastName = source?.name
                head.removeAll(keepingCapacity: true)
                keep = position + off_t(newline) + 1
                start = newline + 1
            }
            position += off_t(count)
        }
        guard ftruncate(descriptor, keep) == 0, lseek(descriptor, keep, SEEK_SET) == keep else {
            close(descriptor)
            throw Failure(description: withSystemReason("\(path): cannot truncate"))
        }
        if !stamps.isEmpty && lastName == nil { close(descriptor); throw Failure(description: "\(path): last record is not a legalcite record") }
        return (RecordFile(descriptor: descriptor, path: path), stamps.count, lastName, stamps)
    }

    /// Cuts a resumed file back to its first `records` records (a resumed run that found a
    /// changed input redoes the rest).
    func cut(keeping records: Int) throws {
        var kept = 0
        var position: off_t = 0
        var keep: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        scan: while kept < records {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, position) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: withSystemReason("\(path): read failed"))
            }
            if count == 0 { break }
            for index in 0..<count where chunk[index] == 0x0A {
                kept += 1
                keep = position + off_t(index) + 1
                if kept == records { break scan }
            }
            position += off_t(count)
        }
        guard ftruncate(descriptor, keep) == 0, lseek(descriptor, keep, SEEK_SET) == keep else {
            throw Failure(description: withSystemReason("\(path): cannot truncate"))
        }
    }

    /// The name of record `number` of the file at `path` (for a message), if it has one.
    static func name(ofRecord number: Int, in path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var seen = 0
        var line: [UInt8] = []
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            var start = chunk.startIndex
            while start < chunk.endIndex {
                let newline = chunk[start...].firstIndex(of: 0x0A)
                if seen == number { line += chunk[start..<(newline ?? chunk.endIndex)].prefix(RecordStamp.headLimit) }
                guard let newline else { break }
                if seen == number { return RecordStamp.source(ofLine: line)?.name }
                seen += 1
                start = newline + 1
            }
        }
        return nil
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
