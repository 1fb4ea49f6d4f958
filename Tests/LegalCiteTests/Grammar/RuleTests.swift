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
        ("FRCP 12(c)", .frcp, "12", "(c)"),
        ("FRE 403", .fre, "403", nil),
        ("F.R.E. 403", .fre, "403", nil),
        ("FRAP 28(j)", .frap, "28", "(j)"),
        ("F.R.Civ.P. 56", .frcp, "56", nil),
        ("FED. R. CIV. P. 12(b)(6)", .frcp, "12", "(b)(6)"),
        ("FEDERAL RULE OF APPELLATE PROCEDURE 32.1", .frap, "32.1", nil),
        ("Fed. R. Civ. Pro. 12(b)(6)", .frcp, "12", "(b)(6)"),
        ("Fed. R. Cr. P. 35(a)", .frcrp, "35", "(a)"),
        ("Fed. R. Civ. P. l2(b)(6)", .frcp, "12", "(b)(6)"),
        ("Bankruptcy Rule 9019", .frbp, "9019", nil),
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

    /// The Fifth Circuit's rule in its own capitals, as its unpublished opinions' footnotes write
    /// it (shared corpus eyecitets_cl66001_appellate, `5TH CIR . R. 47.5`; cl814001, `5TH CIR. R. 42.2`).
    @Test func fifthCircuitRuleInCapitals() {
        let document = extract("Pursuant to 5TH CIR . R. 47.5, we determine that this opinion should not be published. See 5TH CIR. R. 42.2.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["5TH CIR . R. 47.5", "5TH CIR. R. 42.2"])
        #expect(document.mentions.map { $0.rule!.ruleSet } == [.local, .local])
        #expect(document.mentions.map { $0.rule!.court } == ["ca5", "ca5"])
        // Capitals of no circuit's ordinal: no rule.
        #expect(extract("See 5TH FLOOR. R. 42.2 is the room.").mentions.isEmpty)
    }

    /// The Supreme Court's Rules (`Sup. Ct. R. 10`), a state's supreme court's after its name
    /// (`Ill. S. Ct. R. 23`, also broken across lines as in shared corpus eyecitets_cl3146002),
    /// Delaware's Court of Chancery Rules (eyecitets_cl10516069, `Ct. Ch. R. 12(b)(7)`).
    @Test func supremeCourtAndChanceryRules() {
        let scotus = extract("Review on certiorari is not a matter of right. Sup. Ct. R. 10.")
        #expect(scotus.mentions.map { scotus.text(of: $0.span) } == ["Sup. Ct. R. 10"])
        #expect(scotus.mentions.first?.rule?.ruleSet == .other)
        #expect(extract("See S. Ct. R. 99.").mentions.isEmpty)
        let illinois = extract("a factual basis for the plea.\u{201D} Ill. S.\n            Ct. R. 402 (eff. July 1, 1997).")
        #expect(illinois.mentions.map { illinois.text(of: $0.span) } == ["Ill. S.\n            Ct. R. 402"])
        #expect(illinois.mentions.first?.rule?.ruleSet == .state)
        let chancery = extract("(citing Ct. Ch. R. 12(b)(7)).")
        #expect(chancery.mentions.map { chancery.text(of: $0.span) } == ["Ct. Ch. R. 12(b)(7)"])
        #expect(chancery.mentions.first?.rule?.ruleSet == .state)
        #expect(chancery.mentions.first?.rule?.subdivision == "(b)(7)")
    }

    /// N.D. Cal.'s `Civil L.R. 7-3`, W.D. Tex.'s `Local Rule CV-7(e)`, `Rule 5.1 of the Local
    /// Rules`, Washington's `CR 12(b)(6)`; a criminal case's number `No. CR 12` and `CR 11-0154`
    /// are no rules.
    @Test func localAndWashingtonForms() {
        let document = extract("See Civil L.R. 7-3. Local Rule CV-7(e). Rule 5.1 of the Local Rules applies. Under CR 12(b)(6) and CR 56(c), dismissal. Case No. CR 12 was filed. In CR 11-0154 the court.")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["Civil L.R. 7-3", "Local Rule CV-7(e)", "Rule 5.1 of the Local Rules", "CR 12(b)(6)", "CR 56(c)"])
        // A criminal docket number with its year or office before `CR` is no rule; a rule ending a
        // sentence is (the review of 2026-12-02).
        let dockets = extract("United States v. Doe, No. 19 CR 12 (N.D. Ill. 2020). Case No. 3:20 CR 12 (JAM) was filed. He moved under CR 56.")
        #expect(dockets.mentions.filter { $0.citation.kind == "rule" }.map { dockets.text(of: $0.span) } == ["CR 56"])
        #expect(document.mentions.map { $0.rule!.ruleSet } == [.local, .local, .local, .state, .state])
        #expect(document.mentions.map { $0.rule!.rule } == ["7-3", "CV-7", "5.1", "12", "56"])
    }

    /// States' short names of their own sets, superior courts' civil rules, the Eastern District
    /// of Pennsylvania's `Local R. Civ. P.` and the District of Nevada's `Local Rule LR 7-2(d)`
    /// (nvd-2018-lewis-v-reno-police); not a club's rule or a street address.
    @Test func stateShortNamesAndLocalSpellings() {
        let states = extract("Dismissal under NRCP 12(b)(5) was error. See HRCP Rule 12(b)(6); ARCP 56(c); TRAP 38.1(i); KRE 404(b); RCr 11.42; MRE 702; V.R.C.P. 12(b)(6); M.R. Civ. P. 12(b)(6); Del. Super. Ct. Civ. R. 56(c); Super. Ct. Civ. R. 12(b)(6).")
        #expect(states.mentions.map { states.text(of: $0.span) } == ["NRCP 12(b)(5)", "HRCP Rule 12(b)(6)", "ARCP 56(c)", "TRAP 38.1(i)", "KRE 404(b)", "RCr 11.42", "MRE 702",
                                                                     "V.R.C.P. 12(b)(6)", "M.R. Civ. P. 12(b)(6)", "Del. Super. Ct. Civ. R. 56(c)", "Super. Ct. Civ. R. 12(b)(6)"])
        #expect(states.mentions.allSatisfy { $0.rule?.ruleSet == .state })
        let local = extract("The brief is late under E.D. Pa. Local R. Civ. P. 7.1(c) and Local Rule of Civil Procedure 7.1(g). Under Local Rule LR 7-2(d), failure to oppose is consent; see Loc. Civ. R. 7.1.")
        #expect(local.mentions.map { local.text(of: $0.span) } == ["E.D. Pa. Local R. Civ. P. 7.1(c)", "Local Rule of Civil Procedure 7.1(g)", "Local Rule LR 7-2(d)", "Loc. Civ. R. 7.1"])
        #expect(local.mentions.allSatisfy { $0.rule?.ruleSet == .local })
        let none = extract("Under Rule 11 of the club, members vote. He lived at 662 Main St. A TRAP was set. The ER doctor saw him.")
        #expect(none.mentions.filter { $0.citation.kind == "rule" }.isEmpty)
    }

    /// Maryland's rules by title and number, bare in its courts' opinions (shared corpus
    /// eyecitets_cl4180002_state: `Rule 4–243(c)(3)`, `Rule 4–345(a)`), the number as written;
    /// Virginia's `Va. Sup. Ct. R. 5A:18`. In a federal writing with no such set, a bare `Rule
    /// 4-345` is placed in none.
    @Test func marylandAndVirginiaRules() {
        let maryland = extract("IN THE COURT OF APPEALS OF MARYLAND\n\nThe sentence violated Rule 4\u{2013}243(c)(3) and is illegal under Rule 4-345(a).")
        #expect(maryland.mentions.map { maryland.text(of: $0.span) } == ["Rule 4\u{2013}243(c)(3)", "Rule 4-345(a)"])
        #expect(maryland.mentions.map { $0.rule!.rule } == ["4\u{2013}243", "4-345"])
        let virginia = extract("The argument is barred. Va. Sup. Ct. R. 5A:18.")
        #expect(virginia.mentions.first?.rule?.rule == "5A:18")
        #expect(virginia.mentions.first?.rule?.ruleSet == .state)
        let federal = extract("UNITED STATES DISTRICT COURT\n\nUnder Rule 4-345, see.")
        #expect(federal.mentions.first?.rule?.ruleSet == nil)
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

    /// W.D. Wash.'s `C20-5539RSL` is a civil number: its bare `Rule 12(h)(3)` is the Civil Rules';
    /// under a number of no known type the rule (in FRCP and FRCrP alike) stays unplaced.
    @Test func bareRuleUnderTheWesternDistrictOfWashingtonsCivilNumber() {
        let line = "ORDER ON MOTION TO DISMISS\nRobert S. Lasnik, United States District Judge.\nThis matter comes before the Court on defendants' \u{201C}Rule 12(h)(3) Motion to Dismiss Case for Lack of Subject Matter Jurisdiction\u{201D} (Dkt. # 28).\n"
        let civil = extract("Opinion\nC20-5539RSL\n08-05-2021\n" + line).mentions.first { $0.citation.kind == "rule" }?.rule
        #expect(civil?.ruleSet == .frcp)
        #expect(civil?.subdivision == "(h)(3)")
        let unknown = extract("Opinion\nC-1-01-475\n08-05-2021\n" + line).mentions.first { $0.citation.kind == "rule" }?.rule
        #expect(unknown != nil)
        #expect(unknown?.ruleSet == nil)
    }

    /// Real lines from Corpus/mentions: Illinois's rule by its reports' volume (illappct-1998),
    /// a set's name in a quotation's brackets (ca4-2018-owens), D. Neb.'s `NELR` (ned-2004), a
    /// rule `of the Federal Rules` cut off by an excerpt's end (nysd-1999); and their negatives.
    @Test func volumeBracketedNebraskaAndCutOffForms() {
        let illinois = extract("defendants' motion pursuant to Supreme Court Rule 137 (134 Ill.2d R. 137) for sanctions.").mentions.compactMap(\.rule)
        #expect(illinois.last?.ruleSet == .state)
        #expect(illinois.last?.courtText == "Illinois")
        #expect(extract("See Smith v. Jones, 134 Ill. 2d 245 (1990).").mentions.compactMap(\.rule).isEmpty)
        let bracketed = extract("the fairness of the [Fed. R. Crim. P.] 11 proceeding.").mentions.compactMap(\.rule)
        #expect(bracketed.map(\.ruleSet) == [.frcrp])
        #expect(extract("Under [Fed. R. Crim. P. 11 and the rest.").mentions.compactMap(\.rule).isEmpty)
        let nebraska = extract("See 28 U.S.C. \u{A7} 636(b)(1)(A) and NELR 72.3(d).").mentions.compactMap(\.rule)
        #expect(nebraska.map(\.ruleSet) == [.local])
        #expect(nebraska.first?.subdivision == "(d)")
        let cut = extract("and Section 365, of the Bankruptcy Code, and Rule 4001 of the Federal Rules").mentions.compactMap(\.rule)
        #expect(cut.map(\.ruleSet) == [.frbp])
        #expect(extract("under Rule 4001 of the Federal Reserve Board").mentions.compactMap(\.rule).isEmpty)
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
        ("D. Kan. R. 6.1(d)", "6.1", "(d)", "ksd"),
        ("S.D.N.Y. Local Civ. R. 56.1", "56.1", nil, "nysd"),
        ("Civ. L.R. 7-3", "7-3", nil, nil),
        ("S.D. Ala. GenLR 73", "73", nil, "alsd"),
        ("S.D. Ohio General Rule 22-01", "22-01", nil, "ohsd"),
        ("Local Bankruptcy Rule 9013-1", "9013-1", nil, nil),
        ("D. Md. Loc. R. 105.6", "105.6", nil, "mdd"),
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

    @Test func localRuleWithItsCourtAfterIt() {
        let found = mentions("See Civ. L.R. 7-3 (N.D. Cal.).", kind: "rule")
        #expect(found.map(\.text) == ["Civ. L.R. 7-3"])
        #expect(found.first?.mention.rule?.court == "cand")
    }

    @Test(arguments: [
        ("Tex. R. Civ. P. 91a", "91a", nil, "Texas"),
        ("Texas Rule of Evidence 403", "403", nil, "Texas"),
        ("Cal. Rules of Court, rule 8.204(a)", "8.204", "(a)", "California"),
        ("Ill. S. Ct. R. 23", "23", nil, "Illinois"),
        ("Illinois Supreme Court Rule 402", "402", nil, "Illinois"),
        ("Pa.R.C.P. No. 1035.2", "1035.2", nil, "Pennsylvania"),
        ("Md. Rule 4-243(c)(3)", "4-243", "(c)(3)", "Maryland"),
        ("Civ.R. 56(C)", "56", "(C)", nil),
        ("MCR 2.116(C)(10)", "2.116", "(C)(10)", nil),
        ("R. 4:6-2(e)", "4:6-2", "(e)", "New Jersey"),
        ("R.R. 1:10-1(a)", "1:10-1", "(a)", "New Jersey"),
        ("Ga. Unif. Super. Ct. R. 6.2", "6.2", nil, "Georgia"),
    ] as [(String, String, String?, String?)])
    func stateRules(text: String, rule: String, subdivision: String?, state: String?) {
        let document = extract("As \(text) provides, the motion fails.")
        let found = document.mentions.first
        #expect(found.map { document.text(of: $0.span) } == text)
        #expect(found?.rule?.ruleSet == .state)
        #expect(found?.rule?.rule == rule)
        #expect(found?.rule?.subdivision == subdivision)
        #expect(found?.rule?.courtText == state)
    }

    /// A number no set has is no rule (`Fed. R. Evid. 1200`); a bare rule takes the one set that
    /// has its number whatever the case (`Rule 702`, `Rule 404(b)`), and none where sets disagree.
    @Test func ruleNumbersComeFromTheRuleSets() {
        #expect(mentions("Fed. R. Evid. 1200 does not exist; Fed. R. Civ. P. 99 neither.", kind: "rule").isEmpty)
        let criminal = extract("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF KANSAS

            UNITED STATES OF AMERICA,
                    Plaintiff,
            v.                          Case No. 19-cr-20010
            JOHN DOE,
                    Defendant.

            ORDER

            The evidence is admissible under Rule 404(b) and Rule 702, and Rule 11 was followed.
            """)
        #expect(criminal.mentions.compactMap(\.rule).map(\.ruleSet) == [.fre, .fre, .frcrp])
        #expect(extract("Under Rule 9019, the settlement is approved.").mentions.first?.rule?.ruleSet == .frbp)
    }

    /// In a district court's writing a bare rule number no federal set has is the court's local rule.
    @Test func bareRuleNoFederalSetHasIsTheCourtsLocalRule() {
        let document = extract("""
            UNITED STATES DISTRICT COURT
            EASTERN DISTRICT OF CALIFORNIA

            JOHN DOE,
                    Plaintiff,
            v.                          No. 2:19-cv-01234
            ACME CORP.,
                    Defendant.

            ORDER

            The motion was not noticed under Rule 230(b), so it is taken off calendar. See also Local Rule 110.
            """)
        let rules = document.mentions.compactMap(\.rule)
        #expect(rules.map(\.ruleSet) == [.local, .local])
        #expect(rules.first?.court == "caed")
        // Without a local rule cited, a number no federal set has stays unplaced.
        let bare = extract("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nCounsel's conduct under Rule 1.7 is not before the court.\n")
        #expect(bare.mentions.compactMap(\.rule).map(\.ruleSet) == [nil])
    }

    /// A bare rule after an explicit state rule of the same number is that state rule; in a state
    /// court's writing a bare rule is never a federal one.
    @Test func bareRulesOfStateWritings() {
        let document = extract("Under Ill. S. Ct. R. 402, the plea was proper. Rule 402 requires admonitions.")
        #expect(document.mentions.compactMap(\.rule).map(\.ruleSet) == [.state, .state])
    }

    /// The set named after a rule is part of its span; after a list, every item's set.
    @Test func setNamedAfterTheRule() {
        let found = mentions("""
            Under Rule 12(c) of the Federal Rules of Civil Procedure and Rule 4 of the Rules Governing Section 2254 \
            Cases in the United States District Courts, and Rules 12(b)(1) and 12(b)(6) of the Federal Rules of \
            Civil Procedure.
            """, kind: "rule")
        #expect(found.map(\.text) == ["Rule 12(c) of the Federal Rules of Civil Procedure",
                                      "Rule 4 of the Rules Governing Section 2254 Cases in the United States District Courts",
                                      "Rules 12(b)(1)", "12(b)(6)"])
        #expect(found.map { $0.mention.rule!.ruleSet } == [.frcp, .section2254, .frcp, .frcp])
        #expect(found.map { $0.mention.rule!.bare } == [false, false, false, false])
    }

    @Test(arguments: [
        ("Vaccine Rule 18(b)", RuleSet.other, nil as String?),
        ("Habeas Corpus Rule 4", .section2254, nil),
        ("Second Circuit Local Rule 32.1.1", .local, "ca2"),
        ("Third Circuit LAR 34.1(a)", .local, "ca3"),
        // C.D. Ill. (ilcd-2008-richardson) and a state of two words.
        ("Central District of Illinois Local Rule 7.1(D)", .local, "ilcd"),
        ("Middle District of North Carolina Local Rule 56.1", .local, "ncmd"),
        ("District of Kansas Rule 7.1", .local, "ksd"),
        ("9th Cir. BAP Rule 8024-1", .local, "bap9"),
        ("§ 5G1.3", .ussg, nil),
        ("Section 2B1.1(b)(1)", .ussg, nil),
        ("CrR 8.3(a)", .state, nil),
        ("Ariz. R. Civ. App. P. 28(a)(1)", .state, nil),
    ] as [(String, RuleSet, String?)])
    func namedRuleBooks(text: String, set: RuleSet, court: String?) {
        let found = mentions("As \(text) provides, the motion fails.", kind: "rule")
        #expect(found.map(\.text) == [text])
        #expect(found.first?.mention.rule?.ruleSet == set)
        #expect(found.first?.mention.rule?.court == court)
    }

    /// A district's name before a local rule is the court's, not `Local`; a district that is no
    /// state's is no court.
    @Test func districtNamesBeforeLocalRules() {
        let found = mentions("Under the District of Illinois Local Rule 7.1 and the District of Nowhere Local Rule 5.", kind: "rule")
        #expect(found.map(\.text) == ["District of Illinois Local Rule 7.1", "District of Nowhere Local Rule 5"])
        #expect(found.map { $0.mention.rule?.court } == [nil, nil])
        #expect(RuleRecognizer.districtCitation("Western District of New York") == "W.D. N.Y.")
        #expect(RuleRecognizer.districtCitation("Upper District of Texas") == nil)
    }

    /// A state court's bare rules are its state's; the Tax Court's its own.
    @Test func bareRulesOfStateAndSpecialCourts() {
        let state = extract("""
            COURT OF APPEALS OF OHIO
            FOURTH APPELLATE DISTRICT

            STATE OF OHIO,
                    Appellee,
            v.                          Case No. 06CA5
            JOHN DOE,
                    Appellant.

            Under Rule 12(b)(6) and Appellate Rule 28, the claim fails.
            """)
        let rules = state.mentions.compactMap(\.rule)
        #expect(rules.map(\.ruleSet) == [.state, .state])
        #expect(rules.first?.courtText == "Ohio")
    }

    /// A short name the opinion defines, a state's initials after the rule, Washington's and
    /// Ohio's own short forms, a supreme court's rules by that name.
    @Test(arguments: [
        ("Federal Rule of Criminal Procedure (\"Rule\") 33", RuleSet.frcrp, "33", nil as String?),
        ("Rule 59(e), SCRCP", .state, "59", "(e)"),
        ("JuCR 7.8 (h)", .state, "7.8", "(h)"),
        ("CrimR 29(A)", .state, "29", "(A)"),
        ("W.D. Wash. LCR 7(d)", .local, "7", "(d)"),
        ("rule 8.1115(b)", .state, "8.1115", "(b)"),
        ("rule 3.850", .state, "3.850", nil),
    ] as [(String, RuleSet, String, String?)])
    func moreNamedForms(text: String, set: RuleSet, rule: String, subdivision: String?) {
        let found = mentions("Under \(text), the motion fails.", kind: "rule")
        #expect(found.map(\.text) == [text])
        #expect(found.first?.mention.rule?.ruleSet == set)
        #expect(found.first?.mention.rule?.rule == rule)
        #expect(found.first?.mention.rule?.subdivision == subdivision)
    }

    @Test func supremeCourtRuleKeepsItsCourtsName() {
        let found = mentions("moved for sanctions under Supreme Court Rule 137 (134 Ill. 2d R. 137).", kind: "rule")
        #expect(found.first?.text == "Supreme Court Rule 137")
        #expect(mentions("Rule 59(e), SCRCPX governs", kind: "rule").first?.text == "Rule 59(e)")
    }

    @Test(arguments: ["Rule 11 of the club requires dues.", "the golden rule", "24 Fed. R. Serv. 3d 1492",
                      "a violation of FINRA Rule 2010 and NYSE Rule 431", "Model Rule 1.7 forbids it",
                      "the rule 12 times over", "a rule 2.5 times the rate"])
    func notCourtRules(text: String) {
        #expect(extract(text).mentions.filter { $0.citation.kind == "rule" }.isEmpty)
    }
}
