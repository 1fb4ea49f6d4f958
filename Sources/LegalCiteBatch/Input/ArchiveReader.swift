import CArchive
import Foundation

/// Reads `.zip`, `.tar`, `.tar.gz` (and the other formats and filters libarchive knows) as a
/// stream: members are decompressed into memory one at a time, never written to disk.
///
/// Hostile archives: a member over the document limit, a symbolic or hard link, a device, an
/// encrypted member, each get an error record and the archive goes on. A truncated or corrupt
/// archive gets one error record, named by the archive, where reading stops (`archive truncated
/// or corrupt from member 998 on (after m0996.txt): Damaged tar archive`): a tar's members
/// follow one another in one stream, so nothing after damage can be trusted (libarchive's
/// ARCHIVE_RETRY would go on to whatever looks like a header in the garbage: phantom members).
/// In a zip, whose members are found through its central directory, a damaged member is its own
/// error record and the next one is read. Decompression is capped per archive
/// (`maxArchiveBytes`) and stopped when it grows more than 200 times the compressed bytes read
/// past `bombFloorBytes` (a decompression bomb), checked every megabyte as the data streams,
/// never after a whole member is in memory. Member names are reported as they are (`../x`,
/// `/etc/x`): nothing is ever written under them.
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
        /// The one record for damage that ends the archive, from the `number`th member on.
        func corrupt(from number: Int, after previous: String?, _ detail: String) throws {
            let after = previous.map { " (after \($0))" } ?? ""
            try sink.emit(name: name, .failure("archive truncated or corrupt from member \(number) on\(after): \(detail)", bytes: nil),
                          consumed: stream.consumed)
        }
        // A zip's members are reached through its central directory: one damaged member does
        // not make the next unreadable. A stream of members (tar, cpio, …) ends at its damage.
        func damageEndsArchive() -> Bool {
            let format = archive_format(archive) & ARCHIVE_FORMAT_BASE_MASK
            return format != ARCHIVE_FORMAT_ZIP && format != ARCHIVE_FORMAT_7ZIP && format != ARCHIVE_FORMAT_RAR
        }
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            // ARCHIVE_RETRY ("Damaged tar archive") is damage too, though it ranks above
            // ARCHIVE_WARN: libarchive would skip to the next thing that looks like a header.
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                let detail = archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
                if single {
                    try sink.emit(name: name, .failure("archive truncated or corrupt: \(detail)", bytes: nil), consumed: stream.consumed)
                } else {
                    try corrupt(from: members + 1, after: lastMember, detail)
                }
                return
            }
            members += 1
            let member = Self.memberName(entry, number: members)
            let previous = lastMember
            lastMember = member
            let recordName = single ? name : "\(name)!\(member)"
            let type = UInt32(archive_entry_filetype(entry))
            if type == Self.directory { continue }
            if !single && Self.isHidden(member) { continue }
            if single && jsonl {
                do {
                    try JSONLReader(name: name, limit: limits.maxDocumentBytes).read(&stream, into: sink)
                } catch let damage as ArchiveDamage {
                    try sink.emit(name: name, .failure("archive truncated or corrupt: \(damage.detail)", bytes: nil), consumed: stream.consumed)
                    return
                }
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
            do {
                let bytes = try stream.readAll(limit: limits.maxDocumentBytes, sizeHint: min(declared, limits.maxDocumentBytes))
                try sink.emit(name: recordName, .document(bytes), consumed: stream.consumed)
            } catch let damage as ArchiveDamage {
                if single {
                    try sink.emit(name: recordName, .failure("member unreadable: truncated or corrupt: \(damage.detail)", bytes: nil), consumed: stream.consumed)
                    return
                }
                if !damageEndsArchive() {
                    try sink.emit(name: recordName, .failure("member unreadable: \(damage.detail)", bytes: nil), consumed: stream.consumed)
                    continue
                }
                try corrupt(from: members, after: previous, damage.detail)
                return
            } catch let error as ReadFailure {
                // Over the document limit, or a bomb: this member's record, then past it.
                try sink.emit(name: recordName, .failure(error.description, bytes: nil), consumed: stream.consumed)
                if single { return }  // one document, one record
                do { try stream.discard() } catch let damage as ArchiveDamage {
                    if !damageEndsArchive() { continue }
                    try corrupt(from: members, after: previous, damage.detail)
                    return
                } catch let error as ReadFailure {
                    // A bomb or the archive's cap: the rest of the archive is not read.
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

    /// Whether a member is hidden, as folder entries beginning with `.` are passed over: a part
    /// of its path that begins with `.` (`.DS_Store`, `2012/.git/config`; not `./` or `../`), or
    /// the resource forks macOS adds to the zips it writes (`__MACOSX/._order.txt`).
    static func isHidden(_ member: String) -> Bool {
        member.split(separator: "/").contains { part in (part.hasPrefix(".") && part != "." && part != "..") || part == "__MACOSX" }
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

    /// Reads at most a megabyte at a time, so that the caps are checked as the data streams,
    /// whatever room the caller offers (a document limit of 20 GB offered 20 GB at once).
    mutating func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        let result = archive_read_data(archive, buffer, min(count, 1 << 20))
        if result < 0 {
            throw ArchiveDamage(detail: archive_error_string(archive).map { String(cString: $0) } ?? "unknown error")
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

/// The archive's data cannot be decompressed or parsed from here on (libarchive's own reason).
struct ArchiveDamage: Error, CustomStringConvertible {
    let detail: String
    var description: String { "member unreadable: \(detail)" }
}
