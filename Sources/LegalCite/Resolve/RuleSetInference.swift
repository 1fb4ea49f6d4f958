/// Places rules in a rule set from what the document itself says, in one step over the finds,
/// with what it reads from the document's structure as explicit input. A bare rule (`Rule
/// 26(f)`) is placed by, in turn:
///
/// 1. an explicit cite of the same rule number in the document (`Fed. R. Evid. 702` … `Rule
///    702`, `Local Rule 56.1` … `Rule 56.1`, `Ill. S. Ct. R. 402` … `Rule 402`);
/// 2. the number itself, where only one federal set has it (`Rule 702` is an evidence rule,
///    `Rule 9019` a bankruptcy rule), or none does: in a lower federal court's writing that
///    cites its local rules, that is one of them (`Rule 230` in an E.D. Cal. order that cites
///    `Local Rule 110`), elsewhere unknown (`Rule 1.7` of professional conduct, the SEC's
///    `Rule 144`);
/// 3. the kind of case, when its set has the number (a civil docket number means the Civil
///    Rules, a criminal one the Criminal Rules);
/// 4. the one federal set among those that have the number that the document cites explicitly.
///
/// When none of these speaks, the set stays unknown (null). A state court's bare rules are its
/// state's own (`state`, with the state as jurisdiction), and so is its `Supreme Court Rule 23`
/// (also where the caption gives no court but the document cites one state's rules by name and
/// no federal set: an Illinois order's `Supreme Court Rule 23` beside `Illinois Supreme Court
/// Rule 605(c)`);
/// the Tax Court's and the Court of Federal Claims' are theirs (`other`). A local rule that names
/// no court is a rule of the court whose document this is.
struct RuleSetInference {
    enum CaseKind { case civil, criminal, unknown }

    /// From the caption: its docket numbers' case type, else its parties.
    let caseKind: CaseKind
    /// The document's court, from the caption.
    let court: CourtTable.Court?

    func place(_ found: [Found]) -> [Found] {
        var byNumber: [String: RuleSet] = [:]
        var explicitSets: Set<RuleSet> = []
        var localCourt: [String: (text: String?, court: String?)] = [:]
        // The states whose rules the document cites by name (`Illinois Supreme Court Rule 605(c)`).
        var citedStates: Set<String> = []
        for item in found {
            if case .rule(let rule) = item.citation, rule.ruleSet == .state, !rule.bare, let state = rule.courtText { citedStates.insert(state) }
        }
        // A state court's writing whose court the caption did not give: with one state's rules
        // cited by name and no federal set, its `Supreme Court Rule 23` is that state's.
        let federalCited = found.contains { item in
            guard case .rule(let rule) = item.citation, let set = rule.ruleSet else { return false }
            return !rule.bare && ![.state, .local, .other].contains(set)
        }
        let citedState = court == nil && citedStates.count == 1 && !federalCited ? citedStates.first : nil
        for item in found {
            guard case .rule(let rule) = item.citation else { continue }
            if rule.ruleSet == .local {
                // `Local Rule 56.1` … `Rule 56.1`: the bare rule is that local rule.
                byNumber[rule.rule] = byNumber[rule.rule] ?? .local
                localCourt[rule.rule] = localCourt[rule.rule] ?? (rule.courtText, rule.court)
                continue
            }
            if !rule.bare, rule.ruleSet == nil, citedState != nil {
                byNumber[rule.rule] = byNumber[rule.rule] ?? .state
                continue
            }
            guard !rule.bare, let set = rule.ruleSet, set != .ussg else { continue }
            byNumber[rule.rule] = byNumber[rule.rule] ?? set
            if set != .state { explicitSets.insert(set) }
        }
        return found.map { item in
            guard case .rule(var rule) = item.citation else { return item }
            if rule.bare {
                let set = byNumber[rule.rule] ?? inferred(rule.rule, family: rule.family, explicitSets: explicitSets,
                                                          citesLocalRules: !localCourt.isEmpty)
                let local = set == .local ? localCourt[rule.rule] : nil
                let state = set == .state ? court.map(\.location) ?? citedState : nil
                rule = RuleCitation(ruleSet: set, rule: rule.rule, subdivision: rule.subdivision,
                                    courtText: local?.text ?? state ?? nil, court: local?.court ?? nil, bare: true)
            } else if rule.ruleSet == nil, let state = court.flatMap({ $0.isFederal ? nil : $0.location }) ?? citedState {
                // `Supreme Court Rule 23` in a state court's writing.
                rule = RuleCitation(ruleSet: .state, rule: rule.rule, subdivision: rule.subdivision,
                                    courtText: state, court: nil, bare: false)
                return Found(citation: .rule(rule), range: item.range, fullRange: item.fullRange)
            }
            if let court, rule.ruleSet == .local, rule.court == nil, rule.courtText == nil {
                rule = RuleCitation(ruleSet: .local, rule: rule.rule, subdivision: rule.subdivision,
                                    courtText: nil, court: court.id, bare: rule.bare)
            } else if !rule.bare {
                return item
            }
            return Found(citation: .rule(rule), range: item.range, fullRange: item.fullRange)
        }
    }

    /// Steps 2 to 4 for a bare rule with no explicit cite of its number.
    private func inferred(_ number: String, family: RuleSet?, explicitSets: Set<RuleSet>, citesLocalRules: Bool) -> RuleSet? {
        if let court, !court.isFederal { return .state }
        if let court, Self.ownRules.contains(court.id) { return .other }
        // `Appellate Rule 28`: the family its words name, where that set has the number.
        if let family { return court != nil && FederalRuleNumbers.exists(number, in: family) ? family : nil }
        let candidates = FederalRuleNumbers.sets(having: number)
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty { return citesLocalRules && court.map(Self.hasLocalRules) == true ? .local : nil }
        switch caseKind {
        case .civil where candidates.contains(.frcp): return .frcp
        case .criminal where candidates.contains(.frcrp): return .frcrp
        default: break
        }
        let cited = candidates.filter(explicitSets.contains)
        return cited.count == 1 ? cited[0] : nil
    }

    /// Federal courts whose rules of practice are their own, numbered apart from the Federal
    /// Rules: the Tax Court, the Court of Federal Claims, the Court of Appeals for Veterans Claims.
    private static let ownRules: Set<String> = ["tax", "uscfc", "cavc"]

    /// District and bankruptcy courts, bankruptcy appellate panels and courts of appeals, whose
    /// local rules a bare number no federal set has can be.
    private static func hasLocalRules(_ court: CourtTable.Court) -> Bool {
        court.isFederalDistrict || court.isFederal && (court.name.contains("Bankruptcy")
            || court.name.hasPrefix("Court of Appeals for the"))
    }
}
