import Foundation
import Testing
@testable import LegalCiteBatch

/// Property: count in = count out under damage. Seeded random folders of documents (good,
/// empty, not UTF-8, binary) and tar, tar.gz and zip archives of such members, some of the
/// archives damaged (cut short, bytes overwritten, a run of NULs): every file and every member
/// of a sound archive gives exactly one record, in order; a damaged archive gives at most one
/// record per member and one for the damage, never a phantom; when a tar's records stop short
/// of its members, a record says why; every error record has its reason.
@Suite("Property: count in = count out under damage")
struct BatchPropertyTests {
    enum Damage: CaseIterable { case none, truncated, overwritten, nulRun }

    struct Archive {
        let url: URL
        let format: Fixtures.Format
        let members: [String]
        let damage: Damage
    }

    static func member(_ random: inout SplitMix64Generator, number: Int) -> [UInt8] {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return []
        case 1: return Array("Order \(number).\n".utf8) + [0xFF, 0xFE, 0x41]
        case 2: return [0x00, 0x01, 0x02, 0x03]
        default:
            let words = (0..<Int.random(in: 1..<400, using: &random)).map { _ in ["See", "556 U.S. 662", "(2009);", "ECF No. 21.", "the", "court"].randomElement(using: &random)! }
            return Array("Order \(number). \(words.joined(separator: " "))\n".utf8)
        }
    }

    static func damage(_ url: URL, _ damage: Damage, _ random: inout SplitMix64Generator) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.count > 2 else { return }
        switch damage {
        case .none: return
        case .truncated: bytes.removeLast(Int.random(in: 1..<bytes.count, using: &random))
        case .overwritten:
            for _ in 0..<Int.random(in: 1...8, using: &random) { bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
        case .nulRun:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
            bytes.replaceSubrange(start..<end, with: [UInt8](repeating: 0, count: end - start))
        }
        try Data(bytes).write(to: url)
    }

    @Test func everyInputGivesItsRecordsAndEveryErrorItsReason() throws {
        var random = SplitMix64Generator(seed: 0x17_2)
        var damagedArchives = 0, records = 0
        for round in 0..<30 {
            let folder = try Fixtures.folder().appendingPathComponent("in")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var files: [String] = []
            for number in 0..<Int.random(in: 0...3, using: &random) {
                let url = folder.appendingPathComponent("f\(number).txt")
                try Fixtures.write(Self.member(&random, number: number), to: url)
                files.append(url.path)
            }
            var archives: [Archive] = []
            for number in 0..<Int.random(in: 1...3, using: &random) {
                let format = [Fixtures.Format.tar, .tarGzip, .zip].randomElement(using: &random)!
                let url = folder.appendingPathComponent("a\(number)" + (format == .tar ? ".tar" : format == .tarGzip ? ".tar.gz" : ".zip"))
                let names = (0..<Int.random(in: 0...8, using: &random)).map { "m\($0).txt" }
                try Fixtures.archive(names.enumerated().map { .file($0.element, Self.member(&random, number: $0.offset)) }, format: format, to: url)
                let damage = Damage.allCases.randomElement(using: &random)!
                try Self.damage(url, damage, &random)
                archives.append(Archive(url: url, format: format, members: names, damage: damage))
                if damage != .none { damagedArchives += 1 }
            }
            let run = try Fixtures.run([folder.path], jobs: 1 + round % 2)
            records += run.records.count
            #expect(run.summary.documents == run.records.count, "round \(round)")
            for record in run.records where record.error != nil {
                #expect(!record.error!.isEmpty, "round \(round): \(record.name ?? "") has an empty reason")
            }
            // Each input's records, in input order (a folder is read in name order).
            var rest = run.records[...]
            let inputs = (files.map { ($0, nil as Archive?) } + archives.map { ($0.url.path, $0 as Archive?) }).sorted { $0.0 < $1.0 }
            for (path, archive) in inputs {
                let mine = rest.prefix { $0.name == path || $0.name?.hasPrefix(path + "!") == true }
                rest = rest.dropFirst(mine.count)
                guard let archive else {
                    #expect(mine.count == 1, "round \(round): \(path) gave \(mine.count) records")
                    continue
                }
                let members = mine.filter { $0.name != path }.map { String($0.name!.dropFirst(path.count + 1)) }
                let own = mine.filter { $0.name == path }
                let what = "round \(round): \(archive.format) \(archive.damage) of \(archive.members.count) members: \(mine.map { "\($0.name ?? "") \($0.error ?? "ok")" })"
                if archive.damage == .none {
                    if archive.members.isEmpty {
                        #expect(own.count == 1 && own.first?.error == "archive holds no documents", "\(what)")
                    } else {
                        #expect(members == archive.members && own.isEmpty, "\(what)")
                    }
                    continue
                }
                // Damaged: no phantoms, one record at most for the damage, and it comes last.
                #expect(!mine.isEmpty, "\(what)")
                #expect(members.count <= archive.members.count && Set(members).count == members.count, "\(what)")
                #expect(own.count <= 1 && (own.isEmpty || mine.last?.name == path), "\(what)")
                if archive.format != .zip {
                    // A tar's members come one after another: what is read is a prefix of them,
                    // and an archive read short says so.
                    #expect(members == Array(archive.members.prefix(members.count)), "\(what)")
                    if members.count < archive.members.count {
                        #expect(own.count == 1 || mine.last?.error != nil, "\(what)")
                    }
                }
            }
            #expect(rest.isEmpty, "round \(round): records left over \(rest.map { $0.name ?? "" })")
        }
        #expect(damagedArchives > 20 && records > 200, "\(damagedArchives) damaged archives, \(records) records")
    }
}
