/// References to the case's own docket: `ECF No. 21`, `(ECF Nos. 12, 15)`, `Doc. 34`,
/// `(Doc. # 50)`, `Dkt. No. 45`, `(Dkt. #69.)`, `(Dk. 37, p. 28)`, `[DN 90.]`, `[doc. nos. 45, 46]`,
/// `R. Doc. 5`, `Rec. Docs. 1-8`, `(D.I. 112)`, `[DE 45]`, `DE [35]`, `Docket 175`, `Docket Entry
/// No. 5`, `DOCKET ENTRY # 90`, `NYSCEF Doc No. 1`, D. Mass.'s `(D. 6 at 1)`, D. Neb.'s `(filing
/// 15)`, `ECF No. 99-1, at 1`, `ECF No. 25 at 5`, `Doc. No. 8-2 at PageID 55`; a plural designator
/// with a rising pair is a range (`Dkt. Nos. 40-42`: 40 through 42).
///
/// A designator is required: `No. 21 on the list`, `Local Union No. 435` and `RPD Nos. 12, 14`
/// are not docket entries, nor is the `Document 364` of a PACER page header, nor a case number
/// after its `DOCKET NO.` (`15-cv-2315`).
struct DocketEntryRecognizer: CitationForm {
    /// The designators, grouped by the byte they open with (`Alternatives`); within a group, in
    /// the order they are tried.
    private static let designators = [
        // `See ECF. No. 118`: a stray period after the initials.
        // `ECF Doc. No. 12`, `ECF Dkt. No. 12`: the system's name before the designator, in the span.
        #"ECF\s+(?:Doc|Dkt)\.(?=\s*(?i:nos?)\.?\s*\d)|ECF(?:\.(?=\s(?i:nos?)\.?\s*\d))?|E\.C\.F\."#,
        // (N.D. Ill.'s `Dckt. No. 45`, `Dckt. #12`, beside `Dkt.`.)
        #"(?i:docs?)\.?|(?i:dc?kts?)\.?|Dk\.|DN|D\.E\.|D\.\s?I\.|DE(?=\s*[\[#]?\s*\d)|Document\s+(?=No)|(?i:docket)\s+(?=(?i:no)|Entry|#)"#
            + #"|(?:Docket|DOCKET)(?:\s+(?:Entry|ENTRY))?(?:\s*\((?:"|\xE2\x80\x9C)(?:Dkt|Doc|DE|ECF)\.?(?:"|\xE2\x80\x9D)\))?(?=\s*#?\s*\d)|(?<=[(\[]|[.,;] )D\.(?=\s\d)"#,
        // `Rec. Doc. 1-5`, also spaced as OCR leaves it (`Rec .Doc.`).
        // The Sixth Circuit's districts' `R. 45, PageID # 300` (`R.` alone is an entry only with
        // the court's own page numbering after it: `(R. 45)` is as often a record's page).
        // The Eastern District of Kentucky's `[Record No. 35]`, `[Record Nos. 20, 22]`, in brackets
        // only (Virginia's appellate `Record No. 0816-18-1` is a case number).
        #"R\.\s?Docs?\.?|Rec\s?\.\s?Docs?\.?|R\.(?=\s?\d{1,5}(?:-\d{1,3})?,\s*Page\s?ID)|(?<=\[)Record(?=\s+Nos?\.\s?\d)"#,
        #"NYSCEF\s+(?i:doc(?:ument)?)\.?(?:\s+(?i:numbers?|nos?)\.?\s*\(Motion\s+\d{1,4}\))?"#,
        // D. Neb.'s `(filing 15)`, `(Filing No. 45)`, also unbracketed with a capital and its `No.`
        // (`summary judgment, Filing No. 81.`, `briefs, Filing Nos. 83 and 89`).
        #"(?<=[(\[])[Ff]ilings?(?=\s(?:\d|No))|(?<![\w.])Filings?(?=\s+Nos?\.\s?\d)"#,
        // `Motion in Limine (#77-11)`: a number sign alone, after a filing's name (checked in `entries`),
        // also joined to the name by a hyphen, as D. Nev.'s order titles write it (`ORDER (Motion to Dismiss-#8)`).
        #"(?<=[(\[]|[a-z]-)#(?=\d)"#,
    ]
    static func pattern(designators: String) -> String {
        #"(?<![\w.])(?:"# + designators + ")"
            + #"\*?\s*(?:(?i:entry|entries)\s+(?=(?i:no)))?(?:(?i:nos?|numbers?|entry|entries)\.?\s*)?#?\s*\[?(\d{1,6})(?:-(?:[ \t]*\n\s*)?(\d{1,4}))?(?![\d/:]|\.\d|-[A-Za-z])"#
    }
    /// The whole alternation as one pattern (what `branches` must find, match for match).
    static let pattern = pattern(designators: designators.joined(separator: "|"))
    /// One pattern per group of designators, searched together with `Alternatives`.
    static let branches = designators.map { pattern(designators: $0) }

