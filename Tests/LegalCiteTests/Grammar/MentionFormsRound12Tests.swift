import Testing
@testable import LegalCite

/// Rule and statute forms of the 2026-12-07 tuning documents and of the README's "Not yet", each
/// on a real sentence with a real-looking negative.
@Suite("Mention forms, round 12")
struct MentionFormsRound12Tests {
    /// A state's rules named by the state after a bare rule (ariz-2003-bilke-v-state): `Rule 23 of
    /// the Arizona Rules of Civil Appellate Procedure` is one state rule, the set's name in the
    /// span; another body's rules after `of the` stay no rule.
    @Test func stateRulesNamedAfterTheRule() {
        let document = extract("We have jurisdiction under A.R.S. § 12-120.24 (2003), and Rule 23 of the Arizona Rules of Civil Appellate Procedure. See also Rule 403, Texas Rules of Evidence.")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["Rule 23 of the Arizona Rules of Civil Appellate Procedure", "Rule 403, Texas Rules of Evidence"])
        #expect(rules.map { $0.rule!.ruleSet } == [.state, .state])
        #expect(rules.map { $0.rule!.courtText } == ["Arizona", "Texas"])
        let none = extract("He broke Rule 11 of the Arizona Interscholastic Association and Rule 4 of the Arizona Rules Committee.")
        #expect(none.mentions.filter { $0.rule != nil }.isEmpty)
    }

    /// A code's short name defined in quotation marks after its full name
    /// (arizctapp-2010-hormel-v-maricopa-county, ariz-2003-bilke-v-state): the full name opens the
    /// span; a defined name of anything else, or a full name of another state, does not.
    @Test func codeDefinedByItsShortName() {
        let document = extract("pursuant to Arizona Revised Statutes (\"A.R.S.\") section 42-16254 (Supp.2009), the statute. May be appealed. Ariz.Rev.Stat. (\"A.R.S.\") § 12-2101(G) (2003).")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["Arizona Revised Statutes (\"A.R.S.\") section 42-16254", "Ariz.Rev.Stat. (\"A.R.S.\") § 12-2101(G)"])
        #expect(laws.map { $0.law!.code } == ["Ariz. Rev. Stat.", "Ariz. Rev. Stat."])
        #expect(laws.map { $0.law!.section } == ["42-16254", "12-2101"])
        // The Taxpayer's defined name is no code; a Nevada name before Arizona's initials is not theirs.
        let other = extract("The Trust (\"Taxpayer\") section 42-16254 applies. The Nevada Revised Statutes (\"A.R.S.\") § 12-349 are cited.")
        #expect(other.mentions.filter { $0.law != nil }.map { other.text(of: $0.span) } == ["section 42-16254", "\u{A7} 12-349"])
    }

    /// The District of South Carolina's local rules with a roman part
    /// (scd-2024-locklear-v-south-carolina-dept-of-corrections): `Local Civil Rule
    /// 83.I.07(B)(3)` whole; a roman numeral after a number with no digits after it is no part.
    @Test func localRuleWithARomanPart() {
        let document = extract("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF SOUTH CAROLINA\n\nThe matter was referred under Local Civil Rule 83.I.07(B)(3) (D.S.C.) and Local Civil Rule 73.02(B)(2)(a).")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["Local Civil Rule 83.I.07(B)(3)", "Local Civil Rule 73.02(B)(2)(a)"])
        #expect(rules.map { $0.rule!.rule } == ["83.I.07", "73.02"])
        let none = extract("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF SOUTH CAROLINA\n\nSee Local Civil Rule 83.I. The rest follows.")
        #expect(none.mentions.filter { $0.rule != nil }.map { none.text(of: $0.span) } == ["Local Civil Rule 83"])
    }

    /// Wisconsin's rules of appellate procedure among its statutes
    /// (wisctapp-2023-russell-v-cmfg-life-ins-co): `Wis. Stat. Rule 809.23(1)(b)5.` a state rule
    /// with its paragraph number, `Wis.Stat. Rule 809.23(3)`; a footnote's marker after a
    /// rule's period, or a number after a space, is no paragraph.
    @Test func wisconsinStatuteRules() {
        let document = extract("This opinion will not be published. See Wis. Stat. Rule 809.23(1)(b)5.\n\nPer curiam opinions may not be cited except as specified in Wis.Stat. Rule 809.23(3).")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["Wis. Stat. Rule 809.23(1)(b)5", "Wis.Stat. Rule 809.23(3)"])
        #expect(rules.map { $0.rule!.ruleSet } == [.state, .state])
        #expect(rules.map { $0.rule!.subdivision } == ["(1)(b)5", "(3)"])
        let marker = extract("See Tex. R. App. P. 47.1(b).5 The footnote. Tex. R. App. P. 47.4(a) 5 more.")
        #expect(marker.mentions.filter { $0.rule != nil }.map { $0.rule!.subdivision } == ["(b)", "(a)"])
    }

    /// `of the Bankruptcy Code` after a section or the list it closes
    /// (nysd-1999-bn-realty-associates-v-lichtenstein): title 11 of the United States Code; the
    /// name in the span only right after the section. Another code's name leaves the section bare.
    @Test func sectionsOfTheBankruptcyCode() {
        let document = extract("B.N., pursuant to Sections 362(d)(1) and (d)(2), and Section 365, of the Bankruptcy Code, moved. ERS invokes section 544(a) of the Bankruptcy Code.")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["Sections 362(d)(1)", "Section 365", "section 544(a) of the Bankruptcy Code"])
        #expect(laws.map { $0.law!.title } == ["11", "11", "11"])
        #expect(laws.map { $0.law!.code } == ["U.S.C.", "U.S.C.", "U.S.C."])
        let other = extract("Under section 365 of the Plan, and section 544(a), see the Bankruptcy Code generally.")
        #expect(other.mentions.filter { $0.law != nil }.allSatisfy { $0.law!.title == nil })
    }

    /// A list after a code cited with no section mark (wash-2003-in-re-carlstad: `RCW 10.73.090
    /// and 10.73.100`) goes on through sections with inner punctuation only.
    @Test func unmarkedCodeList() {
        let document = extract("subject to the limitations of RCW 10.73.090 and 10.73.100. On Thursday he filed.")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["RCW 10.73.090", "10.73.100"])
        #expect(laws.map { $0.law!.section } == ["10.73.090", "10.73.100"])
        let count = extract("The court applied RCW 4.16.080 and 12 other provisions of the code.")
        #expect(count.mentions.filter { $0.law != nil }.map { count.text(of: $0.span) } == ["RCW 4.16.080"])
    }
}

