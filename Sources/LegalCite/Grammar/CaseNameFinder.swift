/// Reads the case name that precedes a full cite: `Ashcroft v. Iqbal, 556 U.S. 662` →
/// plaintiff `Ashcroft`, defendant `Iqbal`; `See In re Bucchino, 439 B.R. 761` → `In re Bucchino`.
///
/// It walks back from the comma before the volume, word by word, and stops at what cannot be part
/// of a name: a lower-case word that is not a connector (`of`, `the`, `ex rel.`), punctuation that
/// closes a clause, or a sentence end. Signals (`See`, `Cf.`, `But see`) are dropped.
enum CaseNameFinder {
    struct Name {
        let plaintiff: String?
        let defendant: String?
        let name: String
        let start: Int
        /// California writes the year between name and cite: `In re K.F. (2009) 1 U.S. 1`.
        var year: Int? = nil
        /// And the court with it, for a case of another court: `Grant v. Esquire, Inc. (S.D.N.Y.
        /// 1973) 367 F.Supp. 876`.
        var courtText: String? = nil
    }

    /// Lower-case words that may stand inside a case name.
    static let connectors: Set<String> = [
        "of", "the", "and", "for", "de", "du", "la", "le", "ex", "rel.", "in", "re", "on", "to", "by",
        "a", "an", "et", "al.", "v.", "vs.", "v", "d/b/a", "dba", "aka", "a/k/a", "&", "von", "van", "der", "del",
        "y", "parte", "at", "upon", "from", "as", "with",
    ]

    /// Signals and prose words that may open the words before a name and belong to no name.
    private static let signals: Set<String> = [
        "see", "see,", "also", "also,", "cf.", "cf.,", "but", "accord", "accord,", "compare", "contra", "e.g.,", "e.g.",
        "and", "with", "citing", "quoting", "in", "under", "following", "generally", "also", "see,", "supra", "infra",
    ]

    private static let namePrefixes: [String] = ["In re ", "In Re ", "Ex parte ", "In the Matter of ", "Matter of ", "Estate of ",
                                                  "Petition of ", "Application of ", "In the matter of ", "In the Interest of ",
                                                  "In the interest of ", "In Interest of ", "Interest of ", "Succession of "]

    /// The name before a cite: set off by a comma (`Iqbal, 556 U.S. 662`), or not (`Lissner v.
    /// Test 1 U.S. 1`, New York's `(Rogers v Rogers, 63 NY2d 582`), after a cite with blank volume
    /// and page (`Hurst v. Florida, — U.S. —, 136 S. Ct. 616`, `Craig v. Harrah, ___ Nev. ___ [201
    /// P.2d 1081]`) or California's year (`Yield Dynamics, Inc. v. TEA Systems Corp. (2007) 154
    /// Cal.App.4th 547`).
    static func find(before volumeStart: Int, in text: TextView) -> Name? {
        var end = text.skipSpacesBackward(from: volumeStart, limit: 4)
        // `___ Nev. ___ [201 P.2d 1081]`: a bracketed cite after a blank one.
        if text[end - 1] == 0x5B { end = skipBlankCite(before: text.skipSpacesBackward(from: end - 1, limit: 2), in: text) ?? end }
        var year: Int? = nil
        // `In Re Carroll’s Estate (1921), 59 Mont. 403`: the year in parentheses before the comma.
        if text[end - 1] == 0x2C, let (found, start) = californiaYear(before: text.skipSpacesBackward(from: end - 1, limit: 1), in: text) {
            year = found
            end = text.skipSpacesBackward(from: start, limit: 2)
        } else if let (found, start) = californiaYear(before: end, in: text) {
            year = found
            end = text.skipSpacesBackward(from: start, limit: 2)
            // `Viking River Cruises v. Moriana (2022) _ U.S. _ [213 L.Ed.2d 179]`
        } else if let blank = skipBlankCite(before: end, in: text), let (found, start) = californiaYear(before: blank, in: text) {
            year = found
            end = text.skipSpacesBackward(from: start, limit: 2)
        }
        // New York: `Rogers v Rogers (63 NY2d 582 [1984])`, the cite in parentheses after the name.
        if year == nil, text[end - 1] == 0x28 { end = text.skipSpacesBackward(from: end - 1, limit: 2) }
        let comma = text[end - 1] == 0x2C
        if comma {
            end -= 1
            end = skipDocketNumber(before: end, in: text)
        } else if year == nil && !ByteClass.isAlphanumeric(text[end - 1]) && text[end - 1] != 0x2E {
            return nil
        }
        var name: Name?
        if let versus = findVersus(before: end, in: text), versus.upperBound < end {
            let defendant = text.words(versus.upperBound..<end)
            guard isName(defendant, asDefendant: true), !defendant.isEmpty, comma || year != nil || isBareDefendant(defendant) else { return nil }
            let (plaintiff, start) = plaintiff(before: versus.lowerBound, in: text)
            guard let plaintiff, let start else { return nil }
            name = Name(plaintiff: plaintiff, defendant: defendant, name: "\(plaintiff) v. \(defendant)", start: start)
        } else {
            name = prefixedName(before: end, in: text) ?? (comma ? shortName(before: end, in: text) : nil)
        }
        name?.year = year
        if year != nil, let (_, _, court) = californiaCourtAndYear(before: text.skipSpacesBackward(from: volumeStart, limit: 4), in: text) {
            name?.courtText = court
        }
        return name
    }

