/// Decides what each mention refers to. Returns the authorities, each once, and for each mention
/// the index of its authority (nil when it cannot be resolved). Mentions are not modified.
///
/// - Parallel cites written together are one case; a later full cite of any of them is that case.
/// - A short cite resolves to the case with that volume and reporter whose first page is at or
///   before the pin; `supra` to the case whose name contains its name.
/// - `Id.` resolves to whatever the mention before it resolved to: a case, a statute, a docket
///   entry (`See ECF No. 26.` … `Id. at 4.`).
/// - Statutes by code, title and section; rules by set and number; docket entries by number.
public struct Resolution: Sendable {
    public let authorities: [Authority]
    public let links: [Int?]
}

/// Which record document a filing's name is: `Complaint` → complaint, `First Amended Complaint`
/// → amended_complaint, `Answer` → answer.
enum RecordDocument {
    static func kind(_ description: String) -> String? {
        let words = description.splitOnSpaces()
        guard let last = words.last else { return nil }
        switch last {
        case "Complaint": return words.count > 1 && words.contains("Amended") ? "amended_complaint" : (words.count == 1 ? "complaint" : nil)
        case "Answer": return words.count == 1 ? "answer" : nil
        default: return nil
        }
    }
}

enum Resolver {
    /// What makes two mentions one authority (hashed as values: no key strings are built).
    private enum Key: Hashable {
        case caseCite(String)
        case law(kind: String, code: String, title: String, section: String)
        case rule(set: String, court: String, rule: String)
        case constitution(jurisdiction: String, part: String, section: String)
        case docket(number: String, attachment: String?)
        case record(document: String, label: String)
        case journal(String)
    }

    /// A reporter volume, for short cites.
    private struct Volume: Hashable {
        let volume: String
        let reporter: String
    }

    private struct CaseEntry {
        var name: String?
        var plaintiff: String?
        var defendant: String?
        var cites: [String]
        var year: Int?
        var court: String?
        var pages: [(volume: String, reporter: String, page: Int?)]
    }

    /// `Regents of Univ. of Cal. v. Bakke` → {regents, of, univ., cal., v., bakke}.
    private static func words(_ name: String) -> Set<Substring> {
        Set(name.lowercased().splitOnSpaces().map { $0.hasSuffix(",") ? $0.dropLast() : $0 })
    }

