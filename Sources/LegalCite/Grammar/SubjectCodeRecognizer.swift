/// State codes named by subject (reporters-db's `$law_subject` forms): `Tex. Educ. Code Ann.
/// § 51.803`, `Tex. Civ. Prac. & Rem. Code § 16.003`, `Cal. Civ. Proc. Code § 340`,
/// `N.Y. Gen. Bus. Law § 349`.
struct SubjectCodeRecognizer: CitationForm {
    static let pattern =
        #"(?<![\w.])((Tex|Cal|N\.\s?Y)\.\s+(?:(?:[A-Z][.\-'A-Za-z]*|&)\s+){1,5}(?:Code(?:\s+Ann\.)?|Law))\s*(\xC2\xA7\s*\xC2\xA7|\xC2\xA7)\s*(?=\d)"#

    let search: Pattern

    init(tables: ReferenceTables) throws { search = try Pattern(Self.pattern, requiring: ["\u{A7}"]) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.statutes(text, match: $0)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: subject codes", search)] }

    static func statutes(_ text: TextView, match: Match) -> [Found] {
        guard let codeRange = match.range(1), let state = match.range(2), let marker = match.range(3) else { return [] }
        let code = text.words(codeRange)
        let jurisdiction = switch text.string(state) {
        case "Tex": "Texas"
        case "Cal": "California"
        default: "New York"
        }
        let items = SectionList.read(text, at: match.range.upperBound, allowList: marker.count > 2)
        return items.enumerated().map { index, item in
            let law = LawCitation(lawKind: .statute, code: code, title: nil, section: item.section, subsection: item.subsection,
                                  jurisdiction: jurisdiction, etSeq: item.etSeq)
            return Found(citation: law.citation, range: index == 0 ? match.range.lowerBound..<item.range.upperBound : item.range)
        }
    }
}
