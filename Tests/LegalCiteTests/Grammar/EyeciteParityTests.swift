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
}
