/// Docket numbers: `Case No.12-2486-KHV-DJW`, `Civil Action No. 16-cv-01890-CMA-MJW`, `No.
/// 2:21-cv-01042 TLN DB P`, `No. CR 14-0259 JB.`, `Nos. 91-1225, 91-1256`, the PACER header's
/// `Case 8:16-cv-01261-DOC-KES`, and other courts' forms (`NO. 14-14-00797-CV`, `Index No.
/// 805340/2024`, `No. 19 C 4321`, `Case No. 08cv652 L(PCL)`); the court below's (`D.C. Docket
/// No. 8:09-cv-00663-RAL-MAP`), a telephone's or a bar's number and a date after `No.` are refused.
enum DocketNumberReader {
    /// Any number a court writes: digits and letters in runs joined by `-`, `:`, `/` or `.`
    /// (`14-14-00797-CV`, `W2004-02407-CCA-R3-HC`, `805340/2024`, `B299907`, `A-0065-13T1`,
    /// `2D15-1754`, `01CA2384`), a thousands comma (`107,359`), at most three letters before the
    /// first digit. Read only after an introducer (`No.`, `Case No.`, `Index No.`, …). A word of
    /// prose after a dash (`No. 2017-1627—Submitted May 1, 2018`, the dash normalized) is no part; a
    /// judge's name after `-Civ-` is (`20-25013-Civ-Scola`).
    private static let generic =
        #"(?=[0-9A-Za-z:/,.-]{4})(?!\d{1,2}:\d{2}(?![-\w]))(?:[A-Z]{1,3}-?)?\d[0-9A-Za-z]*(?:(?:[-:/.]|,(?=\d{3}\b))(?:(?<=Civ-|CIV-|Cr-|CR-)|(?![A-Z][a-z]{4}))[0-9A-Za-z]+)*"#

    /// Cook County's year, division and sequence (`2021 L 4852`, `13 CR 17711`, `2019 CH 01234`),
    /// the Northern District of Illinois's `19 C 4321`, and the Louisiana First Circuit's year, kind
    /// and sequence (`82 CA 0814`, `2007 KA 1234`, `2010 CW 0567`).
    private static let number =
        #"(?:(?:\d{2}|(?:19|20)\d{2})\s(?:Civ|Cr|CV|CR|Crim|C|BK|L|CH|D|M[1-6]|MR|P|JA|JD|CA|KA|CW|KW)\.?\s\d{1,6}|\d{1,5}\s(?:C\.D\.|[EMW]\.D\.|[EMW]DA)\s\d{4}|"#
        // A district's or court's two letters before the number, a space between: Missouri's `WD
        // 54199`, Connecticut's `AC 46628`, Oregon's `CA A48114`, Montana's `CV 16-35-H-DLC`.
        + #"[A-Z]{2}\s(?:[A-Z]?\d{4,6}(?![-/\w])|\d{2}-\d{1,6})|"# + generic
        + #"|\d{1,2}:\d{2}[\s-]?[A-Za-z]{2,4}[\s-]?\d{2,6}|(?:CV|CR|CIV|Civ|MJ|BK)\.?\s?\d{2}-\d{2,6}|\d{2}-[A-Za-z]{1,4}-\d{1,6}|\d{2,4}-\d{2,6}"#
        // A short number closing its line (the Supreme Court's and Maryland's `No. 87.`): kept only
        // where its `No.` opens the line (`isAcceptable`).
        + #"|\d{1,3}(?=\.?[ \t]*(?:\r?\n|$)))"#
        // A judge's initials after the number stay on its line and are no word of a heading that
        // follows (`NO. 07-03-0513-CV` ⏎ `IN THE COURT OF APPEALS`, `450370/14 THE CITY`).
        + #"(?:-(?:Civ|CIV|Cr|CR|Cv)(?:-[A-Z][a-z]{2,14})*|-[A-Z]{1,4}x?(?![a-z])|[ \t]\([A-Z]{2,4}(?:/[A-Z]{2,4})?x?\)|[ \t][A-Z]{1,3}\([A-Z]{2,4}\)|[ \t][A-Z][ \t]\d{1,2}[A-Z]{2,4}\b"#
        + #"|[ \t](?!(?:IN|THE|OF|AND|FOR|ON|TO|OR)\b)[A-Z]{2,3}(?:/[A-Z]{2,3})?\b(?!\s[a-z]))*(?:[ \t][A-Z]\b(?![.\w-]))?"#