    private static let corporateSuffixes: Set<String> = ["Inc.", "LLC", "L.L.C.", "Co.", "Corp.", "Ltd.", "L.P.", "LLP", "N.A.", "P.C.", "P.A.", "S.A."]

    /// A defendant written without a comma before the cite: its last word a name's (`Test`,
    /// `Co.`), no docket number (`No. 5:23-CV-00471`) nor a reporter's running head (`Cite as`).
    private static func isBareDefendant(_ defendant: String) -> Bool {
        guard let last = defendant.splitOnSpaces().last, let first = last.first,
              first.isUppercase || first.isNumber || last.hasSuffix(".") else { return false }
        return !defendant.contains("Cite as") && !defendant.contains(", No.") && !defendant.contains(" No. ")
    }

    /// `See Loup-Miller, 676 P.2d 1170`: a full cite under the short name of its case, one to
    /// three capitalized words right after a signal or an opening parenthesis.
    private static func shortName(before end: Int, in text: TextView) -> Name? {
        var words: [(String, Int)] = []
        var cursor = text.skipSpacesBackward(from: end, limit: 2)
        while words.count < 4 {
            let start = text.wordStart(endingAt: cursor)
            guard start < cursor else { break }
            var word = text.string(start..<cursor)
            // `…(2020); Boeing Co., 365 NLRB No. 154`: the string cite's last item ended just before.
            if word.utf8.last == 0x3B { return words.isEmpty ? nil : shortName(words) }
            if word.utf8.first == 0x28 {
                word.removeFirst()
                guard !word.isEmpty, isNameWord(word), !connectors.contains(word) else { return nil }
                words.append((word, start + 1))
                return words.count <= 3 ? shortName(words) : nil
            }
            if ["See", "see", "Cf.", "cf.", "also", "e.g.,", "accord", "Accord", "Compare", "compare"].contains(word) {
                return words.isEmpty || words.count > 3 ? nil : shortName(words)
            }
            // `See The Court, …`, `See Id., …`, `See Plaintiff's Brief, …` name no case.
            guard let first = word.unicodeScalars.first, first.properties.isUppercase,
                  !endsClause(word), !stopsName(word), !["The", "Id.", "This", "That"].contains(word),
                  !word.hasSuffix("'s"), !word.hasSuffix("s'") else { return nil }
            words.append((word, start))
            cursor = text.skipSpacesBackward(from: start, limit: 2)
        }
        return nil
    }

    private static func shortName(_ words: [(String, Int)]) -> Name? {
        guard let first = words.last else { return nil }
        let name = words.reversed().map(\.0).joined(separator: " ")
        return Name(plaintiff: nil, defendant: nil, name: name, start: first.1)
    }

    /// `(2009)` just before `end`: its year and where it opens.
    private static func californiaYear(before end: Int, in text: TextView) -> (Int, Int)? {
        guard end >= 6, text[end - 1] == 0x29 else { return nil }
        if text[end - 6] != 0x28, let (year, open, _) = californiaCourtAndYear(before: end, in: text) { return (year, open) }
        guard text[end - 6] == 0x28,
              (end - 5..<end - 1).allSatisfy({ ByteClass.isDigit(text[$0]) }),
              let year = Int(text.string(end - 5..<end - 1)), year >= 1800, year <= 2100 else { return nil }
        return (year, end - 6)
    }

