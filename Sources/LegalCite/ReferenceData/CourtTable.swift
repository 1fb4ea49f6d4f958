/// courts-db: court ids by citation string (`2d Cir.` → `ca2`) and by id.
struct CourtTable: Sendable {
    struct Court: Sendable {
        let id: String
        let citationString: String
        let name: String
        let system: String
        let type: String
        let location: String
        let sitting: Bool
    }

    private(set) var courts: [Court] = []
    private var byKey: [String: Int] = [:]
    private var byID: [String: Int] = [:]
    /// Bluebook state abbreviation (`Kan.`) by state name (`kansas`), and back.
    private(set) var stateAbbreviations: [String: String] = [:]

    init() {
        for row in TSV.rows(CourtData.tsv) where row.count >= 8 {
            let court = Court(id: String(row[0]), citationString: String(row[1]), name: String(row[2]),
                              system: String(row[3]), type: String(row[4]), location: String(row[6]),
                              sitting: row[7].isEmpty)
            let index = courts.count
            courts.append(court)
            byID[court.id] = index
            guard !court.citationString.isEmpty else { continue }
            let key = Self.key(court.citationString)
            // Prefer a court that still sits over a historical one with the same string.
            if let existing = byKey[key], courts[existing].sitting || !court.sitting { continue }
            byKey[key] = index
        }
        for row in TSV.rows(StateData.tsv) where row.count >= 2 {
            stateAbbreviations[row[1].lowercased()] = String(row[0])
        }
    }

    /// Spaces, periods and case do not matter: `2d Cir.`, `2d Cir`, `2dCir.` are one court.
    /// Ordinals are folded to the Bluebook's `2d`, `3d`.
    static func key(_ text: String) -> String {
        var folded = String(text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "." && $0 != "," && $0 != "\n" }.map(Character.init))
        for (ordinal, bluebook) in [("2nd", "2d"), ("3rd", "3d")] {
            while let range = folded.firstRange(of: ordinal) { folded.replaceSubrange(range, with: bluebook) }
        }
        return folded
    }

    /// The court a citation string names (`D. Kan.`, `9th Cir.`, `Bankr. D.N.M.`), if any.
    func court(citationString text: String) -> Court? {
        byKey[Self.key(text)].map { courts[$0] }
    }

    func court(id: String) -> Court? { byID[id].map { courts[$0] } }
}
