import Foundation

/// Reads every input of a batch run in a fixed order, so that a resumed run meets the documents
/// in the same sequence: arguments in the order given, folders walked recursively in byte order
/// of their names. A file is a document unless its name says it is a container:
///
/// | name | read as |
/// |---|---|
/// | `.zip`, `.tar`, `.tgz`, `.tar.gz`, `.tar.bz2`, `.tar.xz`, `.tar.zst`, `.7z` | archive of documents |
/// | `.jsonl`, `.ndjson` (also `.gz`, `.bz2`, `.xz`, `.zst` of them) | one document per line, `{"id", "text"}` |
/// | `.gz`, `.bz2`, `.xz`, `.zst` | one compressed document |
/// | `-` | JSONL on standard input |
///
/// Every other file, whatever its name, is a document: a binary one gets an error record.
public struct InputReader: Sendable {
    public let paths: [String]
    public let limits: InputLimits
    /// The run's own output and index files: never read as input, even when they lie inside an
    /// input folder (an output growing while it is read would never end).
    var excluded: Set<FileIdentity> = []

    public init(paths: [String], limits: InputLimits) {
        self.paths = paths
        self.limits = limits
    }

    enum Kind: Equatable {
        case document, archive, jsonl, compressedDocument, compressedJSONL
    }

    static func kind(of name: String) -> Kind {
        let lower = name.lowercased()
        let archives = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".7z"]
        if archives.contains(where: lower.hasSuffix) { return .archive }
        let filters = [".gz", ".bz2", ".xz", ".zst"]
        if let filter = filters.first(where: lower.hasSuffix) {
            let inner = lower.dropLast(filter.count)
            return inner.hasSuffix(".jsonl") || inner.hasSuffix(".ndjson") ? .compressedJSONL : .compressedDocument
        }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        return .document
    }

    /// Checks that every argument exists before the run starts: a usage error, not a record.
    public func validate() throws {
        for path in paths where path != "-" {
            var status = stat()
            if lstat(path, &status) != 0 { throw ReadFailure(description: "\(path): \(String(cString: strerror(errno)))") }
        }
    }

    /// The total size of the input files, for the progress bar's ETA. Walks everything once
    /// (only `stat`), so the caller runs it beside the real work.
    public func totalBytes() -> Int64 {
        var total: Int64 = 0
        for path in paths where path != "-" {
            FolderWalker.walk(RawPath(path), excluding: excluded) { _, size, _ in total += size }
        }
        return total
    }

    /// Reads every document in order into `sink`. Throws `ItemSink.Stopped` when the sink stops
    /// it, `ResumeMismatch` when a resumed run's inputs differ.
    func read(into sink: ItemSink) throws {
        for path in paths {
            if path == "-" {
                var stream = FileStream(descriptor: 0)
                try JSONLReader(name: "<stdin>", limit: limits.maxDocumentBytes, firstLineMustBeAnObject: true).read(&stream, into: sink)
                sink.consumedBase += stream.consumed
                continue
            }
            var walkError: Error?
            FolderWalker.walk(RawPath(path), excluding: excluded) { file, size, problem in
                guard walkError == nil else { return }
                do {
                    if let problem {
                        try sink.emit(name: file.name, .failure(problem, bytes: nil), consumed: 0)
                    } else {
                        try readFile(file, size: size, into: sink)
                    }
                } catch {
                    walkError = error
                }
                sink.consumedBase += size
            }
            if let walkError { throw walkError }
        }
    }

    private func readFile(_ file: RawPath, size: Int64, into sink: ItemSink) throws {
        let path = file.name
        switch Self.kind(of: path) {
        case .archive:
            try ArchiveReader(name: path, path: file, single: false, jsonl: false, limits: limits).read(into: sink)
        case .compressedDocument, .compressedJSONL:
            // Named as the file is (`a.txt.gz`), so that it never takes the name of `a.txt` beside it.
            try ArchiveReader(name: path, path: file, single: true, jsonl: Self.kind(of: path) == .compressedJSONL, limits: limits)
                .read(into: sink)
        case .jsonl:
            try withOpenFile(file, sink: sink) { stream in
                try JSONLReader(name: path, limit: limits.maxDocumentBytes).read(&stream, into: sink)
            }
        case .document:
            if size > Int64(limits.maxDocumentBytes) {
                try sink.emit(name: path, .failure("larger than the limit of \(limits.maxDocumentBytes) bytes", bytes: Int(size)), consumed: size)
                return
            }
            try withOpenFile(file, sink: sink) { stream in
                let payload: InputItem.Payload
                do {
                    payload = .document(try stream.readAll(limit: limits.maxDocumentBytes, sizeHint: Int(size)))
                } catch let error as ReadFailure {
                    payload = .failure(error.description, bytes: nil)
                }
                try sink.emit(name: path, payload, consumed: size)
            }
        }
    }

    /// Opens a file for one reader; a file that cannot be opened is an error record.
    private func withOpenFile(_ path: RawPath, sink: ItemSink, _ body: (inout FileStream) throws -> Void) throws {
        let descriptor = path.withCString { open($0, O_RDONLY) }
        guard descriptor >= 0 else {
            try sink.emit(name: path.name, .failure(withSystemReason("cannot open"), bytes: nil), consumed: 0)
            return
        }
        defer { close(descriptor) }
        var stream = FileStream(descriptor: descriptor)
        try body(&stream)
    }
}

/// Walks a file or folder in byte order of names, recursively, without following symbolic links
/// to folders (no cycles), passing over hidden entries (names that begin with `.`). Calls `visit(path, size, problem)` for each file; `problem` is set
/// for an entry that cannot be a document (a dangling link, a loop of links, a link to a folder,
/// a device).
/// Entries are named by their bytes, UTF-8 or not (`RawPath`).
enum FolderWalker {
    static func walk(_ path: RawPath, excluding excluded: Set<FileIdentity> = [], _ visit: (RawPath, Int64, String?) -> Void) {
        var status = stat()
        guard path.withCString({ lstat($0, &status) }) == 0 else {
            visit(path, 0, withSystemReason("cannot read"))
            return
        }
        if !excluded.isEmpty && excluded.contains(FileIdentity(status)) { return }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            guard let directory = path.withCString({ opendir($0) }) else {
                visit(path, 0, withSystemReason("cannot read folder"))
                return
            }
            var names: [[UInt8]] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
                // Hidden entries (`.DS_Store`, `.git/`, `._order.txt`) are no documents; a hidden
                // file named as an input is read.
                if name.first != 0x2E { names.append(name) }
            }
            closedir(directory)
            names.sort { $0.lexicographicallyPrecedes($1) }
            for name in names { walk(path.appending(name), excluding: excluded, visit) }
        case S_IFREG:
            visit(path, Int64(status.st_size), nil)
        case S_IFLNK:
            var target = stat()
            if path.withCString({ stat($0, &target) }) != 0 {
                visit(path, 0, errno == ELOOP ? "symbolic link loop" : "dangling symbolic link")
            } else if target.st_mode & S_IFMT == S_IFREG {
                visit(path, Int64(target.st_size), nil)
            } else {
                visit(path, 0, "symbolic link to a folder or device, not followed")
            }
        default:
            visit(path, 0, "not a regular file")
        }
    }
}

/// A file by device and inode, whatever path names it.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
