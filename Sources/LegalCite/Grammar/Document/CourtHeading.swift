/// The court named in a document's heading: `IN THE UNITED STATES DISTRICT COURT FOR THE
/// DISTRICT OF KANSAS` (or, as older writings put it, `IN THE DISTRICT COURT OF THE UNITED STATES
/// FOR THE …`) → `ksd`; `UNITED STATES DISTRICT COURT / NORTHERN DISTRICT OF CALIFORNIA`
/// → `cand`; `United States Court of Appeals, Tenth Circuit` → `ca10`. The id comes from courts-db
/// through the court's citation string (`D. Kan.`, `N.D. Cal.`, `10th Cir.`).
struct CourtHeading {
    let court: Caption.Court
    let range: Range<Int>

    static let districtPattern =
        #"(?i)(?|UNITED\s+STATES\s+(DISTRICT|BANKRUPTCY)\s+COURT|(DISTRICT|BANKRUPTCY)\s+COURT\s+OF\s+THE\s+UNITED\s+STATES)\b,?(?:\s+FOR\s+THE)?\s+"#
        + #"(?:(NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\s+)?(?:DISTRICT\s+OF\s+|([NSEWCM]\.\s?)?D\.\s?)"#
        + #"((?:THE\s+)?[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})"#
    static let appealsPattern =
        #"(?i)UNITED\s+STATES\s+COURT\s+OF\s+APPEALS,?\s+(?:FOR\s+THE\s+)?"#
        + #"(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|DISTRICT\s+OF\s+COLUMBIA|FEDERAL)\s+CIRCUIT"#
    static let supremePattern = #"(?i)SUPREME\s+COURT\s+OF\s+THE\s+UNITED\s+STATES"#

    private static let circuits = ["first": "1st", "second": "2d", "third": "3d", "fourth": "4th", "fifth": "5th",
                                   "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
                                   "eleventh": "11th", "district of columbia": "D.C.", "federal": "Fed."]
    private static let directionLetters: [UInt8: String] = [0x6E: "northern", 0x73: "southern", 0x65: "eastern", 0x77: "western",
                                                            0x63: "central", 0x6D: "middle"]
    /// Places that are not in the states table but have federal courts.
    private static let territories = ["columbia": "D.C.", "district of columbia": "D.C.", "puerto rico": "P.R.",
                                      "guam": "Guam", "virgin islands": "V.I.", "the virgin islands": "V.I.",
                                      "northern mariana islands": "N. Mar. I."]

    struct Patterns: Sendable {
        let district = try! Pattern(CourtHeading.districtPattern)
        let appeals = try! Pattern(CourtHeading.appealsPattern)
        let supreme = try! Pattern(CourtHeading.supremePattern)
    }

    /// The earliest heading in `region` that one of the federal patterns reads.
    static func read(_ text: TextView, within region: Range<Int>, patterns: Patterns, courts: CourtTable) -> CourtHeading? {
        let slice = UnsafeBufferPointer(rebasing: text.bytes[..<region.upperBound])
        var found: [CourtHeading] = []
        var from = region.lowerBound
        // A district pattern that matches a place no table knows is passed over, not final.
        while let match = patterns.district.firstMatch(in: slice, from: from, using: MatchData(for: patterns.district)) {
            if let heading = district(text, match: match, courts: courts) { found.append(heading); break }
            from = match.range.upperBound
        }
        if let match = patterns.appeals.firstMatch(in: slice, from: region.lowerBound, using: MatchData(for: patterns.appeals)),
           let circuit = match.range(1), let ordinal = circuits[text.words(circuit).lowercased()] {
            let word = text.words(circuit).lowercased()
            let name = "United States Court of Appeals for the \(titleCase(word)) Circuit"
            let id = courts.court(citationString: "\(ordinal) Cir.")?.id
            found.append(CourtHeading(court: .init(name: name, id: id, span: nil), range: match.range))
        }
        if let match = patterns.supreme.firstMatch(in: slice, from: region.lowerBound, using: MatchData(for: patterns.supreme)) {
            found.append(CourtHeading(court: .init(name: "Supreme Court of the United States", id: "scotus", span: nil), range: match.range))
        }
        return found.min { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func district(_ text: TextView, match: Match, courts: CourtTable) -> CourtHeading? {
        guard let kind = match.range(1), let placeRange = match.range(4) else { return nil }
        let isBankruptcy = text[kind.lowerBound] | 0x20 == UInt8(ascii: "b")
        // The direction in words or by its letter (`United States District Court, M.D. Florida`).
        let direction = match.range(2).map { text.string($0).lowercased() }
            ?? match.range(3).flatMap { directionLetters[text[$0.lowerBound] | 0x20] }
        // The longest known place among the words after `DISTRICT OF`.
        let words = text.words(placeRange).splitOnSpaces().map { String($0).lowercased().trimmedASCII(".,") }
        var place: (name: String, abbreviation: String, wordCount: Int)? = nil
        for count in stride(from: words.count, through: 1, by: -1) {
            let candidate = words.prefix(count).joined(separator: " ")
            if let abbreviation = courts.stateAbbreviations[candidate] ?? territories[candidate] {
                place = (candidate, abbreviation, count)
                break
            }
        }
        guard let place else { return nil }
        let letter = direction.map { "\($0.first!.uppercased()).D." } ?? "D."
        let citation = (isBankruptcy ? "Bankr. " : "") + letter + " " + place.abbreviation
        let id = courts.court(citationString: citation)?.id
        let placeName = place.name == "columbia" ? "Columbia" : titleCase(place.name)
        let districtName = (direction.map { titleCase($0) + " " } ?? "") + "District of " + placeName
        let name = "United States \(isBankruptcy ? "Bankruptcy" : "District") Court for the \(districtName)"
        // The heading ends with the place, not with the words the pattern read past it.
        var end = placeRange.lowerBound
        var consumed = 0
        while end < placeRange.upperBound && consumed < place.wordCount {
            while end < placeRange.upperBound && !ByteClass.isSpace(text[end]) { end += 1 }
            consumed += 1
            if consumed < place.wordCount { end = text.skipSpaces(from: end) }
        }
        return CourtHeading(court: .init(name: name, id: id, span: nil), range: match.range.lowerBound..<end)
    }

    static func titleCase(_ phrase: String) -> String {
        phrase.splitOnSpaces().enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && ["of", "the", "and", "for"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