    static func resolve(_ mentions: [Mention]) -> Resolution {
        var authorities: [Authority?] = []
        var cases: [Int: CaseEntry] = [:]
        var byKey: [Key: Int] = [:]
        var groupAuthority: [Int: Int] = [:]
        var descriptions: [Int: String] = [:]
        // For `supra`: each named case, newest last, with the words of its name in lower case,
        // computed when a `supra` first needs them (most documents have none).
        var caseNames: [(index: Int, name: String, words: Set<Substring>?)] = []
        var namedCases: Set<Int> = []
        // For short cites: case authorities by "volume|reporter".
        var byVolume: [Volume: [Int]] = [:]
        var links: [Int?] = []
        links.reserveCapacity(mentions.count)
        // Record documents the text ties to a docket entry (`Complaint (ECF No. 1)`), found first so
        // the order of mentions does not matter.
        var filedAs: [String: Int] = [:]
        for mention in mentions {
            guard case .docketEntry(let entry) = mention.citation, entry.attachment == nil,
                  let document = entry.description.flatMap(RecordDocument.kind) else { continue }
            let number = entry.number
            filedAs[document] = filedAs[document] ?? authority(for: .docket(number: number, attachment: nil)) {
                .docketEntry(number: number, attachment: nil, description: nil)
            }
        }

        func authority(for key: Key, make: () -> Authority) -> Int {
            if let known = byKey[key] { return known }
            authorities.append(make())
            byKey[key] = authorities.count - 1
            return authorities.count - 1
        }

        for mention in mentions {
            var link: Int? = nil
            switch mention.citation {
            case .fullCase(let cite):
                let normalized = cite.normalizedCite
                let key = Key.caseCite(normalized)
                if let known = groupAuthority[cite.parallelGroup] ?? (cite.page != nil ? byKey[key] : nil) {
                    link = known
                } else {
                    authorities.append(nil)
                    link = authorities.count - 1
                    cases[link!] = CaseEntry(name: cite.caseName, plaintiff: cite.plaintiff, defendant: cite.defendant,
                                             cites: [], year: cite.year, court: cite.court, pages: [])
                }
                groupAuthority[cite.parallelGroup] = link
                if cite.page != nil { byKey[key] = link }
                var entry = cases[link!]!
                if !entry.cites.contains(normalized) {
                    entry.cites.append(normalized)
                    entry.pages.append((cite.volume, cite.reporter, cite.page.flatMap { Int($0) }))
                    byVolume[Volume(volume: cite.volume, reporter: cite.reporter), default: []].append(link!)
                }
                if let name = cite.caseName ?? cite.plaintiff, namedCases.insert(link!).inserted {
                    caseNames.append((link!, name, nil))
                }
                entry.name = entry.name ?? cite.caseName
                entry.plaintiff = entry.plaintiff ?? cite.plaintiff
                entry.defendant = entry.defendant ?? cite.defendant
                entry.year = entry.year ?? cite.year
                entry.court = entry.court ?? cite.court
                cases[link!] = entry
            case .shortCase(let cite):
                let pin = cite.pin.flatMap { Int($0.prefix { $0.isNumber }) }
                var best: (index: Int, page: Int)? = nil
                for index in byVolume[Volume(volume: cite.volume, reporter: cite.reporter)] ?? [] {
                    guard let entry = cases[index] else { continue }
                    for page in entry.pages where page.volume == cite.volume && page.reporter == cite.reporter {
                        let first = page.page ?? 0
                        if let pin, first > pin { continue }
                        if best == nil || first > best!.page || (first == best!.page && index > best!.index) {
                            best = (index, first)
                        }
                    }
                }
                link = best?.index
            case .id:
                link = links.last ?? nil
            case .supra(let cite):
                if let name = cite.name {
                    // Every word of the supra's name (`Bakke`, `People v. Humphrey`) is in the case's name.
                    let wanted = Self.words(name).subtracting(["v.", "v"])
                    if !wanted.isEmpty {
                        for position in caseNames.indices.reversed() {
                            if caseNames[position].words == nil { caseNames[position].words = Self.words(caseNames[position].name) }
                            if wanted.isSubset(of: caseNames[position].words!) { link = caseNames[position].index; break }
                        }
                    }
                }
            case .statute(let law), .regulation(let law):
                let kind = mention.citation.kind
                link = authority(for: .law(kind: kind, code: law.code, title: law.title ?? "", section: law.section)) {
                    .law(kind: kind, code: law.code, title: law.title, section: law.section, jurisdiction: law.jurisdiction)
                }
            case .rule(let rule):
                let set = rule.ruleSet?.rawValue ?? "?"
                link = authority(for: .rule(set: set, court: rule.court ?? rule.courtText ?? "", rule: rule.rule)) {
                    .rule(ruleSet: rule.ruleSet, rule: rule.rule, court: rule.court)
                }
            case .constitution(let provision):
                let part = provision.article.map { "art \($0)" } ?? provision.amendment.map { "amend \($0)" } ?? ""
                link = authority(for: .constitution(jurisdiction: provision.jurisdiction, part: part, section: provision.section ?? "")) {
                    .constitution(jurisdiction: provision.jurisdiction, article: provision.article,
                                  amendment: provision.amendment, section: provision.section)
                }
            case .docketEntry(let entry):
                link = authority(for: .docket(number: entry.number, attachment: entry.attachment)) {
                    .docketEntry(number: entry.number, attachment: entry.attachment, description: nil)
                }
                if let description = entry.description, descriptions[link!] == nil { descriptions[link!] = description }
            case .record(let cite):
                // `Complaint (ECF No. 1)` said which docket entry the complaint is: one authority.
                if cite.label == nil, let entry = filedAs[cite.document] {
                    link = entry
                } else {
                    link = authority(for: .record(document: cite.document, label: cite.label ?? "")) {
                        .record(document: cite.document, label: cite.label)
                    }
                }
            case .journal(let cite):
                let text = "\(cite.volume) \(cite.journal) \(cite.page)"
                link = authority(for: .journal(text)) { .journal(cite: text, year: cite.year) }
            }
            links.append(link)
        }
        let final: [Authority] = authorities.enumerated().map { index, value in
            if let entry = cases[index] {
                return .caseLaw(name: entry.name, cites: entry.cites, year: entry.year, court: entry.court)
            }
            if case .docketEntry(let number, let attachment, _)? = value {
                return .docketEntry(number: number, attachment: attachment, description: descriptions[index])
            }
            return value!
        }
        return Resolution(authorities: final, links: links)
    }
}
