extension StateData {
    /// Each state's name and its Bluebook abbreviation (`Texas`, `Tex.`) → the state's name.
    static let byNameOrAbbreviation: [String: String] = {
        var states: [String: String] = [:]
        TSV.forEachRow(tsv) { row in
            guard row.count >= 2 else { return }
            states[row[0]] = row[1]
            states[row[1]] = row[1]
        }
        return states
    }()

    /// Each state's name → its Bluebook abbreviation (`Illinois` → `Ill.`, `Alaska` → `Alaska`).
    static let abbreviationByName: [String: String] = {
        var abbreviations: [String: String] = [:]
        TSV.forEachRow(tsv) { row in
            if row.count >= 2 { abbreviations[row[1]] = row[0] }
        }
        return abbreviations
    }()

    /// The same, with each spelling in capitals too (`TEX.`, `TEXAS`), as Texas courts write codes and rules.
    static let byNameOrAbbreviationInAnyCase: [String: String] = {
        var states = byNameOrAbbreviation
        for (spelling, name) in byNameOrAbbreviation { states[spelling.uppercased()] = name }
        return states
    }()
}
