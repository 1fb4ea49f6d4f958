import Testing
@testable import LegalCite

/// Signals, small-capital Texas cites and decretal verbs on sentences of real orders
/// (D. Conn.'s `Shea v. Sieunarine`, E.D.N.C.'s `Ward v. Kijakazi`, the Thirteenth Court of
/// Appeals of Texas, Florida's Sixth District Court of Appeal) and the negatives around them.
@Suite("Citator recall")
struct CitatorRecallTests {
    private func signals(_ text: String) -> [String] {
        let document = extract(text)
        return document.mentions.map { "\(document.text(of: $0.span)): \($0.signal?.rawValue ?? "-")" }
    }

    private func rulings(_ text: String) -> [String] {
        let document = extract(text)
        return document.rulings.map { "\($0.disposition.rawValue) | \($0.motion ?? "-") | \(document.text(of: $0.span))" }
    }

    @Test func aSignalInsideTheBracketOfAnUnreadRecordCiteOpensTheString() {
        // dconn-2022-shea-v-sieunarine.
        #expect(signals("""
            The defendants do not say that they.  (See Opp’n at 4) (acknowledging that a party “can use the Request \
            for Admission to identify a document”); Fed. R. Civ. P. 36(a)(1) (“A party may serve”).
            """) == ["Fed. R. Civ. P. 36(a)(1): see"])
        // A parenthetical that opens with no signal gives none.
        #expect(signals("""
            The defendants do not say that they.  (Opp’n at 4) (acknowledging that a party may); Fed. R. Civ. P. 36(a)(1).
            """) == ["Fed. R. Civ. P. 36(a)(1): -"])
    }

    @Test func anOCRCentSignForTheEOfEG() {
        // nced-2022-ward-v-kijakazi.
        #expect(signals("""
            applied the correct legal standards. \n See, ¢.g., 42 U.S.C. § 405(g); Shinaberry v. Saul, 952 F.3d 113, 120 \
            (4th Cir. 2020); Woods v. \n Berryhill, 888 F.3d 686, 692-93 (4th Cir. 2018). Substantial evidence is more.
            """) == ["42 U.S.C. § 405(g): see, e.g.", "952 F.3d 113, 120: see, e.g.", "888 F.3d 686, 692-93: see, e.g."])
        // A price is no signal.
        #expect(signals("It cost 5¢.g. Shinaberry v. Saul, 952 F.3d 113 (4th Cir. 2020).") == ["952 F.3d 113: -"])
    }

    @Test func texasSmallCapitalsPartAPeriodFromItsWord() {
        // texapp13-2009-marin-v-state: `TEX . R. APP. P.` as the PDF gives it.
        let document = extract("the defendant has NO right of appeal.” See TEX . R. APP. P. 25.2(a)(2).\n\nWe dismiss. See TEX . R. APP. P. 47.2(b).")
        #expect(document.mentions.map { "\(document.text(of: $0.span)): \($0.signal?.rawValue ?? "-")" }
                    == ["TEX . R. APP. P. 25.2(a)(2): see", "TEX . R. APP. P. 47.2(b): see"])
        #expect(document.mentions.map { $0.rule?.courtText } == ["Texas", "Texas"])
        let code = extract("He was charged. See TEX . PENAL CODE ANN . § 46.04 (Vernon Supp. 2009).")
        #expect(code.mentions.map { code.text(of: $0.span) } == ["TEX . PENAL CODE ANN . § 46.04"])
        #expect(code.mentions.first?.law?.code == "Tex. Penal Code Ann.")
        // Only small capitals part a period so: a sentence that ends on `Tex` in lower case is no state's name.
        #expect(extract("He moved to El Paso, Tex . R. 5 of the club governs the dues.").mentions.allSatisfy { $0.rule?.courtText != "Texas" })
    }

    @Test func withdrawAndSetAsideAreTheCourtsRulings() {
        // fladistctapp-2025-girardin-v-an-fort-myers-imports.
        #expect(rulings("""
            PER CURIAM.

                We grant the parties’ pending motions for clarification and
            rehearing, withdraw our opinion docketed on May 8, 2024, and substitute the following.
            """) == ["granted | pending motions for clarification and rehearing | grant", "withdrawn | opinion | withdraw"])
        #expect(rulings("We set aside the award of attendant care. We affirm without comment the rest of the order.")
                    == ["vacated | - | set aside", "affirmed | - | affirm"])
        // A motion to withdraw or to set aside is the thing ruled on, not a ruling of its own.
        #expect(rulings("The Court grants counsel’s motion to withdraw.") == ["granted | motion to withdraw | grants"])
        #expect(rulings("The Court denies Defendant’s motion to set aside the default.")
                    == ["denied | motion to set aside the default | denies"])
        // Another court's: `the trial court set aside`.
        #expect(rulings("The trial court set aside the verdict in 2019.").isEmpty)
    }
}

@Suite("Virginia's Code")
struct VirginiaCodeTests {
    @Test func theWordCodeAloneBeforeASection() {
        // vactapp-2003-fowlkes-v-fowlkes.
        let document = extract("""
            which is one method for transmuting separate property into a marital asset. See Code § 20-107.3(A)(3)(f). \
            Neither party argued it. The court was not empowered to grant a monetary award. See Code § 20-107.3(D); \
            McDavid v. McDavid, 19 Va. App. 406, 451 S.E.2d 713 (1994).
            """)
        #expect(document.mentions.map { "\(document.text(of: $0.span)): \($0.signal?.rawValue ?? "-")" }
                    == ["Code § 20-107.3(A)(3)(f): see", "Code § 20-107.3(D): see", "19 Va. App. 406: see", "451 S.E.2d 713: see"])
        #expect(document.mentions.first?.law?.section == "20-107.3")
        // A named code's `Code` is not the word alone; a section without a code's punctuation is no code's.
        let model = extract("The Model Penal Code § 2.02 defines it.")
        #expect(model.mentions.allSatisfy { !model.text(of: $0.span).hasPrefix("Code") })
        #expect(extract("See the Bankruptcy Code § 362 and the Code § 5 of the club.").mentions.isEmpty)
        // The word before a lone `Code` is weighed once, not once per `Code` (a run of them in garbage
        // input recursed as deep as the run).
        let run = String(repeating: "Code ", count: 50_000) + "§ 20-107.3(D) applies."
        #expect(extract(run).mentions.filter { $0.citation.kind == "statute" }.count <= 1)
    }
}

@Suite("A filing's short name")
struct DefinedFilingNameTests {
    private func rulings(_ text: String) -> [String] {
        let document = extract(text)
        return document.rulings.map { "\($0.disposition.rawValue) | \($0.motion ?? "-") | \($0.docketEntry ?? "-")" }
    }

    @Test func theNameTheTextGaveTheFilingWhereItCitedIt() {
        // dconn-2022-shea-v-sieunarine.
        #expect(rulings("""
            The plaintiffs challenge the responses of the Defendants to ten requests for admission.  (Mot. to Determine \
            Sufficiency of Defs.’ Resps. to \nPls.’ Reqs. for Admission of Fact, ECF No. 12; Opp’n, ECF No. 40; \
            Mot. to Determine Sufficiency of Defs.’ Resps. to Pls.’ Reqs. for Admission of Document, ECF No. 42) hereinafter \n\
            “Motion” or “Mot.”).)  For the reasons that follow, the Plaintiffs’ Motion is GRANTED IN PART \nAND DENIED IN PART.
            """) == ["granted_in_part | Motion | 42"])
        // The name before the cite (`Motion to Dismiss Plaintiff's Amended Complaint ("MTD"), [ECF No. 15]`),
        // where two motions are cited: the name tells which.
        #expect(rulings("""
            This matter is before the Court on Defendant Venice Arms, Inc.'s Motion to Dismiss Plaintiff's Amended \
            Complaint ("Motion"), [ECF No. 15], filed on December 20, 2023, and Plaintiff's Motion to Strike, [ECF No. 20]. \
            The Motion is GRANTED.
            """) == ["granted | Motion | 15"])
    }

    @Test func aNameOfAListOrOfTwoEntriesNamesNone() {
        // A list says not which entry the name is (`Dkts. 62, 63 (“Motion”)`).
        #expect(rulings("""
            NAS moves to intervene under Federal Rule of Civil Procedure 24. Dkts. 62, 63 (“Motion”). Plaintiffs and \
            Defendants oppose it. Dkts. 70, 72. The Court GRANTS the Motion.
            """) == ["granted | Motion | -"])
        // Two filings given one name.
        #expect(rulings("""
            Defendant moves to dismiss, ECF No. 5 (“Motion”), and again, ECF No. 9 (“Motion”). The Court GRANTS the Motion.
            """) == ["granted | Motion | -"])
    }
}

@Suite("A motion's name across a line")
struct MotionNameAcrossLinesTests {
    @Test func aWordBrokenAtItsHyphenIsOneWord() {
        // dcd-2012-institute-for-policy-studies-v-cia: double-spaced, the hyphen at a line's end.
        let document = extract("""
                   ORDERED that on the issue of applicability of FOIA Exemption 2 to the

            withheld documents, CIA’s Motion for summary judgment is GRANTED and IPS’ cross-

            Motion for summary judgment is DENIED; and it is further
            """)
        #expect(document.rulings.map { $0.motion ?? "-" } == ["Motion for summary judgment", "cross-Motion for summary judgment"])
        let single = extract("ORDERED that CIA’s Motion for summary judgment is GRANTED and IPS’ cross-\nMotion for summary judgment is DENIED.")
        #expect(single.rulings.map { $0.motion ?? "-" } == ["Motion for summary judgment", "cross-Motion for summary judgment"])
        // A dash between words is no broken word: `the motion - filed late - is DENIED`.
        let dash = extract("ORDERED that the motion to strike - untimely as it is - is DENIED.")
        #expect(dash.rulings.map { $0.disposition.rawValue } == ["denied"])
    }
}

@Suite("Internal operating procedures")
struct OperatingProcedureTests {
    @Test func aCourtsInternalOperatingProcedure() {
        // pasuperct-2022-gutshall-v-marshall: every Pennsylvania Superior Court memorandum's head.
        let document = extract("J-S38045-21\n\n\nNON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37\n\n    MATTHEW ADAM GUTSHALL")
        #expect(document.mentions.map { "\(document.text(of: $0.span)): \($0.signal?.rawValue ?? "-")" } == ["SUPERIOR COURT I.O.P. 65.37: see"])
        #expect(document.mentions.first?.rule?.ruleSet == .other)
        #expect(document.mentions.first?.rule?.rule == "65.37")
        let third = extract("Under 3d Cir. I.O.P. 5.7, the opinion does not bind the court.")
        #expect(third.mentions.map { third.text(of: $0.span) } == ["3d Cir. I.O.P. 5.7"])
        // No number, no procedure: `the I.O.P. requires`.
        #expect(extract("The court's I.O.P. requires a panel of three judges.").mentions.isEmpty)
    }
}
