/// Treatises and legal encyclopedias, by section or paragraph: `5 Wright & Miller, Federal
/// Practice and Procedure § 1357`, `5B Charles Alan Wright & Arthur R. Miller, Federal Practice
/// and Procedure § 1350 (3d ed. 2004)`, `11 Moore's Federal Practice § 56.11[1]`, `3 Collier on
/// Bankruptcy ¶ 362.03`, `2 McCormick on Evidence § 185`, `63A Am. Jur. 2d Products Liability § 1`.
///
/// Only the titles of `TreatiseTitles` are read. `code` is the title's name (an encyclopedia's with
/// its topic), `title` the volume, `section` the section or paragraph. The volume before the title
/// and the authors between them (`Charles Alan Wright & Arthur R. Miller,`) are in the span.
struct TreatiseRecognizer: CitationForm {
    /// One group per title, in `TreatiseTitles.all`'s order; then the topic, the mark and the number.
    static let pattern: String = {
        let titles = TreatiseTitles.all.map { "(" + $0.spellings + ")" }.joined(separator: "|")
        return #"(?<![\w.])(?:"# + titles + #")((?:,?\s+[A-Z][A-Za-z.']*(?:\s+(?:of|and|&|the|on))*){0,5})?,?\s*"#
            + #"(?:\(\d{1,2}(?:st|nd|rd|th|d)\s+ed\.[^)\n]{0,30}\)\s*)?(?:(?:\xC2\xA7){1,2}|(?:\xC2\xB6){1,2})\s*(\d{1,5}[A-Za-z]?(?:[.:\-]\d{1,5}[A-Za-z]?)*(?:\[[0-9A-Za-z.]{1,6}\])*)"#
    }()
    /// The volume and the authors before a title, to the end of the text searched: `5B Charles Alan
    /// Wright & Arthur R. Miller, `, `2 `, `4 Melville B. Nimmer & David Nimmer, `, `1 Wayne R.
    /// LaFave, `, `W. Page Keeton et al., `, `Charles Alan Wright, Arthur R. Miller & Mary Kay Kane, `.
    /// One author only after a volume; without one, a list closed by `&` or `and`, or `et al.` (so
    /// that `However, McCormick …` and `In Texas, Couch …` take no words). A name's words are
    /// capitalized words or initials (no sentence's last word: `Marbury. Accordingly,`), wrapped
    /// over at most one blank line; a volume is no number of a rule or a year (`P. 12`, `2010`).
    static let before: String = {
        let space = #"(?:[ \t]+|[ \t]*(?:\n[ \t]*){1,2})"#
        let word = #"(?:[A-Z]\.|W[Mm]\.|[A-Z][A-Za-z'-]+)"#
        let name = word + "(?:" + space + word + "){0,3}"
        let list = name + #"(?:[ \t]*,[ \t]*"# + name + #")*[ \t]*,?"# + space + "(?:&|and)" + space + name
        let etAl = name + space + #"et"# + space + #"al\."#
        let closing = #",[ \t]*(?:\n[ \t]*){0,2}"#
        let volume = #"(?<![A-Za-z]\.[ \t])(\d{1,3}[A-Z]{0,2})"#
        return #"(?<![^\s(\[])(?:"# + volume + space + "(?:(?:" + list + "|" + etAl + "|" + name + ")" + closing + ")?|(?:"
            + list + "|" + etAl + ")" + closing + ")$"
    }()

    let search: Pattern
    let lead: Pattern

    init(tables: ReferenceTables) throws {
        search = try Pattern(Self.pattern, requiring: TreatiseTitles.all.flatMap(\.literals))
        lead = try Pattern(Self.before, jit: false)
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { if let item = treatise(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: treatises", search)] }

    private func treatise(_ text: TextView, match: Match) -> Found? {
        let count = TreatiseTitles.all.count
        guard let index = (1...count).first(where: { match.range($0) != nil }), let number = match.range(count + 2) else { return nil }
        let title = TreatiseTitles.all[index - 1]
        var code = title.name
        if let topic = match.range(count + 1), !topic.isEmpty {
            // Only an encyclopedia's topic stands between its name and the section.
            guard title.topical else { return nil }
            code += " " + text.words(topic).trimmedASCII(", ")
        } else if title.topical {
            return nil
        }
        // Back over the authors and the volume, from a word's start at most 300 bytes before.
        var start = match.range.lowerBound
        var from = max(0, start - 300)
        if from > 0 { while from < start && !ByteClass.isSpace(text[from - 1]) { from += 1 } }
        var volume: String? = nil
        let slice = UnsafeBufferPointer(rebasing: text.bytes[from..<start])
        if from < start, let lead = lead.firstMatch(in: slice, from: 0, using: MatchData(for: lead)), !lead.range.isEmpty {
            if let volumeRange = lead.range(1) { volume = text.string((volumeRange.lowerBound + from)..<(volumeRange.upperBound + from)) }
            start = from + lead.range.lowerBound
        }
        let law = LawCitation(lawKind: .treatise, code: code, title: volume, section: text.string(number), subsection: nil,
                              jurisdiction: nil, etSeq: false)
        return Found(citation: law.citation, range: start..<match.range.upperBound)
    }
}
