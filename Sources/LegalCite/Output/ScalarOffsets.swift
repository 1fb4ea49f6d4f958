/// Converts byte offsets of the original UTF-8 input to the Unicode-scalar offsets of the JSON
/// contract (Python's `text[start:end]`), in one pass over the input for all offsets at once.
struct ScalarOffsets {
    private var table: [Int: Int] = [:]
    private let identity: Bool

    init(_ input: UnsafeBufferPointer<UInt8>, offsets: [Int]) {
        identity = !input.contains { $0 >= 0x80 }
        guard !identity else { return }
        let sorted = Set(offsets).sorted()
        var scalars = 0
        var byte = 0
        for target in sorted {
            let limit = min(target, input.count)
            while byte < limit {
                if input[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            table[target] = scalars
        }
    }

    func scalar(_ byteOffset: Int) -> Int { identity ? byteOffset : table[byteOffset] ?? byteOffset }
}