    let search: Alternatives

    init(tables: ReferenceTables) throws { search = Alternatives(try Self.branches.map { try Pattern($0) }) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.entries(text, match: $0)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: docket entries", search)] }

    /// Whether a blank line stands in `range`.
    static func paragraphBreak(_ text: TextView, in range: Range<Int>) -> Bool {
        var lineBreaks = 0
        for offset in range {
            switch text[offset] {
            case 0x0A:
                lineBreaks += 1
                if lineBreaks == 2 { return true }
            case 0x20, 0x09, 0x0D: continue
            default: lineBreaks = 0
            }
        }
        return false
    }

    static func entries(_ text: TextView, match: Match) -> [Found] {
        guard var number = match.range(1) else { return [] }
        // Across a blank line (a footnote between them, `(ECF No.⏎⏎1 Petitioner has filed …`) the
        // number is the entry's only where the reference closes after it, as on double-spaced
        // pages (`(ECF No.⏎⏎44), and`).
        if Self.paragraphBreak(text, in: match.range.lowerBound..<number.lowerBound) {
            let after = (match.range(2) ?? number).upperBound
            guard [0x29, 0x5D, 0x2C, 0x3B, 0x2E].contains(text[after]) || text.has(" at ", at: after) else { return [] }
        }
        var matchedAttachment = match.range(2)
        // `(ECF No.⏎7\t14.)`: a pleading's line number at the start of a line, a tab, then the entry.
        if text[number.upperBound] == 0x09, text[number.lowerBound - 1] == 0x0A {
            let entryStart = text.skipSpaces(from: number.upperBound, limit: 4)
            let entryEnd = text.skipDigits(from: entryStart, limit: 6)
            guard entryEnd > entryStart, !ByteClass.isAlphanumeric(text[entryEnd]) else { return [] }
            number = entryStart..<entryEnd
            matchedAttachment = nil
            if text[entryEnd] == 0x2D, ByteClass.isDigit(text[entryEnd + 1]) {
                let attachmentEnd = text.skipDigits(from: entryEnd + 1, limit: 4)
                if attachmentEnd - entryEnd - 1 <= 3 { matchedAttachment = entryEnd + 1..<attachmentEnd }
            }
        }
        // `(ECF 17 No. 37 at 1.)`: a pleading's line number (17) between `ECF` and its `No.`, as a
        // numbered page runs into the text; the entry is the number after `No.`.
        if text.has(" No. ", at: number.upperBound), matchedAttachment == nil,
           text.string(match.range.lowerBound..<number.lowerBound) == "ECF " {
            let entryStart = number.upperBound + 5
            let entryEnd = text.skipDigits(from: entryStart, limit: 6)
            guard entryEnd > entryStart, !ByteClass.isAlphanumeric(text[entryEnd]) else { return [] }
            number = entryStart..<entryEnd
        }
        var start = match.range.lowerBound
        // The designator `Doc`/`Dkt` must not be the tail of a word like `Docket 07/23/2008`.
        let description = FilingDescription.read(before: start, in: text)
        var found: [Found] = []
        // After a singular designator (`ECF No. 20, 4`) a following number is a page, not an entry.
        let designator = text.string(start..<number.lowerBound).lowercased()
        // `(#77-11)`: a number sign alone is an entry only after a filing's name.
        if text[start] == 0x23, description == nil { return [] }
        // `CR Doc. 526`, `CV Doc. 12`: the criminal or civil docket of a § 2255 movant's two cases.
        if text[start] == 0x44 || text[start] == 0x45 {
            let end = text.skipSpacesBackward(from: start, limit: 3)
            if end < start, end >= 2, text.has("CR", endingAt: end) || text.has("CV", endingAt: end),
               end == 2 || !ByteClass.isAlphanumeric(text[end - 3]) { start = end - 2 }
            // `Bankr. Doc. 12`, `Adv. Doc. No. 5`: the main case's or the adversary proceeding's docket.
            else if end < start, end >= 6, text.has("Bankr.", endingAt: end) || text.has("Adv.", endingAt: end) {
                let word = text.has("Adv.", endingAt: end) ? 4 : 6
                if end == word || !ByteClass.isAlphanumeric(text[end - word - 1]) { start = end - word }
            }
        }
        // `(CM/ECF No. 12)`: the system's whole name.
        if text[start] == 0x45, start >= 3, text.has("CM/", endingAt: start), start == 3 || !ByteClass.isAlphanumeric(text[start - 4]) { start -= 3 }
        let plural = designator.containsBytes("nos") || designator.containsBytes("docs") || designator.containsBytes("dkts") || designator.containsBytes("dckts") || designator.containsBytes("entries")
            || designator.containsBytes("filings")
        // `DE [35]`: the number in brackets of its own, closed after it.
        let bracketed = text[number.lowerBound - 1] == 0x5B
        if bracketed, text[(matchedAttachment ?? number).upperBound] != 0x5D { return [] }
        // `Dkt. Nos. 40-42`: after a plural designator a rising pair is a range, not an attachment.
        var attachment = matchedAttachment
        var through: String? = nil
        // But `(Rec. Docs. 1-8 & 1-9)`: the next item repeats the entry's number, so both pairs are
        // an entry and its attachments.
        if plural, let second = attachment, let first = Int(text.string(number)), let last = Int(text.string(second)), last > first,
           !Self.nextRepeats(text, number: number, after: second.upperBound) {
            through = text.string(second)
            attachment = nil
        } else if let second = attachment, second.count > 3 {
            return []
        } else if let second = attachment, text[second.lowerBound] == 0x30 {
            // `Docket No. 7581-01`: a Tax Court docket number (number and year); no attachment is `01`.
            return []
        }
        var current = entry(text, number: number, attachment: attachment, start: start, description: description,
                            end: through == nil ? nil : matchedAttachment!.upperBound, closing: bracketed)
        // `ECF No. 99 through 101`, `Dkt. 40 through 42`: a range written out.
        if through == nil, attachment == nil, text.has(" through ", at: current.range.upperBound), current.docketEntry?.pin == nil {
            let lastStart = current.range.upperBound + 9
            let lastEnd = text.skipDigits(from: lastStart, limit: 6)
            if lastEnd > lastStart, !ByteClass.isAlphanumeric(text[lastEnd]), text[lastEnd] != 0x2D,
               let first = Int(text.string(number)), let last = Int(text.string(lastStart..<lastEnd)), last > first {
                through = text.string(lastStart..<lastEnd)
                current = Found(citation: current.citation, range: current.range.lowerBound..<lastEnd)
            }
        }
        // The designators that are also words (`DE 10 minutes`, `Wilmington, DE 19801`, `Docket 175
        // pages`, `(filing 2 years late)`, `(D. 6 …`) count only where the reference closes.
        let loose = ["de", "docket", "filing", "filings", "d."].contains(String(designator.filter { $0 != " " && $0 != "#" && $0 != "[" && $0 != "\n" }))
        if loose {
            let after = text[current.range.upperBound]
            let closes = [0x29, 0x5D, 0x2C, 0x3B, 0x2E, 0x0A, 0x00].contains(after)
                || text.has(" at ", at: current.range.upperBound) || current.range.upperBound >= text.count
            if !closes || (designator.hasPrefix("de") && number.count >= 5) { return [] }
        }
        // `Jones v. Douglas Doc. 9 UNITED STATES DISTRICT COURT …`: a site's header line (the
        // document's own entry number, after its title and before the court's heading in
        // capitals), no citation.
        if text.has(" UNITED STATES ", at: current.range.upperBound) || text.has(" IN THE ", at: current.range.upperBound) { return [] }
        if let through, case .docketEntry(var range) = current.citation {
            range.through = through
            current = Found(citation: .docketEntry(range), range: current.range)
        }
        // But `(D.I. 11, 14, 17)`, two or more numbers rising from the entry's, is a list.
        var listed = false
        if !plural, text[current.range.upperBound] == 0x2C, current.docketEntry?.pin == nil {
            let pinStart = text.skipSpaces(from: current.range.upperBound + 1, limit: 2)
            if let range = PinCite.read(text, at: pinStart) {
                let numbers = text.words(range).split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
                let all = [Int(text.string(number)) ?? 0] + numbers
                listed = numbers.count >= 2 && numbers.count == text.words(range).split(separator: ",").count
                    && zip(all, all.dropFirst()).allSatisfy { $0 < $1 }
                // `(Doc. 4, 5.)`, `D. 9, 14`: after a designator without `No.`, one number a little
                // above the entry's is the next entry (a page would be written `at 5`).
                if numbers.count == 1, text.words(range) == String(numbers[0]), !designator.containsBytes("no"),
                   (1...5).contains(numbers[0] - all[0]) { listed = true }
            }
            if !listed, let range = PinCite.read(text, at: pinStart), !CiteLookahead.opensCitation(text, after: range.upperBound),
               [0x29, 0x2E, 0x3B, 0x5D].contains(text[range.upperBound]) {
                let entry = current.docketEntry!
                current = Found(citation: .docketEntry(DocketEntryCitation(number: entry.number, attachment: entry.attachment,
                                                                           pin: text.words(range), description: entry.description)),
                                range: current.range.lowerBound..<range.upperBound)
            }
        }
        found.append(current)
        // More numbers: `Nos. 12, 15`, `45 and 46`, `9, 10, 11, 14`.
        while current.docketEntry?.pin == nil || plural || listed {
            // A list may wrap onto the next line, even into another column: `9, 10, 11,⏎ 14, 16`.
            guard var cursor = ListJoin.next(text, after: current.range.upperBound, wrapAfterComma: 60) else { break }
            if text[cursor] == 0x23 { cursor += 1 }
            let end = text.skipDigits(from: cursor, limit: 6)
            guard end > cursor, !ByteClass.isLetter(text[end]), text[end] != 0x2F, text[end] != 0x3A else { break }
            // `(Doc. 19, 2012 WL 1234)` or `ECF No. 5, 42 U.S.C.`: a number opening another cite.
            if CiteLookahead.opensCitation(text, after: end) { break }
            var attachment: Range<Int>? = nil
            if text[end] == 0x2D, ByteClass.isDigit(text[end + 1]) {
                let attachmentEnd = text.skipDigits(from: end + 1, limit: 3)
                attachment = end + 1..<attachmentEnd
            }
            current = entry(text, number: cursor..<end, attachment: attachment, start: cursor, description: nil)
            found.append(current)
        }
        return found
    }

    /// Whether the list goes on after `end` with the same entry number and an attachment
    /// (`1-8 & 1-9`, `1-8, 1-9`).
    static func nextRepeats(_ text: TextView, number: Range<Int>, after end: Int) -> Bool {
        guard let next = ListJoin.next(text, after: end) else { return false }
        let digitsEnd = text.skipDigits(from: next, limit: 6)
        return digitsEnd > next && text.string(next..<digitsEnd) == text.string(number) && text[digitsEnd] == 0x2D
    }

    private static func entry(_ text: TextView, number: Range<Int>, attachment: Range<Int>?, start: Int,
                              description: String?, end numberEnd: Int? = nil, closing: Bool = false) -> Found {
        var end = numberEnd ?? attachment?.upperBound ?? number.upperBound
        if closing { end += 1 }
        var pin: String? = nil
        // Pins: ` at 5`, `, at 1`, `, p. 28`, ` at p. 3`, `, pp. 4-5`.
        var cursor = end
        if text[cursor] == 0x2C { cursor += 1 }
        cursor = text.skipSpaces(from: cursor, limit: 2)
        var pinStart: Int? = nil
        var paragraphs = ""
        if text.has("at ", at: cursor) {
            pinStart = text.skipSpaces(from: cursor + 3, limit: 4)
            if text.has("p. ", at: pinStart!) { pinStart = pinStart! + 3 }
            if text.has("pp. ", at: pinStart!) { pinStart = pinStart! + 4 }
            // `(D.I. 1 at ¶¶ 1-3)`, `at ¶ 5`: paragraphs of the filing.
            if text.has("\u{B6}\u{B6} ", at: pinStart!) { paragraphs = "\u{B6}\u{B6} "; pinStart = pinStart! + 5 }
            else if text.has("\u{B6} ", at: pinStart!) { paragraphs = "\u{B6} "; pinStart = pinStart! + 3 }
        } else if text[end] == 0x2C, text.has("p. ", at: cursor) || text.has("pp. ", at: cursor) || text.has("pg. ", at: cursor) {
            pinStart = text.skipSpaces(from: cursor + (text[cursor + 1] == 0x2E ? 2 : 3), limit: 2)
        }
        // `at PageID 55`, `, PageID #: 455`, `at PageID #455-57`: the page of the court's own numbering.
        if let start = pinStart ?? (text[end] == 0x2C ? cursor : nil), text.has("PageID", at: start) || text.has("Page ID", at: start) {
            let word = text.has("Page ID", at: start) ? 7 : 6
            var digits = text.skipSpaces(from: start + word, limit: 2)
            if text[digits] == 0x23 { digits += 1 }
            // `PageID.45`: the Western District of Michigan's way.
            if text[digits] == 0x3A || (text[digits] == 0x2E && digits == start + word && ByteClass.isDigit(text[digits + 1])) { digits += 1 }
            digits = text.skipSpaces(from: digits, limit: 2)
            if var range = PinCite.read(text, at: digits) {
                // `PageID 95, 97-100, 115`: the first page is the pin (the rest are pages of the
                // same entry, not written as its pin); `PageID 579-⏎80`: a range broken at the line.
                let comma = text.next(0x2C, from: range.lowerBound, before: range.upperBound)
                if comma < range.upperBound {
                    range = range.lowerBound..<comma
                } else if text[range.upperBound] == 0x2D, text[range.upperBound + 1] == 0x0A {
                    let next = text.skipSpaces(from: range.upperBound + 1, limit: 6)
                    let digitsEnd = text.skipDigits(from: next, limit: 5)
                    if digitsEnd > next, !ByteClass.isAlphanumeric(text[digitsEnd]) { range = range.lowerBound..<digitsEnd }
                }
                pin = "PageID " + String(text.words(range).filter { $0 != " " })
                end = range.upperBound
            }
        } else if let pinStart, var range = PinCite.read(text, at: pinStart) {
            // `at 67-68, 90`, `at 29, 41-44, 76`: the first page is the pin, as with PageID.
            let comma = text.next(0x2C, from: range.lowerBound, before: range.upperBound)
            if comma < range.upperBound { range = range.lowerBound..<comma }
            pin = paragraphs + text.words(range)
            end = range.upperBound
        } else if text[end] == 0x5D, text[end + 1] == 0x20, ByteClass.isDigit(text[end + 2]),
                  let range = PinCite.read(text, at: end + 2),
                  [0x2C, 0x2E, 0x3B, 0x29, 0x0A].contains(text[range.upperBound]) || range.upperBound == text.count {
            // `[D.E. 23] 6-18`: the pin follows the bracket; the span stays inside it.
            pin = text.words(range)
        }
        let citation = DocketEntryCitation(number: text.string(number), attachment: attachment.map { text.string($0) },
                                           pin: pin, description: description)
        return Found(citation: .docketEntry(citation), range: start..<end)
    }
}

/// The bracketed numbers the District of Columbia writes after a filing's name:
/// `defendant's Motion [23] for Summary Judgment`, `Supplemental Memorandum … [83]`. A bracketed
/// number counts only right after a capitalized word of a filing's name, so a footnote marker
/// (`discovery.[1]`) never does.
struct BracketedDocketEntry: CitationForm {
    static let pattern = #"\[(\d{1,5})(?:-(\d{1,3}))?\](?!\()"#