    /// `(S.D.N.Y. 1973)`, `(9th Cir. 2004)` just before `end`: a court's abbreviation (capitalized,
    /// with a period) and a year; its year, where it opens, and the court as written.
    static func californiaCourtAndYear(before end: Int, in text: TextView) -> (Int, Int, String)? {
        guard end >= 12, text[end - 1] == 0x29, text[end - 6] == 0x20,
              (end - 5..<end - 1).allSatisfy({ ByteClass.isDigit(text[$0]) }),
              let year = Int(text.string(end - 5..<end - 1)), year >= 1800, year <= 2100 else { return nil }
        var open = end - 7
        while open > 0 && end - open < 40 && text[open] != 0x28 {
            if text[open] == 0x29 || text[open] == 0x0A || text[open] == 0x2C || text[open] == 0x3B { return nil }
            open -= 1
        }
        guard text[open] == 0x28, ByteClass.isUpper(text[open + 1]) else { return nil }
        let court = text.words(open + 1..<end - 6)
        guard court.contains("."), !court.contains(" v. ") else { return nil }
        return (year, open, court)
    }

    /// `— Nev. —`, `___ U.S. ___`, `_ U.S. _` just before `end` (after a comma or not): where it
    /// starts. (Dashes of every width are `-` in the normalized text.)
    private static func skipBlankCite(before end: Int, in text: TextView) -> Int? {
        var start = end
        var steps = 0
        while start > 0 && steps < 30 && text[start - 1] != 0x2C && text[start - 1] != 0x29 && text[start - 1] != 0x0A { start -= 1; steps += 1 }
        let segment = text.words(start..<end)
        guard isBlankCite(segment), segment.contains(where: \.isLetter) else { return nil }
        return text.skipSpacesBackward(from: start, limit: 2)
    }

    /// `- U.S. -`, `___ Nev. ___`: a cite whose volume and page are left blank, opening and
    /// closing with dashes (of every width: `-` in the normalized text) or underscores.
    private static func isBlankCite(_ segment: String) -> Bool {
        let blanks = ["-", "_"]
        return segment.count < 30 && blanks.contains(where: segment.hasPrefix) && blanks.contains(where: segment.hasSuffix)
    }

    /// `Calta v. N. Am. Arms, Inc., Case No. 05-1266, 2007 U.S. Dist. LEXIS 96116` and
    /// `Shinn v. Ramirez, --- S.Ct. ---, 2022 WL 1611786`: a docket number or a cite with blank
    /// volume and page between the name and the cite is passed over.
    private static func skipDocketNumber(before end: Int, in text: TextView) -> Int {
        var result = end
        for _ in 0..<3 {
            var cursor = result
            var steps = 0
            while cursor > 0 && text[cursor - 1] != 0x2C && steps < 50 { cursor -= 1; steps += 1 }
            guard cursor > 0, text[cursor - 1] == 0x2C else { return result }
            let segment = text.words(cursor..<result)
            let docket = ["No. ", "Nos. ", "Case No. ", "Civ. No. ", "Civil Action No. ", "Civ. A. No. ", "Docket No. ", "Cause No. "]
                .contains { segment.hasPrefix($0) }
            guard docket || isBlankCite(segment) || isLouisianaCite(segment) else { return result }
            result = cursor - 1
        }
        return result
    }

    /// Louisiana's public-domain cite between name and reporter: `95-0754, p. 3 (La.App. 1 Cir.
    /// 12/15/95)`, read as its comma-separated pieces (`95-0754`, `p. 3 (La.App. 1 Cir. 12/15/95)`).
    private static func isLouisianaCite(_ segment: String) -> Bool {
        let bytes = Array(segment.utf8)
        guard !bytes.isEmpty, bytes.count < 60 else { return false }
        // `95-0754`, `2009-1234`: a docket of the court.
        if let dash = bytes.firstIndex(of: 0x2D), dash >= 2, dash <= 4,
           bytes[..<dash].allSatisfy(ByteClass.isDigit), bytes[(dash + 1)...].allSatisfy(ByteClass.isDigit), bytes.count - dash > 2 {
            return true
        }
        // `p. 3 (La.App. 1 Cir. 12/15/95)`, `(La. 3/10/99)`: the pages and the court and date.
        return segment.contains("(La.") && segment.hasSuffix(")") && segment.contains("/")
    }

    /// The ` v. ` between the parties, within reach of `end` and inside one clause.
    private static func findVersus(before end: Int, in text: TextView) -> Range<Int>? {
        var index = end - 1
        let limit = max(0, end - 220)
        while index > limit {
            let byte = text[index]
            if byte == 0x3B || byte == 0x28 || byte == 0x29 || byte == 0x22 || byte == 0x5B || byte == 0x5D { return nil }
            if byte == 0x0A && text[index - 1] == 0x0A { return nil }
            if byte == 0x76 && ByteClass.isSpace(text[index - 1]) {
                if text.has(". ", at: index + 1) || text.has(".\n", at: index + 1) { return index - 1..<index + 3 }
                if text.has("s. ", at: index + 1) { return index - 1..<index + 4 }
                if ByteClass.isSpace(text[index + 1]) { return index - 1..<index + 2 }
            }
            index -= 1
        }
        return nil
    }

