import Testing
@testable import LegalCite

/// The signature round of 2026-12-04 (branch sig11): the writer who signs above the concurring
/// judges' label, head dates that are a sentence's or a page header's, North Carolina's day-first
/// filing date, a flattened Texas panel and byline, a site's `Judges:` field, a head's dating line.
/// Each example is the text of a real document (named), with negatives.
@Suite("Writer over a concurrence, head dates, flattened bylines")
struct WriterAndHeadDateTests {
    @Test func theWriterSignsAboveTheConcurrenceLabel() {
        // Corpus/captions/calctapp-2013-people-v-tucker.txt (the end of the opinion).
        let tucker = extract("""
                                  DISPOSITION

                 The judgment is affirmed.




                                                   O'ROURKE, J.

            WE CONCUR:


            McCONNELL, P. J.


            HALLER, J.
            """)
        #expect(tucker.signature?.judge?.lowercased() == "o'rourke")
        #expect(tucker.signature?.title == "J.")
        #expect(tucker.signature?.author == nil)
        // Corpus/captions/calctapp-2013-cobaugh-v-reiter.txt: a short opinion, whose head window
        // reaches the end; neither the writer nor a concurring judge is a head's author.
        let cobaugh = extract("""
            Filed 7/16/13 Cobaugh v. Reiter CA6

                          IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA

                                                  SIXTH APPELLATE DISTRICT

                 The judgment is reversed pursuant to the stipulation of the parties. Each party to
            bear its own attorney fees and costs on appeal. The remittitur shall issue forthwith.


                                                        ______________________________________
                                                                   RUSHING, P.J.


            WE CONCUR:


            ____________________________________
                       PREMO, J.


            ____________________________________
                       ELIA, J.
            """)
        #expect(cobaugh.signature?.judge?.lowercased() == "rushing")
        #expect(cobaugh.signature?.title == "P.J.")
        #expect(cobaugh.signature?.author == nil)
        // A sentence above the label is no writer's line.
        let prose = extract("""
                 The judgment is affirmed. Costs to respondent, Smith, J.

            WE CONCUR:

            HALLER, J.
            """)
        #expect(prose.signature?.judge == nil)
    }

    @Test func aDateWrappedFromASentenceIsNoHeadDate() {
        // Corpus/captions/pacommwct-2020-kessler-v-dot.txt.
        let kessler = extract("""
            MEMORANDUM OPINION
            BY JUDGE CEISLER                                             FILED: October 13, 2020

                  Timothy Kessler (Licensee) appeals from the November 28, 2018 Order of
            the Court of Common Pleas of Dauphin County (Trial Court) denying his statutory
            appeal from the one-year suspension of his operating privilege.
                   On July 12, 2018, DOT mailed a notice to Licensee stating that his operating
            privilege would be suspended. Licensee timely appealed to the Trial Court, which held a de novo hearing on
            November 28, 2018.
            """)
        #expect(kessler.date?.date == "2020-10-13")
        // A date line under a court's line (a casetext head) is still the head's date.
        let casetext = extract("""
            Specialized Technology Resources, Inc. vs. JPS Elastomerics Corp.

            Appeals Court of Massachusetts. Hampshire
            Nov 23, 2011
            80 Mass. App. Ct. 841 (Mass. App. Ct. 2011)
            """)
        #expect(casetext.date?.date == "2011-11-23")
    }

    @Test func northCarolinasDayFirstFilingDate() {
        // Corpus/captions/ncctapp-2017-state-v-perry.txt (flattened).
        let perry = extract("IN THE COURT OF APPEALS OF NORTH CAROLINA No. COA16-768 Filed: 20 June 2017 Mecklenburg County, Nos. 14CRS18572, 218077-78; 15CRS16011 STATE OF NORTH CAROLINA, v. JUSTIN LEE PERRY, Defendant.")
        #expect(perry.date?.date == "2017-06-20")
        // A trial court's entry in prose is no label.
        let entered = extract("Appeal by defendant from judgments entered 14 April 2016 by Judge Hugh B. Lewis in Mecklenburg County Superior Court.")
        #expect(entered.date == nil)
    }

