/// What a legal-research site puts above a court's document when its page is copied as text, and
/// where the court's own text begins:
///
/// - Justia docket pages: `Bair v. Kijakazi, No. 4:2023cv00474 - Document 16 (M.D. Pa. 2024)`, the
///   clerk's docket text (`Court Description: …`, `Filing 30`), then `Download PDF` and the order,
///   often flattened onto one line that opens by repeating the case name (`Bair v. Kijakazi Doc. 16`).
/// - Justia opinion pages: `Peterson v. Ferrell , 302 Kan. 99 ( 2015 )`, `Menu:`, `•` and the opinion.
/// - casetext: `From Casetext: Smarter Legal Research`, the case name, the court, the date, the
///   citation, a summary, then `Opinion` and the opinion; casetext's print pages open at `Opinion`,
///   with the docket number, the date, the title and the judge on the lines after it.
/// - CourtListener: `DocketNumber: B299907`, `Filed Date: 8/21/2020`, `Status: …` lines.
///
/// The site's words are none of the caption's: the caption is read from `start` on. What the site
/// says of the case (its docket numbers, the court its citation names) is kept.
struct SiteHeader {
    /// The first line of the court's own text.
    let start: Int
    /// Normalized ranges of docket numbers the site gives (`No. 4:2023cv00474`, `DocketNumber: …`).
    let docketNumbers: [Range<Int>]
    /// The court as the site's citation writes it (`M.D. Pa.`), for a court id.
    let courtCitation: String?
    /// Normalized ranges the caption readers must pass over: the site's repetition of the case
    /// name at the start of the document (`Bair v. Kijakazi Doc. 16`).
    let removed: [Range<Int>]
    /// The case's name as the site titles it (`McCoy v. Michigan`), without its citation or number.
    var title: String? = nil

    static let none = SiteHeader(start: 0, docketNumbers: [], courtCitation: nil, removed: [])

