import Foundation
import Testing
@testable import LegalCiteBatch

/// Folders, archives and JSONL with broken members: one record per document, in order, the
/// broken ones as error records with their names and reasons.
@Suite("batch inputs")
struct InputTests {
    @Test func folderWithBrokenFilesYieldsOneRecordEach() throws {
        let folder = try Fixtures.folder()
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("a-order.txt"))
        try Fixtures.write([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], to: folder.appendingPathComponent("b-binary.txt"))
        try Fixtures.write(Array("caf".utf8) + [0xC3, 0x28], to: folder.appendingPathComponent("c-latin1.txt"))
        try Fixtures.write([], to: folder.appendingPathComponent("d-empty.txt"))
        try Fixtures.write(Fixtures.order, to: folder.appendingPathComponent("e/nested/order.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("f-dangling.txt").path, withDestinationPath: "/nonexistent/x")

        let (records, summary, _) = try Fixtures.run([folder.path])
        #expect(records.map { $0.name!.replacingOccurrences(of: folder.path + "/", with: "") }
            == ["a-order.txt", "b-binary.txt", "c-latin1.txt", "d-empty.txt", "e/nested/order.txt", "f-dangling.txt"])
        #expect(records[0].citationCount == 6)
        #expect(records[1].error?.contains("binary") == true)
        #expect(records[2].error?.contains("UTF-8") == true)
        #expect(records[3].error == nil && records[3].citationCount == 0)
        #expect(records[4].citationCount == 6)
        #expect(records[5].error == "dangling symbolic link")
        #expect(summary.documents == 6 && summary.errors == 3)
    }