    @Test func aFlattenedTexasPanelAndByline() {
        // Corpus/captions/texapp-2008-simpson-v-state.txt.
        let simpson = extract("NUMBER 13-07-00489-CR COURT OF APPEALS THIRTEENTH DISTRICT OF TEXAS CORPUS CHRISTI - EDINBURG KELLY O’BRIEN SIMPSON, Appellant, v. THE STATE OF TEXAS, Appellee. On appeal from the 94th District Court of Nueces County, Texas. MEMORANDUM OPINION Before Justices Rodriguez, Garza, and Vela Memorandum Opinion by Justice Garza Appellant, Kelly O’Brien Simpson, was charged by indictment with solicitation of capital murder.")
        #expect(simpson.caption?.panel == ["Rodriguez", "Garza", "Vela"])
        #expect(simpson.signature?.author == "Garza")
        #expect(simpson.signature?.title == "Justice")
        // On a short line of prose the words are no byline.
        let short = extract("See the Memorandum Opinion by Justice Garza In re Smith, at 4.")
        #expect(short.signature?.author == nil)
    }

    @Test func aSitesJudgesFieldIsAPanelOnlyWithThreeNames() {
        // Corpus/captions/mad-2008-stefanik-v-reno.txt: the district judge and the magistrate judge.
        let district = extract("""
            DocketNumber: C.A. 06-30049-MAP
            Judges: Ponsor, Neiman
            Filed Date: 3/13/2008
            United States District Court, D. Massachusetts.
            PONSOR, District Judge.
            This is an action asserting civil rights violations.
            """)
        #expect(district.caption?.panel ?? [] == [])
        // Corpus/captions/texapp14-1997-mellon-service-v-touche-ross.txt: an appellate panel.
        let appellate = extract("""
            DocketNumber: 14-95-00385-CV
            Judges: Amidei, Fowler, Edelman
            Filed Date: 8/14/1997
            """)
        #expect(appellate.caption?.panel == ["Amidei", "Fowler", "Edelman"])
    }

    @Test func anAppellatePageHeaderIsNoSigningDate() {
        // Corpus/captions/ca5-2012-united-states-v-santacruz-naranjo.txt: the header of each page.
        let header = extract("""
                Case: 12-40605     Document: 00512089761     Page: 2   Date Filed: 12/19/2012

                                              No. 12-40605

            and the APPEAL IS DISMISSED. See 5TH CIR. R. 42.2.
            """)
        #expect(header.signature?.date == nil)
        // A dating line with the same date is a signing.
        let dated = extract("""
            and the APPEAL IS DISMISSED.

            Dated: 12/19/2012
            """)
        #expect(dated.signature?.date == "2012-12-19")
    }

    @Test func aDatingLineAboveTheAuthorDatesTheHead() {
        // Corpus/captions/ohctapp9wayne-2019-state-v-fridley.txt (a short excerpt).
        let fridley = extract("""
                DECISION AND JOURNAL ENTRY
                Dated: August 26, 2019
                TEODOSIO, Presiding Judge.
                {¶1}     Defendant-Appellant, Bryan Fridley, appeals from the judgment of the Wayne
                County Municipal Court. This Court affirms.
            """)
        #expect(fridley.signature?.author == "TEODOSIO")
        #expect(fridley.signature?.date == nil)
        #expect(fridley.date?.date == "2019-08-26")
        // A dating line after the body, below the author's line, is the signing's.
        let signed = extract("""
                TEODOSIO, Presiding Judge.
                {¶1}     Defendant-Appellant, Bryan Fridley, appeals from the judgment of the Wayne
                County Municipal Court. This Court affirms.
                Judgment affirmed.
                Dated: August 26, 2019
            """)
        #expect(signed.signature?.date == "2019-08-26")
    }

    @Test func ohiosConcurLabelFollowsTheConcurringJudges() {
        // shared/corpus/documents/eyecitets_cl2706001_state.txt (Ohio Ninth District): the names
        // above `CONCUR.` are the concurring judges', not the writer's.
        let ohio = extract("""
                    MOORE, Judge.

                 {¶1} Defendant-Appellant appeals from the judgment of the Summit County Court.

            Judgment affirmed.

            BELFANCE, P. J.
            CARR, J.
            CONCUR.

            APPEARANCES:
            """)
        #expect(ohio.signature?.judge == nil)
        #expect(ohio.signature?.author == "MOORE")
    }