    private static func plaintiff(before end: Int, in text: TextView) -> (String?, Int?) {
        var words: [(text: String, start: Int)] = []
        var cursor = text.skipSpacesBackward(from: end, limit: 4)
        while cursor > 0 && words.count < 9 {
            if text[cursor - 1] == 0x0A && text[cursor - 2] == 0x0A { break }
            let start = text.wordStart(endingAt: cursor)
            guard start < cursor else { break }
            var word = text.string(start..<cursor)
            // `(Newbold v Arvidson, 105 Idaho 663`: the name opens after the parenthesis.
            if let first = word.utf8.first, first == 0x28 || first == 0x5B, word.utf8.count > 1 {
                word.removeFirst()
                if isNameWord(word) && !endsClause(word) && !stopsName(word) { words.append((word, start + 1)) }
                break
            }
            // `Thrift Funds Canal, Inc. v. Foy`: a comma before a company's suffix stays in the name.
            let beforeSuffix = word.hasSuffix(",") && words.last.map { corporateSuffixes.contains($0.text) } == true
                && isNameWord(String(word.dropLast()))
            if !beforeSuffix && (!isNameWord(word) || endsClause(word) || stopsName(word)) { break }
            // `Cite as State v. Robinson`: a reporter's running head before the name.
            if word == "as", text.has("Cite ", endingAt: text.skipSpacesBackward(from: start, limit: 2) + 1) || text.has("cite ", endingAt: text.skipSpacesBackward(from: start, limit: 2) + 1) { break }
            if endsSentence(word) && !words.isEmpty { break }
            // `The Court in Smith v. Jones`, `the Ninth Circuit in Doe v. Roe`: the court that
            // decided the case stands before it, no part of its name.
            if word == "in", !words.isEmpty, start > 1 {
                let before = text.skipSpacesBackward(from: start, limit: 4)
                if Self.courtWords.contains(text.string(text.wordStart(endingAt: before)..<before)) { break }
            }
            words.append((word, start))
            cursor = text.skipSpacesBackward(from: start, limit: 4)
        }
        words.reverse()
        // Drop signals and leading connectors: `See`, `But see`, `of Daubert`.
        while let first = words.first {
            let lower = first.text.lowercased()
            let lead = words.prefix(2).map(\.text).joined(separator: " ") + " "
            if words.count > 1 && namePrefixes.contains(where: { $0.hasPrefix(lead) || lead.hasPrefix($0) }) { break }
            if signals.contains(lower) || (connectors.contains(first.text) && first.text.first?.isLowercase == true) {
                words.removeFirst()
            } else {
                break
            }
        }
        guard let first = words.first else { return (nil, nil) }
        return (words.map(\.text).joined(separator: " "), first.start)
    }

    /// The words that end a court's name: `The Court`, `the Ninth Circuit`, `the Court of Appeals`.
    private static let courtWords: Set<String> = ["Court", "court", "Courts", "courts", "Circuit", "circuit", "Appeals", "Panel", "panel"]

    /// `In re Bucchino`, `Ex parte Young`: names without a `v.`.
    private static func prefixedName(before end: Int, in text: TextView) -> Name? {
        let from = max(0, end - 120)
        // Most cites have no such prefix: look for its bytes before any string work.
        var hasPrefix = false
        var index = from
        while index + 3 < end && !hasPrefix {
            switch text[index] {
            case 0x49: hasPrefix = text.has("In re", at: index) || text.has("In Re", at: index) || text.has("In the", at: index)
                || text.has("In Interest", at: index) || text.has("Interest of", at: index)   // I
            case 0x53: hasPrefix = text.has("Succession of", at: index)  // S
            case 0x45: hasPrefix = text.has("Ex parte", at: index) || text.has("Estate of", at: index)  // E
            case 0x4D: hasPrefix = text.has("Matter of", at: index)  // M
            case 0x50: hasPrefix = text.has("Petition of", at: index)  // P
            case 0x41: hasPrefix = text.has("Application of", at: index)  // A
            default: break
            }
            index += 1
        }
        guard hasPrefix else { return nil }
        let window = text.words(from..<end)
        for prefix in namePrefixes {
            guard let found = window.lastRange(of: prefix) else { continue }
            let name = String(window[found.lowerBound...])
            guard isName(String(name.dropFirst(prefix.count)), asDefendant: true) else { continue }
            // Map the start back: count the name's bytes from the end, skipping white space runs.
            guard let start = locate(name, endingAt: end, in: text) else { continue }
            return Name(plaintiff: nil, defendant: nil, name: name, start: start)
        }
        return nil
    }

