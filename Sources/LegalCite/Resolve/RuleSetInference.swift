/// Places rules in a rule set from what the document itself says, in one step over the finds,
/// with what it reads from the document's structure as explicit input:
///
/// - a bare rule (`Rule 26(f)`) takes the set of an explicit cite of the same rule number
///   (`Fed. R. Evid. 702` … `Rule 702`, `Local Rule 56.1` … `Rule 56.1`), else the kind of case
///   (a civil docket number means the Civil Rules), else the one federal procedural set the
///   document cites explicitly; when none of these speaks, the set stays unknown (null);
/// - a local rule that names no court is a rule of the court whose document this is.
struct RuleSetInference {
    enum CaseKind { case civil, criminal, unknown }

    /// From the caption: its docket numbers' case type, else its parties.
    let caseKind: CaseKind
    /// The courts-db id of the document's court, from the caption.
    let court: String?

    func place(_ found: [Found]) -> [Found] {
        var byNumber: [String: RuleSet] = [:]
        var explicitSets: [RuleSet: Int] = [:]
        var localCourt: [String: (text: String?, court: String?)] = [:]
        for item in found {
            guard case .rule(let rule) = item.citation else { continue }
            if rule.ruleSet == .local {
                // `Local Rule 56.1` … `Rule 56.1`: the bare rule is that local rule.
                byNumber[rule.rule] = byNumber[rule.rule] ?? .local
                localCourt[rule.rule] = localCourt[rule.rule] ?? (rule.courtText, rule.court)
                continue
            }
            guard !rule.bare, let set = rule.ruleSet, set != .ussg else { continue }
            byNumber[rule.rule] = byNumber[rule.rule] ?? set
            explicitSets[set, default: 0] += 1
        }
        let procedural = explicitSets.keys.filter { $0 == .frcp || $0 == .frcrp }
        let fallback: RuleSet? = switch caseKind {
        case .civil: .frcp
        case .criminal: .frcrp
        case .unknown: procedural.count == 1 ? procedural[0] : nil
        }
        return found.map { item in
            guard case .rule(var rule) = item.citation else { return item }
            if rule.bare {
                let set = byNumber[rule.rule] ?? fallback
                let local = set == .local ? localCourt[rule.rule] : nil
                rule = RuleCitation(ruleSet: set, rule: rule.rule, subdivision: rule.subdivision,
                                    courtText: local?.text ?? nil, court: local?.court ?? nil, bare: true)
            }
            if let court, rule.ruleSet == .local, rule.court == nil, rule.courtText == nil {
                rule = RuleCitation(ruleSet: .local, rule: rule.rule, subdivision: rule.subdivision,
                                    courtText: nil, court: court, bare: rule.bare)
            } else if !rule.bare {
                return item
            }
            return Found(citation: .rule(rule), range: item.range, fullRange: item.fullRange)
        }
    }
}