    /// No alternative may open with white space or `^`, so that PCRE2 derives the few bytes a
    /// match can start with and skips the rest: the PACER stamp's `Case 8:16-cv-…` must stand at
    /// the start of a line, which `isAcceptable` checks (126 → 204 → … MB/s in legalcite-bench).
    static let pattern =
        #"(?<![\w-])(?:(?:(?:Case|Civil\s+Action|Civil|Criminal|Civ\.|Crim\.|Cr\.|Adv\.|Adversary|Bankruptcy|Bankr\.|Misc\.|"#
        + #"Docket|Appeal|Cause|Index|Indictment|Bky\.?|BKY|Adv\.\s+Pro\.|Claim|Petition)\s+)?(?i:No|Nos|Number)\.?\s*:?\s*|Case\s+#\s*|(?:CIVIL|CRIMINAL)\s+ACTION\s+(?=\d)|Case\s+(?=\d:\d{2}-)"#
        // A caption cell holding only a federal number: `06-cv-960 (RCL)`.
        // Or the District of Montana's `CV 16-35-H-DLC` (type, year, sequence, division, judge).
        + #"|(?<![\w:/.-])(?=\d{1,2}:\d{2}-[A-Za-z]{2}-\d|\d{2}-(?:cv|cr|CV|CR|mc|MC|mj|MJ|bk|ap)-\d|\d{2}\s(?:Civ|Cr|Crim)\.\s\d|(?:CV|CR)\s\d{2}-\d{1,6}-[A-Z]))"#
        + "(" + number + #")((?:\s*(?:,|and|&)\s*"# + number + ")*)"

    /// Introducers of the court below's number (`D.C. No. CV-04-02813-SBA`, `Trial Court Cause
    /// No. 2013-61281`, `LC No. 04-042992-NP`, `(Super. Ct. No. 18CV01618)`): not this case's, but
    /// the court below's own docket number; the labels a court-name reader also reads
    /// (`CourtBelowColumn.numberLabels`) and more.
    private static let courtBelowIntroducers = CourtBelowColumn.numberLabels + ["D.C.", "D. C.", "Super. Ct.", "Superior Court", "C.P.C.", "M.C.",
                                                                               "USDC", "Tax Court", "Lower Tribunal", "L.T.", "Circuit Court",
                                                                               "District Court", "Cause", "Ct.", "County", "Court"]

    /// Introducers of numbers of other things, no court's (`TDCJ No. 0534058`, `Reexamination
    /// Control No. 95/000,251`, `ECF No. 17`, an agency's alien number).
    private static let otherNumberIntroducers = ["Agency", "BIA", "TDCJ", "TDCJ-CID",
                                                 "Inmate", "Prisoner", "Register", "Reg.", "BOP", "CDCR", "DOC", "ID", "SID",
                                                 "Booking", "Permit", "Patent", "Serial", "Control", "Registration",
                                                 "Application", "ECF", "Doc.", "Dkt.", "Entry", "Document", "Claim", "Alien",
                                                 "Reexamination", "Phone", "Telephone", "Tel.", "Fax",
                                                 "Facsimile", "Bar", "SBN", "Social Security", "SSN", "Account", "Invoice"]

    private static let lowerCourtIntroducers = courtBelowIntroducers + otherNumberIntroducers

    private static let introducerBytes = lowerCourtIntroducers.map { Array($0.lowercased().utf8) }

    private static let courtBelowIntroducerBytes = Set(courtBelowIntroducers.map { Array($0.lowercased().utf8) })

