/// courts-db: court ids by citation string (`2d Cir.` → `ca2`) and by id.
struct CourtTable: Sendable {
    struct Court: Sendable {
        let id: String
        let citationString: String
        let name: String
        let sitting: Bool
        /// courts-db's system is `federal` (bare rules of a state court's writing are its own).
        let isFederal: Bool
        /// courts-db's location (`Indiana`, `Georgia`): a state court's court below sits in its state.
        let location: String

        /// A federal district court, by courts-db's name (`District Court, N.D. Illinois`): its type
        /// and level are no guide (`ksd` is `appellate` there).
        var isFederalDistrict: Bool { isFederal && name.contains("District Court") }
    }

    private(set) var courts: [Court] = []
    private var byKey: [String: Int] = [:]
    private var byID: [String: Int] = [:]
    /// Court indices by courts-db's name in lower case, in table order (`illinois circuit court`).
    private var byLowercasedName: [String: [Int]] = [:]
    /// Citation-string keys in order, for `court(citationPrefix:)`.
    private var sortedKeys: [(key: String, index: Int)] = []
    /// Bluebook state abbreviation (`Kan.`) by state name (`kansas`), and back.
    private(set) var stateAbbreviations: [String: String] = [:]
    /// courts-db's patterns for court names, read and compiled on first use.
    let patterns = CourtPatternTable()

    init() {
        courts.reserveCapacity(3000)
        byID.reserveCapacity(3000)
        byKey.reserveCapacity(3000)
        // Columns: id, citation string, name, system, type, level, location, last year.
        TSV.forEachRow(CourtData.tsv) { row in
            guard row.count >= 8 else { return }
            let court = Court(id: row[0], citationString: row[1], name: row[2], sitting: row.isEmpty(7), isFederal: row[3] == "federal",
                              location: row[6])
            let index = courts.count
            courts.append(court)
            byID[court.id] = index
            byLowercasedName[court.name.lowercased(), default: []].append(index)
            guard !court.citationString.isEmpty else { return }
            let key = Self.key(court.citationString)
            // Prefer a court that still sits over a historical one with the same string.
            if let existing = byKey[key], courts[existing].sitting || !court.sitting { return }
            byKey[key] = index
        }
        sortedKeys = byKey.map { (key: $0.key, index: $0.value) }.sorted { $0.key < $1.key }
        TSV.forEachRow(StateData.tsv) { row in
            guard row.count >= 2 else { return }
            stateAbbreviations[row[1].lowercased()] = row[0]
        }
        // A few of courts-db's citation strings spell the state out (`D. Maryland`, `Bankr. S.D.
        // Florida`); the Bluebook's abbreviation (`D. Md.`) names the same court.
        for (index, court) in courts.enumerated() where court.isFederal && court.sitting {
            guard let space = court.citationString.lastIndex(of: " "),
                  let abbreviation = stateAbbreviations[court.citationString[court.citationString.index(after: space)...].lowercased()],
                  !court.citationString.hasSuffix(abbreviation) else { continue }
            let key = Self.key(court.citationString[..<space] + " " + abbreviation)
            if byKey[key] == nil { byKey[key] = index }
        }
    }

    /// The courts courts-db names `name` (in lower case), in table order.
    func courts(namedInLowerCase name: String) -> [Court] {
        byLowercasedName[name, default: []].map { courts[$0] }
    }

    /// The courts whose courts-db name (in lower case) is `words` or closes with them after a
    /// space (`board of immigration appeals` closes `united states department of justice board of
    /// immigration appeals`), in table order.
    func courts(nameEndingWith words: String) -> [Court] {
        let tail = " " + words
        return byLowercasedName.filter { $0.key == words || $0.key.hasSuffix(tail) }.flatMap { $0.value }.sorted().map { courts[$0] }
    }

    /// Spaces, periods and case do not matter: `2d Cir.`, `2d Cir`, `2dCir.` are one court.
    /// Ordinals are folded to the Bluebook's `2d`, `3d`.
    static func key(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != 0x20 && byte != 0x2E && byte != 0x2C && byte != 0x0A {
            folded.append(ByteClass.isUpper(byte) ? byte | 0x20 : byte)
            // Ordinals as the Bluebook writes them: `2nd` → `2d`, `3rd` → `3d`.
            let count = folded.count
            if count >= 3, folded[count - 1] == 0x64, ByteClass.isDigit(folded[count - 3]),
               (folded[count - 2] == 0x6E && folded[count - 3] == 0x32) || (folded[count - 2] == 0x72 && folded[count - 3] == 0x33) {
                folded.remove(at: count - 2)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The court a citation string names (`D. Kan.`, `9th Cir.`, `Bankr. D.N.M.`), if any.
    func court(citationString text: String) -> Court? {
        byKey[Self.key(text)].map { courts[$0] }
    }

    /// The court a parenthetical names, also when it writes only the start of its citation
    /// string (`Pa.Super.` for `Pa. Super. Ct.`): the one sitting court whose string opens so,
    /// none when several do (precision first), nor when it opens with the kind of court only
    /// (`Ct. App.`: which state's, the reporter says, not the words).
    func court(citationPrefix text: String) -> Court? {
        if let exact = court(citationString: text) { return exact }
        // Texas writes the court of appeals' seat after a dash: `Tex. App.—Houston [14th Dist.]`.
        if let dash = text.firstRangeBytes(of: ".-"), let court = court(citationString: String(text[..<text.index(after: dash.lowerBound)])) {
            return court
        }
        let key = Self.key(text)
        guard key.utf8.count >= 5, let first = text.split(separator: " ").first,
              !["Ct.", "App.", "Super.", "Dist.", "Cir.", "Sup.", "Ch.", "Fam.", "Crim.", "Civ.", "Cnty.", "Cty."].contains(String(first))
        else { return nil }
        var low = 0, high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle].key < key { low = middle + 1 } else { high = middle }
        }
        var found: Int? = nil
        while low < sortedKeys.count, sortedKeys[low].key.hasPrefix(key) {
            let index = sortedKeys[low].index
            if courts[index].sitting {
                if let found, courts[found].id != courts[index].id { return nil }
                found = index
            }
            low += 1
        }
        return found.map { courts[$0] }
    }

    func court(id: String) -> Court? { byID[id].map { courts[$0] } }
}
