import LegalCite

/// What a query names, read as the extractor reads a document and turned into the index's keys:
/// a cite into the case's normalized cite (`556 US 662` → `556 U.S. 662`), a rule into its
/// authority key and subdivision, a statute or regulation into its authority key. Shared by the
/// query layer (`IndexReader`) and the local web page, so that both read a subject alike.
public struct SubjectKeys: Sendable {
    private let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    /// `556 U.S. 662` (or `556 US 662`, `Ashcroft v. Iqbal, 556 U.S. 662 (2009)`) → `556 U.S. 662`.
    public func caseCite(_ text: String) throws -> String {
        for mention in try read(text).mentions {
            if case .fullCase(let cite) = mention.citation { return cite.normalizedCite }
        }
        throw QueryFailure(description: "not a case citation: \(text) (write it as volume, reporter and page: 556 U.S. 662)")
    }

    /// A rule's index key and subdivision: the federal sets by any usual name and case
    /// (`RuleQuery`), anything else as the extractor reads it (`D. Kan. Rule 7.1(c)`).
    public func rule(_ text: String) throws -> (key: String, subdivision: String?) {
        if let rule = RuleQuery(text) { return (rule.key, rule.subdivision) }
        let document = try read(text)
        for (index, mention) in document.mentions.enumerated() {
            guard case .rule(let rule) = mention.citation, let link = document.resolution.links[index] else { continue }
            return (document.resolution.authorities[link].key.id, rule.subdivision)
        }
        throw QueryFailure(description: "not a rule: \(text) (FRCP 26, Fed. R. Civ. P. 12(b)(6), Fed. R. Evid. 702, D. Kan. Rule 7.1)")
    }

    /// The index key of the first statute or regulation the extractor reads in `text`.
    public func statuteKey(_ text: String) throws -> String {
        try authorityKey(text, kinds: ["statute", "regulation"], what: "a statute or regulation (42 U.S.C. § 1983)")
    }

    /// The index key of the first authority of one of `kinds` that the extractor reads in `text`.
    private func authorityKey(_ text: String, kinds: Set<String>, what: String) throws -> String {
        let document = try read(text)
        for (index, mention) in document.mentions.enumerated() where kinds.contains(mention.citation.kind) {
            if let link = document.resolution.links[index] {
                return document.resolution.authorities[link].key.id
            }
        }
        throw QueryFailure(description: "not \(what): \(text)")
    }

    /// The document the extractor reads in a query's words.
    func read(_ text: String) throws -> ExtractedDocument {
        do { return try extractor.extract(Array(text.utf8)) } catch { throw QueryFailure(description: "\(error)") }
    }
}
