import CArchive
import Foundation

/// Reads `.zip`, `.tar`, `.tar.gz` (and the other formats and filters libarchive knows) as a
/// stream: members are decompressed into memory one at a time, never written to disk.
///
/// Hostile archives: a member over the document limit, a symbolic or hard link, a device, an
/// encrypted member, each get an error record and the archive goes on; a truncated or corrupt
/// archive gets an error record where reading stops; decompression is capped per archive
/// (`maxArchiveBytes`) and stopped when it grows more than 200 times the compressed bytes read
/// past `bombFloorBytes` (a decompression bomb). Member names are reported as they are (`../x`, `/etc/x`):
/// nothing is ever written under them.
struct ArchiveReader {
    /// How the archive is named in records: `orders.zip` → `orders.zip!2012/order.txt`.
    let name: String
    let path: RawPath
    /// A single compressed file (`order.txt.gz`) rather than an archive of members.
    let single: Bool
    /// The single compressed file is JSONL (`docs.jsonl.gz`).
    let jsonl: Bool
    let limits: InputLimits

    private static let regularFile: UInt32 = 0o100000
    private static let directory: UInt32 = 0o040000
    private static let symbolicLink: UInt32 = 0o120000
    static let bombRatio: Int64 = 200

    func read(into sink: ItemSink) throws {
        // libarchive converts member names to the locale's charset, and in the C locale a
        // process starts in, every non-ASCII name of a zip fails (no name at all). This thread
        // reads in UTF-8 (`uselocale` is per thread; the process locale is left alone).
        let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        let previous = utf8.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let utf8 { freelocale(utf8) }
        }
        guard let archive = archive_read_new() else { throw ReadFailure(description: "out of memory") }
        defer { archive_read_free(archive) }
        archive_read_support_filter_all(archive)
        if single {
            archive_read_support_format_raw(archive)
        } else {
            archive_read_support_format_all(archive)
        }
        var stream = MemberStream(archive: archive, limits: limits)
        func failure(_ what: String) -> String {
            let detail = archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
            return "\(what): \(detail)"
        }
        guard path.withCString({ archive_read_open_filename(archive, $0, 1 << 16) }) == ARCHIVE_OK else {
            try sink.emit(name: name, .failure(failure("not a readable archive"), bytes: nil), consumed: 0)
            return
        }
        var members = 0
        let firstRecord = sink.nextSequence
        var lastMember: String?
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status >= ARCHIVE_WARN, let entry else {
                let place = lastMember.map { "after member \($0)" } ?? "before its first member"
                try sink.emit(name: name, .failure(failure("archive truncated or corrupt \(place)"), bytes: nil), consumed: stream.consumed)
                return
            }
            members += 1
            let member = Self.memberName(entry, number: members)
            lastMember = member
            let recordName = single ? name : "\(name)!\(member)"
            let type = UInt32(archive_entry_filetype(entry))
            if type == Self.directory { continue }
            if single && jsonl {
                try JSONLReader(name: name, limit: limits.maxDocumentBytes).read(&stream, into: sink)
                try stream.checkBomb()
                continue
            }
            if let target = archive_entry_hardlink(entry) {
                try sink.emit(name: recordName, .failure("hard link to \(String(cString: target)), not followed", bytes: nil), consumed: stream.consumed)
                continue
            }
            if type == Self.symbolicLink {
                let target = archive_entry_symlink(entry).map { String(cString: $0) } ?? "?"
                try sink.emit(name: recordName, .failure("symbolic link to \(target), not followed", bytes: nil), consumed: stream.consumed)
                continue
            }
            guard type == Self.regularFile || (single && type == 0) else {
                try sink.emit(name: recordName, .failure("not a regular file", bytes: nil), consumed: stream.consumed)
                continue
            }
            if archive_entry_is_encrypted(entry) != 0 {
                try sink.emit(name: recordName, .failure("encrypted member, not read", bytes: nil), consumed: stream.consumed)
                continue
            }
            let declared = archive_entry_size_is_set(entry) != 0 ? Int(archive_entry_size(entry)) : 0
            if sink.skipping {
                try stream.discard()
                try sink.skipped { recordName }
                continue
            }
            do {
                let bytes = try stream.readAll(limit: limits.maxDocumentBytes, sizeHint: min(declared, limits.maxDocumentBytes))
                try sink.emit(name: recordName, .document(bytes), consumed: stream.consumed)
            } catch let error as ReadFailure {
                try sink.emit(name: recordName, .failure(error.description, bytes: nil), consumed: stream.consumed)
                if single { return }  // one document, one record
                do { try stream.discard() } catch let error as ReadFailure {
                    // Corrupt data or a bomb: the rest of the archive cannot be trusted.
                    try sink.emit(name: name, .failure("archive abandoned after member \(member): \(error.description)", bytes: nil), consumed: stream.consumed)
                    return
                }
            }
        }
        // An archive without documents may be a damaged one: say so rather than write nothing.
        if sink.nextSequence == firstRecord {
            try sink.emit(name: name, .failure("archive holds no documents", bytes: nil), consumed: stream.consumed)
        }
    }

    /// The member's name as the archive holds it, named as folder entries are (`RawPath`): the
    /// stored bytes when there are any (a tar's), else libarchive's UTF-8 reading of them.
    private static func memberName(_ entry: OpaquePointer, number: Int) -> String {
        if var byte = archive_entry_pathname(entry) {
            var bytes: [UInt8] = []
            while byte.pointee != 0 {
                bytes.append(UInt8(bitPattern: byte.pointee))
                byte += 1
            }
            return RawPath.name(bytes)
        }
        if let utf8 = archive_entry_pathname_utf8(entry) { return RawPath.name(Array(String(cString: utf8).utf8)) }
        return "<member \(number)>"
    }
}

/// The current member of an archive as a byte stream, counting what the whole archive has
/// decompressed so that the caps apply across members.
private struct MemberStream: ByteStream {
    let archive: OpaquePointer
    let limits: InputLimits
    private(set) var decompressed: Int64 = 0

    init(archive: OpaquePointer, limits: InputLimits) {
        self.archive = archive
        self.limits = limits
    }

    var consumed: Int64 { archive_filter_bytes(archive, -1) }

    mutating func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        let result = archive_read_data(archive, buffer, count)
        if result < 0 {
            let detail = archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
            throw ReadFailure(description: "member unreadable: \(detail)")
        }
        decompressed += Int64(result)
        try checkBomb()
        return result
    }

    func checkBomb() throws {
        if decompressed > limits.maxArchiveBytes {
            throw ReadFailure(description: "archive decompresses to more than the limit of \(limits.maxArchiveBytes) bytes")
        }
        if decompressed > limits.bombFloorBytes && decompressed > ArchiveReader.bombRatio * max(consumed, 1) {
            throw ReadFailure(description: "decompression bomb: \(decompressed) bytes from \(consumed) compressed")
        }
    }

    /// Reads the rest of the member and throws it away (counted against the caps).
    mutating func discard() throws {
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        while try scratch.withUnsafeMutableBytes({ try read(into: $0.baseAddress!, count: $0.count) }) > 0 {}
    }
}
