/// The words of subsequent history (`aff'd`, `cert. denied`, `overruled on other grounds by`,
/// Texas's `pet. ref'd` and `writ ref'd n.r.e.`), each with the relation it states. Read as
/// white-space-separated words, lower case, apostrophes as `'`; the longest phrase wins.
enum HistoryPhrases {
    struct Match {
        let relation: HistoryRelation
        /// The phrase's bytes: from its first word to the end of its last, without a trailing comma.
        let range: Range<Int>
    }

    private static let table: [(words: [String], relation: HistoryRelation)] = {
        var table: [(words: [String], relation: HistoryRelation)] = []
        func add(_ relation: HistoryRelation, _ phrases: String...) {
            for phrase in phrases { table.append((phrase.split(separator: " ").map(String.init), relation)) }
        }
        let grounds = ["", " on other grounds", " in part", " in relevant part", " on other grounds in part", " in part on other grounds"]
        for tail in grounds + [" mem.", " per curiam", " en banc", " by an equally divided court", " without opinion"] {
            add(.affirmed, "aff'd" + tail, "affd" + tail, "affirmed" + tail)
        }
        for tail in grounds + [" per curiam", " en banc"] { add(.reversed, "rev'd" + tail, "revd" + tail, "reversed" + tail) }
        for tail in grounds + [" as moot", " en banc"] { add(.vacated, "vacated" + tail, "judgment vacated" + tail) }
        for tail in grounds { add(.modified, "modified" + tail, "mod." + tail) }
        add(.remanded, "remanded")
        add(.certDenied, "cert. denied", "cert denied", "certiorari denied")
        add(.certGranted, "cert. granted", "cert granted", "certiorari granted")
        add(.certDismissed, "cert. dismissed", "cert dismissed", "certiorari dismissed", "cert. dismissed as improvidently granted")
        add(.rehearingDenied, "reh'g denied", "reh'g en banc denied", "rehearing denied", "rehearing en banc denied",
            "reh'g and reh'g en banc denied", "reh'g and suggestion for reh'g en banc denied")
        add(.other, "reh'g granted", "reh'g en banc granted", "rehearing granted", "rehearing en banc granted",
            "appeal dismissed", "petition for cert. filed", "cert. pending")
        for tail in ["", " by", " on other grounds", " on other grounds by", " in part", " in part by", " in part on other grounds by",
                     " as recognized in", " on other grounds as recognized in", " as stated in", " on other grounds as stated in"] {
            add(.overruled, "overruled" + tail)
            add(.abrogated, "abrogated" + tail)
        }
        for tail in ["by statute", "by statute on other grounds", "by statute as stated in", "by rule", "by rule as stated in",
                     "on other grounds by", "by", "in part by statute", "by statute on other grounds as stated in",
                     "by statute as recognized in", "by rule as recognized in", "on other grounds as recognized in", "as recognized in",
                     "on other grounds as stated in", "as stated in"] {
            add(.superseded, "superseded " + tail)
        }
        // Bluebook table T8's other phrases: a report adopted, leave to appeal, discretionary review.
        add(.other, "adopted", "adopted by", "report and recommendation adopted", "report and recommendation adopted by",
            "r. & r. adopted", "r&r adopted", "adopted in part", "lv. granted", "lv. dismissed", "leave to appeal granted",
            "review granted", "review dismissed", "appeal withdrawn", "appeal discontinued", "mandamus denied", "mandamus granted",
            "mandamus dismissed", "aff'd as modified", "modified and aff'd")
        // Texas petition and writ history; the petition or leave to appeal of other states.
        add(.petitionDenied, "pet. denied", "review denied", "appeal denied", "leave to appeal denied", "review den.", "lv. denied",
            "perm. app. denied", "app. denied", "lv. den.", "lv. den'd", "lv. to app. denied", "lv. to appeal denied", "discretionary review denied", "pet. for review denied", "petition for review denied",
            "further review denied", "transfer denied", "pet. disc. review denied", "pet. for disc. review denied",
            // Indiana's petition to transfer to its Supreme Court (`(Ind. Ct. App. 2011), trans. denied`).
            "trans. denied")
        add(.writRefused, "writ ref'd w.o.m.")
        add(.petitionRefused, "pet. ref'd", "pet. refused")
        add(.writDenied, "writ denied")
        add(.writRefused, "writ ref'd", "writ ref'd n.r.e.", "writ refused")
        add(.other, "pet. dism'd", "pet. dism'd w.o.j.", "pet. granted", "pet. filed", "pet. struck", "pet. abated", "pet. withdrawn",
            "pet. dism'd as moot", "no pet.", "no pet. h.", "no pet. hist.", "writ dism'd", "writ dism'd w.o.j.", "writ granted",
            "no writ", "writ dism'd by agr.", "pet. granted, judgm't vacated w.r.m.", "trans. granted", "trans. not sought", "trans. dismissed")
        table.sort { $0.words.count > $1.words.count }
        return table
    }()