/// The states' administrative codes cited by rule (`Mich. Admin. Code R.`, `Iowa Admin. Code r.`,
/// `Fla. Admin. Code Ann. r.`), from the hand table of the states' own citation forms
/// (`StateCodeSpellings`).
@Suite("State administrative codes, round 12")
struct StateAdministrativeCodesRound12Tests {
    @Test func codesCitedByRule() {
        let document = extract("The grievance rules, Mich. Admin. Code R. 791.5501, and Iowa Admin. Code r. 441-40.21 apply, as does Fla. Admin. Code Ann. r. 33-103.005.")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["Mich. Admin. Code R. 791.5501", "Iowa Admin. Code r. 441-40.21", "Fla. Admin. Code Ann. r. 33-103.005"])
        #expect(laws.map { $0.law!.code } == ["Mich. Admin. Code", "Iowa Admin. Code", "Fla. Admin. Code Ann."])
        #expect(laws.map { $0.law!.lawKind } == [.regulation, .regulation, .regulation])
        // `R.` before a plain number with no inner punctuation is no rule of the code.
        let none = extract("The Mich. Admin. Code R. 12 pages were filed.")
        #expect(none.mentions.filter { $0.law != nil }.isEmpty)
    }
}

/// States' rules by the initials their courts write before the number, from a hand table of the
/// states' citation forms (`RuleRecognizer.stateInitials`), and two more spellings of the state
/// pattern's sets; a bare rule never stops at the part before a colon.
@Suite("State rules by initials, round 12")
struct StateRuleInitialsRound12Tests {
    @Test func initialsBeforeTheNumber() {
        let document = extract("Summary judgment is proper under I.R.C.P. 56(c). See M.R.C.P. 12(b)(6); V.R.A.P. 28; W.R.C.P. 12(b)(6); ORCP 21; C.A.R. 35(e); SCRCP 12(b)(6); USCR 6.2; Ind. Trial Rule 12(B)(6); Ind. Appellate Rule 65(D).")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["I.R.C.P. 56(c)", "M.R.C.P. 12(b)(6)", "V.R.A.P. 28", "W.R.C.P. 12(b)(6)", "ORCP 21", "C.A.R. 35(e)", "SCRCP 12(b)(6)", "USCR 6.2", "Ind. Trial Rule 12(B)(6)", "Ind. Appellate Rule 65(D)"])
        #expect(rules.allSatisfy { $0.rule!.ruleSet == .state })
        #expect(rules.map { $0.rule!.courtText } == ["Idaho", "Mississippi", "Vermont", "Wyoming", "Oregon", "Colorado", "South Carolina", "Georgia", "Indiana", "Indiana"])
        // Without `Ind.`, `Appellate Rule 28(b)(6)` in a federal appeal is not Indiana's; another
        // state's name before Indiana's words is no match for them.
        let federal = extract("UNITED STATES COURT OF APPEALS FOR THE SEVENTH CIRCUIT\n\nThe brief violates Appellate Rule 28(b)(6). Texas Trial Rule 12 has no such text.")
        #expect(federal.mentions.filter { $0.rule != nil }.allSatisfy { $0.rule!.courtText != "Indiana" })
    }

    @Test func moreSpellingsOfStateSets() {
        let document = extract("See Del. Supr. Ct. R. 8; Tex. R. Civ. Evid. 403; Tex. R. Crim. Evid. 404(b).")
        let rules = document.mentions.filter { $0.rule != nil }
        #expect(rules.map { document.text(of: $0.span) } == ["Del. Supr. Ct. R. 8", "Tex. R. Civ. Evid. 403", "Tex. R. Crim. Evid. 404(b)"])
        #expect(rules.allSatisfy { $0.rule!.ruleSet == .state })
        // `Rule 5:25` (Virginia's part and rule) is not read as a bare `Rule 5`; `Rule 12: Defenses` still is a rule.
        let parts = extract("The objection was waived under Rule 5:25. Rule 12: Defenses and Objections.")
        #expect(parts.mentions.filter { $0.rule != nil }.map { parts.text(of: $0.span) } == ["Rule 12"])
    }
}

