/// Values as the text writes them: normalization reads every dash as `-`, so a statute's
/// `§§ 10001–10007` or `(i)–(iii)` and a docket pin `at 2–4` are found with hyphens; the values
/// of the mention are given back their dashes from the original (Corpus/LABELING-MENTIONS.md:
/// values as written). Identities do not change: `AuthorityKey` and `AuthorityID` fold dashes.
enum DashesAsWritten {
    /// `citation` with its statute or regulation section and subsection, its rule's number and
    /// subdivision, and its docket entry's pin, as written in `original[span]` (byte offsets).
    static func restoring(_ citation: Citation, original: [UInt8], span: Span) -> Citation {
        guard span.start >= 0, span.end <= original.count, span.start < span.end,
              original[span.start..<span.end].contains(where: { $0 >= 0xE2 }) else { return citation }
        let written = Array(String(decoding: original[span.start..<span.end], as: UTF8.self))
        guard written.contains(where: isDash) else { return citation }
        func asWritten(_ value: String?) -> String? {
            guard let value, value.contains("-") else { return value }
            return restore(value, in: written)
        }
        switch citation {
        case .statute(let law), .regulation(let law):
            var restored = LawCitation(lawKind: law.lawKind, code: law.code, title: law.title, section: asWritten(law.section) ?? law.section,
                                       subsection: asWritten(law.subsection), jurisdiction: law.jurisdiction, etSeq: law.etSeq)
            restored.origin = law.origin
            if case .statute = citation { return .statute(restored) }
            return .regulation(restored)
        case .docketEntry(let entry):
            // The pin comes last (`ECF No. 2-4, at 2–4`: the attachment's `2-4` is no pin).
            let pin = entry.pin.map { $0.contains("-") ? restore($0, in: written, fromEnd: true) : $0 }
            var restored = DocketEntryCitation(number: entry.number, attachment: entry.attachment, pin: pin,
                                               description: entry.description)
            restored.through = entry.through
            return .docketEntry(restored)
        case .rule(let rule):
            // Maryland's `Rule 4–345(a)`: the number as written.
            var restored = RuleCitation(ruleSet: rule.ruleSet, rule: asWritten(rule.rule) ?? rule.rule, subdivision: asWritten(rule.subdivision),
                                        courtText: rule.courtText, court: rule.court, bare: rule.bare)
            restored.family = rule.family
            return .rule(restored)
        default:
            return citation
        }
    }

    static func isDash(_ character: Character) -> Bool { UnicodeFolding.isDash(character) }

    /// `value` as `written` has it: the first place (the last, `fromEnd`) it stands in `written`
    /// with every dash read as `-`, taken from `written` (the value itself when it stands nowhere so).
    static func restore(_ value: String, in written: [Character], fromEnd: Bool = false) -> String {
        let folded = written.map { isDash($0) ? "-" : $0 }
        let target = Array(value)
        guard !target.isEmpty, target.count <= folded.count else { return value }
        let starts = 0...(folded.count - target.count)
        for start in fromEnd ? Array(starts.reversed()) : Array(starts) where folded[start] == target[0] {
            if Array(folded[start..<start + target.count]) == target { return String(written[start..<start + target.count]) }
        }
        return value
    }
}
