import Foundation
import Testing
@testable import LegalCiteBatch

/// Issue 17, second part: damage inside an archive, bombs that stream, links that loop.
@Suite("damaged inputs")
struct DamageTests {
    /// 2,000 members in a `.tar.gz`, 64 NUL bytes written over the middle of the compressed
    /// file: the gzip stream is corrupt from there. Every member before the damage is a record,
    /// the damage is one error record naming the archive and the member it starts at, and
    /// there are no phantom members (libarchive's ARCHIVE_RETRY after "Damaged tar archive"
    /// was taken for a header, 2,005 `<member N>: not a regular file` records).
    @Test func aCorruptGzipStreamInATarGzIsOneRecordFromTheDamageOn() throws {
        let folder = try Fixtures.folder()
        let tarball = folder.appendingPathComponent("orders.tar.gz")
        var random = SplitMix64Generator(seed: 17)
        let members: [Fixtures.Member] = (0..<2000).map { number in
            let noise = (0..<300).map { _ in UInt8.random(in: 0x61...0x6A, using: &random) }
            return .file(String(format: "m%04d.txt", number), Array("Order \(number). See 556 U.S. 662 (2009). ".utf8) + noise)
        }
        try Fixtures.archive(members, format: .tarGzip, to: tarball)
        var bytes = [UInt8](try Data(contentsOf: tarball))
        let middle = bytes.count / 2
        bytes.replaceSubrange(middle..<middle + 64, with: [UInt8](repeating: 0, count: 64))
        try Data(bytes).write(to: tarball)
        let after = folder.appendingPathComponent("z.txt")
        try Fixtures.write(Fixtures.order, to: after)

        let (records, _, _) = try Fixtures.run([tarball.path, after.path])
        #expect(records.last?.name == after.path && records.last?.citationCount == 6)
        let archive = Array(records.dropLast())
        // The members read: named in order; all documents but the one the damage falls in,
        // whose garbage may read as binary data (gzip's checksum comes only at the end).
        let read = archive.enumerated().prefix { $0.element.name == "\(tarball.path)!" + String(format: "m%04d.txt", $0.offset) }.map(\.element)
        #expect(read.count > 100 && read.count < 2000, "\(read.count) members read")
        #expect(read.dropLast().allSatisfy { $0.error == nil })
        // The damage: one record, the archive's, saying where it starts; nothing after it.
        #expect(archive.count == read.count + 1, "\(archive.count) records for \(read.count) members read: \(archive.suffix(3).map { "\($0.name ?? "") \($0.error ?? "")" })")
        let damage = archive.last!
        #expect(damage.name == tarball.path)
        #expect(damage.error?.contains("corrupt from member \(read.count + 1) on") == true, "\(damage.error ?? "")")
        #expect(!records.contains { $0.name?.contains("<member") == true })
    }

    /// With `--max-bytes 2e10` the bomb check came after one read of the whole member (an
    /// 11 GiB member was held in memory first): it now runs as the data streams.
    @Test func aBombIsFlaggedAsItStreamsWhateverTheDocumentLimit() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("bomb.zip")
        try Fixtures.archive([.file("a.txt", [UInt8](repeating: 0x20, count: 64 << 20)), .file("b.txt", Fixtures.order)], format: .zip, to: zip)
        let limits = InputLimits(maxDocumentBytes: 20_000_000_000, bombFloorBytes: 4 << 20)
        let (records, _, _) = try Fixtures.run([zip.path], limits: limits)
        let error = records.first?.error ?? ""
        #expect(error.contains("decompression bomb"), "\(error)")
        // How much was decompressed when it was flagged: well short of the whole member (the
        // ratio is reached once 200 times the compressed bytes read so far are out).
        let decompressed = error.split(separator: " ").compactMap { Int($0) }.first ?? .max
        #expect(decompressed <= 32 << 20, "\(error)")
    }

    @Test func aSymbolicLinkLoopIsCalledOne() throws {
        let folder = try Fixtures.folder()
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "b")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("c").path, withDestinationPath: "c")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("d").path, withDestinationPath: "nowhere")
        let (records, _, _) = try Fixtures.run([folder.path])
        #expect(records.map(\.error) == ["symbolic link loop", "symbolic link loop", "symbolic link loop", "dangling symbolic link"])
    }
}

/// SplitMix64, for seeded fixtures.
struct SplitMix64Generator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