    let search: Pattern

    init(tables: ReferenceTables) throws { search = try Pattern(Self.pattern) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = Self.entry(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: bracketed docket", search)] }

    static func entry(_ text: TextView, match: Match) -> Found? {
        guard let number = match.range(1) else { return nil }
        let before = text.skipSpacesBackward(from: match.range.lowerBound, limit: 4)
        guard before < match.range.lowerBound else { return nil }
        let capitalized = ByteClass.isUpper(text[text.wordStart(endingAt: before)])
        // `See [18-2]`: a bracketed number a signal introduces (never a footnote's marker), with an
        // attachment or past 1.
        let signal = text.has("See", endingAt: before) || text.has("see", endingAt: before) || text.has("Cf.", endingAt: before)
        if signal, before - 3 == 0 || !ByteClass.isAlphanumeric(text[before - 4]),
           match.range(2) != nil || (Int(text.string(number)) ?? 0) > 1 {
            return Found(citation: .docketEntry(DocketEntryCitation(number: text.string(number), attachment: match.range(2).map { text.string($0) },
                                                                    pin: nil, description: nil)),
                         range: match.range)
        }
        // After a lower-case word (`motion to dismiss [58]`) only a number past 1 (footnote
        // markers are small) after a filing named in lower case close before it.
        guard capitalized ? namesFiling(before: before, in: text)
                : (Int(text.string(number)) ?? 0) > 1 && namesFiling(before: before, in: text, lowerCaseWithin: 5) else { return nil }
        let description = FilingDescription.read(before: match.range.upperBound, in: text, bracketed: match.range)
        // `[25] at 4`: a pin after the bracket.
        var end = match.range.upperBound
        var pin: String? = nil
        if text.has(" at ", at: end), let range = PinCite.read(text, at: end + 4) {
            pin = text.words(range)
            end = range.upperBound
        }
        let citation = DocketEntryCitation(number: text.string(number), attachment: match.range(2).map { text.string($0) },
                                           pin: pin, description: description)
        return Found(citation: .docketEntry(citation), range: match.range.lowerBound..<end)
    }
}

extension BracketedDocketEntry {
    /// A filing noun (`Motion`, `Memorandum`, `Brief`) among the eight words before the bracket.
    /// Or, with `lowerCaseWithin`, a filing named in lower case among that many words: N.D.
    /// Illinois writes the number after it (`motion to dismiss [58]`).
    static func namesFiling(before end: Int, in text: TextView, lowerCaseWithin: Int = 0) -> Bool {
        var cursor = end
        for index in 0..<8 {
            let start = text.wordStart(endingAt: cursor)
            guard start < cursor else { return false }
            let word = text.string(start..<cursor).trimmedASCII(",;:")
            if lowerCaseWithin > 0 {
                if index < lowerCaseWithin && FilingDescription.lowerCaseFilingNouns.contains(word) { return true }
                if word.contains(where: { ".;:".contains($0) }) { return false }
            } else if FilingDescription.filingNouns.contains(word) || word.hasSuffix("-Motion") { return true }
            cursor = text.skipSpacesBackward(from: start, limit: 4)
        }
        return false
    }
}

/// What the text calls a filing it cites by docket number: `Motion for Discovery (ECF No. 21)`,
/// `See Minutes (Dkt. 37)`, `Plaintiff's Ex Parte Application for a TRO (Dkt. 10)`.
enum FilingDescription {
    static let filingNouns: Set<String> = [
        "Motion", "Order", "Complaint", "Memorandum", "Response", "Reply", "Brief", "Notice", "Petition",
        "Report", "Recommendation", "Objection", "Objections", "Stipulation", "Declaration", "Affidavit",
        "Answer", "Application", "Opinion", "Judgment", "Minutes", "Transcript", "Exhibit", "Opposition",
        "Letter", "Request", "Statement", "Counterclaim", "Amended", "Judgement", "Verdict", "Decision",
    ]
    static let lowerCaseFilingNouns: Set<String> = [
        "motion", "motions", "complaint", "memorandum", "response", "reply", "brief", "petition", "objections",
        "answer", "opposition", "order", "report", "declaration", "affidavit", "stipulation",
    ]
    private static let connectors: Set<String> = ["of", "for", "to", "and", "in", "on", "re", "a", "an", "the", "by", "with"]

    /// Reads the filing's name before a reference: `Motion for Discovery (ECF No. 21)`; for a bare
    /// bracket (`Motion [23] for Summary Judgment`) the name may continue after it.
    static func read(before start: Int, in text: TextView, bracketed: Range<Int>? = nil) -> String? {
        var cursor = text.skipSpacesBackward(from: start, limit: 2)
        if let bracketed {
            cursor = text.skipSpacesBackward(from: bracketed.lowerBound, limit: 2)
        } else {
            if text.has("See ", endingAt: cursor + 1) || text.has("see ", endingAt: cursor + 1) { cursor -= 4 }
            // `Motion to Dismiss-#8`: a number sign joined to the name by a hyphen.
            let hyphened = cursor == start && text[start] == 0x23 && text[cursor - 1] == 0x2D && (0x61...0x7A).contains(text[cursor - 2])
            guard text[cursor - 1] == 0x28 || text[cursor - 1] == 0x5B || hyphened else { return nil }
            cursor = hyphened ? cursor - 1 : text.skipSpacesBackward(from: cursor - 1, limit: 2)
        }
        var words: [String] = []
        while words.count < 12 {
            let wordStart = text.wordStart(endingAt: cursor)
            guard wordStart < cursor else { break }
            var word = text.string(wordStart..<cursor)
            // `(Motion to Dismiss-#8)`: the name opens the parenthesis; its first word is the last read.
            let opened = text[wordStart] == 0x28 && cursor - wordStart > 1 && ByteClass.isUpper(text[wordStart + 1])
            if opened { word.removeFirst() }
            guard let first = word.unicodeScalars.first else { break }
            let possessive = word.hasSuffix("'s") || word.hasSuffix("s'")
            if possessive {
                // `… in Support of Defendant's Motion …`: a capitalized possessive after a connector
                // sits inside a longer name that cannot be read whole; say nothing.
                let previousEnd = text.skipSpacesBackward(from: wordStart, limit: 4)
                let previous = text.string(text.wordStart(endingAt: previousEnd)..<previousEnd)
                if word.first?.isUppercase == true && connectors.contains(previous) { return nil }
                break
            }
            if word.utf8.contains(where: { ByteClass.isNameBreak($0) || $0 == 0x2C || $0 == 0x2E }) && !word.hasSuffix(".") { break }
            guard first.properties.isUppercase || connectors.contains(word) else { break }
            words.append(word)
            if opened { break }
            cursor = text.skipSpacesBackward(from: wordStart, limit: 2)
        }
        words.reverse()
        while let first = words.first, connectors.contains(first) { words.removeFirst() }
        while let first = words.first, !filingNouns.contains(first), words.contains(where: filingNouns.contains),
              !["Amended", "Second", "First", "Third", "Renewed", "Supplemental", "Joint", "Ex", "Parte", "Emergency"].contains(first) {
            words.removeFirst()
        }
        guard words.contains(where: filingNouns.contains) else { return nil }
        if let bracketed {
            // `Motion [23] for Summary Judgment,`: the name goes on after the bracket.
            var after = text.skipSpaces(from: bracketed.upperBound, limit: 2)
            var tail: [String] = []
            while tail.count < 8 {
                var end = after
                while end < text.count && !ByteClass.isSpace(text[end]) { end += 1 }
                guard end > after else { break }
                var word = text.string(after..<end)
                let closes = word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(".")
                if closes { word.removeLast() }
                guard let first = word.first, first.isUppercase || (connectors.contains(word) && !tail.isEmpty) || word == "for" || word == "to" else { break }
                tail.append(word)
                if closes { break }
                after = text.skipSpaces(from: end, limit: 3)
            }
            while let last = tail.last, connectors.contains(last) { tail.removeLast() }
            if !tail.isEmpty, text.skipSpaces(from: bracketed.upperBound, limit: 2) > bracketed.upperBound { words += tail }
        }
        return words.joined(separator: " ")
    }
}

extension DocketEntryCitation: CitationKind {
    var kind: String { "docket_entry" }
    static let precedence = 4

    /// The entry without its description: the resolver gives the authority the first one the
    /// document writes.
    var authority: Authority? { .docketEntry(number: number, attachment: attachment, description: nil) }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("number", number)
        json.field("attachment", attachment)
        json.field("pin", pin)
        if let through { json.field("through", through) }
    }
}
