/// The canonical identifier of an authority (OUTPUT.md, `id`): lower case, slash-separated, the
/// same in every document for the same authority, derived from the authority alone; nil where the
/// text does not say enough (a bare `§ 1983` with no code, a state rule whose set is not kept, a
/// blank page).
///
/// | authority | id |
/// |---|---|
/// | `42 U.S.C. § 1983`, `I.R.C. § 501` | `usc/42/1983`, `usc/26/501` |
/// | `29 C.F.R. § 1630.2` | `cfr/29/1630.2` |
/// | `K.S.A. 60-513`, `Cal. Penal Code § 187` | `stat/ks/60-513`, `stat/ca/cal-penal-code/187` (the code named where the state has several) |
/// | `Cal. Code Regs. tit. 15, § 3084.1` | `reg/ca/cal-code-regs/15/3084.1` |
/// | `Pub. L. No. 104-134, § 101`, `110 Stat. 3009`, `82 Fed. Reg. 5844` | `pl/104-134/101`, `statutes-at-large/110/3009`, `fr/82/5844` |
/// | `Fed. R. Civ. P. 26`, `Fed. R. Evid. 702`, … | `frcp/26`, `fre/702`, `frcrp/35`, `frap/28`, `frbp/7056`, `ussg/2d1.1` |
/// | Rules Governing Section 2254 Cases, 2255 Proceedings | `rules-2254/4`, `rules-2255/4` |
/// | `D. Kan. Rule 7.1` | `local/ksd/7.1` |
/// | `U.S. Const. amend. XIV`, `art. I, § 8` | `const/us/amend/14`, `const/us/art/1/8` |
/// | a case | `case/us/556/662`: its preferred cite (below) |
/// | `ECF No. 21`, `ECF No. 99-1` | `ecf/21`, `ecf/99/1` (this case's docket) |
/// | `Compl. ¶ 5` | `record/complaint` (this case's record) |
/// | `100 Harv. L. Rev. 1234` | `journal/harv-l-rev/100/1234` |
///
/// A case's preferred cite, among the parallel cites the document gives it: `U.S.`, then `S. Ct.`,
/// then `L. Ed.`/`L. Ed. 2d`, then the first other reporter as the text orders them, then the
/// databases (`WL`, `LEXIS`) last; so a case cited as `556 U.S. 662, 129 S. Ct. 1937` in one
/// order and `129 S. Ct. 1937` alone in another meets only through the index's parallels.
extension Authority {
    public var id: String? {
        switch self {
        case .caseLaw(_, let cites, _, _):
            return AuthorityID.preferred(cites).flatMap(AuthorityID.caseID)
        case .law(let kind, let code, let title, let section, let jurisdiction):
            return AuthorityID.law(kind: kind, code: code, title: title, section: section, jurisdiction: jurisdiction)
        case .rule(let ruleSet, let rule, let court, _):
            guard let ruleSet else { return nil }
            let number = AuthorityID.number(asWritten: rule)
            switch ruleSet {
            case .frcp, .frcrp, .fre, .frap, .frbp, .ussg: return "\(ruleSet.rawValue.lowercased())/\(number)"
            case .section2254: return "rules-2254/\(number)"
            case .section2255: return "rules-2255/\(number)"
            case .local: return court.map { "local/\($0)/\(number)" }
            case .state, .other: return nil
            }
        case .constitution(let jurisdiction, let article, let amendment, let section):
            guard let place = jurisdiction == "US" ? "us" : AuthorityID.postal(jurisdiction) else { return nil }
            let tail = section.map { "/" + AuthorityID.number(asWritten: $0) } ?? ""
            if let amendment { return "const/\(place)/amend/\(AuthorityID.number(amendment))\(tail)" }
            if let article { return "const/\(place)/art/\(AuthorityID.number(article))\(tail)" }
            return nil
        case .docketEntry(let number, let attachment, _):
            return "ecf/\(number)" + (attachment.map { "/\($0)" } ?? "")
        case .record(let document, let label):
            return "record/\(document.rawValue)" + (label.map { "/" + AuthorityID.slug($0) } ?? "")
        case .journal(let cite, _):
            guard let (volume, journal, page) = AuthorityID.split(cite) else { return nil }
            return "journal/\(AuthorityID.slug(journal))/\(volume)/\(page)"
        }
    }
}

