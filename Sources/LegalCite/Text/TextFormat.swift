/// How the input is marked up. `auto` looks at the first bytes.
public enum TextFormat: String, Sendable, CaseIterable {
    case auto, text, html

    /// The block tags that mark HTML.
    private static let markers: [[UInt8]] = ["<br", "<p>", "<p ", "<div", "</p>", "<html", "<body", "<BR", "<P>"].map { Array($0.utf8) }

    /// `html` when the input opens with a tag or carries common block tags early on.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> TextFormat {
        let head = bytes.prefix(4096)
        var index = head.startIndex
        while index < head.endIndex, head[index] == 0x20 || head[index] == 0x0A || head[index] == 0x0D || head[index] == 0x09 {
            index += 1
        }
        if index < head.endIndex, head[index] == UInt8(ascii: "<") { return .html }
        var tags = 0
        var position = head.startIndex
        while position < head.endIndex {
            // From one `<` to the next (memchr), testing the few tags that mark HTML.
            position = ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: position, before: head.endIndex)
            guard position < head.endIndex else { break }
            if Self.markers.contains(where: { head[position...].starts(with: $0) }) { tags += 1 }
            position += 1
        }
        return tags >= 2 ? .html : .text
    }
}