    /// The one of `lowerCourtIntroducers` that ends just before `start` (white space and `(`, `,`
    /// between), as a whole word, lower-cased.
    private static func introducer(before text: TextView, _ start: Int) -> [UInt8]? {
        var end = start
        while end > 0, ByteClass.isSpace(text[end - 1]) || text[end - 1] == 0x28 || text[end - 1] == 0x2C { end -= 1 }
        // `USDC-PR No. 209514`, a lawyer's bar number in a district: the introducer before the
        // district's two letters.
        if end >= 4, text[end - 3] == 0x2D, ByteClass.isUpper(text[end - 2]), ByteClass.isUpper(text[end - 1]),
           ByteClass.isAlphanumeric(text[end - 4]), introducer(before: text, end - 3) != nil { return Array("bar".utf8) }
        return introducerBytes.first { introducer in
            // Compared from its end, spaces in the text matching any run of white space.
            var cursor = end
            var index = introducer.count
            while index > 0 {
                guard cursor > 0 else { return false }
                let expected = introducer[index - 1]
                let byte = text[cursor - 1]
                if expected == 0x20 {
                    guard ByteClass.isSpace(byte) else { return false }
                    while cursor > 0, ByteClass.isSpace(text[cursor - 1]) { cursor -= 1 }
                } else {
                    guard (ByteClass.isUpper(byte) ? byte | 0x20 : byte) == expected else { return false }
                    cursor -= 1
                }
                index -= 1
            }
            guard cursor == 0 || !ByteClass.isAlphanumeric(text[cursor - 1]) else { return false }
            // `CIVIL CAUSE No. L-93-030.`: the case's own cause number (a trial court's, in its
            // own caption); `Trial Court Cause No.` and a bare `Cause No.` stay the court below's.
            if introducer == Array("cause".utf8) {
                var before = cursor
                while before > 0, ByteClass.isSpace(text[before - 1]) { before -= 1 }
                var wordStart = before
                while wordStart > 0, ByteClass.isLetter(text[wordStart - 1]) { wordStart -= 1 }
                let word = text.string(wordStart..<before).lowercased()
                if word == "civil" || word == "criminal" { return false }
            }
            // `Court No. 81-4-00428.` opening its line: the Court of International Trade's own
            // number (`Circuit Court No.`, `Ct.` stay the court below's).
            if introducer == Array("court".utf8), isLineOpening(text, cursor) { return false }
            return true
        }
    }

    /// A match read at a number's digits (the bare federal form) whose `No.` stands just before
    /// it: the introducer before that `No.` (`USDC No. 5:07-CR-50072-2`, `TDCJ No. …`).
    private static func labelIntroducer(before text: TextView, _ match: Match) -> [UInt8]? {
        guard let number = match.range(1), number.lowerBound == match.range.lowerBound else { return nil }
        var end = number.lowerBound
        while end > 0, ByteClass.isSpace(text[end - 1]) || text[end - 1] == 0x3A { end -= 1 }
        for label in ["No.", "NO.", "Nos.", "NOS.", "No", "NO", "#"] {
            let bytes = Array(label.utf8)
            guard end >= bytes.count, (0..<bytes.count).allSatisfy({ text[end - bytes.count + $0] == bytes[$0] }) else { continue }
            let labelStart = end - bytes.count
            guard labelStart == 0 || !ByteClass.isAlphanumeric(text[labelStart - 1]) else { continue }
            // The Northern District of Indiana's own `CAUSE NO. 3:23-CV-121-JD-JEM`.
            let found = introducer(before: text, labelStart)
            return found == Array("cause".utf8) ? nil : found
        }
        return nil
    }

    /// Whether the word before `offset` (white space between) is in lower case, as prose's are.
    private static func isAfterLowerCaseWord(_ text: TextView, _ offset: Int) -> Bool {
        var end = offset
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        guard end < offset, end > 0, ByteClass.isLower(text[end - 1]) else { return false }
        var start = end
        while start > 0, ByteClass.isLetter(text[start - 1]) { start -= 1 }
        return ByteClass.isLower(text[start])
    }

