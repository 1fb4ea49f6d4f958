/// `Id.`, `id. at 680-81`, `Ibid.`, `Id. ¶ 62`, and `Twombly, supra, at 570`.
struct ShortFormRecognizer: CitationForm {
    /// Also `Id` with its period lost, only where a pin follows (`(Id at 6).`).
    static let idPattern = #"(?<![A-Za-z0-9])(?:[Ii]d\.|[Ii]bid\b\.?|Id(?=,?\s?at\s\d))"#
    static let supraPattern = #"(?<![A-Za-z])supra\b"#

    let id: Pattern
    let supra: Pattern

    init(tables: ReferenceTables) throws {
        id = try Pattern(Self.idPattern)
        supra = try Pattern(Self.supraPattern)
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        let reader = ShortFormReader(text: text)
        id.forEachMatch(in: text.bytes, from: 0) { match in
            // `Id. § 1988`: the section after `Id.` is read as the statute before's
            // (`BareSectionRecognizer`), its span from the mark; `Id.` is no mention of its own.
            let after = text.skipSpaces(from: match.range.upperBound, limit: 2)
            if after > match.range.upperBound, text[after] == 0xC2, text[after + 1] == 0xA7 { return }
            found.append(reader.idCitation(match.range))
        }
        supra.forEachMatch(in: text.bytes, from: 0) { if let item = reader.supraCitation($0.range) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: Id.", id), TimedSearch("pcre2: supra", supra)] }
}

/// Reads the short forms of one text, from where their patterns matched.
private struct ShortFormReader {
    let text: TextView

    /// Reads the pin after `Id.`: `at 4`, `, at 680-81`, `¶ 62`, `¶¶ 3-4`, `at ¶ 5`.
    func idCitation(_ match: Range<Int>) -> Found {
        let (pin, end) = pinAfter(match.upperBound)
        return Found(citation: .id(IdCitation(pin: pin)), range: match.lowerBound..<end)
    }

    /// `Twombly, supra, at 570`; never a `supra` without a name (`As we explained, supra.`, `see
    /// supra, at 1`: the document's own pages, not an authority), and no `supra` of its own
    /// before a short cite (`Kaiser Foundation, supra, 13 Cal.App.5th at 1146` is that short
    /// cite's name).
    func supraCitation(_ match: Range<Int>) -> Found? {
        let afterComma = text.skipSpaces(from: match.upperBound + 1, limit: 2)
        if text[match.upperBound] == 0x2C, ByteClass.isDigit(text[afterComma]),
           text.words(afterComma..<min(text.count, afterComma + 40)).firstRangeBytes(of: " at ") != nil { return nil }
        guard let name = ShortName.read(before: match.lowerBound, in: text, requireComma: false) else { return nil }
        var end = match.upperBound
        var pin: String? = nil
        let (pinText, pinEnd) = pinAfter(end)
        if let pinText { pin = pinText; end = pinEnd }
        if pin == nil, text.has(" note ", at: end) {
            let digits = text.skipDigits(from: end + 6, limit: 4)
            if digits > end + 6 { pin = "note " + text.string(end + 6..<digits); end = digits }
        }
        return Found(citation: .supra(SupraCitation(name: name.text, pin: pin)), range: name.start..<end)
    }

    private func pinAfter(_ start: Int) -> (String?, Int) {
        var cursor = start
        if text[cursor] == 0x2C { cursor += 1 }
        let spaced = text.skipSpaces(from: cursor, limit: 2)
        if text.has("at ", at: spaced) {
            var pinStart = text.skipSpaces(from: spaced + 3, limit: 2)
            if let paragraph = paragraphPin(at: pinStart) { return (text.words(pinStart..<paragraph), paragraph) }
            if text.has("p. ", at: pinStart) || text.has("pp. ", at: pinStart) { pinStart = text.skipSpaces(from: pinStart + 3, limit: 2) }
            if let range = PinCite.read(text, at: pinStart) {
                // `Id. at 7-9, ¶¶ 38-53`: pages, then paragraphs of the same source.
                if text[range.upperBound] == 0x2C, let paragraph = paragraphPin(at: text.skipSpaces(from: range.upperBound + 1, limit: 2)) {
                    return (text.words(range.lowerBound..<paragraph), paragraph)
                }
                return (text.words(range), range.upperBound)
            }
        }
        // `id. 119:12-14`: a transcript's page and lines, written without `at`.
        if spaced > start, ByteClass.isDigit(text[spaced]) {
            let colon = text.skipDigits(from: spaced, limit: 5)
            if text[colon] == 0x3A, ByteClass.isDigit(text[colon + 1]), let range = PinCite.read(text, at: colon + 1) {
                return (text.words(spaced..<range.upperBound), range.upperBound)
            }
        }
        if let paragraph = paragraphPin(at: spaced) { return (text.words(spaced..<paragraph), paragraph) }
        // `id. Claim V ¶¶ 58-71`: a claim or count of a pleading, then its paragraphs.
        if text.has("Claim ", at: spaced) || text.has("Count ", at: spaced) {
            var end = spaced + 6
            while ByteClass.isAlphanumeric(text[end]) { end += 1 }
            let afterClaim = text.skipSpaces(from: end, limit: 2)
            if end > spaced + 6, let paragraph = paragraphPin(at: afterClaim) { return (text.words(spaced..<paragraph), paragraph) }
        }
        return (nil, start)
    }

    private func paragraphPin(at start: Int) -> Int? { PinCite.paragraphs(text, at: start)?.upperBound }
}

extension IdCitation: CitationKind {
    var kind: String { "id" }
    /// Last: any other reading of the same words wins.
    static let precedence = 6

    func encodeFields(_ json: inout JSONWriter) {
        json.field("pin", pin)
    }
}

extension SupraCitation: CitationKind {
    var kind: String { "supra" }
    static let precedence = 5

    func encodeFields(_ json: inout JSONWriter) {
        json.field("name", name)
        json.field("pin", pin)
    }
}
