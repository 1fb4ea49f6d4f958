import Testing
@testable import LegalCite

/// Forms found by comparing with eyecite on real opinions; each was a miss or a crash once.
@Suite("Forms from the eyecite comparison")
struct EyeciteParityTests {
    @Test(arguments: [
        ("See 539 U. S., at 328.", "539 U. S., at 328", "328"),
        ("501 U. S., at 235, n. 5.", "501 U. S., at 235, n. 5", "235, n. 5"),
        ("560 U. S., at ___.", "560 U. S., at ___", "___"),
        ("Humphrey, supra, 13 Cal.4th at p. 1082.", "13 Cal.4th at p. 1082", "1082"),
    ])
    func shortForms(text: String, span: String, pin: String) {
        let found = mentions(text, kind: "short_case")
        #expect(found.map(\.text) == [span])
        #expect(found.first?.mention.shortCitation?.pin == pin)
    }

    @Test func citesWrappedAcrossBlankLines() {
        #expect(mentions("State v. Doe, 268 N.C. App.\n\n       1 (2019).", kind: "case").map(\.text) == ["268 N.C. App.\n\n       1"])
        #expect(mentions("Roe, 459 F.\n\n       Supp. 3d at 277.", kind: "short_case").first?.mention.shortCitation?.reporter == "F. Supp. 3d")
    }

    @Test func aPinNeverSwallowsTheNextVolumeOnTheNextLine() {
        let found = mentions("State v. Malenfant, 203 Vt. 23, 43, 151\n          A.3d 778 (2016).", kind: "case")
        #expect(found.map(\.text) == ["203 Vt. 23, 43", "151\n          A.3d 778"])
        #expect(found[0].mention.caseCitation?.pin == "43")
    }

    @Test func volumeAfterACommaWithoutSpace() {
        #expect(mentions("Jones v. Mortimer, 28 Cal.2d 627, 633,170 P2d 893 (1946)", kind: "case").map(\.text) == ["28 Cal.2d 627, 633", "170 P2d 893"])
    }

    @Test func commaBetweenReporterAndPage() {
        #expect(mentions("United States v. Finley, 301 F.3d, 1000, 1018 (9th Cir. 2002)", kind: "case").first?.mention.caseCitation?.page == "1000")
    }

    /// Acts as enacted and the Register are kinds of their own: no code's section.
    @Test func compilationsByVolumeAndPage() {
        let document = extract("Pub. L. No. 96-517, 94 Stat. 3305; 82 Fed. Reg. 13,209 (Mar. 20, 2017).")
        #expect(document.mentions.map(\.citation.kind) == ["session_law", "session_law", "register"])
        #expect(document.mentions.map { $0.law!.code } == ["Pub. L.", "Stat.", "FR"])  // reporters-db names the Federal Register `FR`
        #expect(document.mentions[2].law?.section == "13,209")
    }

    @Test func yearNumberAndNeutralCites() {
        let tax = mentions("Smith v. Commissioner, T.C. Memo. 2020-26, at *3.", kind: "case")[0]
        #expect(tax.text == "T.C. Memo. 2020-26, at *3")
        #expect(tax.mention.caseCitation?.court == "tax")
        #expect(tax.mention.caseCitation?.plaintiff == "Smith")
        let ohio = mentions("State v. Roe, 2017-Ohio-8676, ¶ 12.", kind: "case")[0]
        #expect(ohio.text == "2017-Ohio-8676, ¶ 12")
        #expect(ohio.mention.caseCitation?.citeType == .neutral)
        #expect(mentions("the 2017-Main-8676 lot", kind: "case").isEmpty)
    }

    @Test func subjectCodes() {
        let document = extract("Tex. Educ. Code Ann. §51.803 and Tex. Civ. Prac. & Rem. Code § 16.003 and N.Y. Gen. Bus. Law § 349.")
        #expect(document.mentions.map { $0.law!.code } == ["Tex. Educ. Code Ann.", "Tex. Civ. Prac. & Rem. Code", "N.Y. Gen. Bus. Law"])
    }

    @Test func codeAndSectionMarkOnDifferentLines() {
        #expect(mentions("See Neb. Rev. Stat.\n    § 84-917 (2014).", kind: "statute").first?.mention.law?.section == "84-917")
    }

    @Test func idWithParagraphPinBeforeAShortCite() {
        let document = extract("Smith v. Jones, 746 N.W.2d 740 (N.D. 2008). Id. ¶¶19-31, 746 NW2d at 744-47.")
        #expect(document.mentions.map(\.citation.kind) == ["case", "id", "short_case"])
        #expect(document.mentions[1].id?.pin == "¶¶19-31")
    }

    @Test func internalCrossReferencesAreNotCitations() {
        #expect(mentions("As noted above, see supra, at 1, the parties agree. See supra note 12.", kind: "supra").isEmpty)
    }