    @Test func zipMembersWithHostileNamesAndLinks() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("orders.zip")
        try Fixtures.archive([
            .directory("2012/"),
            .file("2012/order.txt", Fixtures.order),
            .file("../../escape.txt", Fixtures.order),
            .file("/etc/absolute.txt", Fixtures.order),
            .symlink("2012/link.txt", to: "/etc/passwd"),
            .file("2012/scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]),
        ], format: .zip, to: zip)
        let (records, _, _) = try Fixtures.run([zip.path])
        #expect(records.map(\.name!) == [
            "\(zip.path)!2012/order.txt", "\(zip.path)!../../escape.txt", "\(zip.path)!/etc/absolute.txt",
            "\(zip.path)!2012/link.txt", "\(zip.path)!2012/scan.pdf",
        ])
        #expect(records[0].citationCount == 6)
        // Names are reported as they are and nothing is written under them.
        #expect(records[1].citationCount == 6 && records[2].citationCount == 6)
        #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("escape.txt").path))
        #expect(records[3].error == "symbolic link to /etc/passwd, not followed")
        #expect(records[4].error?.contains("binary") == true)
    }

    /// Hidden members are passed over as hidden folder entries are (issue 16: `.DS_Store` and
    /// `.git/config` were read as documents); `./` and `../` are no hidden names.
    @Test func hiddenMembersAreNoDocuments() throws {
        let folder = try Fixtures.folder()
        for format in [Fixtures.Format.zip, .tarGzip] {
            let archive = folder.appendingPathComponent(format == .zip ? "orders.zip" : "orders.tar.gz")
            try Fixtures.archive([
                .file("./2012/order.txt", Fixtures.order), .file(".DS_Store", [0, 0, 0, 1]), .file("__MACOSX/2012/._order.txt", [0, 5, 22, 7]),
                .file("2012/.git/config", Array("[core]\n".utf8)), .file("../up.txt", Fixtures.order), .file("2012/.hidden.txt", Fixtures.order),
            ], format: format, to: archive)
            let (records, _, _) = try Fixtures.run([archive.path])
            #expect(records.map(\.name!) == ["\(archive.path)!./2012/order.txt", "\(archive.path)!../up.txt"], "\(format)")
        }
        #expect(!ArchiveReader.isHidden("a/b.txt") && ArchiveReader.isHidden("a/.b.txt") && !ArchiveReader.isHidden("../a.txt"))
    }

    @Test func truncatedTarGzipKeepsWhatItReadAndTheRunGoesOn() throws {
        let folder = try Fixtures.folder()
        let tarball = folder.appendingPathComponent("a.tar.gz")
        // Incompressible members, so that the cut lands in the middle of the archive.
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<3).map { _ in (0..<200_000).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) } }
        try Fixtures.archive([
            .file("one.txt", Fixtures.order), .file("two.txt", noise[0]), .file("three.txt", noise[1]), .file("four.txt", noise[2]),
        ], format: .tarGzip, to: tarball)
        try Fixtures.truncate(tarball, to: 0.5)
        let after = folder.appendingPathComponent("b.txt")
        try Fixtures.write(Fixtures.order, to: after)

        let (records, _, _) = try Fixtures.run([tarball.path, after.path])
        #expect(records.first?.name == "\(tarball.path)!one.txt")
        #expect(records.first?.citationCount == 6)
        let failures = records.filter { $0.error != nil }
        #expect(!failures.isEmpty)
        #expect(failures.contains { $0.error!.contains("truncated") || $0.error!.contains("unreadable") || $0.error!.contains("abandoned") })
        #expect(records.last?.name == after.path)
        #expect(records.last?.citationCount == 6)
    }

    @Test func corruptArchivesAreOneErrorRecordEach() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("garbage.zip")
        try Fixtures.write(Array("this is not a zip file at all".utf8), to: zip)
        let tar = folder.appendingPathComponent("empty.tar.gz")
        try Fixtures.write([0x1F, 0x8B, 0x08, 0x00, 0x00], to: tar)
        let (records, _, _) = try Fixtures.run([zip.path, tar.path])
        #expect(records.count == 2)
        #expect(records[0].name == zip.path && records[0].error != nil)
        #expect(records[1].name == tar.path && records[1].error != nil)
    }

    @Test func anEmptyArchiveIsAnErrorRecordNotNothing() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("empty.zip")
        try Fixtures.archive([], format: .zip, to: zip)
        let folders = folder.appendingPathComponent("folders.tar")
        try Fixtures.archive([.directory("a/"), .directory("a/b/")], format: .tar, to: folders)
        let (records, _, _) = try Fixtures.run([zip.path, folders.path])
        #expect(records.map(\.name!) == [zip.path, folders.path])
        #expect(records.allSatisfy { $0.error == "archive holds no documents" })
    }

    @Test func plainTarAndGzipDocuments() throws {
        let folder = try Fixtures.folder()
        let tar = folder.appendingPathComponent("orders.tar")
        try Fixtures.archive([.file("x/one.txt", Fixtures.order), .file("x/two.txt", Fixtures.order)], format: .tar, to: tar)
        let (records, _, _) = try Fixtures.run([tar.path])
        #expect(records.map(\.name!) == ["\(tar.path)!x/one.txt", "\(tar.path)!x/two.txt"])
        #expect(records.allSatisfy { $0.citationCount == 6 })
    }

    @Test func zipBombIsCappedPerMemberAndPerArchive() throws {
        let folder = try Fixtures.folder()
        let zip = folder.appendingPathComponent("bomb.zip")
        let zeros = [UInt8](repeating: 0x20, count: 8 << 20)
        try Fixtures.archive([.file("a.txt", zeros), .file("b.txt", zeros), .file("c.txt", Fixtures.order)], format: .zip, to: zip)
        #expect(try Data(contentsOf: zip).count < 100_000)

        // Per member: the limit stops each big member; the small one after them is still read.
        let perMember = try Fixtures.run([zip.path], limits: InputLimits(maxDocumentBytes: 1 << 20))
        #expect(perMember.records.map(\.name!) == ["\(zip.path)!a.txt", "\(zip.path)!b.txt", "\(zip.path)!c.txt"])
        #expect(perMember.records[0].error?.contains("larger than the limit") == true)
        #expect(perMember.records[2].citationCount == 6)

        // Per archive: past the total, the rest of the archive is one error record.
        let total = try Fixtures.run([zip.path], limits: InputLimits(maxArchiveBytes: 10 << 20))
        #expect(total.records.count == 3)
        #expect(total.records[0].error == nil)
        #expect(total.records[1].error?.contains("limit of 10485760") == true)
        #expect(total.records[2].name == zip.path && total.records[2].error?.contains("abandoned") == true)

        // By ratio: thousands of bytes out for each byte in.
        let ratio = try Fixtures.run([zip.path], limits: InputLimits(bombFloorBytes: 1 << 20))
        #expect(ratio.records[0].error?.contains("decompression bomb") == true)
    }

    @Test func jsonlWithBrokenLines() throws {
        let folder = try Fixtures.folder()
        let jsonl = folder.appendingPathComponent("docs.jsonl")
        let text = String(decoding: Fixtures.order, as: UTF8.self)
        let good = try JSONSerialization.data(withJSONObject: ["id": "good-1", "text": text])
        let numbered = try JSONSerialization.data(withJSONObject: ["id": 42, "text": "See 42 U.S.C. § 1983."])
        var bytes = Array(good) + [0x0A]
        bytes += Array("{\"id\": \"broken\", \"text\": \n".utf8)
        bytes += Array("\n  \n".utf8)
        bytes += Array("{\"id\": \"no-text\", \"body\": \"x\"}\n".utf8)
        bytes += Array("{\"id\": \"long\", \"text\": \"".utf8) + [UInt8](repeating: 0x61, count: 3000) + Array("\"}\n".utf8)
        bytes += Array(numbered)  // last line without a newline
        try Fixtures.write(bytes, to: jsonl)

        let (records, _, _) = try Fixtures.run([jsonl.path], limits: InputLimits(maxDocumentBytes: 2000))
        #expect(records.map(\.name!) == ["good-1", "\(jsonl.path):2", "no-text", "\(jsonl.path):6", "42"])
        #expect(records[0].citationCount == 6)
        #expect(records[1].error == "not a JSON object")
        #expect(records[2].error == "no \"text\" string field")
        #expect(records[3].error?.contains("longer than the limit") == true)
        #expect(records[4].citationCount == 1)
    }

    @Test func gzipDocumentsWholeAndTruncated() throws {
        let folder = try Fixtures.folder()
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<300_000).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
        let whole = folder.appendingPathComponent("a-order.txt.gz")
        try Fixtures.archive([.file("a-order.txt", Fixtures.order)], format: .gzip, to: whole)
        let cut = folder.appendingPathComponent("b-long.txt.gz")
        try Fixtures.archive([.file("b-long.txt", Fixtures.order + noise)], format: .gzip, to: cut)
        try Fixtures.truncate(cut, to: 0.5)
        let (records, _, _) = try Fixtures.run([folder.path])
        // Named as the files are, so that `a-order.txt` beside `a-order.txt.gz` would be another name.
        #expect(records.map(\.name!) == [whole.path, cut.path])
        #expect(records[0].citationCount == 6)
        #expect(records[1].error?.contains("truncated") == true)
    }

    /// Seeded random damage (bytes overwritten, the file cut) to zip, tar.gz and gzip inputs:
    /// every run finishes, with at least one record per damaged file and the good file after it.
    @Test func randomlyCorruptedArchivesNeverStopTheRun() throws {
        let folder = try Fixtures.folder()
        let members: [Fixtures.Member] = [.file("a.txt", Fixtures.order), .file("b.txt", Fixtures.order + Fixtures.order), .file("c.txt", Fixtures.order)]
        var originals: [(String, Data)] = []
        for (format, name) in [(Fixtures.Format.zip, "x.zip"), (.tarGzip, "x.tar.gz"), (.gzip, "x.txt.gz")] {
            let url = folder.appendingPathComponent(name)
            try Fixtures.archive(format == .gzip ? [members[0]] : members, format: format, to: url)
            originals.append((name, try Data(contentsOf: url)))
        }
        let good = folder.appendingPathComponent("z-good.txt")
        try Fixtures.write(Fixtures.order, to: good)
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for round in 0..<40 {
            var paths: [String] = []
            for (name, data) in originals {
                var bytes = [UInt8](data)
                for _ in 0..<(1 + next(8)) { bytes[next(bytes.count)] = UInt8(next(256)) }
                if next(3) == 0 { bytes.removeLast(next(bytes.count)) }
                let url = folder.appendingPathComponent("\(round)-\(name)")
                try Data(bytes).write(to: url)
                paths.append(url.path)
            }
            let (records, _, _) = try Fixtures.run(paths + [good.path], jobs: 1)
            for path in paths { #expect(records.contains { $0.name!.hasPrefix(path.replacingOccurrences(of: ".gz", with: "")) }, "\(path)") }
            #expect(records.last?.name == good.path && records.last?.citationCount == 6)
        }
    }

    @Test func containerKindsByName() {
        #expect(InputReader.kind(of: "a/B.ZIP") == .archive)
        #expect(InputReader.kind(of: "x.tar.gz") == .archive)
        #expect(InputReader.kind(of: "x.tgz") == .archive)
        #expect(InputReader.kind(of: "docs.jsonl") == .jsonl)
        #expect(InputReader.kind(of: "docs.jsonl.gz") == .compressedJSONL)
        #expect(InputReader.kind(of: "order.txt.gz") == .compressedDocument)
        #expect(InputReader.kind(of: "order.txt") == .document)
        #expect(InputReader.kind(of: "zip") == .document)
    }
}