    @Test func writersLinesOfOfficialReportsAndCircuitHeads() {
        // Corpus/captions/calctapp-1986-jimenez-v-pacific-western-construction.txt: the dash after the title.
        let dashed = extract("""
            Counsel for Defendant and Respondent.

            OPINION

            FRANSON, Acting P.J. —

            Appellants appeal from a judgment of dismissal.
            """)
        #expect(dashed.signature?.author == "FRANSON")
        #expect(dashed.signature?.title == "Acting P.J.")
        // A dissent's line with a dash is no writer's.
        let dissent = extract("""
            OPINION

            SMITH, J. - dissenting.

            I respectfully dissent.
            """)
        #expect(dissent.signature?.author == nil)
        // Corpus/captions/cadc-1985-atlanta-gas-light-v-ferc.txt.
        let dc = extract("""
            Before BORK and SCALIA, Circuit Judges, and WILLIAMS, Senior Judge of the United States District Court for the Central District of California.
            Sitting by designation pursuant to 28 U.S.C. § 294(d).
            Opinion for the Court filed by Circuit Judge SCALIA.
            Atlanta Gas Light Company petitions under 15 U.S.C. § 3416(a)(4) for review of an order.
            """)
        #expect(dc.signature?.author == "SCALIA")
        #expect(dc.signature?.title == "Circuit Judge")
        // shared/corpus/documents/eyecitets_cl9372001_appellate.txt: the name on the next line.
        let wrapped = extract("""
               Opinion for the Court filed by Senior Circuit Judge
            EDWARDS.
            """)
        #expect(wrapped.signature?.author == "EDWARDS")
        // A separate opinion's line is not the court's.
        let views = extract("""
                Additional views filed by Circuit Judge PLAGER.
            """)
        #expect(views.signature?.author == nil)
    }

    @Test func writersRunIntoAFlattenedHead() {
        // Corpus/captions/paed-2021-telesford-v-saul.txt (ecases, the PDF flattened onto one line).
        let telesford = extract("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF PENNSYLVANIA LAMBERT O. TELESFORD, : Plaintiff, : CIVIL ACTION : v. : : NO. 20-5439 KILOLO KIJAKAZI,1 : Acting Commissioner of Social Security : Defendant. : MEMORANDUM OPINION DAVID R. STRAWBRIDGE UNITED STATES MAGISTRATE JUDGE November 30, 2021 This action was brought pursuant to 42 U.S.C. § 405(g), seeking judicial review.")
        #expect(telesford.signature?.author == "DAVID R. STRAWBRIDGE")
        #expect(telesford.signature?.title == "UNITED STATES MAGISTRATE JUDGE")
        // Corpus/captions/uscfc-2016-dellew-v-united-states.txt.
        let dellew = extract("Eric Scott Crusius, Miles & Stockbridge, P.C., Tysons Corner, VA, attorney for defendant- intervenor. OPINION AND ORDER SMITH, Senior Judge This bid protest arises out of the problem at the very core of procurement, the evaluation of proposals, and it is decided on the record.")
        #expect(dellew.signature?.author == "SMITH")
        #expect(dellew.signature?.title == "Senior Judge")
        // An order's title naming a judge's office is no writer.
        let referral = extract("The parties have consented to the referral, and the Court enters its ORDER REFERRING CASE TO MAGISTRATE JUDGE Pursuant to 28 U.S.C. § 636(c), the case is referred for all further proceedings, including trial and the entry of a final judgment.")
        #expect(referral.signature?.author == nil)
        // Corpus/captions/ohctapp4scioto-2018-state-v-luther.txt: before the first paragraph's mark,
        // and the journal's date.
        let luther = extract("Portsmouth City Assistant Solicitor, Portsmouth, Ohio, for appellee. _________________________________________________________________ CRIMINAL APPEAL FROM MUNICIPAL COURT DATE JOURNALIZED:4-11-18 ABELE, J. {¶ 1} This is an appeal from a Portsmouth Municipal Court judgment of conviction and sentence.")
        #expect(luther.signature?.author == "ABELE")
        #expect(luther.signature?.title == "J.")
        #expect(luther.date?.date == "2018-04-11")
        // Corpus/captions/md-2010-proctor-v-wmata.txt: the byline with the name first.
        let proctor = extract("IN THE COURT OF APPEALS OF MARYLAND Misc. No. 1 September Term, 2009 SYLVESTER L. PROCTOR, et ux. v. WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY Bell, C.J. Harrell Battaglia Greene Murphy Adkins Barbera, JJ. Opinion by Greene, J. Filed: March 25, 2010 This case comes to us on certified questions.")
        #expect(proctor.signature?.author == "Greene")
        #expect(proctor.signature?.title == "J.")
    }