enum AuthorityID {
    /// The cite of `cites` an id is made of (see `Authority.id`).
    static func preferred(_ cites: [String]) -> String? {
        func rank(_ cite: String) -> Int {
            guard let (_, reporter, _) = split(cite) else { return 9 }
            switch reporter {
            case "U.S.": return 0
            case "S. Ct.": return 1
            case "L. Ed.", "L. Ed. 2d": return 2
            default: return reporter.contains("WL") || reporter.contains("LEXIS") ? 4 : 3
            }
        }
        return cites.enumerated().min { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }?.element
    }

    /// `556 U.S. 662` → `case/us/556/662`; nil for a blank page.
    static func caseID(_ cite: String) -> String? {
        guard let (volume, reporter, page) = split(cite), page.first?.isNumber == true, volume.first?.isNumber == true else { return nil }
        return "case/\(slug(reporter))/\(volume)/\(page)"
    }

    /// Volume, reporter and page of `556 U.S. 662`.
    static func split(_ cite: String) -> (String, String, String)? {
        let words = cite.split(separator: " ")
        guard words.count >= 3 else { return nil }
        return (String(words[0]), words[1..<words.count - 1].joined(separator: " "), String(words[words.count - 1]))
    }

    static func law(kind: String, code: String, title: String?, section: String, jurisdiction: String?) -> String? {
        // `Pub. L. No. 104-134, § 101`: the law's number, then the act's own section if cited.
        if kind == "session_law", code == "Pub. L.", let title { return "pl/\(title)" + (section.isEmpty ? "" : "/\(number(asWritten: section))") }
        guard !code.isEmpty, !section.isEmpty else { return nil }
        let section = number(asWritten: section)
        let title = title.map { number(asWritten: $0) }
        switch (kind, code) {
        case ("statute", "U.S.C."): return title.map { "usc/\($0)/\(section)" }
        case ("statute", "I.R.C."): return "usc/26/\(section)"
        case ("regulation", "C.F.R."): return title.map { "cfr/\($0)/\(section)" }
        case ("session_law", "Stat."): return title.map { "statutes-at-large/\($0)/\(section)" }
        case ("register", _): return title.map { "fr/\($0)/\(section)" }
        case ("executive_order", _): return "eo/\(section)"
        // A conference report is numbered in its house's series (`H.R. Conf. Rep. No. 104-458` is
        // `H.R. Rep. No. 104-458`); a report without its Congress, numbered per Congress before
        // 1947, has no id that would not merge several.
        case ("legislative", _):
            guard let title else { return nil }
            return ["leg", slug(code.replacingConference()), title, section.lowercased()].joined(separator: "/")
        // `restatement/second-of-torts/402a`, `model/ucc/2-207`, `treaty/unts/1155/331`, `treaty/tias/6298`.
        case ("restatement", _): return ["restatement", slug(String(code.dropFirst("Restatement ".count).filter { $0 != ":" })), section].joined(separator: "/")
        case ("model_code", _): return ["model", slug(code), section].joined(separator: "/")
        // `treatise/fpp/1357`; an encyclopedia's by topic, `treatise/am-jur-2d/products-liability/1`.
        case ("treatise", _):
            guard let book = TreatiseTitles.all.first(where: { code.hasPrefix($0.name) }) else { return nil }
            let topic = code.dropFirst(book.name.count).trimmedASCII(" ")
            return (["treatise", book.key] + (topic.isEmpty ? [] : [slug(topic)]) + [section]).joined(separator: "/")
        case ("treaty", _): return (["treaty", slug(code)] + (title.map { [$0] } ?? []) + [section]).joined(separator: "/")
        case ("statute", _), ("regulation", _):
            guard let jurisdiction, let state = postal(jurisdiction) else { return nil }
            let prefix = kind == "statute" ? "stat" : "reg"
            let named = (codesPerJurisdiction["\(prefix)|\(jurisdiction)"] ?? 0) > 1 || kind == "regulation"
            return ([prefix, state] + (named ? [slug(code)] : []) + (title.map { [$0] } ?? []) + [section]).joined(separator: "/")
        default: return nil
        }
    }

