/// The joints of a list of numbers (sections, rules, docket entries): `, `, ` and `, `, and `,
/// ` & `, ` or `, ` through `. Returns where the next item starts, or nil when no joint follows.
enum ListJoin {
    /// `wrapAfterComma`: how much white space a comma may be followed by (a list wrapped onto the
    /// next line, even into another column).
    static func next(_ text: TextView, after cursor: Int, wrapAfterComma: Int = 2) -> Int? {
        var next = cursor
        let comma = text[next] == 0x2C
        if comma { next += 1 }
        next = text.skipSpaces(from: next, limit: comma ? wrapAfterComma : 2)
        var joined = comma
        let joints: [StaticString] = ["and ", "AND ", "or ", "& ", "through "]
        for word in joints where text.has(word, at: next) {
            next += word.utf8CodeUnitCount
            joined = true
            break
        }
        guard joined else { return nil }
        return text.skipSpaces(from: next, limit: 2)
    }
}

