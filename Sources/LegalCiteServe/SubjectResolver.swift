import LegalCite

/// What a search box names, read as the extractor reads a document, turned into the index's
/// authority keys: a cite into the case's normalized cite (`556 US 662` → `556 U.S. 662`), a
/// rule or statute into its authority key. The query layer (`IndexReader`) reads subjects the
/// same way; the server keeps its own reading so that it runs on its own read-only connection,
/// which leaves no `-wal` or `-shm` beside the index (the lead reconciles the two at merge).
struct SubjectResolver: Sendable {
    let extractor: Extractor

    private static let ruleSets: [String: RuleSet] = [
        "frcp": .frcp, "frcrp": .frcrp, "fre": .fre, "frap": .frap, "frbp": .frbp, "ussg": .ussg,
    ]

    /// `556 U.S. 662` (or `Ashcroft v. Iqbal, 556 U.S. 662 (2009)`) → `556 U.S. 662`.
    func caseCite(_ text: String) throws -> String {
        for mention in try read(text).mentions {
            if case .fullCase(let cite) = mention.citation { return cite.normalizedCite }
        }
        throw PageError.badRequest("not a case citation: \(text) (write it as volume, reporter and page: 556 U.S. 662)")
    }

    /// `FRCP 26`, `FRE 702`, or any spelling the extractor reads (`Fed. R. Civ. P. 26(f)`).
    func ruleKey(_ text: String) throws -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "§" })
        if words.count == 2, let set = Self.ruleSets[words[0].lowercased()] {
            let number = words[1].prefix { $0 != "(" }
            return Authority.rule(ruleSet: set, rule: String(number), court: nil, courtAsWritten: nil).key.id
        }
        return try authorityKey(text, kinds: ["rule"], what: "a rule (FRCP 26, Fed. R. Evid. 702, D. Kan. Rule 7.1)")
    }

    func statuteKey(_ text: String) throws -> String {
        try authorityKey(text, kinds: ["statute", "regulation"], what: "a statute or regulation (42 U.S.C. § 1983)")
    }

    private func authorityKey(_ text: String, kinds: Set<String>, what: String) throws -> String {
        let document = try read(text)
        for (index, mention) in document.mentions.enumerated() where kinds.contains(mention.citation.kind) {
            if let link = document.resolution.links[index] { return document.resolution.authorities[link].key.id }
        }
        throw PageError.badRequest("not \(what): \(text)")
    }

    private func read(_ text: String) throws -> ExtractedDocument {
        do { return try extractor.extract(Array(text.utf8)) } catch { throw PageError.badRequest("\(error)") }
    }
}
