/// A byte trie of abbreviations (reporters, codes) matched while ignoring white space.
///
/// Keys are stored without spaces, and the walk skips white space in the text, so `F. Supp. 2d`,
/// `F.Supp.2d` and `F. Supp.\n2d` all reach the same key. The walk reports every key that ends
/// at a word boundary, longest last, so a caller can fall back to a shorter one.
///
/// Nodes live in flat arrays; each node's children form a list sorted by byte. Built from sorted
/// keys, a new child is always the last of its parent's list, so building needs no hashing.
struct ByteTrie: Sendable {
    private var bytes: [UInt8] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var values: [Int32] = [-1]
    private var rootTable = [Int32](repeating: -1, count: 256)

    /// A key that matched: its value and the text offset just past its last byte.
    struct Hit { let value: Int; let end: Int }

    init(keys: [(key: String, value: Int)]) {
        let stripped = keys.map { key -> (bytes: [UInt8], value: Int) in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(key.key.utf8.count)
            for byte in key.key.utf8 where !ByteClass.isSpace(byte) { bytes.append(byte) }
            return (bytes, key.value)
        }
        let order = stripped.indices.sorted { stripped[$0].bytes.lexicographicallyPrecedes(stripped[$1].bytes) }
        var lastChild: [Int32] = [-1]
        for index in order {
            let (key, value) = stripped[index]
            var node = 0
            for byte in key {
                let last = Int(lastChild[node])
                if last >= 0 && bytes[last] == byte {
                    node = last
                    continue
                }
                let child = bytes.count
                bytes.append(byte); firstChild.append(-1); nextSibling.append(-1); values.append(-1); lastChild.append(-1)
                if last >= 0 { nextSibling[last] = Int32(child) } else { firstChild[node] = Int32(child) }
                lastChild[node] = Int32(child)
                if node == 0 { rootTable[Int(byte)] = Int32(child) }
                node = child
            }
            if values[node] < 0 { values[node] = Int32(value) }
        }
    }

    @inline(__always) private func child(of node: Int, byte: UInt8) -> Int? {
        if node == 0 { let target = rootTable[Int(byte)]; return target < 0 ? nil : Int(target) }
        var edge = Int(firstChild[node])
        while edge >= 0 {
            let label = bytes[edge]
            if label == byte { return edge }
            if label > byte { return nil }
            edge = Int(nextSibling[edge])
        }
        return nil
    }

    /// Walks from `start`; appends to `hits` every key that ends at a boundary (the next byte is
    /// white space, punctuation or the end), in order of increasing length.
    func matches(in text: UnsafeBufferPointer<UInt8>, at start: Int, into hits: inout [Hit]) {
        var node = 0
        var index = start
        let count = text.count
        while index < count {
            let byte = text[index]
            if ByteClass.isSpace(byte) {
                // Skip white space inside a key: a line break too, even the blank line of
                // double-spaced text (`459 F.⏎⏎   Supp. 3d`), never more.
                var next = index
                var newlines = 0
                while next < count && ByteClass.isSpace(text[next]) && next - index < 16 {
                    if text[next] == 0x0A { newlines += 1 }
                    next += 1
                }
                guard newlines <= 2, next < count, let target = child(of: node, byte: text[next]) else { return }
                node = target
                index = next + 1
            } else {
                guard let target = child(of: node, byte: byte) else { return }
                node = target
                index += 1
            }
            if values[node] >= 0 {
                let last = text[index - 1]
                let boundary = index == count || !ByteClass.isAlphanumeric(text[index]) || !ByteClass.isAlphanumeric(last)
                if boundary { hits.append(Hit(value: Int(values[node]), end: index)) }
            }
        }
    }
}