    /// Case names as courts write them, from eyecite's own test forms and real opinions.
    @Test(arguments: [
        ("Lissner v. Test 1 U.S. 1 (1982)", "Lissner v. Test", 1982 as Int?),
        ("Uniroyal, Inc. v. Universal Tire & Auto Supply Co., 5 F.3d 1 (1st Cir. 1993)", "Uniroyal, Inc. v. Universal Tire & Auto Supply Co.", 1993),
        ("(See Yield Dynamics, Inc. v. TEA Systems Corp. (2007) 154 Cal.App.4th 547, 558.)", "Yield Dynamics, Inc. v. TEA Systems Corp.", 2007),
        ("Rogers v Rogers (63 NY2d 582 [1984])", "Rogers v. Rogers", 1984),
        (" (Newbold v Arvidson, 105 Idaho 663, 672 P2d 231 [1983]); and", "Newbold v. Arvidson", 1983),
        ("Hurst v. Florida, — U.S. —, 136 S.Ct. 616 (2016)", "Hurst v. Florida", 2016),
        ("In Re Carroll's Estate (1921), 59 Mont. 403, 413.", "In Re Carroll's Estate", 1921),
        ("Our Lady of the Lake Hosp. v. Vanner, 95-0754, p. 3 (La.App. 1 Cir. 12/15/95), 669 So.2d 463, 464;", "Our Lady of the Lake Hosp. v. Vanner", nil),
        ("See Loup-Miller, 676 P.2d 1170 (Colo. 1984).", "Loup-Miller", 1984),
        // A short name after a string cite's semicolon (the shared eyecitets_cl9944001_fedother.txt,
        // and an N.L.R.B. decision after a statute).
        ("5 U.S.C. § 1221(e)(2); Lu, 122\nM.S.P.R. 335, ¶ 7", "Lu", nil),
        ("See 29 U.S.C. § 158(a)(1); Boeing Co., 365 NLRB No. 154 (2017).", "Boeing Co.", 2017),
    ] as [(String, String, Int?)])
    func caseNames(text: String, name: String, year: Int?) {
        let found = mentions(text, kind: "case")
        #expect(found.first?.mention.caseCitation?.caseName == name)
        #expect(found.first?.mention.caseCitation?.year == year)
    }

    /// The Board's slip decisions in both spellings (reporters-db lists `NLRB No.` alone), pinned
    /// to the slip's own pages.
    @Test func boardSlipDecisions() {
        let found = mentions("See Kroger Co., 369 N.L.R.B. No. 8, slip op. at 3 (2020); Boeing Co., 365 NLRB No. 154, slip op. at 4 (2017).", kind: "case")
        #expect(found.map(\.text) == ["369 N.L.R.B. No. 8, slip op. at 3", "365 NLRB No. 154, slip op. at 4"])
        #expect(found.map { $0.mention.caseCitation?.pin } == ["3", "4"])
        #expect(found.map { $0.mention.caseCitation?.caseName } == ["Kroger Co.", "Boeing Co."])
        #expect(found.map { $0.mention.caseCitation?.year } == [2020, 2017])
    }

    /// No name where the words are not one: a running head, a docket number, a lone `v`.
    @Test(arguments: ["STATE v. SCHWADERER\nCite as 314 Neb. 207", "Lissner v 1 U.S. 1", "Johnson v. Atlas Transp., LLC, No. 5:23-CV-00471-OLG 2024 WL 5423041"])
    func notCaseNames(text: String) {
        let name = mentions(text, kind: "case").first?.mention.caseCitation?.caseName
        #expect(name == nil || name?.contains("Cite as") == false && name?.contains("No.") == false)
    }

    @Test func bracketedParallelSharesNameAndYear() {
        let found = mentions("(See In re K.F. (2009) 173 Cal.App.4th 655, 661 [92 Cal.Rptr.3d 784].)", kind: "case")
        #expect(found.map(\.text) == ["173 Cal.App.4th 655, 661", "92 Cal.Rptr.3d 784"])
        #expect(found.map { $0.mention.caseCitation?.year } == [2009, 2009])
        #expect(found.map { $0.mention.caseCitation?.caseName } == ["In re K.F.", "In re K.F."])
    }

    @Test func courtFromTheStartOfItsCitationString() {
        #expect(mentions("Smith v. Jones, 5 A.3d 1 (Pa.Super. 2009)", kind: "case").first?.mention.caseCitation?.court == "pasuperct")
        #expect(mentions("Smith v. Jones, 5 S.E.2d 1 (Ct. App. 2005)", kind: "case").first?.mention.caseCitation?.court == nil)
    }

    @Test func supraWithoutANameAndBeforeAShortCite() {
        #expect(mentions("As we explained, supra. And 123 supra.", kind: "supra").isEmpty)
        let document = extract("However, as we explained in Kaiser Foundation, supra, 13 Cal.App.5th at 1146")
        #expect(document.mentions.map(\.citation.kind) == ["short_case"])
        #expect(document.mentions.first?.shortCitation?.name == "Kaiser Foundation")
    }

    @Test func starPagesAndEmphasisInHTML() {
        let html = "<p>The cases of <i>Crane</i> v. <i>Hyde Park,</i> 135 <span class=\"star-pagination\">*355</span> Mass. 147, and <em>Jin Fuey Moy</em><em>v. United States,</em> 254 U.S. 189.</p>"
        let cases = extract(html, format: .html).mentions.compactMap(\.caseCitation)
        #expect(cases.map(\.caseName) == ["Crane v. Hyde Park", "Jin Fuey Moy v. United States"])
    }
}
