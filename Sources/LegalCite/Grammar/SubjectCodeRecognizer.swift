/// State codes named by subject (reporters-db's `$law_subject` forms): `Tex. Educ. Code Ann.
/// § 51.803`, `Tex. Civ. Prac. & Rem. Code § 16.003`, `Cal. Civ. Proc. Code § 340`,
/// `N.Y. Gen. Bus. Law § 349`, and Texas's written out (`Texas Insurance Code § 4001.003`).
struct SubjectCodeRecognizer: CitationForm {
    static let pattern: String =
        #"(?<![\w.])((Tex|Cal|N\.\s?Y)\.\s+(?:(?:[A-Z][.\-'A-Za-z]*|&)\s+){1,5}(?:Code(?:\s+Ann\.)?|Law))"# + mark
        // Texas courts write their codes in capitals: `TEX. CIV. PRAC. & REM. CODE ANN. § 14.002`.
        // (Small capitals out of a PDF may part a word from its period: `TEX . PENAL CODE ANN .`.)
        + "|" + SmallCapitals.periodsMayStandApart(#"(?<![\w.])((TEX|CAL|N\.\s?Y)\.\s+(?:(?:[A-Z][.\-'A-Z]*\.?|&)\s+){1,5}(?:CODE\.?(?:\s+ANN\.)?|LAW))"#)
        + mark
        // Texas's codes written out, as its courts' prose names them: `Texas Insurance Code §
        // 4001.003(1)`, `Texas Family Code Section 54.02(a)` (the subject from `texasSubjects`).
        + #"|(?<![\w.])Texas\s+((?:(?:[A-Z][a-z]+|and|&)\s+){1,4})Code\s*(\xC2\xA7\s*\xC2\xA7|\xC2\xA7|[Ss]ections?)\s*(?=\d)"#

    /// The section mark, or none before a section with a decimal point (`TEX. CIV. PRAC. & REM.
    /// CODE ANN. 14.002(b)`, `Tex. Penal Code Ann. 22.02(a)`: Texas's sections have one; a plain
    /// number after a code's name is no section here).
    private static let mark = #"(?:\s*(\xC2\xA7\s*\xC2\xA7|\xC2\xA7)\s*(?=\d)|\s+(?=\d{1,3}\.\d{1,4}(?!\d|\.\d)))"#

    let search: Pattern

    /// Every branch holds a section mark, `Section(s)` or a code's `Code`: documents with none are not scanned.
    init(tables: ReferenceTables) throws { search = try Pattern(Self.pattern, requiring: ["\u{A7}", "ection", "Code", "CODE"]) }

    func recognize(_ text: TextView, into found: inout [Found]) {
        search.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.statutes(text, match: $0)) }
    }

    var stages: [TimedSearch] { [TimedSearch("pcre2: subject codes", search)] }

    /// Texas's codes by their subjects as written out, and the Bluebook's abbreviation (table T1).
    static let texasSubjects: [String: String] = [
        "Agriculture": "Agric.", "Alcoholic Beverage": "Alco. Bev.", "Business and Commerce": "Bus. & Com.",
        "Business & Commerce": "Bus. & Com.", "Business Organizations": "Bus. Orgs.",
        "Civil Practice and Remedies": "Civ. Prac. & Rem.", "Civil Practice & Remedies": "Civ. Prac. & Rem.",
        "Education": "Educ.", "Election": "Elec.", "Estates": "Est.", "Family": "Fam.", "Finance": "Fin.",
        "Government": "Gov't", "Health and Safety": "Health & Safety", "Health & Safety": "Health & Safety",
        "Human Resources": "Hum. Res.", "Insurance": "Ins.", "Labor": "Lab.", "Local Government": "Loc. Gov't",
        "Natural Resources": "Nat. Res.", "Occupations": "Occ.", "Parks and Wildlife": "Parks & Wild.", "Penal": "Penal",
        "Property": "Prop.", "Tax": "Tax", "Transportation": "Transp.", "Utilities": "Util.", "Water": "Water",
    ]

    static func statutes(_ text: TextView, match: Match) -> [Found] {
        if let subjectRange = match.range(7), let marker = match.range(8) {
            guard let subject = texasSubjects[text.words(subjectRange)] else { return [] }
            let mark = text.string(marker)
            let items = SectionList.read(text, at: match.range.upperBound, allowList: mark.hasPrefix("§§") || mark.hasPrefix("§ §") || mark.hasSuffix("ions"))
            return items.enumerated().map { index, item in
                let law = LawCitation(lawKind: .statute, code: "Tex. \(subject) Code Ann.", title: nil, section: item.section,
                                      subsection: item.subsection, jurisdiction: "Texas", etSeq: item.etSeq)
                return Found(citation: law.citation, range: index == 0 ? match.range.lowerBound..<item.range.upperBound : item.range)
            }
        }
        guard let codeRange = match.range(1) ?? match.range(4), let state = match.range(2) ?? match.range(5) else { return [] }
        let marker = match.range(3) ?? match.range(6)
        var code = text.words(codeRange)
        // In capitals, the code is named as the Bluebook writes it: `Tex. Civ. Prac. & Rem. Code Ann.`.
        if match.range(4) != nil {
            code = SmallCapitals.closed(code).splitOnSpaces().map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
            if code.hasSuffix("Code. Ann.") { code = String(code.dropLast(10)) + "Code Ann." }
        }
        let jurisdiction = switch text.string(state).uppercased() {
        case "TEX": "Texas"
        case "CAL": "California"
        default: "New York"
        }
        let items = SectionList.read(text, at: match.range.upperBound, allowList: (marker?.count ?? 0) > 2)
        return items.enumerated().map { index, item in
            let law = LawCitation(lawKind: .statute, code: code, title: nil, section: item.section, subsection: item.subsection,
                                  jurisdiction: jurisdiction, etSeq: item.etSeq)
            return Found(citation: law.citation, range: index == 0 ? match.range.lowerBound..<item.range.upperBound : item.range)
        }
    }
}