    /// The offset where `words` (white space folded) begins, given that it ends at `end`.
    private static func locate(_ words: String, endingAt end: Int, in text: TextView) -> Int? {
        var cursor = end
        var remaining = Array(words.utf8)
        while let last = remaining.last, cursor > 0 {
            let byte = text[cursor - 1]
            if ByteClass.isSpace(byte) {
                cursor -= 1
                if last == 0x20 { remaining.removeLast() }
                continue
            }
            guard byte == last else { return nil }
            remaining.removeLast()
            cursor -= 1
        }
        return remaining.isEmpty ? cursor : nil
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        // The common case first: a capitalized word, a number or a sum, no set lookups.
        if let byte = word.utf8.first, ByteClass.isUpper(byte) || ByteClass.isDigit(byte) || byte == 0x24 { return true }
        if connectors.contains(word) { return true }
        // Particles joined to a capitalized name: `al-Marri`, `el-Masri`, `d'Alessio`.
        if let joint = word.firstIndex(where: { $0 == "-" || $0 == "'" }), word.distance(from: word.startIndex, to: joint) <= 3,
           word[word.index(after: joint)...].first?.isUppercase == true {
            return true
        }
        if signals.contains(word.lowercased()) { return true }
        return first.properties.isUppercase || ("0"..."9").contains(first) || first == "&" || first == "'"
    }

    private static func endsClause(_ word: String) -> Bool {
        word.utf8.contains(where: ByteClass.isNameBreak)
            || (word.utf8.last == 0x2C && !signals.contains(word.lowercased()))
    }

    /// Signals and sentence openers that a plaintiff's name never contains: `See`, `Cf.`, `In`
    /// (but `In re` opens names without `v.`, handled apart), `quoting`.
    private static let stopWords: Set<String> = ["see", "see,", "cf.", "cf.,", "but", "accord", "accord,", "compare", "contra",
                                                 "e.g.,", "e.g.", "citing", "quoting", "also", "also,", "generally"]

    private static func stopsName(_ word: String) -> Bool {
        guard word.utf8.count <= 9 else { return false }
        return word == "In" || word == "And" || word == "With" || stopWords.contains(word.lowercased())
    }

    /// `Court.`, `Kansas.`, `702.`: a word closing with a period ends a sentence unless it is an
    /// abbreviation of case names (reporters-db's table: `Co.`, `Pharm.`, `Ass'n`), an initial
    /// (`J.`), a dotted form (`U.S.`), or three letters or fewer (`St.`, `Bd.`).
    static func endsSentence(_ word: String) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let letters = word.dropLast().filter(\.isLetter).count
        if letters == 0 { return true }  // `702.`: a number closing a sentence
        if letters <= 3 || word.dropLast().contains(".") || word.contains("'") { return false }
        return !abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = {
        var set = Set(TSV.rows(CaseNameAbbreviationData.tsv).map { String($0[0]) })
        set.formUnion(["Const.", "Assocs.", "Indus.", "Servs.", "Enters.", "Holdings.", "Bros.", "Cnty.", "Pharm.", "Pharms.", "Ariz.", "Cal.", "Colo.", "Conn.", "Fla.", "Ill.", "Ind.", "Kan.", "Mass.", "Mich.", "Minn.", "Miss.", "Mont.", "Nev.", "Okla.", "Penn.", "Tenn.", "Tex.", "Wash.", "Wis.", "Wyo."])
        return set
    }()

    /// Words of a name: each capitalized, a number, or a connector; at most 14 of them.
    private static func isName(_ name: String, asDefendant: Bool) -> Bool {
        let words = name.splitOnSpaces()
        guard !words.isEmpty, words.count <= 14 else { return false }
        guard let first = words.first?.unicodeScalars.first,
              first.properties.isUppercase || ("0"..."9").contains(first) || first == "'" || first == "$" else { return false }
        for word in words {
            let text = String(word).trimmedASCII(",")
            if text.isEmpty { continue }
            if !isNameWord(text) { return false }
            if signals.contains(text.lowercased()) && text.first?.isLowercase == true && !connectors.contains(text) { return false }
        }
        return true
    }
}
