import Foundation

/// What a path named as a run's output (`--out`) or index (`--index`) holds, told before
/// anything is opened for writing. `--force` replaces only legalcite's own files: a JSONL output
/// whose first line is a legalcite record, an SQLite file with the index's tables; never a
/// folder, a device, another program's file, or an input document (which is not legalcite's).
enum Occupant: Equatable {
    /// No such file.
    case none
    /// An empty file, or an index of ours without documents: nothing to lose, replaced.
    case empty
    /// A legalcite output or index holding records: continued with `--resume`, replaced with
    /// `--force`, refused otherwise.
    case ours
    /// A character device, pipe or socket (`/dev/null`, a FIFO): an output is written to it,
    /// never replaced nor resumed from.
    case stream
    /// Anything else, never written to; the reason follows the path in the refusal.
    case foreign(String)

    static func ofOutput(_ path: String) -> Occupant {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? .none : .foreign(withSystemReason("cannot be examined")) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .foreign("is a folder")
        case S_IFCHR, S_IFIFO, S_IFSOCK: return .stream
        default: return .foreign("is a device")
        }
        if status.st_size == 0 { return .empty }
        // Compact records begin so (DocumentEncoder); a torn first line too.
        let record = Array(#"{"schema":"legalcite."#.utf8)
        return head(path, count: record.count) == record ? .ours : .foreign("is not a legalcite output")
    }

    static func ofIndex(_ path: String) -> Occupant {
        var status = stat()
        guard stat(path, &status) == 0 else { return errno == ENOENT ? .none : .foreign(withSystemReason("cannot be examined")) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .foreign("is a folder")
        default: return .foreign("is not a regular file")
        }
        if status.st_size == 0 { return .empty }
        guard head(path, count: 16) == Array("SQLite format 3\0".utf8) else { return .foreign("is not a legalcite index") }
        guard let database = try? SQLiteDatabase.reading(path),
              (try? database.prepare("SELECT value FROM meta WHERE key = 'schema'").rows { _ in }) != nil,
              let documents = try? database.prepare("SELECT count(*) FROM documents").integer()
        else { return .foreign("is an SQLite database but not a legalcite index") }
        return documents == 0 ? .empty : .ours
    }

    /// The one-line refusal: `d is a folder, not replaced (…)`.
    static func refusal(_ path: String, _ reason: String, of what: String) -> String {
        "\(path) \(reason), not replaced: --force replaces only a legalcite \(what) (and never an input)"
    }

    private static func head(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, count, 0) }
        return read == count ? bytes : []
    }
}

/// An exclusive advisory lock (flock(2)) on a run's output or index, held while the run writes:
/// a second run on the same file fails at once instead of interleaving with the first. The
/// kernel releases it when the descriptor closes, also when the process is killed.
final class FileLock {
    let descriptor: Int32

    /// Opens (creating it if need be) and locks `path`.
    init(_ path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SQLiteDatabase.Failure(description: withSystemReason("\(path): cannot open")) }
        do { try Self.acquire(descriptor, path) } catch {
            close(descriptor)
            throw error
        }
    }

    deinit { close(descriptor) }

    /// Locks an open file; a file system without flock is used unlocked.
    static func acquire(_ descriptor: Int32, _ path: String) throws {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK {
                throw BatchRunner.Failure(description: "\(path) is in use by another legalcite run", kind: .inUse)
            }
            return
        }
    }
}