/// Docket entries with the system's name before the designator (`ECF Doc. No. 12`, `ECF Dkt.
/// No. 12`) and N.D. Ill.'s `Dckt.`; a case's `ECF Doc.` with no number, or `Dockets` of a
/// filing system, are none.
@Suite("Docket designators, round 12")
struct DocketDesignatorsRound12Tests {
    @Test func systemNameAndDckt() {
        let document = extract("IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\n\nDefendant moved to dismiss (ECF Doc. No. 12), and Plaintiff responded (ECF Dkt. No. 15). See Dckt. No. 45, at 3; Dckt. #46; Dckts. 47, 48.")
        let entries = document.mentions.filter { $0.docketEntry != nil }
        #expect(entries.map { document.text(of: $0.span) } == ["ECF Doc. No. 12", "ECF Dkt. No. 15", "Dckt. No. 45, at 3", "Dckt. #46", "Dckts. 47", "48"])
        #expect(entries.map { $0.docketEntry!.number } == ["12", "15", "45", "46", "47", "48"])
        let none = extract("The ECF Doc. format and the Dckt clerk's 12 dockets.")
        #expect(none.mentions.filter { $0.docketEntry != nil }.isEmpty)
    }
}

/// A list of a state's sections each with its explanation, joined by semicolons
/// (arizctapp-2006-roubos-v-miller): one mention per section; not after a singular `§`, nor
/// across a year's parenthetical, nor on to a number without a hyphen.
@Suite("Explained section lists, round 12")
struct ExplainedSectionListRound12Tests {
    @Test func sectionsWithExplanations() {
        let document = extract("See A.R.S. §§ 22-425(B) (parties may appeal municipal court judgments to superior court); 12-120.21(A)(1) (court of appeals has appellate jurisdiction); 12-2101(B) (parties may appeal from final judgment).")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["A.R.S. §§ 22-425(B)", "12-120.21(A)(1)", "12-2101(B)"])
        #expect(laws.map { $0.law!.section } == ["22-425", "12-120.21", "12-2101"])
        let single = extract("See A.R.S. § 13-1105 (first degree murder); 13-1104 was not charged. A.R.S. §§ 12-341 (2003); 12-349 applies. A.R.S. §§ 12-341 (attorney fees); 35 days passed.")
        #expect(single.mentions.filter { $0.law != nil }.map { single.text(of: $0.span) } == ["A.R.S. § 13-1105", "A.R.S. §§ 12-341", "A.R.S. §§ 12-341"])
    }
}

/// Texas's codes by subject with no section mark before a section with its decimal point
/// (texapp12-2011-caldwell-v-114th-district-court: `TEX. CIV. PRAC. & REM.⏎CODE ANN.
/// 14.002(b)`), in capitals and as the Bluebook writes them; a plain number after a code's name
/// is no section.
@Suite("Unmarked subject codes, round 12")
struct UnmarkedSubjectCodesRound12Tests {
    @Test func texasCodesWithoutTheMark() {
        let document = extract("The suit is governed by TEX. CIV. PRAC. & REM.\nCODE ANN. 14.002(b) (West 2002). Appellant was charged under Tex. Penal Code Ann. 22.02(a).")
        let laws = document.mentions.filter { $0.law != nil }
        #expect(laws.map { document.text(of: $0.span) } == ["TEX. CIV. PRAC. & REM.\nCODE ANN. 14.002(b)", "Tex. Penal Code Ann. 22.02(a)"])
        #expect(laws.map { $0.law!.code } == ["Tex. Civ. Prac. & Rem. Code Ann.", "Tex. Penal Code Ann."])
        #expect(laws.map { $0.law!.section } == ["14.002", "22.02"])
        let none = extract("The Tex. Penal Code Ann. 2019 edition and the Tex. Fam. Code 12 chapters were cited.")
        #expect(none.mentions.filter { $0.law != nil }.isEmpty)
    }
}
