/// The sentence around a mention, cut from the text around it (white space folded): from the
/// end of the sentence before to the end of the mention's own; where the text given ends first,
/// the cut is said (`cutBefore`, `cutAfter`) and the partial word at that end dropped. Periods
/// of citations (`U.S.`, `v.`, `Id.`, `No.`) end no sentence.
public struct Sentence: Equatable, Sendable {
    public let before: String
    public let mention: String
    public let after: String
    /// Whether the sentence runs past the text given on that side.
    public let cutBefore: Bool
    public let cutAfter: Bool

    public init(before: String, mention: String, after: String, cutBefore: Bool, cutAfter: Bool) {
        self.before = before
        self.mention = mention
        self.after = after
        self.cutBefore = cutBefore
        self.cutAfter = cutAfter
    }

    /// Words before a period that never end a sentence in legal writing.
    private static let abbreviations: Set<String> = [
        "v", "vs", "id", "no", "nos", "fed", "civ", "crim", "app", "evid", "bankr", "supp", "cir", "ct",
        "inc", "co", "corp", "ltd", "llc", "dist", "dep", "dept", "ex", "e.g", "i.e", "cf", "see", "mr", "mrs",
        "ms", "dr", "jr", "sr", "st", "gen", "stat", "pub", "reg", "sec", "art", "amend", "const", "ann",
        "rev", "ed", "cl", "pp", "p", "para", "doc", "dkt", "ecf", "tr", "compl", "mot", "br", "op", "n",
        "hon", "u.s", "u.s.c", "c.f.r", "s", "f", "r", "l", "d", "a", "u", "j", "jj", "al", "assn", "ass'n",
        "cal", "ill", "tex", "fla", "mass", "mich", "pa", "wash", "ariz", "colo", "conn", "kan", "ky",
        "minn", "miss", "mo", "neb", "nev", "okla", "or", "tenn", "va", "wis", "wyo", "ga", "ala", "ark",
    ]

    /// Cuts the sentence holding `mention` from `context`; when the mention's text is not found
    /// in it (a context of another width), the context is the sentence.
    public static func cut(context: String, mention: String) -> Sentence {
        let folded = mention.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" })
            .joined(separator: " ")
        let scalars = Array(context.unicodeScalars)
        let needle = Array(folded.unicodeScalars)
        guard !needle.isEmpty, let start = nearestMiddle(needle, in: scalars) else {
            return Sentence(before: "", mention: context, after: "", cutBefore: false, cutAfter: false)
        }
        let end = start + needle.count
        // Back to just after the end of the sentence before.
        var left = start
        var cutBefore = true
        var index = start - 1
        while index > 0 {
            if isSentenceEnd(scalars, at: index - 1) { left = index; cutBefore = false; break }
            index -= 1
        }
        if cutBefore {
            // Past the partial word the context opens with, when there is a word break before the mention.
            left = 0
            if let space = scalars[..<start].firstIndex(of: " ") { left = space + 1 }
        }
        var right = scalars.count
        var cutAfter = true
        index = end
        while index < scalars.count {
            if isSentenceEnd(scalars, at: index) { right = index + 1; cutAfter = false; break }
            index += 1
        }
        if cutAfter, let space = scalars[end...].lastIndex(of: " ") { right = space }
        func text(_ range: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[range])
            return String(out)
        }
        return Sentence(before: String(text(left..<start).drop { $0 == " " }),
                        mention: text(start..<end), after: text(end..<right),
                        cutBefore: cutBefore, cutAfter: cutAfter)
    }

    /// The occurrence of `needle` whose start is nearest the middle of `haystack` (the index
    /// centers the context on the mention).
    private static func nearestMiddle(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        let middle = (haystack.count - needle.count) / 2
        var best: Int?
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) {
                if best == nil || abs(start - middle) < abs(best! - middle) { best = start }
            }
        }
        return best
    }

    /// Whether the scalar at `index` ends a sentence: `.`, `?` or `!` (then any closing quote or
    /// parenthesis) before a space and a capital, a quote or an opening bracket, and the word
    /// before a period no abbreviation, initial or number.
    private static func isSentenceEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let mark = scalars[index]
        guard mark == "." || mark == "?" || mark == "!" else { return false }
        var next = index + 1
        while next < scalars.count, "\"'”’)]".unicodeScalars.contains(scalars[next]) { next += 1 }
        guard next + 1 < scalars.count, scalars[next] == " " else { return false }
        let following = scalars[next + 1]
        guard following.properties.isUppercase || "\"“(['".unicodeScalars.contains(following) else { return false }
        guard mark == "." else { return true }
        var wordStart = index
        while wordStart > 0, !scalars[wordStart - 1].properties.isWhitespace, !"(\"“[".unicodeScalars.contains(scalars[wordStart - 1]) {
            wordStart -= 1
        }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[wordStart..<index])
        let lowered = String(word).lowercased()
        if lowered.isEmpty || abbreviations.contains(lowered) { return false }
        if lowered.count <= 2 && String(word).first?.isUppercase == true { return false }
        if lowered.allSatisfy({ $0.isNumber }) && lowered.count < 4 { return false }
        return true
    }
}
