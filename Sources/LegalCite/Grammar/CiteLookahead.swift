/// Whether a number is the volume or title of the next citation rather than one more item of a
/// list or pin: `, 129 S. Ct. 1937`, `, 42 U.S.C. § 1985`, `, 2012 WL 1234`. The word after it must
/// be on the same line and look like an abbreviation (a period within it, or capitals only).
enum CiteLookahead {
    static func opensCitation(_ text: TextView, after end: Int) -> Bool {
        var cursor = end
        while cursor < text.count && ByteClass.isHorizontalSpace(text[cursor]) && cursor - end < 3 { cursor += 1 }
        guard cursor > end, ByteClass.isUpper(text[cursor]) else { return false }
        var wordEnd = cursor
        while wordEnd < text.count && !ByteClass.isSpace(text[wordEnd]) && wordEnd - cursor < 12 { wordEnd += 1 }
        let word = text.string(cursor..<wordEnd)
        let letters = word.filter(\.isLetter)
        if ["AND", "OR", "TO", "THE", "OF", "AT", "IN"].contains(word.trimmingCharacters(in: ",;")) { return false }
        return word.contains(".") || (letters.count >= 2 && letters.allSatisfy(\.isUppercase))
    }
}
