/// Every reporter and journal spelling of reporters-db, mapped to canonical editions.
struct ReporterTable: Sendable {
    struct Edition: Sendable {
        /// The canonical abbreviation, e.g. `S. Ct.`, `F. Supp. 2d`.
        let name: String
        let citeType: CiteType
        let start: Int?
        let end: Int?
        /// The court every case in this reporter comes from, when there is one (`scotus`).
        let court: String?
        /// A looseleaf service cited by paragraph, with no volume: `Bankr. L. Rep. (CCH) ¶ 67,488`.
        var byParagraph = false

        var isJournal: Bool { citeType == .journal }

        func covers(_ year: Int) -> Bool {
            (start.map { year >= $0 } ?? true) && (end.map { year <= $0 } ?? true)
        }
    }

    private(set) var editions: [Edition] = []
    /// Spellings as written in the data; `candidates[i]` are the editions spelling `i` may mean.
    private(set) var spellings: [String] = []
    private(set) var candidates: [[Int]] = []
    /// Each spelling and each edition's name without white space: the trie matches spellings so
    /// (`P. R.` and `P.R.` are one key), and the table keys them so too, so that every edition a
    /// key may mean is a candidate of it.
    private var spellingKeys: [String] = []
    private var editionKeys: [String] = []

    private static func key(_ spelling: some StringProtocol) -> String {
        // Bytes, not scalars: these three are ASCII and never part of a longer UTF-8 sequence,
        // and a scalar view built scalar by scalar was most of the table's start-up cost.
        String(decoding: spelling.utf8.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }, as: UTF8.self)
    }

    /// The cite types with their names, made once (not an `allCases` array per row).
    private static let citeTypes = CiteType.allCases.map { (name: $0.rawValue, type: $0) }

    /// An edition is its canonical name and cite type.
    private struct EditionKey: Hashable {
        let name: String
        let citeType: CiteType
    }

    init() {
        var editionIndex: [EditionKey: Int] = [:]
        var spellingIndex: [String: Int] = [:]
        spellingIndex.reserveCapacity(5000)
        spellings.reserveCapacity(5000)
        candidates.reserveCapacity(5000)
        // Columns: spelling, edition, family, cite type, start, end, court, form.
        TSV.forEachRow(ReporterData.tsv) { row in
            guard row.count >= 7 else { return }
            let spelling = row[0], name = row[1]
            // A cite type this build does not know is a table regenerated ahead of the code.
            guard let citeType = Self.citeTypes.first(where: { row.equals(3, $0.name) })?.type else {
                preconditionFailure("unknown cite type \(row[3])")
            }
            let key = EditionKey(name: name, citeType: citeType)
            let edition: Int
            if let known = editionIndex[key] {
                edition = known
            } else {
                edition = editions.count
                editionIndex[key] = edition
                editions.append(Edition(name: name, citeType: citeType, start: row.int(4), end: row.int(5),
                                        court: row.isEmpty(6) ? nil : row[6], byParagraph: row.count > 7 && row.equals(7, "paragraph")))
                editionKeys.append(Self.key(name))
            }
            let spellingKey = Self.key(spelling)
            if let known = spellingIndex[spellingKey] {
                if !candidates[known].contains(edition) { candidates[known].append(edition) }
            } else {
                spellingIndex[spellingKey] = spellings.count
                spellings.append(spelling)
                spellingKeys.append(spellingKey)
                candidates.append([edition])
            }
        }
    }

    private static let typeRank: [CiteType: Int] = [
        .federal: 0, .stateRegional: 1, .state: 2, .neutral: 3, .specialtyWest: 4,
        .specialtyLexis: 4, .specialty: 5, .scotusEarly: 6, .journal: 9,
    ]

    /// The edition a spelling means: one whose dates cover `year` if a year is known; else the
    /// edition whose canonical name is the spelling itself; else the most common kind.
    func edition(forSpelling spelling: Int, year: Int?) -> Edition {
        let options = candidates[spelling]
        if options.count == 1 { return editions[options[0]] }
        var pool = options
        if let year {
            let dated = options.filter { editions[$0].covers(year) }
            if !dated.isEmpty { pool = dated }
        }
        if let exact = pool.first(where: { editionKeys[$0] == spellingKeys[spelling] }) { return editions[exact] }
        let best = pool.min { (Self.typeRank[editions[$0].citeType] ?? 8) < (Self.typeRank[editions[$1].citeType] ?? 8) }!
        return editions[best]
    }
}
