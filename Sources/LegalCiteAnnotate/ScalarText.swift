/// The original input with Unicode-scalar offsets (the contract's) turned into UTF-8 byte
/// offsets, for a sorted set of offsets in one pass: a long document is never held as an array
/// of scalars.
struct ScalarText {
    let bytes: [UInt8]
    /// The scalar count of the input.
    let scalarCount: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        scalarCount = bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Byte offset of each scalar offset of `sortedOffsets` (ascending; offsets past the end
    /// map to the end).
    func byteOffsets(_ sortedOffsets: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        result.reserveCapacity(sortedOffsets.count)
        var scalar = 0
        var byte = 0
        for target in sortedOffsets {
            while scalar < target && byte < bytes.count {
                byte += 1
                while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            result[target] = byte
        }
        return result
    }

    func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
