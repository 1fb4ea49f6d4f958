/// The rule numbers that exist (or once existed, since old opinions cite them) in each federal
/// rule set, so that `Fed. R. Evid. 1200` is no rule and a bare `Rule 702` can only be an
/// evidence rule.
///
/// Written once by hand from the rules as published by the Judicial Conference (uscourts.gov,
/// "Current Rules of Practice & Procedure", as amended through December 1, 2024), with the
/// abrogated numbers kept (FRCP 74-76, 84; FRCrP 22; FRAP 5.1), and from the Sentencing
/// Guidelines Manual's section form (chapter, part letter, section: `2B1.1`).
enum FederalRuleNumbers {
    /// Whether `rule` (as written, without subdivisions: `12`, `5.2`, `23.1`, `9019`) is a rule
    /// of `set`. Sets this table does not cover (local rules, the habeas rules) accept any number.
    static func exists(_ rule: String, in set: RuleSet) -> Bool {
        switch set {
        case .frcp: return frcp.contains(rule) || supplemental(rule)
        case .fre: return within(rule, fre)
        case .frcrp: return frcrp.contains(rule)
        case .frap: return frap.contains(rule)
        case .frbp: return frbp(rule)
        case .section2254: return (1...12).contains(Int(rule) ?? 0)
        case .section2255: return (1...12).contains(Int(rule) ?? 0)
        case .ussg, .local, .state, .other: return true
        }
    }

    /// The Rules of the Supreme Court of the United States number 1-48: a `Sup. Ct. R.`
    /// with another number is a state supreme court's (`Sup. Ct. R. 83` of a state whose name
    /// the citation leaves out).
    static func isSupremeCourtRule(_ number: Int) -> Bool { (1...48).contains(number) }

    /// The federal sets a bare `Rule N` could belong to, by number alone.
    static func sets(having rule: String) -> [RuleSet] {
        [.frcp, .frcrp, .fre, .frap, .frbp].filter { exists(rule, in: $0) }
    }

    private static func numbered(_ range: ClosedRange<Int>, plus extra: [String] = []) -> Set<String> {
        Set(range.map(String.init) + extra)
    }

    /// Rules 1-87 (86 and 87 are the effective-date and emergency rules) and the decimal rules.
    private static let frcp = numbered(1...87, plus: ["4.1", "5.1", "5.2", "7.1", "23.1", "23.2", "44.1", "62.1", "65.1", "71.1", "71A"])

    /// Supplemental Rules for Admiralty or Maritime Claims: `Supplemental Rule B`, `Rule G(6)`.
    private static func supplemental(_ rule: String) -> Bool {
        rule.count == 1 && "ABCDEFG".contains(rule)
    }

    /// Articles I-XI, each a run of numbers: 101-106, 201, 301-302, 401-415, 501-502, 601-615,
    /// 701-706, 801-807, 901-903, 1001-1008, 1101-1103.
    private static let fre: [ClosedRange<Int>] = [101...106, 201...201, 301...302, 401...415, 501...502, 601...615,
                                                   701...706, 801...807, 901...903, 1001...1008, 1101...1103]

    private static let frcrp = numbered(1...62, plus: ["4.1", "5.1", "12.1", "12.2", "12.3", "12.4", "16.1", "17.1",
                                                       "26.1", "26.2", "26.3", "29.1", "32.1", "32.2", "49.1"])

    private static let frap = numbered(1...48, plus: ["4.1", "5.1", "25.1", "26.1", "28.1", "32.1"])

    /// Parts I-IX, each a run of four-digit numbers (1001-1021, 2001-2020, …), with decimal rules
    /// of an existing number (`2015.3`, `3002.1`, `7007.1`, `9037`).
    private static let frbpParts: [ClosedRange<Int>] = [1001...1021, 2001...2020, 3001...3022, 4001...4008, 5001...5012,
                                                        6001...6011, 7001...7087, 8001...8028, 9001...9037]

    private static func frbp(_ rule: String) -> Bool {
        let base = rule.split(separator: ".", maxSplits: 1).first.map(String.init) ?? rule
        return within(base, frbpParts)
    }

    private static func within(_ rule: String, _ ranges: [ClosedRange<Int>]) -> Bool {
        guard let number = Int(rule) else { return false }
        return ranges.contains { $0.contains(number) }
    }
}