    /// The letters phrases start with: a word starting otherwise is passed over at once.
    private static let firstLetters = Set(table.compactMap { $0.words.first?.first })

    /// Words of the text from `start`, up to `end`: each word's range and its lower-case form
    /// (`’` as `'`), without the `,`, `;`, `)` or `.` of a sentence that may follow it.
    private static func words(_ text: TextView, from start: Int, end: Int, count: Int) -> [(range: Range<Int>, bare: String)] {
        var words: [(range: Range<Int>, bare: String)] = []
        var cursor = start
        while words.count < count {
            while cursor < end && ByteClass.isSpace(text[cursor]) { cursor += 1 }
            let wordStart = cursor
            while cursor < end && !ByteClass.isSpace(text[cursor]) && text[cursor] != 0x2C && text[cursor] != 0x3B
                    && text[cursor] != 0x29 && cursor - wordStart < 24 { cursor += 1 }
            guard cursor > wordStart else { break }
            words.append((wordStart..<cursor, text.string(wordStart..<cursor).lowercased()))
            // A comma, semicolon or parenthesis ends the phrase's words.
            if cursor < end && !ByteClass.isSpace(text[cursor]) { break }
        }
        return words
    }

    /// The history phrase at `start` (after white space), if one stands there whole: the word
    /// after it is not a letter of prose (`reversed the judgment` is no history).
    static func match(_ text: TextView, at start: Int, end: Int) -> Match? {
        let written = words(text, from: start, end: end, count: 9)
        guard let first = written.first, let letter = first.bare.first, firstLetters.contains(letter) else { return nil }
        for (phrase, relation) in table where phrase.count <= written.count {
            var matches = true
            for (offset, word) in phrase.enumerated() {
                let bare = written[offset].bare
                // The sentence's period may stand after the last word (`aff'd.`), not inside.
                if bare != word && !(offset == phrase.count - 1 && bare == word + ".") { matches = false; break }
            }
            guard matches else { continue }
            var last = written[phrase.count - 1].range
            if text[last.upperBound - 1] == 0x2E && !phrase[phrase.count - 1].hasSuffix(".") { last = last.lowerBound..<last.upperBound - 1 }
            return Match(relation: relation, range: first.range.lowerBound..<last.upperBound)
        }
        return nil
    }

    /// Phrases joined by `,` or `and` from `start` (`aff'd in part, rev'd in part`, `rev'd and
    /// remanded`), and where the last ends.
    static func run(_ text: TextView, at start: Int, end: Int) -> [Match] {
        var matches: [Match] = []
        var cursor = start
        while let found = match(text, at: cursor, end: end) {
            matches.append(found)
            cursor = text.skipSpaces(from: found.range.upperBound, limit: 40)
            if text[cursor] == 0x2C { cursor = text.skipSpaces(from: cursor + 1, limit: 40) }
            if text.hasCaseless("and ", at: cursor) { cursor += 4 }
        }
        return matches
    }
}