    static func read(_ text: TextView, lines: Lines) -> SiteHeader {
        let first = lines.lines.prefix(60).enumerated().filter { !$0.element.isBlank }
        guard let opening = first.first else { return .none }
        func line(_ index: Int) -> String { text.words(lines.lines[index].trimmed) }
        /// The first line within `count` that is `words` exactly (compared as bytes: no string is
        /// made of lines that differ).
        func index(of words: StaticString, within count: Int = 60) -> Int? {
            let length = words.utf8CodeUnitCount
            return first.prefix(count).first { _, line in
                line.trimmed.count == length && (0..<length).allSatisfy { text[line.trimmed.lowerBound + $0] == words.utf8Start[$0] }
            }?.offset
        }
        func lineIs(_ index: Int, _ words: StaticString) -> Bool {
            let range = lines.lines[index].trimmed, length = words.utf8CodeUnitCount
            return range.count == length && (0..<length).allSatisfy { text[range.lowerBound + $0] == words.utf8Start[$0] }
        }
        // Justia docket page.
        if let download = index(of: "Download PDF") {
            var dockets: [Range<Int>] = []
            var citation: String? = nil
            let title = lines.lines[opening.offset].trimmed
            if let no = find(" No. ", in: title, text), let dash = find(" - Document ", in: title, text), no.upperBound < dash.lowerBound {
                dockets.append(no.upperBound..<dash.lowerBound)
            }
            if text[title.upperBound - 1] == 0x29, let open = lastIndex(of: 0x28, in: title, text) {
                // `(M.D. Pa. 2024)`: the court before the year.
                let inside = text.words(open + 1..<title.upperBound - 1).splitOnSpaces()
                if inside.count >= 2, inside.last!.count == 4, inside.last!.allSatisfy(\.isNumber) {
                    citation = inside.dropLast().joined(separator: " ")
                }
            }
            let start = first.first { $0.offset > download }?.offset ?? download + 1
            var removed: [Range<Int>] = []
            // `Bair v. Kijakazi Doc. 16 UNITED STATES …`: the site's repetition of the name.
            if start < lines.lines.count {
                let body = lines.lines[start].trimmed
                let window = body.lowerBound..<min(body.upperBound, body.lowerBound + 300)
                if let doc = find(" Doc. ", in: window, text) {
                    var end = doc.upperBound
                    while end < window.upperBound, ByteClass.isDigit(text[end]) { end += 1 }
                    if end > doc.upperBound { removed.append(body.lowerBound..<end) }
                }
            }
            // Justia's title abbreviates the caption the document itself carries: not kept.
            return SiteHeader(start: start, docketNumbers: dockets, courtCitation: citation, removed: removed)
        }
        // casetext, whole page or print page: the opinion begins after `Opinion`.
        if lineIs(opening.offset, "From Casetext: Smarter Legal Research") || lineIs(opening.offset, "Opinion") {
            guard let opinion = index(of: "Opinion") else { return .none }
            var dockets: [Range<Int>] = []
            // The docket line right after `Opinion`, when it holds a number and few words.
            if let next = first.first(where: { $0.offset > opinion })?.offset {
                let range = lines.lines[next].trimmed
                let words = text.words(range).splitOnSpaces()
                if words.count <= 8, words.contains(where: { $0.contains(where: \.isNumber) && $0.count >= 3 }),
                   !DateWords.isDateAlone(text.words(range)) {
                    dockets.append(range)
                }
            }
            // casetext's cite line before `Opinion`, `22-cr-592 (N.D. Ill. Dec. 22, 2023)`: the
            // court's citation before the date.
            var citation: String? = nil
            for index in (opening.offset + 1)..<max(opening.offset + 1, opinion) where citation == nil {
                let range = lines.lines[index].trimmed
                guard range.count >= 8, range.count <= 80, text[range.upperBound - 1] == 0x29,
                      let open = lastIndex(of: 0x28, in: range, text) else { continue }
                var inside = text.words(open + 1..<range.upperBound - 1).splitOnSpaces().map(String.init)
                guard inside.count >= 2, inside.last!.count == 4, inside.last!.allSatisfy(\.isNumber) else { continue }
                inside.removeLast()
                if let day = inside.last, day.hasSuffix(","), day.dropLast().allSatisfy(\.isNumber) { inside.removeLast() }
                if let month = inside.last, DateWords.month(month, strict: false) != nil { inside.removeLast() }
                if !inside.isEmpty { citation = inside.joined(separator: " ") }
            }
            var header = SiteHeader(start: opinion + 1, docketNumbers: dockets, courtCitation: citation, removed: [])
            if lineIs(opening.offset, "From Casetext: Smarter Legal Research"), let name = first.dropFirst().first?.offset {
                header.title = caseName(line(name))
            }
            return header
        }
        // Justia opinion page.
        if let menu = index(of: "Menu:", within: 8) {
            return SiteHeader(start: menu + 1, docketNumbers: [], courtCitation: nil, removed: [])
        }
        // CourtListener's metadata lines.
        if text.has("DocketNumber: ", at: lines.lines[opening.offset].trimmed.lowerBound) {
            let range = lines.lines[opening.offset].trimmed
            let numbers = range.lowerBound + "DocketNumber: ".utf8.count..<range.upperBound
            var last = opening.offset
            for (index, _) in first where ["Filed Date:", "Status:", "Modified Date:", "Citation Numbers:", "Citation:", "Precedential Status:"]
                .contains(where: { line(index).hasPrefix($0) }) { last = max(last, index) }
            return SiteHeader(start: last + 1, docketNumbers: [numbers], courtCitation: nil, removed: [])
        }
        return .none
    }

    /// `Bair v. Kijakazi, No. 4:2023cv00474 - Document 16 (M.D. Pa. 2024)` → `Bair v. Kijakazi`;
    /// `Peterson v. Ferrell , 302 Kan. 99 ( 2015 )` → `Peterson v. Ferrell`.
    private static func caseName(_ line: String) -> String? {
        var name = line
        for end in [", No.", " - Document", " , ", " ( "] {
            if let range = name.firstRangeBytes(of: end) { name = String(name[..<range.lowerBound]) }
        }
        name = name.trimmedASCII(" ,")
        if name.hasSuffix(", No") { name.removeLast(4) }
        return name.contains(" v. ") || PartyReader.matterPrefix(of: name) != nil ? name : nil
    }

    private static func find(_ literal: String, in range: Range<Int>, _ text: TextView) -> Range<Int>? {
        let bytes = Array(literal.utf8)
        guard range.count >= bytes.count else { return nil }
        var offset = range.lowerBound
        while offset + bytes.count <= range.upperBound {
            if bytes.indices.allSatisfy({ text[offset + $0] == bytes[$0] }) { return offset..<offset + bytes.count }
            offset += 1
        }
        return nil
    }

    private static func lastIndex(of byte: UInt8, in range: Range<Int>, _ text: TextView) -> Int? {
        var offset = range.upperBound - 1
        while offset >= range.lowerBound {
            if text[offset] == byte { return offset }
            offset -= 1
        }
        return nil
    }
}
