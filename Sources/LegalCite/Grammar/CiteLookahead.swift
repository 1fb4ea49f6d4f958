/// Whether a number is the volume or title of the next citation rather than one more item of a
/// list or pin: `, 129 S. Ct. 1937`, `, 42 U.S.C. § 1985`, `, 2012 WL 1234`, `151⏎ A.3d 778`. The
/// word after it must look like an abbreviation: one with a period may stand on the next line;
/// one in capitals only (`WL`) must stand on the same line, so a caption's `PATRICIA` never does.
enum CiteLookahead {
    static func opensCitation(_ text: TextView, after end: Int) -> Bool {
        var cursor = end
        var newlines = 0
        while cursor < text.count && ByteClass.isSpace(text[cursor]) && cursor - end < 24 {
            if text[cursor] == 0x0A { newlines += 1 }
            cursor += 1
        }
        guard cursor > end, newlines <= 1, ByteClass.isUpper(text[cursor]) else { return false }
        var wordEnd = cursor
        while wordEnd < text.count && !ByteClass.isSpace(text[wordEnd]) && wordEnd - cursor < 12 { wordEnd += 1 }
        let word = text.string(cursor..<wordEnd)
        let letters = word.filter(\.isLetter)
        if ["AND", "OR", "TO", "THE", "OF", "AT", "IN"].contains(word.trimmedASCII(",;")) { return false }
        // `F.3d`, `NW2d`, `P2d`: letters and digits together name a reporter series.
        let series = word.contains(where: \.isNumber) && !letters.isEmpty
        return word.contains(".") || series || (newlines == 0 && letters.count >= 2 && letters.allSatisfy(\.isUppercase))
    }
}
