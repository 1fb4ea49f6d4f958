import Foundation
import Testing
@testable import LegalCiteBatch

/// File and member names that are not UTF-8: read by their bytes, and named in records so that
/// two different names never look the same (`\xNN` for a byte that is not UTF-8, `\\` for a
/// backslash).
@Suite("names that are not UTF-8")
struct FileNameTests {
    /// Creates `folder/name` with the raw bytes of `name`.
    static func create(_ name: [UInt8], in folder: URL, _ bytes: [UInt8]) throws {
        let path = Array(folder.path.utf8) + [0x2F] + name
        let descriptor = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
    }

    @Test func folderEntriesAreReadByTheirBytesAndNamedDistinctly() throws {
        let folder = try Fixtures.folder()
        try Self.create(Array("bad".utf8) + [0xFF] + Array("name.txt".utf8), in: folder, Fixtures.order)
        try Self.create(Array("bad".utf8) + [0xFE] + Array("name.txt".utf8), in: folder, Fixtures.order)
        try Self.create(Array("caf\u{E9}.txt".utf8), in: folder, Fixtures.order)
        try Self.create(Array("back\\slash.txt".utf8), in: folder, Fixtures.order)
        let (records, summary, _) = try Fixtures.run([folder.path])
        #expect(records.map { $0.name!.replacingOccurrences(of: folder.path + "/", with: "") }
            == ["back\\\\slash.txt", "bad\\xFEname.txt", "bad\\xFFname.txt", "caf\u{E9}.txt"])
        #expect(summary.errors == 0)
        #expect(records.allSatisfy { $0.citationCount == 6 })
    }

    @Test func tarMemberNamesAreNamedDistinctly() throws {
        let folder = try Fixtures.folder()
        let tar = folder.appendingPathComponent("odd.tar")
        try Fixtures.archive([
            .rawFile(Array("bad".utf8) + [0xFF] + Array("name.txt".utf8), Fixtures.order),
            .rawFile(Array("bad".utf8) + [0xFE] + Array("name.txt".utf8), Fixtures.order),
            .file("caf\u{E9}.txt", Fixtures.order),
        ], format: .tar, to: tar)
        let (records, summary, _) = try Fixtures.run([tar.path])
        #expect(records.map(\.name!) == ["\(tar.path)!bad\\xFFname.txt", "\(tar.path)!bad\\xFEname.txt", "\(tar.path)!caf\u{E9}.txt"])
        #expect(summary.errors == 0)
    }

    /// libarchive gave no name at all to a zip's non-ASCII member in the C locale.
    @Test func zipMemberNamesInUTF8AreKept() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("names.zip")
        try Fixtures.archive([.file("caf\u{E9}.txt", Fixtures.order), .file("\u{4E2D}\u{6587}.txt", Fixtures.order)], format: .zipUTF8, to: zip)
        let (records, _, _) = try Fixtures.run([zip.path])
        #expect(records.map(\.name!) == ["\(zip.path)!caf\u{E9}.txt", "\(zip.path)!\u{4E2D}\u{6587}.txt"])
    }

    @Test func escapingIsLossless() {
        let names: [[UInt8]] = [[0x61, 0xFF], Array("a\\xFF".utf8), [0x61, 0xC3], [0x61, 0xC3, 0xA9], [0xED, 0xA0, 0x80], Array("a\\".utf8)]
        let shown = names.map { RawPath(bytes: $0).name }
        #expect(shown == ["a\\xFF", "a\\\\xFF", "a\\xC3", "a\u{E9}", "\\xED\\xA0\\x80", "a\\\\"])
        #expect(Set(shown).count == names.count)
    }
}
