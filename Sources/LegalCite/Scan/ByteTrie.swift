/// A byte trie of abbreviations (reporters, codes) matched while ignoring white space.
///
/// Keys are stored without spaces, and the walk skips white space in the text, so `F. Supp. 2d`,
/// `F.Supp.2d` and `F. Supp.\n2d` all reach the same key. The walk reports every key that ends
/// at a word boundary, longest last, so a caller can fall back to a shorter one.
struct ByteTrie: Sendable {
    private var firstEdge: [Int32] = [0]
    private var edgeCount: [UInt16] = [0]
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var values: [Int32] = [-1]
    private var rootTable = [Int32](repeating: -1, count: 256)

    /// A key that matched: its value and the text offset just past its last byte.
    struct Hit { let value: Int; let end: Int }

    init(keys: [(key: String, value: Int)]) {
        // Build with dictionaries, then flatten breadth-first into sorted edge arrays.
        final class Node { var children: [UInt8: Node] = [:]; var value: Int32 = -1 }
        let root = Node()
        for (key, value) in keys {
            var node = root
            for byte in key.utf8 where !ByteClass.isSpace(byte) {
                if let child = node.children[byte] { node = child } else {
                    let child = Node(); node.children[byte] = child; node = child
                }
            }
            if node.value < 0 { node.value = Int32(value) }
        }
        var queue: [Node] = [root]
        var head = 0
        firstEdge = []; edgeCount = []; values = []
        while head < queue.count {
            let node = queue[head]; head += 1
            firstEdge.append(Int32(edgeBytes.count))
            edgeCount.append(UInt16(node.children.count))
            values.append(node.value)
            for (byte, child) in node.children.sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(Int32(queue.count))
                queue.append(child)
            }
        }
        for edge in 0..<Int(edgeCount[0]) { rootTable[Int(edgeBytes[edge])] = edgeTargets[edge] }
    }

    @inline(__always) private func child(of node: Int, byte: UInt8) -> Int? {
        if node == 0 { let target = rootTable[Int(byte)]; return target < 0 ? nil : Int(target) }
        let start = Int(firstEdge[node]), end = start + Int(edgeCount[node])
        var index = start
        while index < end {
            let edge = edgeBytes[index]
            if edge == byte { return Int(edgeTargets[index]) }
            if edge > byte { return nil }
            index += 1
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
