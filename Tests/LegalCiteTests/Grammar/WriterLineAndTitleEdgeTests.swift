import Foundation
import Testing
@testable import LegalCite

/// Issue 13, head12: writers' lines of state and federal appellate pages (casetext's `Opinion`
/// head before the name, pdftotext's wide gap before the first paragraph, a numbered heading run
/// in, Ohio's mixed-case name before `{¶1}`, Florida's flattened `WOLF, J.`, a lost non-breaking
/// space after `PER CURIAM:`) and titles' edges (a court's notice in capitals, a title right over
/// the author's line). Real lines, with negatives.
@Suite("Writer lines and title edges")
struct WriterLineAndTitleEdgeTests {
    @Test func casetextOpinionHeadBeforeTheName() {
        // Corpus/captions/oklacivapp-2014-drake-v-state-ex-rel-dps.txt
        let document = extract("Mark E. Bright, Assistant General Counsel, Department of Public Safety, Oklahoma City, OK, for Defendant/Appellee.\n\nOpinion DEBORAH B. BARNES, Chief Judge.\n\n\u{B6} 1 Plaintiff/Appellant Arthur Eric Drake (Licensee) appeals from an Order of the district court.\n")
        #expect(document.signature?.author == "DEBORAH B. BARNES")
        #expect(document.signature?.title == "Chief Judge")
        // Corpus/captions/gactapp-2006-pless-v-state.txt: the head's own words, no judge.
        #expect(extract("Opinion Denying Reconsideration June 15, 2006.\n\nThe appellant moves for reconsideration.\n").signature?.author == nil)
    }

    @Test func authorBeforeAWideGapAndTheFirstParagraph() {
        // Corpus/captions/ca1-2013-united-states-v-soto.txt: a page's form feed, the name, the
        // title, then the first paragraph after pdftotext's justified gap.
        let document = extract("          Of the District of Maine, sitting by designation.\n\u{0C}          TORRESEN, District Judge.         After a jury trial, the\n\nappellant, Steven Soto, was convicted on all counts.\n")
        #expect(document.signature?.author == "TORRESEN")
        #expect(document.signature?.title == "District Judge")
        // A gap before words in lower case is a sentence's, no first paragraph.
        #expect(extract("          SMITH, District Judge.         and the court held that the claim fails.\n").signature?.author == nil)
    }

    @Test func authorRunIntoANumberedHeading() {
        // Corpus/captions/idaho-2016-morgan-v-new-sweden-irrigation-dist.txt
        let document = extract("Hall Angel Starnes, LLP, Idaho Falls, attorneys for respondent, Blake G. Hall argued.\n\nW. JONES, Justice. I. NATURE OF THE CASE\n\nAppellant, Bradley K. Morgan (\"Morgan\"), appeals from a declaratory judgment.\n")
        #expect(document.signature?.author == "W. JONES")
        #expect(document.signature?.title == "Justice")
        // After the title's period, a sentence's first two words; a name there is counsel's line.
        #expect(extract("LAGARDE, Justice. This is an appeal from a summary judgment.\n").signature?.author == "LAGARDE")
        #expect(extract("WILLIAMS, Justice. Michael Smith and Ann Roe, for appellant.\n").signature?.author == nil)
    }

    @Test func mixedCaseWriterBeforeTheFirstParagraphMark() {
        // Corpus/captions/ohctapp4lawrence-2023-state-v-rister.txt (a head flattened onto one line)
        let head = "IN THE COURT OF APPEALS OF OHIO FOURTH APPELLATE DISTRICT LAWRENCE COUNTY STATE OF OHIO, Plaintiff-Appellee, v. ELVIS RISTER, Defendant-Appellant. Case No. 21CA17 DECISION AND JUDGMENT ENTRY APPEARANCES: Max Hersch, Columbus, Ohio for Appellant. Brigham M. Anderson, Ironton, Ohio for Appellee."
        let document = extract(head + " Wilkin, J. {\u{B6}1} Elvis Rister (\u{201C}Rister\u{201D}) appeals the judgment entry that sentenced him.\n")
        #expect(document.signature?.author == "Wilkin")
        #expect(document.signature?.title == "J.")
        // A later paragraph's mark is no writer's line.
        #expect(extract(head + " Lawrence App. No. 21CA17 2 {\u{B6}3} Having reviewed the arguments, Smith, J. {\u{B6}4} we affirm.\n").signature?.author == nil)
    }

