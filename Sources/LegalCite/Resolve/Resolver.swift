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

enum Resolver {
    /// `filingDescriptions`: what footnotes say a docket entry cited alone in them is (by the
    /// entry's number), read with the document's structure; the text's own description of an
    /// entry (`Motion for Discovery (ECF No. 21)`) comes first.
    static func resolve(_ mentions: [Mention], filingDescriptions: [String: String] = [:]) -> Resolution {
        var table = AuthorityTable()
        var cases = CaseAuthorities()
        var descriptions: [Int: String] = [:]
        var links: [Int?] = []
        links.reserveCapacity(mentions.count)
        let filedAs = RecordDocument.filings(in: mentions, table: &table)
        for mention in mentions {
            let link: Int?
            switch mention.citation {
            case .fullCase(let cite): link = cases.add(cite, to: &table)
            case .shortCase(let cite): link = cases.shortCite(cite)
            case .supra(let cite): link = cases.supra(cite)
            case .id: link = links.last ?? nil
            // `Complaint (ECF No. 1)` said which docket entry the complaint is: one authority.
            case .record(let cite) where cite.label == nil && filedAs[cite.document] != nil: link = filedAs[cite.document]
            default: link = mention.citation.value.authority.map { table.intern($0) }
            }
            if case .docketEntry(let entry) = mention.citation, let link, let description = entry.description,
               descriptions[link] == nil {
                descriptions[link] = description
            }
            links.append(link)
        }
        let authorities = table.slots.enumerated().map { index, slot -> Authority in
            switch slot {
            case .case(let entry): return cases.authority(entry)
            case .named(.docketEntry(let number, let attachment, nil)):
                return .docketEntry(number: number, attachment: attachment,
                                    description: descriptions[index] ?? filingDescriptions[number])
            case .named(let authority): return authority
            }
        }
        return Resolution(authorities: authorities, links: links)
    }
}

/// The authorities of one document in order of first mention, one per `AuthorityKey`.
private struct AuthorityTable {
    enum Slot {
        /// An authority a mention names by itself (`CitationKind.authority`).
        case named(Authority)
        /// A case, assembled from its cites as they come (`CaseAuthorities`).
        case `case`(Int)
    }

    private(set) var slots: [Slot] = []
    private var byKey: [AuthorityKey: Int] = [:]

    /// The index of the authority with this one's key, added when it is new.
    mutating func intern(_ authority: Authority) -> Int {
        let key = authority.key
        if let known = byKey[key] { return known }
        slots.append(.named(authority))
        byKey[key] = slots.count - 1
        return slots.count - 1
    }

    /// A new case authority, assembled by `CaseAuthorities` entry `entry`.
    mutating func addCase(_ entry: Int) -> Int {
        slots.append(.case(entry))
        return slots.count - 1
    }
}

extension RecordDocument {
    /// Record documents the text ties to a docket entry (`Complaint (ECF No. 1)`), found before
    /// the mentions are resolved so that their order does not matter.
    fileprivate static func filings(in mentions: [Mention], table: inout AuthorityTable) -> [RecordDocument: Int] {
        var filedAs: [RecordDocument: Int] = [:]
        for mention in mentions {
            guard case .docketEntry(let entry) = mention.citation, entry.attachment == nil,
                  let document = entry.description.flatMap(RecordDocument.init(filingName:)), filedAs[document] == nil else { continue }
            filedAs[document] = table.intern(.docketEntry(number: entry.number, attachment: nil, description: nil))
        }
        return filedAs
    }
}

/// The cases of one document: full cites (parallel cites written together are one case; a later
/// full cite of any of them is that case), short cites (the case with that volume and reporter
/// whose first page is at or before the pin) and `supra` (the latest case whose name holds every
/// word of the supra's name).
private struct CaseAuthorities {
    private struct Entry {
        var name: String?
        var plaintiff: String?
        var defendant: String?
        var cites: [String] = []
        var year: Int?
        var court: String?
        var pages: [(volume: String, reporter: String, page: Int?)] = []
    }

