/// Docket numbers in their federal forms: `Case No.12-2486-KHV-DJW`, `Civil Action No.
/// 16-cv-01890-CMA-MJW`, `No. 2:21-cv-01042 TLN DB P`, `D.C. Docket No. 8:09-cv-00663-RAL-MAP`,
/// `No. CR 14-0259 JB.`, `Nos. 91-1225, 91-1256`, and the PACER header's `Case 8:16-cv-01261-DOC-KES`.
enum DocketNumberReader {
    private static let number =
        #"(?:\d{1,2}:\d{2}-?[A-Za-z]{2,4}-?\d{2,6}|(?:CV|CR|CIV|Civ|MJ|BK)\.?\s?\d{2}-\d{2,6}|\d{2}-[A-Za-z]{1,4}-\d{1,6}|\d{2,4}-\d{2,6})"#
        + #"(?:-(?:Civ|CIV|Cr|CR|Cv)(?:-[A-Z][a-z]{2,14})*|-[A-Z]{1,4}x?(?![a-z])|\s\([A-Z]{2,4}x?\)|\s[A-Z]{2,3}(?:/[A-Z]{2,3})?\b(?!\s[a-z]))*(?:\s[A-Z]\b(?![.\w]))?"#

    /// No alternative may open with white space or `^`, so that PCRE2 derives the few bytes a
    /// match can start with and skips the rest: the PACER stamp's `Case 8:16-cv-…` must stand at
    /// the start of a line, which `isAcceptable` checks (126 → 204 → … MB/s in legalcite-bench).
    static let pattern =
        #"(?<![\w-])(?:(?:(?:Case|Civil\s+Action|Civil|Criminal|Civ\.|Crim\.|Cr\.|Adv\.|Adversary|Bankruptcy|Bankr\.|Misc\.|"#
        + #"D\.\s?C\.\s+Docket|Docket|Appeal|Cause)\s+)?(?i:No|Nos|Number)\.?\s*:?\s*|Case\s+(?=\d:\d{2}-)"#
        // A caption cell holding only a federal number: `06-cv-960 (RCL)`.
        + #"|(?<![\w:/.-])(?=\d{1,2}:\d{2}-[A-Za-z]{2}-\d|\d{2}-(?:cv|cr|CV|CR|mc|MC|mj|MJ|bk|ap)-\d))"#
        + "(" + number + #")((?:\s*(?:,|and|&)\s*"# + number + ")*)"

    /// Whether a match of `pattern` searched from `from` stands: a bare `Case 8:16-cv-…` (the
    /// PACER stamp) only with nothing but white space between it and the start of its line (or
    /// of the text), white space that lies at or after `from`.
    static func isAcceptable(_ match: Match, in text: TextView, from: Int) -> Bool {
        let start = match.range.lowerBound
        guard text.has("Case", at: start), let number = match.range(1),
              (start + 4..<number.lowerBound).allSatisfy({ isWhiteSpace(text[$0]) }) else { return true }
        var cursor = start
        while cursor > from, isWhiteSpace(text[cursor - 1]), text[cursor - 1] != 0x0A { cursor -= 1 }
        return cursor == 0 || text[cursor - 1] == 0x0A
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
        while index < parts.count {
            let part = parts[index]
            if isWord(part), part.utf8.count >= 2 || ByteClass.isUpper(part.utf8.first!) && written.containsBytes("-\(part)") {
                judges.append(part.utf8.last == 0x78 ? String(part.dropLast()) : part)
            }
            index += 1
        }
        guard year != nil, sequence != nil else { return nil }
        var normalized = office.map { "\($0):" } ?? ""
        normalized += year!
        if let type { normalized += "-\(type)" }
        normalized += "-\(sequence!)"
        return Caption.DocketNumber(text: written, normalized: normalized, office: office, year: year, type: type,
                                    sequence: sequence, judges: judges, span: Span(range))
    }

    /// One docket number per case: `8:16-cv-01261` and `8:16-cv-1261` are the same.
    static func key(_ number: Caption.DocketNumber) -> String {
        "\(number.year ?? "")|\(number.type ?? "")|\(Int(number.sequence ?? "") ?? -1)"
    }
}