    /// How many distinct codes of each kind a jurisdiction has in the laws table (`stat|Kansas`).
    private static let codesPerJurisdiction: [String: Int] = {
        var codes: [String: Set<String>] = [:]
        for table in [LawData.tsv, StateCodeSpellings.tsv] {
            TSV.forEachRow(table) { row in
                guard row.count >= 5 else { return }
                let prefix = row.equals(2, "admin_compilation") ? "reg" : "stat"
                codes["\(prefix)|\(row[3])", default: []].insert(row[1])
            }
        }
        return codes.mapValues(\.count)
    }()

    /// A section's or rule's number: lower case, white space and `§` dropped (`44-501`, `7.1`,
    /// `5/2-619`, `2d1.1`).
    static func number(asWritten text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "§" }.map { DashesAsWritten.isDash($0) ? "-" : $0 })
    }

    /// Lower case; periods, apostrophes and `§` dropped; runs of spaces, `&` and `,` one `-`.
    static func slug(_ text: String, keepSlash: Bool = false) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            switch character {
            case ".", "'", "’", "§", "(", ")", "[", "]": continue
            case " ", "&", ",", "_": pendingDash = !out.isEmpty
            case "/" where !keepSlash: pendingDash = !out.isEmpty
            default:
                if pendingDash { out.append("-"); pendingDash = false }
                out.append(character)
            }
        }
        return out
    }

    /// An article's or amendment's number in arabic figures (`XIV` → `14`), else its slug.
    static func number(_ text: String) -> String {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        let lower = text.lowercased()
        guard !lower.isEmpty, lower.allSatisfy({ values[$0] != nil }) else { return slug(text) }
        var total = 0
        let digits = lower.map { values[$0]! }
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        return String(total)
    }

    /// The USPS code of a state or territory, by its name or Bluebook abbreviation.
    static func postal(_ jurisdiction: String) -> String? {
        guard let name = StateData.byNameOrAbbreviation[jurisdiction] ?? (postalCodes[jurisdiction] != nil ? jurisdiction : nil) else { return nil }
        return postalCodes[name]
    }

    private static let postalCodes: [String: String] = [
        "Alabama": "al", "Alaska": "ak", "Arizona": "az", "Arkansas": "ar", "California": "ca", "Colorado": "co",
        "Connecticut": "ct", "Delaware": "de", "District of Columbia": "dc", "Florida": "fl", "Georgia": "ga",
        "Hawaii": "hi", "Idaho": "id", "Illinois": "il", "Indiana": "in", "Iowa": "ia", "Kansas": "ks",
        "Kentucky": "ky", "Louisiana": "la", "Maine": "me", "Maryland": "md", "Massachusetts": "ma",
        "Michigan": "mi", "Minnesota": "mn", "Mississippi": "ms", "Missouri": "mo", "Montana": "mt",
        "Nebraska": "ne", "Nevada": "nv", "New Hampshire": "nh", "New Jersey": "nj", "New Mexico": "nm",
        "New York": "ny", "North Carolina": "nc", "North Dakota": "nd", "Ohio": "oh", "Oklahoma": "ok",
        "Oregon": "or", "Pennsylvania": "pa", "Rhode Island": "ri", "South Carolina": "sc", "South Dakota": "sd",
        "Tennessee": "tn", "Texas": "tx", "Utah": "ut", "Vermont": "vt", "Virginia": "va", "Washington": "wa",
        "West Virginia": "wv", "Wisconsin": "wi", "Wyoming": "wy", "Puerto Rico": "pr", "Guam": "gu",
        "Virgin Islands": "vi", "American Samoa": "as", "Northern Mariana Islands": "mp",
    ]
}

private extension String {
    /// `H.R. Conf. Rep.` → `H.R. Rep.`.
    func replacingConference() -> String {
        split(separator: " ").filter { $0 != "Conf." }.joined(separator: " ")
    }
}
