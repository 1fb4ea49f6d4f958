import Foundation
import Testing
@testable import LegalCite

/// Lines are kept as line starts in blocks (issue 17: 20 MB of `\n` cost 320 MB of lines):
/// they must read back exactly as lines stored one by one did, and cost little per line.
@Suite("Lines")
struct LinesTests {
    /// The lines as the readers saw them before: each one's range and trimmed range.
    static func naive(_ bytes: [UInt8], limit: Int = .max) -> [(Range<Int>, Range<Int>)] {
        let end = min(bytes.count, limit)
        var lines: [(Range<Int>, Range<Int>)] = []
        var start = 0
        while start < end {
            var stop = start
            while stop < end && bytes[stop] != 0x0A { stop += 1 }
            var first = start, last = stop
            while first < last && ByteClass.isSpace(bytes[first]) { first += 1 }
            while last > first && ByteClass.isSpace(bytes[last - 1]) { last -= 1 }
            lines.append((start..<stop, first..<last))
            start = stop + 1
        }
        return lines
    }

    static func check(_ bytes: [UInt8], limit: Int = .max) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let lines = Lines(TextView(bytes: buffer), limit: limit).lines
            let expected = naive(bytes, limit: limit)
            guard lines.count == expected.count else { return false }
            for (line, (range, trimmed)) in zip(lines, expected) where line.range != range || line.trimmed != trimmed {
                return false
            }
            for index in stride(from: lines.count - 1, through: 0, by: -1) where lines[index].range != expected[index].0 {
                return false
            }
            return true
        }
    }

    @Test func readsBackEveryLineOfRandomText() {
        var random = SplitMix64(seed: 17)
        // Short lines, long lines (past 255 bytes a block), white space, a text with and
        // without a final line feed, and limits inside it.
        let pieces: [[UInt8]] = [[0x0A], [0x20], [0x09], [0x0C], [0x0D], Array("word".utf8), Array("Case No. 12-2486".utf8),
                                 [UInt8](repeating: 0x61, count: 300), [UInt8](repeating: 0x20, count: 270)]
        for round in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<120, using: &random) { bytes += pieces.randomElement(using: &random)! }
            let limit = round % 3 == 0 ? Int.random(in: 0...max(0, bytes.count), using: &random) : .max
            #expect(Self.check(bytes, limit: limit), "round \(round)")
        }
        #expect(Self.check([]))
        #expect(Self.check(Array("\n".utf8)))
        #expect(Self.check(Array("a\n\nb".utf8)))
    }

    @Test func newlineDenseTextCostsLittleMoreThanAByteALine() {
        let bytes = [UInt8](repeating: 0x0A, count: 1_000_000)
        bytes.withUnsafeBufferPointer { buffer in
            let lines = Lines(TextView(bytes: buffer)).lines
            #expect(lines.count == 1_000_000)
            #expect(lines.storageBytes <= 1_600_000, "\(lines.storageBytes) bytes for a million lines")
            #expect(lines[999_999].range == 999_999..<999_999 && lines[999_999].isBlank)
        }
        // Lines of ordinary length: a few bytes a line, well under one for each byte of text.
        let prose = [UInt8](String(repeating: "The court grants the motion to dismiss in part.\n", count: 20_000).utf8)
        prose.withUnsafeBufferPointer { buffer in
            let lines = Lines(TextView(bytes: buffer)).lines
            #expect(lines.count == 20_000)
            #expect(lines.storageBytes <= prose.count / 4, "\(lines.storageBytes) bytes for \(prose.count) of text")
        }
    }
}

extension SplitMix64: RandomNumberGenerator {}
