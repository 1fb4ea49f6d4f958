/// Places bare rules (`Rule 26(f)`) in a rule set, from what the document itself says: the set
/// of an explicit cite of the same rule number (`Fed. R. Evid. 702` … `Rule 702`), else the kind of
/// case (a civil docket number means the Civil Rules), else the one federal set the document
/// cites explicitly. When none of these speaks, the set stays unknown (null).
enum RuleSetInference {
    enum CaseKind { case civil, criminal, unknown }

    /// Local rules that name no court are the rules of the court whose document this is.
    static func placeLocalRules(_ found: [Found], court: String?) -> [Found] {
        guard let court else { return found }
        return found.map { item in
            guard case .rule(let rule) = item.citation, rule.ruleSet == .local, rule.court == nil, rule.courtText == nil else { return item }
            let placed = RuleCitation(ruleSet: .local, rule: rule.rule, subdivision: rule.subdivision,
                                      courtText: nil, court: court, bare: false)
            return Found(citation: .rule(placed), range: item.range, fullRange: item.fullRange)
        }
    }

    static func apply(to found: [Found], caseKind: CaseKind) -> [Found] {
        var byNumber: [String: RuleSet] = [:]
        var explicitSets: [RuleSet: Int] = [:]
        var localCourt: [String: (text: String?, court: String?)] = [:]
        for item in found {
            if case .rule(let rule) = item.citation, rule.ruleSet == .local {
                // `Local Rule 56.1` … `Rule 56.1`: the bare rule is that local rule.
                byNumber[rule.rule] = byNumber[rule.rule] ?? .local
                localCourt[rule.rule] = localCourt[rule.rule] ?? (rule.courtText, rule.court)
                continue
            }
            guard case .rule(let rule) = item.citation, !rule.bare, let set = rule.ruleSet,
                  set != .local, set != .ussg else { continue }
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
            guard case .rule(let rule) = item.citation, rule.bare else { return item }
            let set = byNumber[rule.rule] ?? fallback
            let local = set == .local ? localCourt[rule.rule] : nil
            let placed = RuleCitation(ruleSet: set, rule: rule.rule, subdivision: rule.subdivision,
                                      courtText: local?.text ?? nil, court: local?.court ?? nil, bare: true)
            return Found(citation: .rule(placed), range: item.range, fullRange: item.fullRange)
        }
    }
}
