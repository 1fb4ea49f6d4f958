/// The signature block: `s/ David J. Waxse` / `United States Magistrate Judge`; `TOBY CROUSE
/// UNITED STATES DISTRICT JUDGE.`; `Dated in Kansas City, Kansas on this 26th day of November,
/// 2012` → 2012-11-26 and the place; `Signed by District Judge Daniel D. Crabtree on 7/13/2017`.
struct SignatureReader {
    struct Patterns: Sendable {
        /// The title at the end of a line; what stands before it on the line is read in Swift.
        let judgeTitle = Alternatives(SignatureReader.judgeTitleBranches.map { try! Pattern($0) })
        /// `William C. Griesbach, District Judge` on a short line of its own.
        let shortJudgeTitle = Alternatives(SignatureReader.shortJudgeTitleBranches.map { try! Pattern($0, requiring: ["Judge"]) })
        let signed = try! Pattern(#"(?m)^[ \t]*/?[sS]/[ \t]*([A-Z][^\n]{2,60}?)[ \t]*$"#, requiring: ["s/", "S/"])
        /// `Signed by Royce C. Lamberth, Chief Judge, on August 14, 2012.`
        let signedByName = try! Pattern(
            #"Signed\s+by\s+([A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){1,3}),\s+((?:Chief\s+|Senior\s+)?(?:United\s+States\s+)?(?:District\s+|Magistrate\s+|Bankruptcy\s+|Circuit\s+)?Judge),?\s+on\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})"#)
        /// A clerk's docket text: `Signed by Magistrate Judge Stanley A. Boone on 7/17/17`,
        /// `signed by Judge John R. Tunheim on August 31, 2010`, `(Signed by Judge Melinda Harmon)`,
        /// `Signed by Judge Cindy K Jorgenson on 11/23/12`, `Signed by Honorable Judge Myron H. Thompson
        /// on 7/21/2021` (the honorific is not the title), `(Ordered by Judge Reed C O'Connor on 4/2/2014)`,
        /// `Signed by Magistrate Judge Richard L. Bourgeois, Jr. on 3/4/2020` (the suffix is the name's),
        /// `ORDER signed by Judge Mary H Murguia` at the end of its line.
        let signedBy = try! Pattern(
            #"(?m)(?:Signed|signed|SIGNED|Ordered|ORDERED)\s+by\s+(?:(?:Honorable|HONORABLE|Hon\.|HON\.)\s+)?((?:(?:Chief|Senior)\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?:(?:District|Magistrate|Bankruptcy|Circuit|DISTRICT|MAGISTRATE)\s+)?(?:Judge|JUDGE))\s+([A-Z][A-Za-z.'’-]*(?:\s+(?:[A-Z][A-Za-z.'’-]*|Mc[A-Z][a-z]+)){1,3}?(?:,?\s+(?:Jr|Sr|JR|SR|III|II)\.?)?)(?=\s+on\s|\s*[.);(]|,|[ \t]*$)(?:\s+on\s+(?:(\d{1,2})/(\d{1,2})/(\d{2,4})|([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})))?"#)
        /// `26th day of November, 2012`: found by its words; the day number and a place before it
        /// (`in Kansas City, Kansas on this`) are read back from there in Swift.
        let dayOf = try! Pattern(#"(?i:day)\s+of\s+([A-Z][a-z]+),?\s+(\d{4})"#)
        /// `Dated: June 4, 2012`, `ORDERED this …`, `DONE and ORDERED in Chambers in Orlando, Florida on
        /// June 3, 2020` (the place is checked in Swift: a city and a state); not a head's `Filing Date:` or `Date Decided:`
        /// (what the head reader dates the writing by, standing inside the window of a short text).
        let dated = try! Pattern(
            #"(?:Dated|DATED|Signed|SIGNED|Entered|ENTERED|(?<!Filing )(?<!Filed )(?<!Modified )(?<!FILING )(?:Date|DATE)(?![ \t]+(?i:decided|submitted|filed|argued|issued|received))|ORDERED|(?:Done|DONE)\s+(?:and|AND)\s+(?:ordered|ORDERED|Ordered))\b,?(?:\s+in\s+(?:Chambers|CHAMBERS|chambers),?)?(?:\s+(?:in|at)\s+([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2},\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?))?[^\n\d]{0,30}?\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})"#, requiring: ["Date", "DATE", "Signed", "SIGNED", "Entered", "ENTERED", "ORDERED", "Done", "DONE"])
        /// The place, then the date on the next line: `At St. Paul, Minnesota` ⏎ `October 14, 2011.`
        /// (a bankruptcy court's dating line, at the head or the end); `Dated: Brooklyn, New York` ⏎
        /// `October 9, 2009`.
        let placeThenDate = try! Pattern(
            #"(?m)^[ \t]*(?:At|AT|Dated[ \t]+at|DATED[ \t]+AT|Dated[ \t]+in|Dated:|DATED:)[ \t]+([A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+){0,2},[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]*,?[ \t]*\n[ \t]*([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})\.?[ \t]*$"#,
            requiring: ["At", "AT", "Dated", "DATED"])
        /// `June 28, 2022` alone on a line near the signature.
        let dateLine = try! Pattern(#"(?m)^[ \t]*([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})[ \t]*$"#)
        let slashed = try! Pattern(
            #"(?:Dated|DATED|Signed|SIGNED|Entered|ENTERED|(?<!Filed )(?<!Modified )(?:Date|DATE)(?![ \t]+(?i:decided|submitted|filed|argued|issued|received)))\b[^\n\d]{0,20}(\d{1,2})/(\d{1,2})/(\d{2,4})"#, requiring: ["Date", "DATE", "Signed", "SIGNED", "Entered", "ENTERED"])
        /// `Signed on 12/23/11 by Judge Michael H. Simon.` (a clerk's docket text).
        let signedOnBy = try! Pattern(
            #"Signed\s+on\s+(\d{1,2})/(\d{1,2})/(\d{2,4})\s+by\s+((?:(?:Chief|Senior)\s+)?(?:(?:District|Magistrate|Bankruptcy|Circuit)\s+)?Judge)\s+([A-Z][A-Za-z.'’-]*(?:\s+(?:[A-Z][A-Za-z.'’-]*|Mc[A-Z][a-z]+)){1,3}?)(?=\s*[.)]|,)"#,
            requiring: ["Signed on"])
        /// A signature line, then the name and a bare title: `______` ⏎ `DAVID G. HAYES, JUDGE`.
        let underSignatureLine = try! Pattern(
            #"(?m)^[ \t]*_{5,}[ \t]*\n[ \t]*([A-Z][A-Za-z.'’ -]{2,60}?),?[ \t]+(JUDGE|Judge|JUSTICE|Justice|J\.|C\.[ \t]?J\.|P\.[ \t]?J\.)[ \t]*\.?[ \t]*$"#,
            requiring: ["_____"])
        /// A New York justice's line at the end: `JOHN J. KELLEY, J.S.C.`, `HON. MARY SMITH, A.J.S.C.`,
        /// alone or in the right column; a federal judge's initials (`NOEL L. HILLMAN, U.S.D.J.`,
        /// `Hon. Jane Doe, U.S.M.J.`, the District of New Jersey's).
        let justiceLine = try! Pattern(
            #"(?m)(?:^|[ \t]{2,})[ \t]*(?:HON\.[ \t]+|Hon\.[ \t]+)?([A-Z][A-Za-z.'’-]*(?:[ \t][A-Z][A-Za-z.'’-]*){1,4}),[ \t]+((?:A\.)?J\.S\.C\.?|JSC|J\.C\.C\.|U\.S\.[DMB]\.J\.)[ \t]*$"#,
            requiring: ["J.S.C", "JSC", "J.C.C.", "S.D.J.", "S.M.J.", "S.B.J."])
    }

    /// `Chief United States District Judge` and the like: a title with `Chief`, with `Senior`,
    /// with neither (three branches of one alternation, so each opens with one letter; see
    /// `Alternatives`).
    private static let ranks = [#"(?i:chief)\s+"#, #"(?i:senior)\s+"#, ""]
    private static func judgeTitle(_ ranks: String) -> String {
        #"(?m)((?:"# + ranks + #")(?i:United\s+States|U\.\s?S\.)\s+(?i:District|Magistrate|Bankruptcy|Circuit)\s+(?i:Court\s+)?(?i:Judge))\.?[ \t]*$"#
    }
    static let judgeTitleBranches = ranks.map(judgeTitle)
    /// The same as one pattern.
    static let judgeTitlePattern = judgeTitle(ranks.joined(separator: "|"))

    /// `District Judge`, `Chief Circuit Judge`: the short title, one branch per first letter
    /// (`Chief …` before `Circuit`, as the optional rank is tried first).
    private static let shortTitles = [#"Chief\s+(?:District|Magistrate|Bankruptcy|Circuit)|Circuit"#,
                                      #"Senior\s+(?:District|Magistrate|Bankruptcy|Circuit)"#, "District", "Magistrate", "Bankruptcy"]
    private static func shortJudgeTitle(_ titles: String) -> String { #"(?m)((?:"# + titles + #")\s+Judge)\.?[ \t]*$"# }
    static let shortJudgeTitleBranches = shortTitles.map(shortJudgeTitle)
    /// The same as one pattern.
    static let shortJudgeTitlePattern = shortJudgeTitle(shortTitles.joined(separator: "|"))

    let text: TextView
    let patterns: Patterns
    /// State names (lower case) to their abbreviations, to recognize a place line.
    let courtsStates: [String: String]

    func read(excluding notes: [Range<Int>]) -> Signature? {
        let start = max(0, text.count - 4000)
        var judge: String? = nil, title: String? = nil, date: String? = nil, place: String? = nil
        // The judges who sign under `CONCUR:` (`We concur:`) only join the writer's opinion.
        let concurAt = concurrenceLabel(from: start)
        func last(_ pattern: some Searchable, from: Int = start, signer: Bool = false, dating: Bool = false, _ body: (Match) -> Void) {
            var latest: Int? = nil
            pattern.forEachMatch(in: text.bytes, from: from) { match in
                if signer, let concurAt, match.range.lowerBound > concurAt { return }
                if dating, underClerksBlock(match.range.lowerBound) { return }
                if !notes.contains(where: { $0.contains(match.range.lowerBound) }) { latest = match.range.lowerBound }
            }
            guard let latest else { return }
            // Re-run anchored at the latest match so `body` sees live groups.
            if let again = pattern.match(in: text.bytes, at: latest) { body(again) }
        }
        var signatureAt: Int? = nil
        /// Where the date was read, for the signature's position when no judge's line is.
        var datedAt: Int? = nil
        last(patterns.signed, signer: true) { match in
            signatureAt = match.range.lowerBound
            // A panel's `/s/` lines, one under another (Michigan's three judges): no one signer.
            guard !followsSignedLine(match.range.lowerBound) else { return }
            judge = text.words(match.range(1)!).trimmedASCII(" ,_")
            // `/s/JON E. DEGUILIO` ⏎ `CHIEF JUDGE`: the title on the line below.
            title = titleOnNextLine(after: match.range.upperBound)
        }
        last(patterns.judgeTitle, signer: true) { match in
            signatureAt = signatureAt ?? match.range.lowerBound
            title = NameCase.titleCaseIfShouting(text.words(match.range(1)!))
            let prefix = lineBefore(match.range.lowerBound)
            if judge == nil {
                if !prefix.isEmpty, looksLikeName(prefix) {
                    judge = prefix
                } else if let tail = trailingName(prefix) {
                    judge = tail
                } else {
                    judge = previousLineName(before: match.range.lowerBound)
                }
            }
        }
        if title == nil {
            last(patterns.shortJudgeTitle, signer: true) { match in
                let prefix = lineBefore(match.range.lowerBound)
                // `Michael R. Murphy` ⏎ `Circuit Judge`: the name on the line above.
                let name = prefix.isEmpty ? previousLineName(before: match.range.lowerBound) : prefix
                guard let name, name.utf8.count <= 50, looksLikeName(name) else { return }
                signatureAt = signatureAt ?? match.range.lowerBound
                title = text.words(match.range(1)!)
                if judge == nil { judge = name }
            }
        }
        last(patterns.signedByName) { match in
            judge = judge ?? text.words(match.range(1)!)
            title = title ?? text.words(match.range(2)!)
            if date == nil, let month = DateWords.month(text.string(match.range(3)!)) {
                datedAt = match.range.lowerBound; date = DateWords.iso(year: text.string(match.range(5)!), month: month, day: text.string(match.range(4)!))
            }
        }
        last(patterns.signedOnBy, from: 0) { match in
            if judge == nil { judge = text.words(match.range(5)!); title = title ?? text.words(match.range(4)!) }
            guard date == nil else { return }
            var year = text.string(match.range(3)!)
            if year.count == 2 { year = DateWords.fullYear(year) }
            datedAt = match.range.lowerBound; date = DateWords.iso(year: year, month: Int(text.string(match.range(1)!)), day: text.string(match.range(2)!))
        }
        if judge == nil {
            last(patterns.underSignatureLine, signer: true) { match in
                judge = text.words(match.range(1)!).trimmedASCII(" ,")
                title = title ?? text.words(match.range(2)!)
                signatureAt = signatureAt ?? match.range.lowerBound
            }
        }
        // The writer's line just above the concurring judges' label (California's `O'ROURKE, J.` ⏎
        // `WE CONCUR:`; `RUSHING, P.J.` under a signature line): the one who signed.
        if judge == nil, let concurAt, Self.opensConcurrence(text, at: concurAt), let (name, written) = writerAbove(concurAt) {
            judge = name
            title = title ?? written
            signatureAt = signatureAt ?? text.lineStart(before: concurAt)
        }
        if judge == nil || title == nil {
            last(patterns.justiceLine, signer: true) { match in
                let name = text.words(match.range(1)!).trimmedASCII(" ,")
                // Under `/s/ Noel L. Hillman` the line gives the title of the same judge only.
                guard judge.map({ $0.lowercased() == name.lowercased() }) ?? true else { return }
                judge = judge ?? name
                title = title ?? text.words(match.range(2)!)
                signatureAt = signatureAt ?? match.range.lowerBound
            }
        }
        last(patterns.signedBy, from: 0) { match in
            if judge == nil { judge = Self.withoutSentenceEnd(text.words(match.range(2)!)); title = title ?? text.words(match.range(1)!) }
            guard date == nil else { return }
            if let month = match.range(3) {
                var year = text.string(match.range(5)!)
                if year.count == 2 { year = DateWords.fullYear(year) }
                datedAt = match.range.lowerBound; date = DateWords.iso(year: year, month: Int(text.string(month)), day: text.string(match.range(4)!))
            } else if let month = match.range(6) {
                datedAt = match.range.lowerBound; date = DateWords.iso(year: text.string(match.range(8)!), month: DateWords.month(text.string(month)), day: text.string(match.range(7)!))
            }
        }
        var dateAt = -1
        last(patterns.dayOf) { match in
            // Back over `26th `, `24" `, `7 `: the day.
            var cursor = text.skipSpacesBackward(from: match.range.lowerBound, limit: 3)
            while cursor > 0 && (ByteClass.isLetter(text[cursor - 1]) || text[cursor - 1] == 0x22) && match.range.lowerBound - cursor < 6 { cursor -= 1 }
            let dayEnd = cursor
            while cursor > 0 && ByteClass.isDigit(text[cursor - 1]) && dayEnd - cursor < 2 { cursor -= 1 }
            guard cursor < dayEnd else { return }
            // A decision's day (`handed down on the 18th day of`), not a signing's.
            let before = text.string(max(0, cursor - 24)..<cursor).lowercased()
            if DateWords.decisionVerbs.contains(where: { before.hasSuffix("\($0) on the ") }) { return }
            dateAt = cursor
            datedAt = cursor
            date = DateWords.iso(year: text.string(match.range(2)!), month: DateWords.month(text.string(match.range(1)!)), day: text.string(cursor..<dayEnd))
            place = placeBefore(cursor) ?? placeAfter(match.range.upperBound)
        }
        last(patterns.dated, dating: true) { match in
            guard match.range.lowerBound > dateAt, let month = DateWords.month(text.string(match.range(2)!)) else { return }
            datedAt = match.range.lowerBound; date = DateWords.iso(year: text.string(match.range(4)!), month: month, day: text.string(match.range(3)!))
            place = match.range(1).flatMap { placeName(text.words($0)) } ?? placeBetween(match.range.lowerBound, match.range(2)!.lowerBound)
                ?? placeAfter(match.range.upperBound) ?? placeOnNextLine(after: match.range.upperBound) ?? place
        }
        if date == nil {
            last(patterns.placeThenDate, from: 0) { match in
                guard let month = DateWords.month(text.string(match.range(2)!)), let written = placeName(text.words(match.range(1)!)) else { return }
                datedAt = match.range.lowerBound; date = DateWords.iso(year: text.string(match.range(4)!), month: month, day: text.string(match.range(3)!))
                place = written
            }
        }
        if date == nil, let signatureAt {
            // A bare date line counts only beside the signature (not a filing date in a header).
            last(patterns.dateLine, from: max(0, text.count - 1500), dating: true) { match in
                guard abs(match.range.lowerBound - signatureAt) < 600, let month = DateWords.month(text.string(match.range(1)!)) else { return }
                datedAt = match.range.lowerBound; date = DateWords.iso(year: text.string(match.range(3)!), month: month, day: text.string(match.range(2)!))
                place = place ?? placeOnLine(before: match.range.lowerBound) ?? placeOnNextLine(after: match.range.upperBound)
            }
        }
        if date == nil {
            last(patterns.slashed, dating: true) { match in
                var year = text.string(match.range(3)!)
                if year.count == 2 { year = DateWords.fullYear(year) }
                datedAt = match.range.lowerBound; date = DateWords.iso(year: year, month: Int(text.string(match.range(1)!)), day: text.string(match.range(2)!))
            }
        }
        if let name = judge { judge = Self.bareName(name).map(NameCase.titleCaseIfShouting) }
        guard judge != nil || date != nil else { return nil }
        var signature = Signature(judge: judge, title: title, date: date, place: place)
        signature.position = signatureAt ?? datedAt
        return signature
    }

    /// Where a line of its own labels the concurring judges' signatures (`CONCUR:`, `We concur:`,
    /// Tennessee, California), at or after `start`; nil when none does.
    private func concurrenceLabel(from start: Int) -> Int? {
        Self.concurrenceLabel(in: text, from: start, to: text.count)
    }

    /// The first line from `start` (up to `limit`) that is a concurrence label, or nil.
    static func concurrenceLabel(in text: TextView, from start: Int, to limit: Int) -> Int? {
        var cursor = start
        while cursor < min(limit, text.count) {
            let end = text.lineEnd(from: cursor)
            if end - cursor < 40, concurrenceLabels.contains(text.words(cursor..<end).trimmedASCII(" ").lowercased()) { return cursor }
            cursor = end + 1
        }
        return nil
    }

    /// The lines that label the concurring judges' signatures, in lower case.
    static let concurrenceLabels: Set<String> = ["concur:", "concur.", "concur", "we concur:", "we concur.", "we concur", "concurring:", "i concur:", "concurs:"]

    /// Whether a concurrence label (`WE CONCUR:`) stands below the line ending at `offset`, past
    /// blank lines and signature lines of underscores (at most six lines down): that line is the
    /// writer's signature, not a head's author line.
    static func concurrenceLabelFollows(_ text: TextView, after offset: Int) -> Bool {
        var cursor = text.lineEnd(from: offset) + 1
        for _ in 0..<6 {
            guard cursor < text.count else { return false }
            let end = text.lineEnd(from: cursor)
            let line = text.words(cursor..<end).trimmedASCII(" ")
            cursor = end + 1
            if line.isEmpty || line.allSatisfy({ $0 == "_" }) { continue }
            return line.utf8.count < 40 && openingConcurrenceLabels.contains(line.lowercased())
        }
        return false
    }

    /// The labels over the concurring judges' names (`WE CONCUR:`, Tennessee's `CONCUR:`), not the
    /// word after them (Ohio's `BELFANCE, P. J.` ⏎ `CARR, J.` ⏎ `CONCUR.`, whose names above it are
    /// the concurring judges', not the writer's).
    static let openingConcurrenceLabels: Set<String> = ["concur:", "we concur:", "we concur.", "we concur", "concurring:", "i concur:"]

    /// Whether the concurrence label line at `offset` opens the concurring judges' names.
    static func opensConcurrence(_ text: TextView, at offset: Int) -> Bool {
        openingConcurrenceLabels.contains(text.words(offset..<text.lineEnd(from: offset)).trimmedASCII(" ").lowercased())
    }

    /// The titles a writer signs with above the concurring judges (`J.`, `P. J.`, `Acting P.J.`).
    private static let writerTitles: Set<String> = ["j.", "p.j.", "p. j.", "acting p.j.", "acting p. j.", "c.j.", "c. j.", "judge", "justice", "presiding judge", "presiding justice"]

    /// The writer's line above the concurrence label at `labelAt`: the last non-blank line before it
    /// (past signature lines of underscores), `NAME, TITLE` with the name in capitals (`O'ROURKE,
    /// J.`, `McCONNELL, P. J.`, `RUSHING, P.J.`); the name and the title as written, or nil.
    private func writerAbove(_ labelAt: Int) -> (String, String)? {
        var end = text.lineStart(before: labelAt)
        for _ in 0..<6 {
            guard end > 0 else { return nil }
            let start = text.lineStart(before: end - 1, limit: 200)
            let line = text.words(start..<(end - 1)).trimmedASCII(" ")
            end = start
            if line.isEmpty || line.allSatisfy({ $0 == "_" }) { continue }
            guard line.utf8.count <= 60, let comma = line.firstIndex(of: ",") else { return nil }
            let name = String(line[..<comma]).trimmedASCII(" ")
            let written = String(line[line.index(after: comma)...]).trimmedASCII(" ")
            guard Self.writerTitles.contains(written.lowercased()), !name.isEmpty, name.utf8.count <= 40,
                  name.splitOnSpaces().allSatisfy({ word in word.first?.isUppercase == true && !word.contains(where: \.isNumber)
                      && word.filter(\.isLetter).allSatisfy { $0.isUppercase || word.hasPrefix("Mc") } })
            else { return nil }
            return (name, written)
        }
        return nil
    }

    /// Whether the dating line at `offset` closes a clerk's block (`Judgment Entered.` ⏎ `Joseph D.
    /// Seletyn, Esq.` ⏎ `Prothonotary` ⏎ `Date: 01/06/2022`, Pennsylvania): the entry's date, not a
    /// judge's signing. The block is the four non-blank lines above it.
    private func underClerksBlock(_ offset: Int) -> Bool {
        var end = text.lineStart(before: offset)
        var seen = 0
        while seen < 4, end > 0 {
            let start = text.lineStart(before: end - 1, limit: 200)
            let range = start..<(end - 1)
            end = start
            // A long line is prose, no clerk's label, and is not copied (a flattened body).
            if range.count > 80 { seen += 1; continue }
            let line = text.words(range).trimmedASCII(" .,").lowercased()
            guard !line.isEmpty else { continue }
            seen += 1
            if ["prothonotary", "clerk", "clerk of court", "deputy clerk", "clerk of the court", "judgment entered"].contains(line) { return true }
        }
        return false
    }

    /// The marks that open a signature's typed line: `/s/ Jane Doe`, `s/ Jane Doe`.
    static let signedMarks: [StaticString] = ["/s/", "s/", "S/"]

    /// Whether the line before the one at `offset` (past blank lines) is a `/s/` signature too.
    private func followsSignedLine(_ offset: Int) -> Bool {
        var end = text.lineStart(before: offset)
        for _ in 0..<3 {
            guard end > 0 else { return false }
            let start = text.lineStart(before: end - 1, limit: 300)
            // A signature's line is short; a long one (a flattened body) is not read.
            guard end - 1 - start <= 200 else { return false }
            let line = text.words(start..<(end - 1)).trimmedASCII(" ")
            if !line.isEmpty { return Self.signedMarks.contains { line.hasPrefix($0.description) } }
            end = start
        }
        return false
    }

    /// Labels and honorifics that stand before a judge's name and are no part of it: a head's
    /// `JUDGES:` (LexisNexis), `Hon.`, `Honorable`, `The Honorable`, a title word (`Judge`).
    private static let namePrefixes = ["judges:", "judge:", "the honorable ", "honorable ", "hon. ", "hon ", "judge ", "justice "]

    /// The name without the labels and honorifics before it (`JUDGES: HON. RUDOLPH T. RANDA` →
    /// `RUDOLPH T. RANDA`, `Hon. Jane Doe` → `Jane Doe`); nil when nothing is left.
    static func bareName(_ written: String) -> String? {
        var name = written.trimmedASCII(" ,")
        var changed = true
        while changed {
            changed = false
            for prefix in namePrefixes where name.lowercased().hasPrefix(prefix) && name.count > prefix.count {
                name = String(name.dropFirst(prefix.count)).trimmedASCII(" ")
                changed = true
            }
        }
        return name.isEmpty ? nil : name
    }

    /// A name read up to a sentence's period, without it (`Anthony P. Patti.` → `Anthony P. Patti`);
    /// the period of an initial or of `Jr.` stays.
    static func withoutSentenceEnd(_ name: String) -> String {
        guard name.hasSuffix("."), let last = name.splitOnSpaces().last, last.count > 2,
              !["jr.", "sr."].contains(last.lowercased()) else { return name }
        return String(name.dropLast())
    }

    /// `CHIEF JUDGE`, `United States District Judge` alone on the line after a `/s/` name.
    private func titleOnNextLine(after end: Int) -> String? {
        let start = text.skipSpaces(from: text.lineEnd(from: end), limit: 80)
        guard start < text.count else { return nil }
        let line = text.words(start..<text.lineEnd(from: start)).trimmedASCII(" ,.")
        let lower = line.lowercased()
        // `William C. Griesbach, District Judge`: a name and its title, read by the title patterns.
        guard line.utf8.count <= 45, lower.hasSuffix("judge") || lower.hasSuffix("justice"),
              !line.contains(where: { $0.isNumber || $0 == "," }) else { return nil }
        return line
    }

    /// `… day of January, 2022, at Wichita, Kansas.`: the place named just after a date.
    private func placeAfter(_ end: Int) -> String? {
        let line = text.words(end..<min(text.lineEnd(from: end), end + 80)).trimmedASCII(" ,")
        for marker in ["at ", "in "] where line.hasPrefix(marker) {
            // Up to the sentence's end after the state (`St. Paul` keeps its period).
            var rest = Substring(line.dropFirst(marker.count))
            if let comma = rest.firstIndex(of: ","), let stop = rest[comma...].firstIndex(where: { $0 == "." || $0 == ";" }) { rest = rest[..<stop] }
            return placeName(String(rest))
        }
        return nil
    }

    /// `DATED: Honolulu, Hawaii, March 5, 2020`, `Dated: White Plains, New York, March 30, 2022`: the
    /// place between the dating word's label and the date on one line.
    private func placeBetween(_ start: Int, _ monthAt: Int) -> String? {
        let written = text.words(start..<monthAt)
        guard let colon = written.firstIndex(of: ":") else { return nil }
        return placeName(String(written[written.index(after: colon)...]).trimmedASCII(" ,"))
    }

    /// `Wichita, Kansas`, `St. Paul, Minnesota`: a city and a state (its name or abbreviation), or nil.
    private func placeName(_ written: String) -> String? {
        let parts = written.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmedASCII(" ") }
        guard parts.count == 2, courtsStates[parts[1].lowercased()] != nil || courtsStates.values.contains(parts[1]),
              parts[0].splitOnSpaces().allSatisfy({ $0.first?.isUppercase == true }), parts[0].count < 30 else { return nil }
        return parts.joined(separator: ", ")
    }

    /// Where the last column of the line from `start` to `end` begins: after its last gap of three
    /// spaces or more between words, else `start`.
    private func columnStart(_ start: Int, _ end: Int) -> Int {
        var cursor = end
        while cursor > start {
            if text[cursor - 1] == 0x20, cursor - 3 >= start, text[cursor - 2] == 0x20, text[cursor - 3] == 0x20 {
                var gapStart = cursor - 3
                while gapStart > start && ByteClass.isHorizontalSpace(text[gapStart - 1]) { gapStart -= 1 }
                if gapStart > start { return cursor }
                return start
            }
            cursor -= 1
        }
        return start
    }

    /// Where the first column of the line from `start` ends: at its first gap of three spaces or
    /// more after a word, else the line's end.
    private func columnEnd(_ start: Int) -> Int {
        let end = text.lineEnd(from: start)
        var cursor = text.skipSpaces(from: start, limit: 200)
        while cursor + 2 < end {
            if text[cursor] == 0x20, text[cursor + 1] == 0x20, text[cursor + 2] == 0x20 { return cursor }
            cursor += 1
        }
        return end
    }

    /// `DATED: March 30, 2022` ⏎ `White Plains, New York`: a line of its own (or the left column of
    /// a dating block) naming a city and state.
    private func placeOnNextLine(after end: Int) -> String? {
        let start = text.skipSpaces(from: text.lineEnd(from: end), limit: 40)
        let line = text.words(start..<columnEnd(start))
        return placeName(line) == nil ? nil : line
    }

    /// `New Haven, Connecticut` ⏎ `March 3, 2019`: the line above a bare date line naming a city and
    /// state, with no dating word (the District of Connecticut's closing).
    private func placeOnLine(before start: Int) -> String? {
        let lineStart = text.lineStart(before: start)
        guard lineStart > 0 else { return nil }
        let above = text.lineStart(before: lineStart - 1)
        let from = text.skipSpaces(from: above, limit: 40)
        let line = text.words(from..<columnEnd(from)).trimmedASCII(" ,")
        return placeName(line)
    }

    private func looksLikeName(_ words: String) -> Bool {
        let parts = words.splitOnSpaces()
        return (2...6).contains(parts.count) && parts.allSatisfy { $0.first?.isUppercase == true }
            && !words.contains(where: \.isNumber)
    }

    /// `Dated in Kansas City, Kansas on this 26th`: the place named just before a date.
    private func placeBefore(_ offset: Int) -> String? {
        let line = text.words(text.lineStart(before: offset, limit: 120)..<offset)
        // The later of the two (`in Chambers at Miami, Florida, this`).
        guard let marker = [line.lastRange(of: " in "), line.lastRange(of: " at ")].compactMap({ $0 }).max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        var rest = String(line[marker.upperBound...])
        for tail in [" on this", " this", " on"] where rest.hasSuffix(tail) { rest.removeLast(tail.count) }
        let parts = rest.split(separator: ",").map { String($0).trimmedASCII(" ") }
        guard parts.count == 2, parts.allSatisfy({ $0.splitOnSpaces().allSatisfy { $0.first?.isUppercase == true } }),
              rest.count < 50 else { return nil }
        return parts.joined(separator: ", ")
    }

    /// What stands on the line before `offset`, white space folded, commas and spaces trimmed.
    private func lineBefore(_ offset: Int) -> String {
        text.words(text.lineStart(before: offset, limit: 400)..<offset).trimmedASCII(" ,")
    }

    /// The name at the end of a longer line: first name, initials, last name, suffix
    /// (`… FROM STAY JERROLD N. POSLUSNY, JR.` → `JERROLD N. POSLUSNY, JR.`).
    private func trailingName(_ prefix: String) -> String? {
        var words = prefix.splitOnSpaces().map(String.init)
        var suffix: [String] = []
        while let last = words.last, ["JR.", "Jr.", "SR.", "Sr.", "II", "III", "IV"].contains(last.trimmedASCII(",")) {
            suffix.insert(last, at: 0)
            words.removeLast()
        }
        guard let last = words.popLast(), last.first?.isUppercase == true, last.count > 1 else { return nil }
        var name = [last.trimmedASCII(",")]
        while let word = words.last, word.count == 2, word.hasSuffix("."), word.first!.isUppercase {
            name.insert(word, at: 0)
            words.removeLast()
        }
        guard let first = words.last, first.first?.isUppercase == true, first.count > 1, !first.hasSuffix("."),
              first.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }) else { return nil }
        name.insert(first, at: 0)
        var result = name.joined(separator: " ")
        if !suffix.isEmpty { result += ", " + suffix.map { $0.trimmedASCII(",") }.joined(separator: " ") }
        return result
    }

    /// The name on the line above a title line (`David J. Waxse` above `United States …`).
    private func previousLineName(before index: Int) -> String? {
        let end = text.skipSpacesBackward(from: index, limit: 200)
        // A dating block's two columns (`Rochester, New York      HON. J. Gregory Wehrman`): the right one.
        var name = text.words(columnStart(text.lineStart(before: end), end)..<end)
        for honorific in ["HON. ", "Hon. ", "HONORABLE ", "Honorable "] where name.hasPrefix(honorific) { name.removeFirst(honorific.count) }
        if name.hasPrefix("/s/") || name.hasPrefix("s/") || name.hasPrefix("S/") { name = String(name.drop { $0 != "/" }.dropFirst()) }
        name = name.trimmedASCII(" ,_")
        return looksLikeName(name) ? name : nil
    }
}