    @Test func flattenedWriterLineWithJ() {
        // Corpus/captions/fladistctapp1-2017-dbpr-v-dania-entertainment.txt
        let head = "John M. Lockwood, Thomas J. Morton, and Kala Kelly Shankle of The Lockwood Law Firm, Tallahassee, for Appellees Dania Entertainment Center, LLC; Daytona Beach Kennel Club, Inc.; and Christopher Kise of Foley & Lardner, LLP, Tallahassee, for Appellees Tampa Bay Downs, Inc. and TBDG Acquisition, LLC, d/b/a TGT Poker and Racebook."
        let document = extract(head + " WOLF, J. Appellant, the Department of Business and Professional Regulation, challenges an order.\n")
        #expect(document.signature?.author == "WOLF")
        #expect(document.signature?.title == "J.")
        // A separate opinion's line is no writer's.
        #expect(extract(head + " WOLF, J., concurring. I agree with the majority.\n").signature?.author == nil)
    }

    @Test func perCuriamBeforeALostNonBreakingSpace() {
        // Corpus/captions/scctapp-2011-state-v-smith.txt: the page's no-break spaces come through as U+FFFD.
        let document = extract("Attorney General Alan M. Wilson, of Columbia, for Respondent.\n\nPER CURIAM:\u{FFFD} Norris Hennesey Smith appeals his conviction for trafficking in cocaine.\n")
        #expect(document.signature?.author == "PER CURIAM")
        #expect(extract("The PER CURIAM\u{FFFD}s reasoning is adopted here.\n").signature?.author == nil)
    }

    @Test func courtsNoticeInCapitalsIsNoTitle() {
        // Corpus/captions/scctapp-2011-state-v-smith.txt
        let page = "THIS OPINION HAS NO PRECEDENTIAL VALUE. IT SHOULD NOT BE CITED OR RELIED ON AS PRECEDENT IN ANY PROCEEDING EXCEPT AS PROVIDED BY RULE 268(d)(2), SCACR.\n\nTHE STATE OF SOUTH CAROLINA\nIn The Court of Appeals\n\nThe State, Respondent,\n\nv.\n\nNorris Hennesey Smith, Appellant.\n\n\nAppeal From Horry County\n\n"
        #expect(extract(page + "PER CURIAM: Norris Hennesey Smith appeals his conviction.\n").caption?.title == nil)
        #expect(CaptionReader.isPublicationNotice("THIS OPINION HAS NO PRECEDENTIAL VALUE. IT SHOULD NOT BE CITED"))
        #expect(!CaptionReader.isPublicationNotice("OPINION AND ORDER"))
    }

    @Test func opinionOfTheCourtIsATitleNotAHeading() {
        // Corpus/captions/ca3-2002-johnson-v-ashcroft.txt: the Third Circuit's title right over the
        // author's line, though it names the court.
        let head = "UNITED STATES COURT OF APPEALS\nFOR THE THIRD CIRCUIT\nNO. 01-1331\nJIMMY JOHNSON,\nPetitioner\nv.\nJOHN ASHCROFT, Attorney General\nof the United States\nOn Petition for Review of an Order\nof the Board of Immigration Appeals\nArgued November 7, 2001\nBefore: BECKER, Chief Judge, and McKEE\nand RENDELL, Circuit Judges\n(Filed April 16, 2002)\nVisuvanthan Rudrakumaran\nNew York, NY 10001\nCounsel for Petitioner\nWilliam C. Minick [ARGUED]\nWashington, DC 20044\nCounsel for Respondent\n"
        let body = "RENDELL, Circuit Judge.\nJimmy Johnson petitions for review of a Board of\nImmigration Appeals order reversing a decision of the immigration judge.\n"
        let document = extract(head + "OPINION OF THE COURT\n" + body)
        #expect(document.caption?.title == "OPINION OF THE COURT")
        #expect(document.caption?.court?.id == "ca3")
        #expect(document.signature?.author == "RENDELL")
        // The court's own heading lines stay its heading, no title.
        let untitled = extract(head + body)
        #expect(untitled.caption?.title == nil)
        #expect(untitled.caption?.court?.id == "ca3")
    }

