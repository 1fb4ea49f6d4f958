import Testing
@testable import LegalCite

/// Rulings from decretal language, on sentences of real orders and opinions (the seed order,
/// D.D.C.'s `Institute for Policy Studies v. CIA`, the Second Circuit's summary orders, E.D.N.C.,
/// Texas courts of appeals) and on the sentences a reader must not take for rulings.
@Suite("Rulings")
struct RulingTests {
    /// `disposition | motion | docket entry | text of the span` for each ruling of `text`.
    private func rulings(_ text: String) -> [String] {
        let document = extract(text)
        return document.rulings.map { "\($0.disposition.rawValue) | \($0.motion ?? "-") | \($0.docketEntry ?? "-") | \(document.text(of: $0.span))" }
    }

    @Test func theSeedOrdersDecretalSentence() {
        #expect(rulings("""
            Plaintiff may not obtain discovery from his adversaries.

            IT IS THEREFORE ORDERED that Plaintiff's Motion for Discovery (ECF No. 21) is denied.
            """) == ["denied | Motion for Discovery | 21 | denied"])
    }

    @Test func twoRulingsInOneOrderedClause() {
        #expect(rulings("""
                   ORDERED that on the issue of the CIA conducting a search based on the date of

            the request, CIA’s Motion for summary judgment is GRANTED and IPS’ Cross-Motion

            for summary judgment is DENIED; and it is further
            """) == ["granted | Motion for summary judgment | - | GRANTED", "denied | Cross-Motion for summary judgment | - | DENIED"])
    }

    @Test func aFilingCitedWhereItWasNamedAndLaterByItsKind() {
        // txnd-2025-hipple-v-richardson: the docket cite stands alone after the sentence naming the motion.
        #expect(rulings("""
             Before the Court is Defendant Paul Logistics, Inc.’s (“Paul Logistics”) \nMotion to Dismiss for lack of personal \
            jurisdiction and failure to state a \nclaim. ECF No. 54. Having considered the Motion, briefs, and applicable \nlaw, \
            the Court will GRANT the Motion.
            """) == ["granted | Motion | 54 | GRANT"])
        // dsc-2022-green-v-sanchez: a report and recommendation, then `the R & R`.
        #expect(rulings("""
            This matter is before the Court upon the Report and Recommendation (“R & R”) of the \n Magistrate Judge recommending \
            the Court dismiss certain claims in this action. (Dkt. No. 13). For \n the reasons stated below, the Court adopts the R & R.
            """) == ["adopted | R & R | 13 | adopts"])
        // dkan-2017-moreno-v-kansas-city-steak: named again by its name.
        #expect(rulings("""
            On April 7, 2017, defendant filed a Motion for Partial Dismissal of Plaintiff's Complaint. Doc. 6. In it, defendant \
            argues. The court denies defendant's Motion for Partial Dismissal of Plaintiff's Complaint.
            """) == ["denied | Motion for Partial Dismissal of Plaintiff's Complaint | 6 | denies"])
        // Negatives. Two motions cited as one list say not which is which (mnd-2022-rg-golf-warehouse-v-golf-warehouse).
        #expect(rulings("""
            This matter is before the Court on cross motions for summary judgment and Defendant’s motion to exclude expert \
            testimony. (Dkts. 102, 107). For the reasons below, the motion is granted.
            """) == ["granted | motion | - | granted"])
        // Two entries whose sentences name a motion: none is taken.
        #expect(rulings("Pending is Plaintiff's Motion to Compel. ECF No. 44. Defendant's response to the Motion is ECF No. 47. The Motion is GRANTED.")
                    == ["granted | Motion | - | GRANTED"])
        // Another party's motion is not the one ruled on (`TGW's` against `RG Golf Warehouse, Inc.'s`).
        #expect(rulings("""
            Plaintiff RG Golf Warehouse, Inc.’s motion for summary judgment, (Dkt. 107), is pending. Because RG cannot prove \
            a breach, TGW’s motion for summary judgment is granted.
            """).last == "granted | motion for summary judgment | - | granted")
        // A page's stamp in capitals (nysupct-2025-leszyk-v-guthrie-corning-hosp) names no filing.
        #expect(rulings("The defendant moves to transfer venue.\n  NYSCEF DOC. NO. 80 \nThe plaintiff opposes the motion. The motion is denied.")
                    == ["denied | motion | - | denied"])
        // `be, and hereby is,`: the verb is no word of the motion's name.
        #expect(rulings("It is therefore ORDERED that the motion to dismiss (Dkt. 14) be, and hereby is, GRANTED.")
                    == ["granted | motion to dismiss | 14 | GRANTED"])
    }

    @Test func moreFramesOfTheCourtsOwnDisposition() {
        // ny-1979-musman-v-modern-deb, pasuperct-2022-gutshall-v-marshall: `Order affirmed` on a line, indented or run on.
        #expect(rulings("Steven S. Miller for respondents.\nOrder affirmed, with costs, for reasons stated in the memorandum at the Appellate Division.")
                    == ["affirmed | - | - | affirmed"])
        #expect(rulings("the Final PFA Order, we affirm.\n\n      Order affirmed.\n\n\nJudgment Entered.")
                    == ["affirmed | - | - | affirm", "affirmed | - | - | affirmed"])
        // texapp14-2005-taylor-v-state: `is ordered dismissed`.
        #expect(rulings("we have no jurisdiction.\n\n            Accordingly, the appeal is ordered dismissed.") == ["dismissed | - | - | dismissed"])
        // texapp14-2014-little-v-riverside-general-hospital: `ORDERS the appeal ABATED`.
        #expect(rulings("The court ORDERS the appeal ABATED for a period of sixty days and refers the case to mediation.")
                    == ["other | appeal | - | ABATED"])
        // ca2-2017-kumar-v-lynch-summary-order (its pleading line numbers, which the document's many
        // numbered lines let the normalizer drop, left out here): an issue's word inside a filing's name.
        #expect(rulings("""
            and any pending motion for a stay of removal in this petition

            is DISMISSED as moot.     Any pending request for oral argument

            in this petition is DENIED in accordance with Federal Rule of
            """).last == "denied | request for oral argument | - | DENIED")
        // prd-2018-in-re-financial-oversight-board-ers-v-altair: a reason after `because` is no part of the name.
        #expect(rulings("The Court denies the Motion to Strike because the supplemental notice simply provides a corrected citation in support of Defendants' argument.")
                    == ["denied | Motion to Strike | - | denies"])
        // Negatives: a prior order, a trial court's order, a conditional, a party's issue.
        #expect(rulings("The trial court held.\nOrder affirmed in the prior appeal was void.").isEmpty)
        #expect(rulings("The trial court orders the case dismissed if no answer is filed.").isEmpty)
        #expect(rulings("Appellant asks that we order the case dismissed.").isEmpty)
        #expect(rulings("We sustain appellant’s second issue. The argument is overruled.").isEmpty)
    }

    @Test func compoundsAreOneRuling() {
        #expect(rulings("For the reasons that follow, the Plaintiffs’ Motion is GRANTED IN PART AND DENIED IN PART.")
                    == ["granted_in_part | Motion | - | GRANTED IN PART AND DENIED IN PART"])
        #expect(rulings("Any pending motion for a stay of removal in this petition is DISMISSED as moot.")
                    == ["moot | motion for a stay of removal | - | DISMISSED as moot"])
        #expect(rulings("We reverse and remand in part and affirm in part.").map { $0.prefix(16) } == ["affirmed_in_part"])
    }

    @Test func theCourtsVerbsAndTheirList() {
        #expect(rulings("""
            In sum, the court OVERRULES plaintiffs objections to the M&R [D.E. 32], ADOPTS the conclusions in the M&R [D.E. 31], \
            DENIES plaintiffs motion for judgment on the pleadings [D.E. 22], and DISMISSES this action.
            """) == ["other | objections to the M&R | 32 | OVERRULES", "adopted | conclusions in the M&R | 31 | ADOPTS",
                     "denied | motion for judgment on the pleadings | 22 | DENIES", "dismissed | - | - | DISMISSES"])
        #expect(rulings("Because the district court did not abuse its discretion, we affirm.") == ["affirmed | - | - | affirm"])
    }

    @Test func orderedAndAListOfRulings() {
        #expect(rulings("Accordingly, IT IS ORDERED:\n\n1. The motion to dismiss (doc. 29) is GRANTED.\n\n2. This action is DISMISSED.")
                    == ["granted | motion to dismiss | 29 | GRANTED", "dismissed | - | - | DISMISSED"])
    }

    @Test func dispositionLinesStandingAlone() {
        #expect(rulings("argument would not aid the decisional process.\n\n                                  AFFIRMED\n")
                    == ["affirmed | - | - | AFFIRMED"])
        #expect(rulings("order denying a stay of removal.\n\n        PETITION FOR REVIEW DENIED.\n")
                    == ["denied | PETITION FOR REVIEW | - | DENIED"])
    }

    @Test func pleadingLineNumbersInsideTheSentence() {
        #expect(rulings("3    ORDERED, ADJUDGED, AND DECREED that the petition for review is\n\n4    DENIED.\n")
                    == ["denied | petition for review | - | DENIED"])
    }

    @Test func aMotionNamedWithoutItsNumberTakesTheEntryItWasFiledAs() {
        #expect(rulings("""
            Before the Court is Plaintiff's Motion for Discovery (ECF No. 21). The Motion for Discovery is denied.
            """) == ["denied | Motion for Discovery | 21 | denied"])
    }

    @Test func sentencesThatAreNoRulings() {
        for text in [
            "The district court denied the motion to dismiss.",                       // another court, in the past
            "The Court previously denied Plaintiff's motion [12].",                    // this court, earlier
            "It is RECOMMENDED that the motion to dismiss be granted.",                // a recommendation
            "A motion to dismiss should be granted only if the complaint fails.",      // a standard
            "Summary judgment is granted only if there is no genuine dispute.",        // a standard
            "When a case is remanded, however, the court loses jurisdiction.",         // a subordinate clause
            "Plaintiff requested that the Court grant him leave to amend.",            // a party's request
            "The court wrote: \"the motion is denied.\" That order stands.",         // a quotation
            "Appellant's second issue is overruled.",                                 // an appellate issue
            "Under this standard, we will reverse the trial court only when its decision is arbitrary.",
            "We will affirm a dismissal if it was proper under any legal theory.",
            // A magistrate judge's list of recommendations, in the subjunctive.
            "It is RECOMMENDED that:\n\n1. Plaintiff's Statement of Errors (Doc. No. 10) be GRANTED;\n\n2. The Court REVERSE the Commissioner's non-disability determination;",
            "If convinced that he is unable to pay the costs, the court will grant leave to proceed in forma pauperis.",
            "Nguyen's challenge to the order compelling her deposition is moot because her deposition was taken.",
            // The seed order quoting an earlier order of the court as a block.
            "Against government officials raising immunity defenses, this Court held:\n\nuntil the issues are resolved, discovery would be wasteful. Because the court finds merit in the relief requested, the court will grant the State Defendants' motion.",
        ] {
            #expect(extract(text).rulings.isEmpty, "\(text)")
        }
    }

    /// The court's verb coordinated with another of its sentence, bound (`constrained to`), or
    /// after `summarily`; `the undersigned` as the court; `quashed`; a reason's clause before
    /// the ruling (ninth Circuit, Florida, North Dakota, E.D. Cal., D. Minn. and Pennsylvania
    /// sentences).
    @Test func moreWaysTheCourtRules() {
        #expect(rulings("Tsosie appeals his conviction. We have jurisdiction under 28 U.S.C. § 1291 and affirm.") == ["affirmed | - | - | affirm"])
        #expect(rulings("There is no transcript of the non-jury trial. As such, we are constrained to affirm.") == ["affirmed | - | - | affirm"])
        #expect(rulings("[¶2] We summarily affirm under N.D.R.App.P. 35.1(a)(2).") == ["affirmed | - | - | affirm"])
        #expect(rulings("Also pending is Plaintiff’s Motion for Law Library Access (Doc. No. 6). For the reasons set forth below, the undersigned denies Plaintiff’s Motion.")
                    == ["denied | Motion | 6 | denies"])
        #expect(rulings("Because RG has identified no evidence, TGW’s motion for summary judgment is granted as to this aspect of the claim.")
                    == ["granted | motion for summary judgment | - | granted"])
        #expect(rulings("AND NOW, this 11th day of May, 2023, the above captioned appeal is quashed for failure to file a brief.").map { $0.prefix(5) } == ["other"])
    }

    @Test func negativesOfTheseFrames() {
        // A subordinate clause in the coordinated sentence, a quoted standard, a reason.
        #expect(rulings("We note that the district court denied the motion and affirmed the award.") == [])
        #expect(rulings("“Unless the ALJ has failed to apply the correct legal standards,” this Court must affirm the ALJ’s decision.") == [])
        #expect(rulings("Because the motion is granted the hearing set for May 2 will not go forward.") == [])
        #expect(rulings("We have held that a court may affirm on any ground.") == [])
    }

    /// A claim's reasons and a list's number are no part of the thing's name; a name ends on no
    /// article (`… appeal the` cut before a date).
    @Test func theNameOfTheThingRuledOn() {
        #expect(rulings("Accordingly, the Court dismisses the IIED claim for failure to state a claim.") == ["dismissed | IIED claim | - | dismisses"])
        #expect(rulings("It is ORDERED that (2) Plaintiffs’ cross-motion is DENIED.") == ["denied | cross-motion | - | DENIED"])
        #expect(rulings("IT IS ORDERED that Defendant’s Motion to Dismiss for Failure to State a Claim is GRANTED.")
                    == ["granted | Motion to Dismiss for Failure to State a Claim | - | GRANTED"])
    }

    /// Precision on the shared corpus's opinions: a subject that is a clause, an earlier clause of
    /// its own verb before the thing ruled on, a bare `moot` on no filing, an assignment of error
    /// in capitals and a form's row of boxes.
    @Test func sentencesThatOnlyLookLikeRulings() {
        // South Dakota (eyecitets_cl902001_state): a standard after a paragraph's number.
        #expect(rulings("[¶5.]        When summary judgment is granted on a statute of limitations\n\ndefense:") == [])
        #expect(rulings("[¶2] We summarily affirm under N.D.R.App.P. 35.1(a)(2).") == ["affirmed | - | - | affirm"])
        // D.C. Circuit (eyecitets_cl10934576_appellate): the subject is a clause with its modal.
        #expect(rulings("In other\nwords, the length of a stay should depend on the reason\nabeyance is granted. If the government needs time") == [])
        // D.C. Circuit (eyecitets_cl9372001_appellate): a condition, a reason, a finding on the case.
        #expect(rulings("However, this court will not address the merits of any such\nmatters if the case is moot, Nichols v. Pierce, 740 F.2d 1249,\n1260 (D.C. Cir. 1984).") == [])
        #expect(rulings("There is\nnothing on this appeal for this Court to decide. The case is\nmoot.") == [])
        // (Moot with a filing's word, and `dismissed as moot`, are still rulings.)
        #expect(rulings("Any pending motions are moot.") == ["moot | pending motions | - | moot"])
        #expect(rulings("Ralph Gonzalez’s motion to withdraw as counsel,\nfiled on December 7, 2018, is dismissed as moot.")
                    == ["moot | motion to withdraw as counsel | - | dismissed as moot"])
        // Fifth Circuit (eyecitets_cl814001_appellate): `counsel is excused …, and the APPEAL IS DISMISSED`.
        #expect(rulings("""
            Santacruz-Naranjo’s motions to relieve
            counsel and appoint new counsel are DENIED. The FPD’s motion for leave to
            withdraw is GRANTED, counsel is excused from further responsibilities herein,
            and the APPEAL IS DISMISSED. See 5TH CIR. R. 42.2.
            """) == ["denied | motions to relieve counsel and appoint new counsel | - | DENIED",
                     "granted | motion for leave to withdraw | - | GRANTED", "dismissed | - | - | DISMISSED"])
        // A relative clause's `is` is part of the subject (the same sentence with one).
        #expect(rulings("The FPD’s motion for leave to withdraw, which is unopposed, is GRANTED.")
                    == ["granted | motion for leave to withdraw | - | GRANTED"])
        // Ohio (eyecitets_cl2706001_state): an assignment of error in capitals.
        #expect(rulings("""
                                             ASSIGNMENT OF ERROR

                   THE TRIAL COURT ERRED WHEN IT DENIED [ROBINSON]’S MOTION
                   TO SUPPRESS EVIDENCE IN VIOLATION OF HIS RIGHTS
            """) == [])
        #expect(rulings("      PETITION FOR REVIEW DENIED.\n") == ["denied | PETITION FOR REVIEW | - | DENIED"])
        // New York (eyecitets_cl10890681_state): the form's row of boxes under the signature.
        #expect(rulings("""
                         CHECK ONE:                   CASE DISPOSED                  X   NON-FINAL DISPOSITION


                                                      GRANTED          X    DENIED       GRANTED IN PART              OTHER

            """) == [])
    }

    /// What an appellate court rules on is the decision below, not the motion that decision
    /// disposed of; the appeal itself, however described, names no filing.
    @Test func theDecisionBelowAndTheAppealItself() {
        // Michigan Court of Appeals (michctapp-2007-griswold-properties-v-lexington).
        #expect(rulings("In Gainors v. Home-Owners Ins. Co., Docket No. 265278, we affirm the denial of plaintiff's motion for judgment interest.")
                    == ["affirmed | - | - | affirm"])
        // Georgia Court of Appeals (gactapp-2024-hines-v-state): the relative `which`.
        #expect(rulings("Hines’s failure to follow the discretionary appeal procedure deprives us\nof jurisdiction to consider this direct appeal, which is hereby DISMISSED.")
                    == ["dismissed | - | - | DISMISSED"])
        // Pennsylvania Superior Court (pa-2023-querendongo-v-sci-houtzdale).
        #expect(rulings("AND NOW, this 11th day of May, 2023, the above captioned appeal is quashed for\n\nfailure to file an Appellant’s brief.")
                    == ["other | - | - | quashed"])
        // A filing named first is still the thing ruled on (Second Circuit, Fifth Circuit).
        #expect(rulings("For the foregoing reasons, the petition for review is DENIED.") == ["denied | petition for review | - | DENIED"])
        #expect(rulings("The court ORDERS the appeal ABATED for a period of sixty days.") == ["other | appeal | - | ABATED"])
        // Texas (eyecitets_cl4510001_state): the court's `ORDER` in capitals ends the object.
        #expect(rulings("Ms. Kindle states no further extensions will be required. We GRANT Ms. Kindle’s request and ORDER the reporter’s record be filed.")
                    == ["granted | request | - | GRANT"])
    }

    /// Frames whose verb or subject the sentence gives once for two clauses or from afar.
    @Test func theCourtsSubjectFromAfarAndAnElidedIs() {
        // S.D.N.Y. (sdny-2022-disla-v-commissioner): the court's verbs listed past a participle clause.
        #expect(rulings("The Court has reviewed the R&R and finding no substantive error, clear or \notherwise, adopts the R&R.          \n    Accordingly, it is hereby:")
                    == ["adopted | R&R | - | adopts"])
        // S.D.N.Y. (nysd-2019-knight-first-amendment-institute-v-dhs): `is` given once for two rulings.
        #expect(rulings("   (3) USCIS’ Motion is granted and Plaintiff's Cross-Motion denied with respect to the TRI.")
                    == ["granted | Motion | - | granted", "denied | Cross-Motion | - | denied"])
        // Tennessee Court of Appeals (tennctapp-1998-creative-resource-management-v-soskin).
        #expect(rulings("The judgment of the trial court is reversed and summary judgment granted\nto Creative Resource Management, Inc.")
                    == ["reversed | - | - | reversed", "granted | summary judgment | - | granted"])
        // New York Court of Appeals (ny-1984-hochberg-v-city-of-new-york): the memorandum's clause after a comma.
        #expect(rulings("On review of submissions pursuant to section 500.4 of the Rules of the Court of Appeals (22 NYCRR 500.4), order affirmed, with costs, for reasons stated in the memorandum at the Appellate Division.")
                    == ["affirmed | - | - | affirmed"])
        // Negatives. Another court, in the third person, is no ruling of this one.
        #expect(rulings("The court of appeals reviewed the record, and affirms.") == [])
        // The court's subject with a clause of another subject between: not taken.
        #expect(rulings("The Court notes that the plaintiff has filed a reply, and grants leave.") == [])
        // A remand after a reversal is part of it (eyecitets_cl2684001_state).
        #expect(rulings("The disposition order is reversed and the matter remanded for the limited purpose of resentencing.")
                    == ["reversed | - | - | reversed"])
        // An elided `is` only after a ruling with one, and only for a thing ruled on.
        #expect(rulings("The district court granted the motion and the case dismissed.") == [])
        #expect(rulings("The motion is granted and the plaintiff, who has waited long, relieved.") == ["granted | motion | - | granted"])
        // New York's clause is the thing and its participle alone; an object makes it prose.
        #expect(rulings("In the prior appeal, the Appellate Division, order affirmed the judgment of conviction.") == [])
        // A pronoun names no filing (Court of Federal Claims, a special master's decision).
        #expect(rulings("I find the stipulation reasonable and adopt it as my decision awarding damages, on the terms set forth therein.")
                    == ["adopted | - | - | adopt"])
    }

    @Test func decretalFormsOfTheCitatorRound11() {
        // D. Mass. (mad-2014-thomas-v-hileman): `ALLOWED` grants; `as follows:` ends the thing adopted;
        // the dismissed counts, not the motion before them; `while` opens the last clause.
        #expect(rulings("""
            After careful consideration and de novo review of the Report and Recommendations in light of the objections filed by \
            Plaintiff (Docket ##127, 128), the Court hereby ADOPTS the Report and Recommendations as follows: The Partial Motion to \
            Dismiss is ALLOWED and Counts I and II are DISMISSED for failure to state a claim, while the remaining claims are \
            DISMISSED WITHOUT PREJUDICE.
            """) == ["adopted | Report and Recommendations | - | ADOPTS", "granted | Partial Motion to Dismiss | - | ALLOWED",
                     "dismissed | Counts I and II | - | DISMISSED", "dismissed | remaining claims | - | DISMISSED"])
        // M.D. Tenn. (tnmd-2006-jackson-v-henderson): a report and recommendation by its initials, accepted.
        #expect(rulings("(1) The RR is hereby ACCEPTED. (Docket Entry No. 37.)") == ["adopted | RR | - | ACCEPTED"])
        // S.D. Ohio (ohsd-2019-weckbacher-v-memorial-health-system): the court's verbs listed after `;`.
        #expect(rulings("""
            For the reasons set forth below, the Court DENIES Defendant's Motion to Exclude Witnesses [#67]; GRANTS IN PART and \
            DENIES IN PART Defendant's Motion in Limine [#45].
            """).map { $0.split(separator: "|").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "" } == ["denied", "granted_in_part"])
        // Texas (texapp9-2005-in-re-estate-of-cornes): `reverse and render` is part of the reversal.
        #expect(rulings("We reverse and render in part and affirm in part.") == ["affirmed_in_part | - | - | reverse and render in part and affirm in part"])
        // E.D.N.Y. (edny-2020-ruan-v-wolf): what the ruling does to the thing is not part of its name.
        #expect(rulings("""
            Thus, I dismiss the claim without prejudice to re-filing if there is a continued delay and the plaintiff is able to \
            state additional facts or causes of action.
            """) == ["dismissed | claim | - | dismiss"])
        // Texas (texapp14-2004-in-re-dan-martinez): the heading names the petition and its disposition.
        #expect(rulings("Petition for Writ of Mandamus Denied and Memorandum Opinion filed October 14, 2004.\nIn The\nFourteenth Court of Appeals")
                    == ["denied | Petition for Writ of Mandamus | - | Denied"])
        // A clause's own comma is not the one closing the opening phrase (`be, and hereby is,`), as
        // district courts write the decretal clause; the first comma is (`For the reasons …, and …,`).
        #expect(rulings("Accordingly, IT IS HEREBY ORDERED that Defendant's Motion for Summary Judgment be, and hereby is, GRANTED.")
                    == ["granted | Motion for Summary Judgment | - | GRANTED"])
        // Georgia's and Texas's `Judgment reversed and case remanded.`: one reversal, the case named between.
        #expect(rulings("Judgment reversed and case remanded.") == ["reversed | - | - | reversed and case remanded"])
        #expect(rulings("JUDGMENT REVERSED AND CAUSE REMANDED.") == ["reversed | - | - | REVERSED AND CAUSE REMANDED"])
        // Negative: the case named with a verb of its own is no participle of the compound.
        #expect(rulings("The judgment is reversed and the case law of this State governs on remand.") == ["reversed | - | - | reversed"])
        // Texas's `Affirmed as Modified.` line. Negative: a higher court's disposition that a reporter's
        // note gives (wisctapp-2008-town-of-merrimac-v-village-of-merrimac's footnote) is no line of this court's.
        #expect(rulings("Affirmed as Modified.") == ["affirmed | - | - | Affirmed"])
        #expect(rulings("Order affirmed.\n\n† Petition for review denied.") == ["affirmed | - | - | affirmed"])
        // Negatives: the infinitive of a filing's name (casd-2019-michael-v-la-jolla-learning-institute's title);
        // a party allowed to do a thing; a claim allowed in an amount; a heading with no filing named.
        #expect(rulings("ORDER GRANTING IN PART AND DENYING IN PART DEFENDANTS' MOTION TO DISMISS\n(ECF No. 21)") == [])
        #expect(rulings("Plaintiff's motion is ALLOWED to proceed on the amended complaint, and the claims are allowed in the amount stated.") == [])
        #expect(rulings("The Claim of the Internal Revenue Service is allowed in the amount of $5,000.") == [])
        #expect(rulings("Judge Smith Denied and Opinion filed later by the clerk of another court in this district") == [])
    }
    @Test func decretalFormsOfTheCitatorRound12() {
        // The Ohio Supreme Court's entry (ohio-2013-mandamus-alternative-writ-entry): the motion named in
        // one sentence, ruled on in the next of two words; an article is no part of the thing's name.
        #expect(rulings("""
            It is ordered by the court, sua sponte, that an alternative writ is granted and the following briefing schedule is set.
            On motion to dismiss. Motion denied.
            """) == ["granted | alternative writ | - | granted", "denied | Motion | - | denied"])
        #expect(rulings("On motion for leave to file. Writ denied.\nPfeifer, J., would grant the writ.") == ["denied | Writ | - | denied"])
        // Negatives: the thing does not open its sentence, or the sentence runs on past the participle.
        #expect(rulings("The court noted that the earlier motion denied relief to the plaintiff.") == [])
        #expect(rulings("On motion to dismiss. Motion denied by the trial court, the appellant appealed.") == [])
        // Texas's 14th District slip opinions (texapp14-2009-in-re-strachan): `=` for the apostrophe of a
        // possessive; a second filing the verb also names (`and his related … motion`) is not part of the first's name.
        #expect(rulings("Accordingly, we deny relator=s petition for writ of mandamus and his related emergency motion to stay.")
                    == ["denied | petition for writ of mandamus | - | deny"])
        // Negative: a `=` inside a name that is no possessive stays.
        #expect(rulings("The Court GRANTS the motion for a 50=50 split of costs.") == ["granted | motion for a 50=50 split of costs | - | GRANTS"])
    }
}
