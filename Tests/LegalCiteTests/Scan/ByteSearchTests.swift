import Testing
@testable import LegalCite

/// The word-at-a-time searches answer as a byte-by-byte loop does.
@Suite("Byte searches")
struct ByteSearchTests {
    @Test func firstUpperAgreesWithAByteLoop() {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        // Bytes around the edges of the capitals (0x40 '@', 0x5B '[', 0xC1 = 0x41 | 0x80) and the
        // rest of the range; lengths that end inside and outside a word of eight.
        let alphabet: [UInt8] = [0x40, 0x41, 0x4D, 0x5A, 0x5B, 0x61, 0x7A, 0x20, 0x0A, 0x7F, 0x80, 0xC1, 0xDA, 0xFF, 0x30]
        for _ in 0..<2_000 {
            let length = Int(next() % 40)
            let bytes = (0..<length).map { _ in next() % 4 == 0 ? alphabet[Int(next() % UInt64(alphabet.count))] : UInt8(truncatingIfNeeded: next()) }
            let from = length == 0 ? 0 : Int(next() % UInt64(length))
            let end = from + Int(next() % UInt64(length - from + 1))
            bytes.withUnsafeBufferPointer { buffer in
                let expected = (from..<end).first { ByteClass.isUpper(buffer[$0]) } ?? end
                #expect(ByteSearch.firstUpper(in: buffer, from: from, before: end) == expected, "bytes \(bytes) from \(from) to \(end)")
            }
        }
    }
}
