/// Statute and regulation codes of reporters-db's laws table (`U.S.C.`, `C.F.R.`,
/// `Kan. Stat. Ann.`, …) with their spellings, and the spellings the states' own courts use
/// (`StateCodeSpellings`: `CPLR`, `G.L. c.`, `Pa.C.S.`, `Pen. Code`).
struct LawTable: Sendable {
    struct Code: Sendable {
        let spelling: String
        let code: String
        let isRegulation: Bool
        let jurisdiction: String
        /// A title number precedes the code (`42 U.S.C.`); otherwise the code stands alone.
        let titled: Bool
        /// A chapter follows the code, then the section (`G.L. c. 93A, § 2`).
        var chaptered = false
        /// A plain number after the code is a section, without `§` (`CPLR 3211`).
        var numbered = false
    }

    let codes: [Code]
    /// Every spelling, to its index in `codes`: the codes read where they stand (`K.S.A.
    /// 60-513`, `Del. Code Ann. tit. 10`) and after a section (`, C.R.S. 2018`) are found by it.
    let spellings: ByteTrie

    init() {
        var codes: [Code] = []
        for table in [LawData.tsv, StateCodeSpellings.tsv] {
            TSV.forEachRow(table) { row in
                guard row.count >= 5 else { return }
                codes.append(Code(spelling: row[0], code: row[1], isRegulation: row.equals(2, "admin_compilation"),
                                  jurisdiction: row[3], titled: row.equals(4, "titled"),
                                  chaptered: row.equals(4, "chapter"), numbered: row.equals(4, "numbered")))
            }
        }
        self.codes = codes
        // Each spelling as the table writes it, and in capitals where it names its state, as Texas
        // courts write their codes (`TEX. INS. CODE § 4001.003`; not `PENAL CODE`, which is
        // California's only in California's own short form).
        var keys = codes.enumerated().map { ($0.element.spelling, $0.offset) }
        for (offset, code) in codes.enumerated() where code.spelling.uppercased() != code.spelling {
            let first = code.spelling.split(separator: " ").first.map(String.init) ?? ""
            if StateData.byNameOrAbbreviation[first] == code.jurisdiction { keys.append((code.spelling.uppercased(), offset)) }
        }
        spellings = ByteTrie(keys: keys)
    }

    /// A PCRE2 alternation of the titled spellings, longest first, with flexible spacing.
    var titledAlternation: String {
        codes.filter(\.titled).map(\.spelling).sorted { $0.count > $1.count }
            .map(Self.flexiblePattern).joined(separator: "|")
    }

    /// `U.S.C.` → `U\.\s*S\.\s*C\.`: spaces optional after periods, any white space between words.
    static func flexiblePattern(_ spelling: String) -> String {
        var pattern = ""
        for character in spelling {
            switch character {
            case " ": pattern += #"\s*"#
            case ".": pattern += #"\.\s*"#
            case "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\", "/": pattern += "\\\(character)"
            case "§": pattern += #"\xC2\xA7"#
            default:
                if character.isASCII { pattern.append(character) } else {
                    pattern += character.utf8.map { "\\x" + String($0, radix: 16, uppercase: true) }.joined()
                }
            }
        }
        // A trailing `\s*` would swallow the space before the section marker; drop it.
        if pattern.hasSuffix(#"\s*"#) { pattern.removeLast(3) }
        // `11 U.S.C § 727`: an initialism's last period is often left out.
        if spelling.filter({ $0 == "." }).count >= 2, !spelling.contains(" "), pattern.hasSuffix(#"\."#) { pattern += "?" }
        return pattern
    }
}