    /// Whether only white space stands between the start of its line and `offset`.
    private static func isLineOpening(_ text: TextView, _ offset: Int) -> Bool {
        var cursor = offset
        while cursor > 0, text[cursor - 1] == 0x20 || text[cursor - 1] == 0x09 { cursor -= 1 }
        return cursor == 0 || text[cursor - 1] == 0x0A
    }

    /// Whether `start` follows a tab or two spaces: a column's first word.
    private static func opensColumn(_ text: TextView, _ start: Int) -> Bool {
        guard start >= 1 else { return true }
        if text[start - 1] == 0x09 { return true }
        return start >= 2 && text[start - 1] == 0x20 && text[start - 2] == 0x20
    }

    /// Whether a match of `pattern` searched from `from` stands: not a number the court below or
    /// another office gave (`introducer(before:)`, `Appeal from …` before it); a bare `Case
    /// 8:16-cv-…` (the PACER stamp) only with nothing but white space between it and the start of
    /// its line (or of the text), white space that lies at or after `from`.
    static func isAcceptable(_ match: Match, in text: TextView, from: Int) -> Bool {
        standing(match, in: text, from: from) == .caseOwn
    }

    /// Whose number a match of `pattern` is.
    enum Standing { case caseOwn, courtBelow, refused }

    /// As `isAcceptable`, telling the court below's numbers (`D.C. No. …`, a number under `Appeal
    /// from …`) from numbers of no court (`TDCJ No.`, `ECF No.`, a date).
    static func standing(_ match: Match, in text: TextView, from: Int) -> Standing {
        let start = match.range.lowerBound
        if let introducer = introducer(before: text, start) ?? labelIntroducer(before: text, match) {
            return courtBelowIntroducerBytes.contains(introducer) ? .courtBelow : .refused
        }
        if let number = match.range(1), isDate(text, number) { return .refused }
        // `at docket number 564-2019` in a sentence: a number the prose speaks of, the court below's
        // or another case's, not the caption's.
        if text.has("number", at: start), isAfterLowerCaseWord(text, start) { return .refused }
        // `Direct Appeal from the Circuit Court for Hardeman County` ⏎ `No. 9745`: the court below's.
        if CourtNameReader.isLowerCourt(text, at: start) { return .courtBelow }
        // `No. 87.`, `Case No. 123.`, `NO. 123, 124`: a number of three digits or fewer stands only
        // where its label opens the line or a column of it (after a tab or two spaces: `v.⇥Case No.
        // 123`), not inside a sentence (`Exhibit No. 3`, `Claim No. 12`).
        if let number = match.range(1), number.count <= 3, (number.lowerBound..<number.upperBound).allSatisfy({ ByteClass.isDigit(text[$0]) }),
           !isLineOpening(text, start), !opensColumn(text, start) { return .refused }
        // A number under `APPEAL FROM THE MARION SUPERIOR COURT` (`Cause No. 49G06-…`, the Seventh
        // Circuit's `No. 02 C 2689—John W. Darrah, Judge.`, a district court's bare
        // `(1:15-cr-00468-CCB-1)`) is the court below's.
        if isInCourtBelowBlock(text, start) { return .courtBelow }
        guard text.has("Case", at: start), let number = match.range(1),
              (start + 4..<number.lowerBound).allSatisfy({ isWhiteSpace(text[$0]) }) else { return .caseOwn }
        var cursor = start
        while cursor > from, isWhiteSpace(text[cursor - 1]), text[cursor - 1] != 0x0A { cursor -= 1 }
        return cursor == 0 || text[cursor - 1] == 0x0A ? .caseOwn : .refused
    }

