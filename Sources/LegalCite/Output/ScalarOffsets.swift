/// Converts byte offsets of the original UTF-8 input to the Unicode-scalar offsets of the JSON
/// contract (Python's `text[start:end]`), in one pass over the input for all offsets at once.
/// Offsets are kept sorted and looked up by binary search (no hashing); an ASCII input, found
/// eight bytes at a time, needs no table at all.
struct ScalarOffsets {
    /// Sorted, distinct byte offsets and the scalar offset of each.
    private var bytes: [Int] = []
    private var scalars: [Int] = []
    private let identity: Bool

    init(_ input: UnsafeBufferPointer<UInt8>, offsets: [Int]) {
        identity = Self.isASCII(input)
        guard !identity else { return }
        let sorted = offsets.sorted()
        bytes.reserveCapacity(sorted.count)
        scalars.reserveCapacity(sorted.count)
        var count = 0
        var byte = 0
        let base = input.baseAddress!
        for target in sorted where bytes.last != target {
            let limit = min(target, input.count)
            // Eight bytes at a time: a scalar starts at every byte that is not 0b10xxxxxx.
            while byte + 8 <= limit {
                let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuation.nonzeroBitCount
                byte += 8
            }
            while byte < limit {
                if base[byte] & 0xC0 != 0x80 { count += 1 }
                byte += 1
            }
            bytes.append(target)
            scalars.append(count)
        }
    }

    func scalar(_ byteOffset: Int) -> Int {
        guard !identity else { return byteOffset }
        var low = 0, high = bytes.count
        while low < high {
            let middle = (low + high) / 2
            if bytes[middle] < byteOffset { low = middle + 1 } else { high = middle }
        }
        return low < bytes.count && bytes[low] == byteOffset ? scalars[low] : byteOffset
    }

    private static func isASCII(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstNonASCII(in: input, from: 0, before: input.count) == input.count
    }
}
