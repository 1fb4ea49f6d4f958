/// The parenthetical after a case cite that names its court and year: `(2009)`,
/// `(9th Cir. 2006)`, `(2d Cir.1996)`, `(M.D. Fla. Nov. 27, 2007)`, `(Bankr. D.N.M. 2010)`, and
/// New York's brackets: `[1984]`, `[D Kan 2006]`.
struct CourtParenthetical {
    let range: Range<Int>
    let year: Int
    /// The court as written, date removed (`M.D. Fla.`), or nil for a bare year.
    let courtText: String?
    /// Texas's petition and writ history after the year: `(Tex. App.-Dallas 1999, pet. denied)`.
    var history: [HistoryPhrases.Match] = []

    private static let months: [String] = [
        "Jan", "Feb", "Mar", "Apr", "May", "June", "Jun", "July", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "January", "February", "March", "April", "August", "September", "October", "November", "December",
    ]

    /// Reads a parenthetical opening at `start` (after white space) whose content ends in a year.
    static func read(_ text: TextView, at start: Int) -> CourtParenthetical? {
        let open = text.skipSpaces(from: start, limit: 3)
        let close: Int
        // (Double-spaced PDF text breaks a court's name with a blank line: `(Tex. App.—⏎⏎Houston`.)
        if text[open] == 0x28, let found = Balanced.closing(text, open: open, limit: 120, acrossBlankLines: true) {
            close = found
        } else if text[open] == 0x5B, let found = (open + 1..<min(text.count, open + 60)).first(where: { text[$0] == 0x5D || text[$0] == 0x5B || text[$0] == 0x0A }),
                  text[found] == 0x5D {
            close = found
        } else {
            return nil
        }
        // The year: four digits just before the `)`, or before the history that ends it.
        var history: [HistoryPhrases.Match] = []
        var yearEnd = text.skipSpacesBackward(from: close, limit: 2)
        if !ByteClass.isDigit(text[yearEnd - 1]), let (comma, phrases) = trailingHistory(text, open: open, close: close) {
            yearEnd = text.skipSpacesBackward(from: comma, limit: 2)
            history = phrases
        }
        // A span of years, a journal's volume for an academic year: `(1993-94)`, `(1993-1994)`:
        // the first.
        for width in [2, 4] where yearEnd - width - 5 > open && text[yearEnd - width - 1] == 0x2D
            && (yearEnd - width..<yearEnd).allSatisfy({ ByteClass.isDigit(text[$0]) }) && !ByteClass.isDigit(text[yearEnd - width - 6]) {
            yearEnd -= width + 1
            break
        }
        let yearStart = yearEnd - 4
        guard yearStart > open, (yearStart..<yearEnd).allSatisfy({ ByteClass.isDigit(text[$0]) }),
              !ByteClass.isDigit(text[yearStart - 1]),
              let year = Int(text.string(yearStart..<yearEnd)), year >= 1600, year <= 2100 else { return nil }
        var words = text.words(open + 1..<yearStart)
        // Drop a date before the year: `Nov. 27,`, `Nov. 27`, `November 2007`.
        if let dateStart = dateStart(in: words) { words = String(words[..<dateStart]) }
        words = words.trimmedASCII(" ,")
        return CourtParenthetical(range: open..<close + 1, year: year, courtText: words.isEmpty ? nil : words, history: history)
    }

    /// `, pet. denied` or `, no writ` ending the parenthetical: the comma before it and its phrases.
    private static func trailingHistory(_ text: TextView, open: Int, close: Int) -> (Int, [HistoryPhrases.Match])? {
        // From the right: `2005, pet. denied, cert. denied` has its year before the second comma.
        var comma = close - 1
        for _ in 0..<3 {
            while comma > open && text[comma] != 0x2C { comma -= 1 }
            guard comma > open else { return nil }
            let phrases = HistoryPhrases.run(text, at: text.skipSpaces(from: comma + 1, limit: 3), end: close)
            if let last = phrases.last, text.skipSpaces(from: last.range.upperBound, limit: 3) == close,
               ByteClass.isDigit(text[text.skipSpacesBackward(from: comma, limit: 2) - 1]) {
                return (comma, phrases)
            }
            comma -= 1
        }
        return nil
    }

    private static func dateStart(in words: String) -> String.Index? {
        let tokens = words.splitOnSpaces()
        guard let last = tokens.last else { return nil }
        var dateTokens = 0
        let lastBare = String(last).trimmedASCII(",")
        if Int(lastBare) != nil, tokens.count >= 2 {
            let month = String(tokens[tokens.count - 2]).trimmedASCII(".,")
            if months.contains(month) { dateTokens = 2 }
        } else if months.contains(String(last).trimmedASCII(".,")) {
            dateTokens = 1
        }
        guard dateTokens > 0 else { return nil }
        let keep = tokens.dropLast(dateTokens)
        guard let lastKept = keep.last else { return words.startIndex }
        return lastKept.endIndex
    }
}

/// Finds the `)` that closes the `(` at `open`, allowing one level of nesting.
enum Balanced {
    static func closing(_ text: TextView, open: Int, limit: Int, acrossBlankLines: Bool = false) -> Int? {
        var depth = 0
        var index = open
        let end = min(text.count, open + limit)
        while index < end {
            switch text[index] {
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth == 0 { return index }
            case 0x0A where text[index + 1] == 0x0A && !acrossBlankLines: return nil
            default: break
            }
            index += 1
        }
        return nil
    }
}