    /// Whether one of the two nonblank lines above `start`'s opens with `Appeal from` (`APPEAL FROM
    /// THE MARION SUPERIOR COURT` ⏎ `The Honorable Mark D. Stoner, Judge` ⏎ `Cause No. 49G06-…`):
    /// the number is the court below's.
    static func isInCourtBelowBlock(_ text: TextView, _ start: Int) -> Bool {
        var lineStart = text.lineStart(before: start, limit: 400)
        var seen = 0
        while seen < 2, lineStart > 0 {
            let end = lineStart - 1
            let previous = text.lineStart(before: end, limit: 400)
            lineStart = previous
            var opening = previous
            while opening < end, text[opening] == 0x20 || text[opening] == 0x09 || text[opening] == 0x0D { opening += 1 }
            guard opening < end else { continue }
            seen += 1
            for marker: StaticString in ["appeal from", "appeals from", "on appeal from", "on appeals from"]
            where text.hasCaseless(marker, at: opening) { return true }
            // Texas's `FROM THE 47TH DISTRICT COURT OF POTTER COUNTY;` over `NO. 090839-00-A`.
            if text.hasCaseless("from the ", at: opening), (opening..<end).contains(where: { text.hasCaseless("court", at: $0) }) { return true }
        }
        return false
    }

    /// A date in digits where a number would stand (`No. 12/05/2019`, `06-27-2019`): month and day
    /// in range, a year of four digits (`19xx`, `20xx`), or of two after slashes only, so
    /// Illinois's `1-23-0093` and Texas's `03-03-00067-CR` stay numbers.
    static func isDate(_ text: TextView, _ range: Range<Int>) -> Bool {
        var pieces: [Int] = [], widths: [Int] = [], separators: Set<UInt8> = []
        var value = 0, width = 0
        for offset in range {
            let byte = text[offset]
            if ByteClass.isDigit(byte) {
                value = value * 10 + Int(byte - 0x30)
                width += 1
            } else if byte == 0x2D || byte == 0x2F, width > 0 {
                pieces.append(value); widths.append(width); separators.insert(byte)
                value = 0; width = 0
            } else {
                return false
            }
        }
        guard width > 0 else { return false }
        pieces.append(value); widths.append(width)
        guard pieces.count == 3, separators.count == 1, widths[0] <= 2, widths[1] <= 2,
              (1...12).contains(pieces[0]), (1...31).contains(pieces[1]) else { return false }
        if widths[2] == 4 { return (1900...2099).contains(pieces[2]) }
        return widths[2] == 2 && separators.first == 0x2F
    }

    /// PCRE2's `\s` without Unicode properties.
    private static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    static func read(_ text: TextView, match: Match) -> [Caption.DocketNumber] {
        guard let first = match.range(1) else { return [] }
        var ranges = [first]
        if let rest = match.range(2), !rest.isEmpty {
            // Split `, 91-1256` / ` and 91-1256` into numbers.
            var cursor = rest.lowerBound
            while cursor < rest.upperBound {
                while cursor < rest.upperBound && !ByteClass.isAlphanumeric(text[cursor]) { cursor += 1 }
                if text.has("and ", at: cursor) { cursor += 4; continue }
                var end = cursor
                while end < rest.upperBound && text[end] != 0x2C && !text.has(" and ", at: end) && !text.has(" & ", at: end) { end += 1 }
                if end > cursor { ranges.append(cursor..<end) }
                cursor = end
            }
        }
        return ranges.compactMap { parse(text, $0) }
    }