    /// A reporter volume, for short cites.
    private struct Volume: Hashable {
        let volume: String
        let reporter: String
    }

    private var entries: [Entry] = []
    /// The authority of each entry.
    private var authorityOf: [Int] = []
    /// Entries by authority index.
    private var entryAt: [Int: Int] = [:]
    private var byCite: [AuthorityKey: Int] = [:]
    private var groupAuthority: [Int: Int] = [:]
    private var byVolume: [Volume: [Int]] = [:]
    // For `supra`: each named case, newest last, with the words of its name in lower case,
    // computed when a `supra` first needs them (most documents have none).
    private var caseNames: [(index: Int, name: String, words: Set<Substring>?)] = []
    private var namedCases: Set<Int> = []

    func authority(_ entry: Int) -> Authority {
        let entry = entries[entry]
        return .caseLaw(name: entry.name, cites: entry.cites, year: entry.year, court: entry.court)
    }

    mutating func add(_ cite: CaseCitation, to table: inout AuthorityTable) -> Int {
        let normalized = cite.normalizedCite
        let key = AuthorityKey.caseCite(normalized)
        let link: Int
        if let known = groupAuthority[cite.parallelGroup] ?? (cite.page != nil ? byCite[key] : nil) {
            link = known
        } else {
            entries.append(Entry(name: cite.caseName, plaintiff: cite.plaintiff, defendant: cite.defendant,
                                 year: cite.year, court: cite.court))
            link = table.addCase(entries.count - 1)
            entryAt[link] = entries.count - 1
        }
        groupAuthority[cite.parallelGroup] = link
        if cite.page != nil { byCite[key] = link }
        let index = entryAt[link]!
        var entry = entries[index]
        if !entry.cites.contains(normalized) {
            entry.cites.append(normalized)
            if let volume = cite.volume {  // a blank volume (`___ U.S. ___`) has no pages to meet
                entry.pages.append((volume, cite.reporter, cite.page.flatMap { Int($0) }))
                byVolume[Volume(volume: volume, reporter: cite.reporter), default: []].append(link)
            }
        }
        if let name = cite.caseName ?? cite.plaintiff, namedCases.insert(link).inserted {
            caseNames.append((link, name, nil))
        }
        entry.name = entry.name ?? cite.caseName
        entry.plaintiff = entry.plaintiff ?? cite.plaintiff
        entry.defendant = entry.defendant ?? cite.defendant
        entry.year = entry.year ?? cite.year
        entry.court = entry.court ?? cite.court
        entries[index] = entry
        return link
    }

    func shortCite(_ cite: ShortCaseCitation) -> Int? {
        let pin = cite.pin.flatMap { Int($0.prefix { $0.isNumber }) }
        var best: (index: Int, page: Int)? = nil
        for index in byVolume[Volume(volume: cite.volume, reporter: cite.reporter)] ?? [] {
            guard let entry = entryAt[index].map({ entries[$0] }) else { continue }
            for page in entry.pages where page.volume == cite.volume && page.reporter == cite.reporter {
                let first = page.page ?? 0
                if let pin, first > pin { continue }
                if best == nil || first > best!.page || (first == best!.page && index > best!.index) {
                    best = (index, first)
                }
            }
        }
        return best?.index
    }

    mutating func supra(_ cite: SupraCitation) -> Int? {
        guard let name = cite.name else { return nil }
        // Every word of the supra's name (`Bakke`, `People v. Humphrey`) is in the case's name.
        let wanted = Self.words(name).subtracting(["v.", "v"])
        guard !wanted.isEmpty else { return nil }
        for position in caseNames.indices.reversed() {
            if caseNames[position].words == nil { caseNames[position].words = Self.words(caseNames[position].name) }
            if wanted.isSubset(of: caseNames[position].words!) { return caseNames[position].index }
        }
        return nil
    }

    /// `Regents of Univ. of Cal. v. Bakke` → {regents, of, univ., cal., v., bakke}.
    private static func words(_ name: String) -> Set<Substring> {
        Set(name.lowercased().splitOnSpaces().map { $0.hasSuffix(",") ? $0.dropLast() : $0 })
    }
}
