/// The joints of a list of numbers (sections, rules, docket entries): `, `, ` and `, `, and `,
/// ` & `, ` or `, ` through `. Returns where the next item starts, or nil when no joint follows.
enum ListJoin {
    /// `wrapAfterComma`: how much white space a comma may be followed by (a list wrapped onto the
    /// next line, even into another column).
    static func next(_ text: TextView, after cursor: Int, wrapAfterComma: Int = 2) -> Int? {
        var next = cursor
        let comma = text[next] == 0x2C
        if comma { next += 1 }
        next = comma && wrapAfterComma > 2 ? text.skipSpaces(from: next, limit: wrapAfterComma) : skipWrap(text, from: next)
        var joined = comma
        let joints: [StaticString] = ["and", "AND", "or", "&", "through"]
        for word in joints where text.has(word, at: next) && ByteClass.isSpace(text[next + word.utf8CodeUnitCount]) {
            next += word.utf8CodeUnitCount
            joined = true
            break
        }
        guard joined else { return nil }
        return skipWrap(text, from: next)
    }

    /// One or two spaces, or a line break with the next line's indent (`20 CFR 404.1567(b) and ⏎
    /// 416.967(b)`): a list wrapped onto the next line.
    private static func skipWrap(_ text: TextView, from start: Int) -> Int {
        let near = text.skipSpaces(from: start, limit: 2)
        guard text.contains("\n", in: start..<near) || text[near] == 0x0A else { return near }
        return text.skipSpaces(from: start, limit: 12)
    }
}