    @Test func mixedCaseWriterIsOneWordNotTheCourtBelowsName() {
        // Corpus/mentions/ohioctapp10-2017-state-v-rexrode.txt: the court below's name runs into the
        // writer's line; the writer is the name in capitals.
        let head = "[Cite as State v. Rexrode, 2017-Ohio-8837.] IN THE COURT OF APPEALS OF OHIO TENTH APPELLATE DISTRICT State of Ohio, : Plaintiff-Appellee, : No. 17AP-224 v. : Jacob C. Rexrode, : Defendant-Appellant. : DECISION Rendered on December 5, 2017 On brief: Richard C. Pfeiffer, Jr., City Attorney, for appellee."
        let document = extract(head + " APPEAL from the Franklin County Municipal Court SADLER, J. {\u{B6} 1} Defendant-appellant, Jacob C. Rexrode, appeals from the judgment entry.\n")
        #expect(document.signature?.author == "SADLER")
        #expect(document.signature?.title == "J.")
    }

    @Test func deliveredByAJudgeOrWithASuffix() {
        // Arizona's and Colorado's Courts of Appeals: the judge's title before the name, `decision`
        // as well as `opinion`.
        let arizona = extract("No. 1 CA-CV 19-0123\n\nJudge Kent E. Cattani delivered the opinion of the Court, in which Presiding Judge Paul J. McMurdie and Judge Randall M. Howe joined.\n\n\u{B6}1 The question is whether the statute applies.\n")
        #expect(arizona.signature?.author == "Kent E. Cattani")
        #expect(arizona.signature?.title == "Judge")
        let memorandum = extract("No. 1 CA-CR 19-0123\n\nPresiding Judge Maria Elena Cruz delivered the decision of the Court, in which Judge Jennifer B. Campbell joined.\n\n\u{B6}1 John Doe appeals his convictions.\n")
        #expect(memorandum.signature?.author == "Maria Elena Cruz")
        #expect(memorandum.signature?.title == "Presiding Judge")
        #expect(extract("Court of Appeals No. 19CA0123\n\nJUDGE TAUBMAN delivered the Opinion of the Court.\nDailey and Fox, JJ., concur\n\nDefendant appeals.\n").signature?.author == "TAUBMAN")
        // Tennessee: a suffix after the name.
        let tennessee = extract("No. M2019-00123-CCA-R3-CD\n\nD. KELLY THOMAS, JR., J., delivered the opinion of the court, in which ROBERT W. WEDEMEYER and TIMOTHY L. EASTER, JJ., joined.\n\nThe Defendant appeals.\n")
        #expect(tennessee.signature?.author == "D. KELLY THOMAS, JR.")
        #expect(tennessee.signature?.title == "J.")
        // Judges named in the joining clause deliver nothing.
        #expect(extract("No. 1 CA-CV 19-0123\n\nThe panel, in which Judge Randall M. Howe joined, delivered its views.\n").signature?.author == nil)
    }

    @Test func writerWithAnInitialAfterTheFirstParagraphsNumber() {
        // Wisconsin's Court of Appeals: `¶1 JOAN F. KESSLER, J. This case …`.
        let document = extract("Appeal No. 2019AP123\n\nBefore Kessler, Brash and Dugan, JJ.\n\n\u{B6}1 JOAN F. KESSLER, J. This case involves a dispute over a lease.\n")
        #expect(document.signature?.author == "JOAN F. KESSLER")
        #expect(extract("Appeal No. 2019AP123\n\n\u{B6}1 JOAN F. KESSLER, J. Michael Roe and Ann Doe, for appellant.\n").signature?.author == nil)
    }

    @Test func bylineBeforeAFilingStamp() {
        // Pennsylvania's Commonwealth Court: `OPINION BY JUDGE McCULLOUGH   FILED: June 5, 2020`.
        let document = extract("No. 19-0123\n\nOPINION BY JUDGE McCULLOUGH                        FILED: June 5, 2020\n\nPetitioner appeals.\n")
        #expect(document.signature?.author == "McCULLOUGH")
        #expect(document.signature?.title == "JUDGE")
        // Words after the name on the same line, with no stamp, are no byline.
        #expect(extract("No. 19-0123\n\nOPINION BY JUDGE McCULLOUGH                        concerning the appeal\n\nPetitioner appeals.\n").signature?.author == nil)
    }