    @Test func thePlaceBetweenTheDatingLabelAndTheDate() {
        // The District of Hawaii's and the Southern District of New York's dating line.
        let honolulu = extract("""
            IT IS SO ORDERED.

            DATED: Honolulu, Hawaii, March 5, 2020.

                                           /s/ Derrick K. Watson
                                           United States District Judge
            """)
        #expect(honolulu.signature?.date == "2020-03-05")
        #expect(honolulu.signature?.place == "Honolulu, Hawaii")
        // Words that are no city and state are no place.
        let words = extract("""
            SO ORDERED.

            Dated: Signed and entered, March 5, 2020.
            """)
        #expect(words.signature?.date == "2020-03-05")
        #expect(words.signature?.place == nil)
    }

    @Test func sanAntoniosSittingPanelAndAFlattenedBefore() {
        // Corpus/captions/texapp-2013-ryder-v-fayette-county.txt: one justice a line, each with a
        // title; the field line after the list ends it.
        let ryder = extract("""
                Honorable Barbara Hanson Nellermoe, Judge Presiding
                Opinion by:       Catherine Stone, Chief Justice
                Sitting:          Catherine Stone, Chief Justice
                Marialyn Barnard, Justice
                Luz Elena D. Chapa, Justice
                Delivered and Filed: August 30, 2013
                AFFIRMED
            """)
        #expect(ryder.caption?.panel == ["Catherine Stone", "Marialyn Barnard", "Luz Elena D. Chapa"])
        // Corpus/captions/bap10-2021-wellers-v-peters.txt: a head flattened into one line.
        let wellers = extract("NOT FOR PUBLICATION Chapter 7 OPINION Appeal from the United States Bankruptcy Court for the District of Colorado Before CORNISH, MICHAEL, and HALL, Bankruptcy Judges. CORNISH, Bankruptcy Judge. Debtor appeals the bankruptcy court's order.")
        #expect(wellers.caption?.panel == ["CORNISH", "MICHAEL", "HALL"])
        // `Before` in prose before words in capitals is no panel.
        let prose = extract("Before FILING the motion, counsel conferred with the Clerk of the Court about the schedule.")
        #expect(prose.caption?.panel ?? [] == [])
    }

    @Test func headDatesOfStateAppellateLayouts() {
        // Corpus/captions/gactapp-2005-rokowski-v-gilbert.txt: Georgia's line in capitals.
        let georgia = extract("""
            Opinion
            A05A0993.
            DECIDED AUGUST 31, 2005.
            Adoption. Lowndes Superior Court. Before Judge Cowart.
            """)
        #expect(georgia.date?.date == "2005-08-31")
        #expect(georgia.date?.kind == .decided)
        // A title in capitals that names a filing's date is still no head date.
        let title = extract("""
            ORDER ON PLAINTIFF'S MOTION TO STRIKE THE AMENDED COMPLAINT
            FILED FEBRUARY 11, 2022
            The motion is denied.
            """)
        #expect(title.date == nil)
        // Corpus/captions/michctapp-2022-huth-v-bishop.txt: Michigan's right column.
        let michigan = extract("""
                                        STATE OF MICHIGAN

                                         COURT OF APPEALS


            ROBERT R. HUTH, JR., Personal Representative of                         UNPUBLISHED
            the ESTATE OF EVELYN R. RAGSDALE,                                       December 22, 2022

                            Plaintiff-Appellee,
            """)
        #expect(michigan.date?.date == "2022-12-22")
        // Corpus/captions/ohctapp4lawrence-2023-state-v-rister.txt and
        // ohctapp4pickawa-2011-fifth-third-mortgage-v-rankin.txt: Ohio's Fourth District.
        let released = extract("Case No. 21CA17 DECISION AND JUDGMENT ENTRY RELEASED: 04/18/2023 APPEARANCES:")
        #expect(released.date?.date == "2023-04-18")
        let stamped = extract("""
            Defendants-Appellants. : File-stamped date: 6-02-11
            APPEARANCES:
            """)
        #expect(stamped.date?.date == "2011-06-02")
        #expect(stamped.date?.kind == .filed)
        // Corpus/captions/illappct-2010-people-v-shorty.txt: the reporter's page star after the date line.
        let starred = extract("""
            Lloyd SHORTY, Defendant-Appellant.No. 3-08-0994. Appellate Court of Illinois, Third District.
            August 19, 2010. *648 Bryon Kohut, Office of the State Appellate Defender, Ottawa, IL, for Appellant.
            """)
        #expect(starred.date?.date == "2010-08-19")
    }
}
