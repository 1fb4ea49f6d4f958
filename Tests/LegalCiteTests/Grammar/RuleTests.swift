import Testing
@testable import LegalCite

@Suite("Court rules")
struct RuleTests {
    @Test(arguments: [
        ("Fed. R. Civ. P. 26(f)", RuleSet.frcp, "26", "(f)"),
        ("Fed.R.Civ.P. 12(b)(6)", .frcp, "12", "(b)(6)"),
        ("Fed. Rule Civ. P. 34", .frcp, "34", nil),
        ("Federal Rule of Civil Procedure 26(f)", .frcp, "26", "(f)"),
        ("Fed. R. Civ. P. Rule 26(d)(1)", .frcp, "26", "(d)(1)"),
        ("Federal Rule of Civil Procedure 5.2 (e)", .frcp, "5.2", "(e)"),
        ("Fed. R. Crim. P. 11(c)(1)(C)", .frcrp, "11", "(c)(1)(C)"),
        ("Fed. R. Evid. 702", .fre, "702", nil),
        ("Federal Rule of Evidence 401(a)", .fre, "401", "(a)"),
        ("Fed. R. App. P. 4(a)(1)(A)", .frap, "4", "(a)(1)(A)"),
        ("Fed. R. Bankr. P. 4001", .frbp, "4001", nil),
        ("U.S.S.G. § 2B1.1(b)(1)", .ussg, "2B1.1", "(b)(1)"),
    ] as [(String, RuleSet, String, String?)])
    func federalSpellings(text: String, set: RuleSet, rule: String, subdivision: String?) {
        let document = extract("As \(text) provides, the motion fails.")
        #expect(document.mentions.count == 1)
        #expect(document.text(of: document.mentions[0].span) == text)
        #expect(document.mentions[0].rule?.ruleSet == set)
        #expect(document.mentions[0].rule?.rule == rule)
        #expect(document.mentions[0].rule?.subdivision == subdivision)
    }

    /// The bare rule placed in the local rule of the document's court still says its set was inferred.
    @Test func bareRuleAfterALocalRuleOfTheDocumentsCourtIsMarkedInferred() {
        let document = extract("""
            IN THE UNITED STATES DISTRICT COURT
            FOR THE DISTRICT OF KANSAS

            JOHN DOE,
                    Plaintiff,
            v.                          Case No. 12-2486-KHV
            ACME CORP.,
                    Defendant.

            MEMORANDUM AND ORDER

            Under Local Rule 56.1, the facts are stated. Rule 56.1 also requires more.
            """)
        #expect(document.caption?.court?.id == "ksd")
        let rules = document.mentions.compactMap(\.rule)
        #expect(rules.map(\.ruleSet) == [.local, .local])
        #expect(rules.map(\.court) == ["ksd", "ksd"])
        #expect(rules.map(\.bare) == [false, true])
        #expect(document.resolution.links[0] == document.resolution.links[1])
    }

    @Test func rulesList() {
        let document = extract("Plaintiff failed to comply with Rules 26 and 34 of the Federal Rules of Civil Procedure.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["Rules 26", "34"])
        #expect(document.mentions.map { $0.rule!.rule } == ["26", "34"])
    }

    @Test func bareRuleTakesTheSetOfAnExplicitCiteOfTheSameNumber() {
        let document = extract("Fed. R. Evid. 702 governs. Rule 702 compels a gatekeeping role.")
        #expect(document.mentions.map { $0.rule!.ruleSet } == [.fre, .fre])
        #expect(document.resolution.links[0] == document.resolution.links[1])
    }

    @Test func bareRuleInACivilCaseIsFRCP() {
        let text = "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nJOHN DOE,\n\nPlaintiff,\n\nCase No. 12-cv-2486\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nORDER\n\nThe parties have not conferred as Rule 26(f) requires, and the court so finds today.\n"
        let rule = extract(text).mentions.first { $0.citation.kind == "rule" }?.rule
        #expect(rule?.ruleSet == .frcp)
        #expect(rule?.subdivision == "(f)")
    }

    @Test func bareRuleWithNothingToGoOnHasNoSet() {
        let rule = extract("Under Rule 12, the motion is timely.").mentions.first?.rule
        #expect(rule != nil)
        #expect(rule?.ruleSet == nil)
    }

    @Test(arguments: [
        ("D. Kan. Rule 7.1(c)", "7.1", "(c)", "ksd"),
        ("Local Rule 230(1)", "230", "(1)", nil),
        ("L.Civ.R. 72.1(c)(1)(A)", "72.1", "(c)(1)(A)", nil),
        ("N.D. IA. L.R. 7.1", "7.1", nil, nil),
    ] as [(String, String, String?, String?)])
    func localRules(text: String, rule: String, subdivision: String?, court: String?) {
        let document = extract("See \(text) (motions).")
        let found = document.mentions.first
        #expect(found.map { document.text(of: $0.span) } == text)
        #expect(found?.rule?.ruleSet == .local)
        #expect(found?.rule?.rule == rule)
        #expect(found?.rule?.subdivision == subdivision)
        #expect(found?.rule?.court == court)
    }

    @Test(arguments: ["Rule 11 of the club requires dues.", "the golden rule", "24 Fed. R. Serv. 3d 1492"])
    func notCourtRules(text: String) {
        #expect(extract(text).mentions.filter { $0.citation.kind == "rule" }.isEmpty)
    }
}