    /// Splits a number into office, year, type, sequence and judges' initials. The pattern matches
    /// ASCII only (byte mode: `\d`, `[A-Za-z]`, `\s`), so the number is read as bytes.
    static func parse(_ text: TextView, _ range: Range<Int>) -> Caption.DocketNumber? {
        let written = text.words(range).trimmedASCII(" .,")
        guard !written.isEmpty else { return nil }
        var office: String? = nil, year: String? = nil, type: String? = nil, sequence: String? = nil
        var judges: [String] = []
        var core = Array(written.utf8)[...]
        if let colon = core.firstIndex(of: 0x3A), core[..<colon].allSatisfy(ByteClass.isDigit) {
            office = String(decoding: core[..<colon], as: UTF8.self)
            core = core[(colon + 1)...]
        }
        // Runs of digits and runs of letters: `21cv00082` and `21-cv-00082` read alike.
        var parts: [String] = []
        var runStart = core.startIndex
        while runStart < core.endIndex {
            guard ByteClass.isAlphanumeric(core[runStart]) else { runStart += 1; continue }
            let isDigit = ByteClass.isDigit(core[runStart])
            var runEnd = runStart + 1
            while runEnd < core.endIndex, ByteClass.isAlphanumeric(core[runEnd]), ByteClass.isDigit(core[runEnd]) == isDigit { runEnd += 1 }
            parts.append(String(decoding: core[runStart..<runEnd], as: UTF8.self))
            runStart = runEnd
        }
        func isNumber(_ part: String) -> Bool { part.utf8.allSatisfy(ByteClass.isDigit) }
        func isWord(_ part: String) -> Bool { part.utf8.allSatisfy(ByteClass.isLetter) }
        var index = 0
        if index < parts.count, ["CV", "CR", "CIV", "Civ", "MJ", "BK"].contains(parts[index]) {
            type = parts[index].lowercased()
            index += 1
        }
        // The Western District of Washington's (and the older Northern District of California's)
        // `C20-5539RSL`: a `C` before the year marks a civil case, the judge's initials glued
        // after the sequence.
        if index == 0, parts.count >= 3, parts[0] == "C", isNumber(parts[1]), parts[1].utf8.count == 2,
           isNumber(parts[2]), (3...5).contains(parts[2].utf8.count) {
            type = "cv"
            index += 1
        }
        if index < parts.count, isNumber(parts[index]) { year = parts[index]; index += 1 }
        if index < parts.count, type == nil, isWord(parts[index]), parts[index].utf8.count <= 4,
           index + 1 < parts.count, isNumber(parts[index + 1]) {
            type = parts[index].lowercased()
            index += 1
        }
        if index < parts.count, isNumber(parts[index]) { sequence = parts[index]; index += 1 }
        if index < parts.count, type == nil, ["Civ", "CIV", "Cr", "CR", "Cv"].contains(parts[index]) {
            type = parts[index].lowercased()
            index += 1
        }
        let afterSequence = index
        while index < parts.count {
            let part = parts[index]
            if isWord(part), part.utf8.count >= 2 || ByteClass.isUpper(part.utf8.first!) && written.containsBytes("-\(part)") {
                judges.append(part.utf8.last == 0x78 ? String(part.dropLast()) : part)
            }
            index += 1
        }
        // A number of another shape (`B299907`, `805340/2024`, Florida's `3D23-2107`, Illinois's
        // `1-23-0093`: no year of two or four digits first, or a long number after the sequence)
        // is kept as written.
        let yearShaped = year.map { $0.utf8.count == 2 || $0.utf8.count == 4 } ?? false
        let longNumberAfter = parts.dropFirst(afterSequence).contains { isNumber($0) && $0.utf8.count > 2 }
        guard year != nil, sequence != nil, yearShaped, !longNumberAfter else {
            guard written.utf8.contains(where: ByteClass.isDigit) else { return nil }
            return Caption.DocketNumber(text: written, normalized: written, office: nil, year: nil, type: nil,
                                        sequence: nil, judges: [], span: Span(range))
        }
        var normalized = office.map { "\($0):" } ?? ""
        normalized += year!
        if let type { normalized += "-\(type)" }
        normalized += "-\(sequence!)"
        return Caption.DocketNumber(text: written, normalized: normalized, office: office, year: year, type: type,
                                    sequence: sequence, judges: judges, span: Span(range))
    }

    /// Courts whose captions print their own number bare, in a cell of its own with no `No.`
    /// before it, and the shape of that number as the court prints it on its opinions:
    /// California's Courts of Appeal, the district's letter and six digits (`B336320` in the
    /// Second District, `H038831` in the Sixth); its Supreme Court, `S` and six (`S104862`);
    /// Minnesota's appellate courts, `A`, the year and the sequence (`A06-894`). A cell of that
    /// shape under another court's heading is not read so.
    static func isBareNumber(_ written: String, ofCourt court: String) -> Bool {
        bareNumberShape(ofCourt: court).map { $0(Array(written.utf8)[...]) } ?? false
    }