    /// Pennsylvania's Superior Court: `MEMORANDUM BY SHOGAN, J.: FILED NOVEMBER 13, 2018`, on its
    /// own line or run into a flattened head; the stamp after the byline's colon is the writing's
    /// date, and the head's `Appeal from the Judgment of Sentence Entered …` dates the court below's.
    @Test func aMemorandumBylineWithItsFilingStamp() {
        let own = extract("No. 1595 EDA 2017\n\nBEFORE: SHOGAN, J., NICHOLS, J., and STRASSBURGER, J.\nMEMORANDUM BY SHOGAN, J.: FILED NOVEMBER 13, 2018\nAppellant, Daniel Gilbert, appeals from the judgment of sentence.\n")
        #expect(own.signature?.author == "SHOGAN")
        #expect(own.date?.date == "2018-11-13")
        let head = "J-S16028-19 NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37 COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF : PENNSYLVANIA : v. : : : KENNETH ANDREW KOVALESKI : : Appellant : No. 824 MDA 2018 Appeal from the Judgment of Sentence Entered April 10, 2017 In the Court of Common Pleas of Lackawanna County Criminal Division at No(s): CP-35-CR-0002000-2012 BEFORE: OTT, J., MURRAY, J., and MUSMANNO, J. MEMORANDUM BY MURRAY, J.: FILED APRIL 16, 2019 Kenneth Andrew Kovaleski (Appellant) appeals from the judgment of sentence imposed after he pled guilty.\n"
        let flattened = extract(head)
        #expect(flattened.signature?.author == "MURRAY")
        #expect(flattened.date?.date == "2019-04-16")
        #expect(flattened.caption?.title == nil, "the publication note is no title")
        // Without the byline's stamp, the judgment's date below is still not the writing's.
        let below = extract(head.replacingOccurrences(of: " MEMORANDUM BY MURRAY, J.: FILED APRIL 16, 2019", with: ""))
        #expect(below.date?.date != "2017-04-10")
        // A title's words in capitals before a month are no stamp (`… COMPLAINT FILED FEBRUARY 11, 2022`).
        #expect(extract("ORDER ON THE MOTION TO DISMISS THE COMPLAINT FILED FEBRUARY 11, 2022\n\nThe motion is before the court.\n").date?.date == nil)
    }

    @Test func letterSpacedTitleSplitAtItsWideGap() {
        // The converter's wide gap between letter-spaced words (`M E M O R A N D U M   A N D   O R D E R`)
        // splits the title into cells; the cells of title words after it are the title's.
        let caption = "IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF KANSAS\n\nJOHN DOE,\n\n          Plaintiff,\n\nv.                                   Case No. 12-2486-KHV\n\nACME CORP.,\n\n          Defendant.\n\n\n"
        let title = extract(caption + "                 M E M O R A N D U M   A N D   O R D E R\n\nThis matter comes before the court on the motion.\n").caption?.title
        #expect(title?.filter { $0 != " " } == "MEMORANDUMANDORDER")
        #expect(extract(caption + "                 M E M O R A N D U M   O P I N I O N\n\nThis matter comes before the court.\n").caption?.title?.filter { $0 != " " } == "MEMORANDUMOPINION")
        // A cell that is no title word (a party's name) stays out of it.
        #expect(extract("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF KANSAS\n\nORDER     JOHN DOE\n\nThis matter comes before the court on the motion.\n").caption?.title == "ORDER")
    }

    @Test func texasClosingPanelLine() {
        // Corpus/citator/texapp12-2011-caldwell-v-114th-dist-ct.txt: the panel named after the
        // signature, where the head names none.
        let opinion = "In The\nCourt of Appeals\nTwelfth Court of Appeals District\nTyler, Texas\n\nNO. 12-11-00123-CV\n\nIN RE: JOHN CALDWELL,\nRELATOR\n\nMEMORANDUM OPINION\n\nThe petition for writ of mandamus is denied.\n\n"
        #expect(extract(opinion + "Opinion delivered June 30, 2011.\nPanel consisted of Worthen, C.J., Griffith, J., and Hoyle, J.\n").caption?.panel == ["Worthen", "Griffith", "Hoyle"])
        #expect(extract(opinion + "Panel consists of Chief Justice Radack, and Justices Alcala and Bland.\n").caption?.panel == ["Radack", "Alcala", "Bland"])
        // A sentence of prose about a panel names none.
        #expect(extract(opinion + "The panel consisted of three judges who heard the argument.\n").caption?.panel.isEmpty ?? true)
    }
}
