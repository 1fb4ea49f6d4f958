import Testing
@testable import LegalCite

/// Rule, statute, regulation and docket forms of the 2026-12-04 (second session) tuning
/// documents, each on a real sentence with a real-looking negative.
@Suite("Mention forms, round 11")
struct MentionFormsRound11Tests {
    /// New Jersey's, South Carolina's and Colorado's ranges whose last section repeats only what
    /// follows the first's last hyphen (nj-1990-high-horizons-v-dept-of-transp,
    /// nj-1999-league-of-municipalities-v-dca): one mention, the range its section.
    @Test func rangesWrittenToAHyphen() {
        let document = extract("claims entitlement to a trial-type hearing under the provisions of the Administrative Procedure Act (APA), N.J.S.A. 52:14B-1 to -15, or other principles of administrative law. The MLUL, N.J.S.A. 40:55D-1 to -129, and N.J.S.A. 40:55D-40.1 to -40.7.")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["N.J.S.A. 52:14B-1 to -15", "N.J.S.A. 40:55D-1 to -129", "N.J.S.A. 40:55D-40.1 to -40.7"])
        #expect(laws.map { $0.law!.section } == ["52:14B-1 to -15", "40:55D-1 to -129", "40:55D-40.1 to -40.7"])
        // `to` before a number with no hyphen of its own is no range (a year, a count).
        let plain = extract("Under N.J.S.A. 2A:14-2 to 2011 the period ran. See N.J.S.A. 2A:14-2 to -5a.")
        #expect(plain.mentions.filter { $0.law != nil }.map { plain.text(of: $0.span) } == ["N.J.S.A. 2A:14-2", "N.J.S.A. 2A:14-2 to -5a"])
        // A section with no hyphen does not take one (`§ 1983 to -5` is no range of the Code).
        let federal = extract("See 42 U.S.C. § 1983 to -5 of the draft.")
        #expect(federal.mentions.first.map { federal.text(of: $0.span) } == "42 U.S.C. § 1983")
    }

    /// The District of Colorado's former local rules, `D.C.COLO.LCivR 7.1A.` glued to its court
    /// and numbered with a capital letter, and the bare `Rule 7.1A.` after it
    /// (dcolo-2012-siribuor-v-uhs-of-denver); the former FRCP `Rule 71A`; Virginia's part letter
    /// stays its own form.
    @Test func localRuleNumbersClosedByACapital() {
        let document = extract("Neither Motion complies with D.C.COLO.LCivR 7.1A., which provides as follows: \"The court will not consider any motion, other than a motion under Fed. R. Civ. P. 12 or 56.\" The parties are cautioned that Rule 7.1A. requires \"meaningful negotiations.\" See also D.C. Colo. LCivR 7.1A.")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["D.C.COLO.LCivR 7.1A", "Fed. R. Civ. P. 12", "56", "Rule 7.1A", "D.C. Colo. LCivR 7.1A"])
        #expect(rules.map { $0.rule!.ruleSet } == [.local, .frcp, .frcp, .local, .local])
        #expect(rules.map { $0.rule!.rule } == ["7.1A", "12", "56", "7.1A", "7.1A"])
        let condemnation = extract("UNITED STATES DISTRICT COURT\n\nThe taking proceeds under Rule 71A(h) of the Federal Rules of Civil Procedure.")
        #expect(condemnation.mentions.first?.rule?.rule == "71A")
        // Virginia's part letter before its colon is no closing capital: a bare `Rule 5A:18` is not
        // cut to `Rule 5A`, and the set's own form stays whole.
        let none = extract("The argument is barred by Rule 5A:18. See Va. Sup. Ct. R. 5A:18.")
        #expect(none.mentions.filter { $0.rule != nil }.map { none.text(of: $0.span) } == ["Va. Sup. Ct. R. 5A:18"])
    }

    /// C.D. Cal.'s `L.R. 7-3 through 7-8` (cacd-2021-randall-v-automatic-data-processing): a later
    /// hyphenated number of a list or range is read whole, never as its first digit.
    @Test func hyphenatedRulesInAList() {
        let document = extract("The \"Court may decline to consider a motion unless it meets the requirements of L.R. 7-3 through 7-8.\" L.R. 7-4. He was given seven (7) days.")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["L.R. 7-3", "7-8", "L.R. 7-4"])
        #expect(rules.map { $0.rule!.rule } == ["7-3", "7-8", "7-4"])
        // A title of a code after the rule opens another cite, no rule of the list.
        let cited = extract("The Local Rules require a conference. L.R. 7-3, 28 U.S.C. \u{A7} 1331.")
        #expect(cited.mentions.map { cited.text(of: $0.span) } == ["L.R. 7-3", "28 U.S.C. \u{A7} 1331"])
    }

    /// A block quotation's cite glued to its last word by the period (miwd-2015-drain-v-burke:
    /// `with instructions.FED R. CIV. P. 72(b)`), `FED` without its period; not inside a word.
    @Test func federalRuleGluedToTheSentenceBefore() {
        let document = extract("The district judge may accept, reject, or modify the recommended decision, or recommit the matter to the magistrate judge with instructions.FED R. CIV. P. 72(b). De novo review follows.")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["FED R. CIV. P. 72(b)"])
        #expect(rules.first?.rule?.ruleSet == .frcp)
        let none = extract("The U.S.Fed R. Civ. P. 12 reading and the a.Fed. R. Civ. P. 12 typo.")
        #expect(none.mentions.filter { $0.rule != nil }.isEmpty)
    }

    /// An Illinois Rule 23 order whose court the caption does not give
    /// (illappct4-2023-people-v-dillon): with Illinois's rules cited by name and no federal set,
    /// `Supreme Court Rule 23` and the bare `Rule 23(e)(1)` are Illinois's; with a federal set
    /// cited, they stay unplaced.
    @Test func supremeCourtRuleOfTheOneStateCited() {
        let document = extract("NOTICE\nThis Order was filed under\nSupreme Court Rule 23 and is not precedent except in the\nlimited circumstances allowed under Rule 23(e)(1).\n\nThe trial court substantially complied with Illinois Supreme Court Rule 605(c) (eff. Oct. 1, 2001).")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["Supreme Court Rule 23", "Rule 23(e)(1)", "Illinois Supreme Court Rule 605(c)"])
        #expect(rules.map { $0.rule!.ruleSet } == [.state, .state, .state])
        let mixed = extract("Under Supreme Court Rule 23 and Rule 23(e)(1), see Fed. R. Civ. P. 23 and Ill. S. Ct. R. 605(c).")
        #expect(mixed.mentions.filter { $0.rule != nil }.map { $0.rule!.ruleSet } == [nil, .frcp, .frcp, .state])
    }

    /// A C.F.R. part with its subpart and appendix and no section of its own (the Social Security
    /// listings, ca11-1986-hutchison-v-bowen) is no regulation mention, as the mention labels
    /// leave it; the section cite beside it is one.
    @Test func regulationPartsAreNoMentions() {
        let document = extract("the listing for ischemic heart disease set forth in 20 C.F.R. Part 404, Subpart P, Appendix 1, section 4.04 (\"the listings\"), and the sequential evaluation, 20 C.F.R. \u{A7} 404.1520(d).")
        let regulations = document.mentions.filter { $0.citation.kind == "regulation" }
        #expect(regulations.map { document.text(of: $0.span) } == ["20 C.F.R. \u{A7} 404.1520(d)"])
    }

    /// A footnote's marker glued to the comma between a California code and its section mark
    /// (calctapp4-2022-arellano-v-city-of-san-diego: `Gov. Code,2 § 810 et seq.`); a number set
    /// off by a space is no marker.
    @Test func footnoteMarkerBetweenCodeAndSection() {
        let document = extract("The court ruled Arellano failed to allege compliance with claims presentation requirements of the Government Claims Act (at times the Act; Gov. Code,2 \u{A7} 810 et seq.), and that he had not.")
        let statutes = document.mentions.filter { $0.citation.kind == "statute" }
        #expect(statutes.map { document.text(of: $0.span) } == ["Gov. Code,2 \u{A7} 810"])
        #expect(statutes.first?.law?.section == "810")
        let none = extract("(Gov. Code, 12 \u{A7}\u{A7} of the draft.)")
        #expect(none.mentions.filter { $0.citation.kind == "statute" }.isEmpty)
    }
}
