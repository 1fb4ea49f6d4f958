import LegalCite

/// A rule as a researcher types it: a federal set (not the Guidelines, whose numbers hold letters) by any of its usual names, in any case and
/// with or without periods (`FRCP 12`, `Fed. R. Civ. P. 12(b)(6)`, `fed. r. civ. p. 56`,
/// `F.R.E. 702`), the rule's number, and optionally its subdivision.
struct RuleQuery: Equatable {
    let set: RuleSet
    let rule: String
    /// `(b)(6)`, without spaces; nil for the whole rule.
    let subdivision: String?

    /// The sets' names with periods and spaces taken out, in lower case.
    private static let names: [String: RuleSet] = [
        "frcp": .frcp, "fedrcivp": .frcp, "fedrcivpro": .frcp, "frcivp": .frcp, "federalruleofcivilprocedure": .frcp,
        "federalrulesofcivilprocedure": .frcp, "civilrule": .frcp,
        "frcrp": .frcrp, "fedrcrimp": .frcrp, "fedrcrp": .frcrp, "frcrimp": .frcrp, "federalruleofcriminalprocedure": .frcrp,
        "federalrulesofcriminalprocedure": .frcrp, "criminalrule": .frcrp,
        "fre": .fre, "fedrevid": .fre, "frevid": .fre, "federalruleofevidence": .fre, "federalrulesofevidence": .fre,
        "frap": .frap, "fedrappp": .frap, "frappp": .frap, "federalruleofappellateprocedure": .frap,
        "federalrulesofappellateprocedure": .frap,
        "frbp": .frbp, "fedrbankrp": .frbp, "fedrbankrproc": .frbp, "federalruleofbankruptcyprocedure": .frbp,
        "federalrulesofbankruptcyprocedure": .frbp, "bankruptcyrule": .frbp,
    ]

    /// Nil when the text does not name a federal set this way (a local rule, a state's): the
    /// caller then reads it with the extractor.
    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard let digit = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        var name = ""
        for scalar in scalars[..<digit] where scalar != "." && scalar != " " && scalar != "§" {
            name.unicodeScalars.append(scalar)
        }
        guard let set = Self.names[name.lowercased()] else { return nil }
        var cursor = digit
        var number = ""
        while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) || scalars[cursor] == "."
                && cursor + 1 < scalars.count && ("0"..."9").contains(scalars[cursor + 1]) {
            number.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        // The subdivision: `(b)(6)`, spaces between groups allowed, nothing else after.
        var subdivision = ""
        for scalar in scalars[cursor...] where scalar != " " { subdivision.unicodeScalars.append(scalar) }
        guard subdivision.isEmpty || Self.isSubdivision(subdivision) else { return nil }
        self.set = set
        rule = number
        self.subdivision = subdivision.isEmpty ? nil : subdivision
    }

    /// `(b)`, `(b)(6)(A)`: groups of one to four letters or digits in parentheses.
    private static func isSubdivision(_ text: String) -> Bool {
        var inside = 0
        var open = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(" where !open: open = true; inside = 0
            case ")" where open && inside > 0: open = false
            case _ where open && inside < 4 && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) && scalar.isASCII:
                inside += 1
            default: return false
            }
        }
        return !open
    }

    /// The index key of the rule (`rule|FRCP||12`).
    var key: String {
        Authority.rule(ruleSet: set, rule: rule, court: nil, courtAsWritten: nil).key.id
    }
}