    /// The shape test of `isBareNumber` for `court`; nil for a court that prints no bare number,
    /// so a caption under it is not searched for one.
    static func bareNumberShape(ofCourt court: String) -> ((ArraySlice<UInt8>) -> Bool)? {
        func digits(_ slice: ArraySlice<UInt8>) -> Bool { !slice.isEmpty && slice.allSatisfy(ByteClass.isDigit) }
        if court.hasPrefix("calctapp") {
            return { bytes in bytes.count == 7 && (0x41...0x48).contains(bytes[bytes.startIndex]) && digits(bytes.dropFirst()) }
        }
        if court == "cal" { return { bytes in bytes.count == 7 && bytes[bytes.startIndex] == 0x53 && digits(bytes.dropFirst()) } }
        if court == "minn" || court.hasPrefix("minnctapp") {
            return { bytes in
                guard bytes.count >= 5, bytes.count <= 8, bytes[bytes.startIndex] == 0x41, let dash = bytes.firstIndex(of: 0x2D),
                      dash - bytes.startIndex == 3 else { return false }
                return digits(bytes.dropFirst().prefix(2)) && digits(bytes[(dash + 1)...])
            }
        }
        return nil
    }

    /// One entry per spelling: a number written twice the same way (caption and page stamps) is
    /// listed once; two spellings of one number (`4:2023cv00474`, `4:23-CV-0474`) both, as written.
    static func key(_ number: Caption.DocketNumber) -> String { number.text }

    /// The numbers in a site's docket line (`22-12455 TBM Adv. Pro. 22-1258 TBM`, `Case # 02-11717,
    /// Adversary Proceeding # 03-1012`, `DocketNumber: A-0065-13T1 A-3947-13T2`): each word holding
    /// a digit, with the judges' initials after it (`TBM`, `(BH)`, `(JRT/RLE)`).
    static func readSiteLine(_ text: TextView, _ range: Range<Int>) -> [Caption.DocketNumber] {
        let introducers: Set<String> = ["NO", "NOS", "CASE", "ADV", "BKY", "PRO", "CIV", "CIVIL", "CRIM", "ACTION"]
        var numbers: [Range<Int>] = []
        // A court's letters just before a number, a space between, are part of it (Arkansas's `CA
        // 93-30`, Connecticut's `AC 46628`).
        var letters: Range<Int>? = nil
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            cursor = text.skipSpaces(from: cursor, limit: range.upperBound - cursor)
            let start = cursor
            while cursor < range.upperBound, !ByteClass.isSpace(text[cursor]) { cursor += 1 }
            guard cursor > start else { cursor += 1; continue }
            var word = start..<cursor
            while word.count > 0, [0x2C, 0x2E, 0x3B].contains(text[word.upperBound - 1]) { word = word.lowerBound..<word.upperBound - 1 }
            let written = text.string(word)
            let bare = written.trimmedASCII("()#").uppercased().trimmedASCII(".")
            let before = letters
            letters = nil
            if written.utf8.contains(where: ByteClass.isDigit) && written.utf8.count >= 3 && !written.hasPrefix("(") {
                numbers.append(before.map { $0.lowerBound..<word.upperBound } ?? word)
            } else if let last = numbers.last, text.skipSpaces(from: last.upperBound, limit: 3) == start,
                      !introducers.contains(bare), (2...9).contains(bare.count),
                      bare.utf8.allSatisfy({ ByteClass.isUpper($0) || $0 == 0x2F }) {
                numbers[numbers.count - 1] = last.lowerBound..<word.upperBound
            } else if written == bare, !introducers.contains(bare), (2...4).contains(bare.count), bare.utf8.allSatisfy(ByteClass.isUpper),
                      text.skipSpaces(from: word.upperBound, limit: 3) < range.upperBound,
                      ByteClass.isDigit(text[text.skipSpaces(from: word.upperBound, limit: 3)]) {
                letters = word
            }
        }
        return numbers.compactMap { parse(text, $0) }
    }
}
