import Testing
@testable import LegalCite

/// Panels, authors, signers, titles and the document's date on the heads of issue 13: `Before`
/// alone on a line, bench lines with no label, the court below's judge, flattened heads, clerk's
/// stamps. Each example is shaped on a real document of `Corpus/captions/` or the shared corpus.
@Suite("Judges, titles and dates of the head")
struct JudgesAndDatesTests {
    @Test func panelUnderBeforeAloneOnALine() {
        let document = extract("""
                   United States Court of Appeals
                       For the First Circuit

            No. 97-2380

                       FREDERIC S. CLAYTON,

                       Petitioner, Appellant,

                                  v.

                  COMMISSIONER OF INTERNAL REVENUE,

                        Respondent, Appellee.

                                Before

                        Selya, Circuit Judge,

            Rosenn* and Campbell, Senior Circuit Judges.

            Robert S. Grodberg with whom Zimble & Brettler was on brief for appellants.
            """)
        #expect(document.caption?.panel == ["Selya", "Rosenn", "Campbell"])
        #expect(document.caption?.title == nil, "`ON APPEAL FROM THE DECISION OF` names no title")
    }

    @Test func beforeInProseIsNoPanel() {
        let document = extract("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF KANSAS

            Before the Court is Plaintiff's Motion for Discovery, which the Court denies for the reasons below.
            """)
        #expect(document.caption?.panel ?? [] == [])
    }

    @Test func namesOfPanelLists() {
        #expect(OpinionHeadReader.panelNames("Judges EDWARD A. DUFRESNE, JR., MARION F. EDWARDS, and MADELINE JASMINE, Pro Tempore.")
                == ["EDWARD A. DUFRESNE, JR.", "MARION F. EDWARDS", "MADELINE JASMINE"])
        #expect(OpinionHeadReader.panelNames("MIKVA and EDWARDS, Circuit Judges, and VAN PELT, Senior District Judge for the District of Nebraska.")
                == ["MIKVA", "EDWARDS", "VAN PELT"])
        #expect(OpinionHeadReader.panelNames("Nakayama, Acting C.J., McKenna, Wilson, and Eddins, JJ., and Circuit Judge DeWeese, in place of Recktenwald, C.J., recused)")
                == ["Nakayama", "McKenna", "Wilson", "Eddins", "DeWeese"])
        #expect(OpinionHeadReader.panelNames("Lihotz, Espinosa and St. John. On appeal from Superior Court of New Jersey, Chancery Division")
                == ["Lihotz", "Espinosa", "St. John"])
        #expect(OpinionHeadReader.panelNames("HONORABLE RENÉE COHN JUBELIRER, President Judge\nHONORABLE STACY WALLACE, Judge (P.)\nHONORABLE BONNIE BRIGANCE LEADBETTER, Senior Judge")
                == ["RENÉE COHN JUBELIRER", "STACY WALLACE", "BONNIE BRIGANCE LEADBETTER"])
        // A judge's initial is part of the name, not the title `J.`.
        #expect(OpinionHeadReader.panelNames("JOHN J. SMITH and MARY K. JONES, Circuit Judges.") == ["JOHN J. SMITH", "MARY K. JONES"])
        #expect(OpinionHeadReader.panelNames("the Court has reviewed the record and the briefs") == [])
    }

    @Test func benchLineWithoutALabel() {
        let document = extract("""
            - 932 -
            Nebraska Supreme Court Advance Sheets

            State of Nebraska, appellee, v. Joshua Schwaderer, appellant.

               Douglas J. Peterson, Attorney General, and Nathan A. Liss
            for appellee.
               Heavican, C.J., Wright, Miller-Lerman, Cassel, Stacy,
            Kelch, and Funke, JJ.
               Cassel, J.
                                  I. INTRODUCTION
            """)
        #expect(document.caption?.panel == ["Heavican", "Wright", "Miller-Lerman", "Cassel", "Stacy", "Kelch", "Funke"])
        #expect(document.signature?.author == "Cassel")
        #expect(document.signature?.title == "J.")
        // One judge's line is no bench.
        let single = extract("""
            State of Nebraska, appellee, v. Joshua Schwaderer, appellant.

               Cassel, J.
                                  I. INTRODUCTION
            """)
        #expect(single.caption?.panel ?? [] == [])
    }

    @Test func theJudgeOfTheCourtBelowIsNoAuthor() {
        let document = extract("""
                                  IN THE DISTRICT COURT OF APPEAL
                                  OF FLORIDA
                                  SECOND DISTRICT

            RALPH LEON JAMES,                            )
                          Appellant,                     )
            v.                                           )      Case No. 2D14-5263
            CITY OF TAMPA,                               )
                          Appellee.                      )

            Opinion filed June 10, 2016.

            Appeal from the Circuit Court for
            Hillsborough County; Steven Scott
            Stephens, Judge.

            Thomas John Dandar of Dandar Law Group, P.A., Tampa, for Appellant.


            WALLACE, Judge.

                          Ralph Leon James appeals a final judgment entered after a jury trial on his claims.
            """)
        #expect(document.signature?.author == "WALLACE")
        #expect(document.date?.date == "2016-06-10")
    }

    @Test func authorsOfFlattenedHeads() {
        let oregon = extract("Loring v. Commissioner Doc. 25 IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON MARY MARGARET LORING, Case No.: 6:10-cv-06273-SI Plaintiff OPINION AND ORDER v. MICHAEL J. ASTRUE, Defendant. KATHRYN TASSINARI Drew L. Johnson P.C. Of Attorneys for Plaintiff SIMON, District Judge, On October 11, 2007, Plaintiff Mary Margaret Loring applied for Social Security Disability Insurance Benefits and the Commissioner denied her applications.")
        #expect(oregon.signature?.author == "SIMON")
        #expect(oregon.signature?.title == "District Judge")
        let michigan = extract("STATE OF MICHIGAN COURT OF APPEALS KEITH A. FOWLER, UNPUBLISHED July 15, 2010 Plaintiff-Appellant, v JACK'S CORNER STORES, No. 291020 Defendant-Appellee. Before: TALBOT, P.J., and FITZGERALD and DAVIS, JJ. PER CURIAM. Plaintiffs appeal as of right the grant of summary disposition in favor of defendants in this product liability action. We affirm the judgment of the circuit court in all respects.")
        #expect(michigan.signature?.author == "PER CURIAM")
        #expect(michigan.caption?.panel == ["TALBOT", "FITZGERALD", "DAVIS"])
        #expect(michigan.date?.date == "2010-07-15")
        // A judge of the court below in a flattened head is no author.
        let arizona = extract("IN THE COURT OF APPEALS STATE OF ARIZONA DIVISION TWO STATE OF ARIZONA, Plaintiff/Appellee, v. ROBINSON CATTLE, LLC, Defendant/Appellant. APPEAL FROM THE SUPERIOR COURT OF PIMA COUNTY Cause No. C20086158 Honorable STEPHEN C. VILLARREAL, Judge AFFIRMED Thomas C. Horne, Arizona Attorney General By David F. Jacobs Tucson Attorneys for Plaintiff/Appellee and the appellant who appeals from the trial court's grant of summary judgment in favor of the State.")
        #expect(arizona.signature?.author == nil)
    }

    @Test func authorInTheRightColumn() {
        let document = extract("""
                                                         COURT OF APPEALS OF VIRGINIA
            UNPUBLISHED


                          Present: Judges Huff, Raphael and Lorish


                          DESTINI MURPHY
                                                                                        MEMORANDUM OPINION* BY
                          v.     Record No. 0201-22-4                                      JUDGE GLEN A. HUFF
                                                                                            SEPTEMBER 13, 2022
                          AN DANG


                                                FROM THE CIRCUIT COURT OF FAIRFAX COUNTY
                                                           Penney S. Azcarate, Judge

                                           (Destini Murphy, on brief), pro se. Appellant submitting on brief.
            """)
        #expect(document.signature?.author == "GLEN A. HUFF")
        #expect(document.caption?.panel == ["Huff", "Raphael", "Lorish"])
        #expect(document.caption?.title == "MEMORANDUM OPINION")
        #expect(document.date?.date == "2022-09-13")
    }

    @Test func signersOfDocketTextAndBlocks() {
        let docket = extract("ORDER AND REPORT AND RECOMMENDATION: The clerk of court is directed to change the docket. Signed by MAGISTRATE JUDGE ELIZABETH M TIMOTHY on 2/4/2009. (jws)")
        #expect(docket.signature?.judge == "Elizabeth M Timothy")
        #expect(docket.signature?.title == "MAGISTRATE JUDGE")
        #expect(docket.signature?.date == "2009-02-04")
        let bare = extract("MEMORANDUM OPINION AND ORDER granting the motion to dismiss. Signed on 12/23/11 by Judge Michael H. Simon. (mja)")
        #expect(bare.signature?.judge == "Michael H. Simon")
        #expect(bare.signature?.date == "2011-12-23")
        let block = extract("""
                SO ORDERED on June 6, 2023
                                              /s/JON E. DEGUILIO
                                              CHIEF JUDGE
                                              UNITED STATES DISTRICT COURT
            """)
        #expect(block.signature?.judge == "Jon E. Deguilio")
        #expect(block.signature?.title == "CHIEF JUDGE")
        #expect(block.signature?.date == "2023-06-06")
        let tenth = extract("""
                 The judgment of the United States District Court for the Western District of Oklahoma is AFFIRMED.

                                                              Entered for the Court

                                                              Michael R. Murphy
                                                              Circuit Judge
            """)
        #expect(tenth.signature?.judge == "Michael R. Murphy")
        #expect(tenth.signature?.title == "Circuit Judge")
        let newYork = extract("""
                                ORDERED that the motion is denied.

                                4/25/2025                                                                $SIG$
                                  DATE                                                           JOHN J. KELLEY, J.S.C.
            """)
        #expect(newYork.signature?.judge == "John J. Kelley")
        #expect(newYork.signature?.title == "J.S.C.")
    }

    @Test func datesOfClerksStamps() {
        let arizona = extract("NOTICE: THIS DECISION DOES NOT CREATE LEGAL PRECEDENT. FILED BY CLERK JUN 15 2011 IN THE COURT OF APPEALS STATE OF ARIZONA DIVISION TWO")
        #expect(arizona.date?.date == "2011-06-15")
        let ninth = extract("""
                                                                                       FILED
                                        NOT FOR PUBLICATION                             JUN 29 2011

                                 UNITED STATES COURT OF APPEALS
            """)
        #expect(ninth.date?.date == "2011-06-29")
        #expect(ninth.date?.kind == .filed)
        let iowa = extract("""
            IN THE COURT OF APPEALS OF IOWA
            No. 9-906 / 09-0559
            March 10, 2010.*57 Randall G. Sease, Hartley, for appellant.
            """)
        #expect(iowa.date?.date == "2010-03-10")
        let alabama = extract("REL: 08/24/2012 Notice: This opinion is subject to formal revision before publication.")
        #expect(alabama.date?.date == "2012-08-24")
        // Corpus/captions/tax-1998-dillon: a LexisNexis head writes the label after the date.
        let lexis = extract("United States Tax Court T.C. Memo 1998-5; 1998 Tax Ct. Memo LEXIS 5; 75 T.C.M. (CCH) 1518;January 5, 1998, FiledJames S. Black, Jr., for petitioners.")
        #expect(lexis.date?.date == "1998-01-05")
        #expect(lexis.date?.kind == .filed)
        // alaskactapp-2000-ward: the opinion's number and date in brackets.
        #expect(extract("O P I N I O N STATE OF ALASKA, ) ) Appellee. ) [No. 1664 February 25, 2000] ) Appeal from the Superior Court").date?.date == "2000-02-25")
        // cand-2017-hunter: Justia's docket entry text; a filing's date in prose is not (below).
        let justia = extract("ORDER GRANTING DEFENDANT'S MOTION TO DISMISS WITH LEAVE TO AMEND 22 . (Illston, Susan) (Filed on 2/13/2017)\n\nDownload PDF\n")
        #expect(justia.date?.date == "2017-02-13")
        #expect(extract("The motion to compel, filed on 2/13/2017, is denied as moot; the case, decided December 4, 2016, stands.").date?.date == nil)
        // A pleading's filing date in prose is not the document's.
        let prose = extract("""
            IN THE SUPREME COURT OF THE STATE OF HAWAII

            Upon consideration of the request filed on December 15, 2022, and the record, the complaint is dismissed.
            """)
        #expect(prose.date == nil)
    }

    /// A head's `Filing Date:` (New Mexico, Corpus/captions/nm-2023-kincaid) and `Date Decided:`
    /// (Delaware Chancery's letter, delch-2018-ravenswood) date the writing, not a signing, also
    /// where a short text's end is its head; a `Date:` line at the end is still a signing's.
    @Test func headDatesAreNoSigningDates() {
        let newMexico = extract("1 IN THE SUPREME COURT OF THE STATE OF NEW MEXICO 2 Filing Date: July 13, 2023 3 No. S-1-SC-39399 4 TERESA KINCAID, 5 Petitioner-Appellee,")
        #expect(newMexico.signature?.date == nil)
        let chancery = extract("VICE CHANCELLOR Telephone: (302) 739-4397 Date Submitted: April 6, 2018 Date Decided: April 27, 2018 R. Bruce McNew, Esquire")
        #expect(chancery.signature?.date == nil)
        #expect(chancery.date?.date == "2018-04-27")
        // Louisiana's head (Corpus/captions/la-2017-state-v-king) names the day opinions were handed down.
        let louisiana = extract("The Opinions handed down on the 18th day of September, 2017, are as follows:\n\nBY Hughes, J.:")
        #expect(louisiana.signature?.date == nil)
        #expect(louisiana.date?.date == "2017-09-18")
        #expect(louisiana.date?.kind == .decided)
        #expect(extract("SIGNED on this 18th day of September, 2017.\n\n/s/ Mary Roe\n").signature?.date == "2017-09-18")
        let signed = extract("The motion is denied.\n\nDate: June 4, 2012\n\n/s/ Mary Roe\nUnited States District Judge\n")
        #expect(signed.signature?.date == "2012-06-04")
    }

    @Test func titlesOfFlattenedCaptions() {
        let texas = extract("UNITED STATES DISTRICT COURT SOUTHERN DISTRICT OF TEXAS HOUSTON DIVISION ANTONIO DUDLEY, § § Petitioner, § VS. § § T.D.C.J. PAROLE DIVISION AGENCY, et al, § § Respondents. § CIVIL ACTION NO. 4:14-CV-1592 OPINION ON DISMISSAL Petitioner Antonio Dudley, an inmate, filed a petition for a writ of habeas corpus under 28 U.S.C. § 2254 challenging his commitment by Parole Division officials.")
        #expect(texas.caption?.title == "OPINION ON DISMISSAL")
        let mississippi = extract("IN THE UNITED STATES BANKRUPTCY COURT FOR THE SOUTHERN DISTRICT OF MISSISSIPPI IN RE: OSCAR CLEMONS, JR. CASE NO. 1103184EE Debtor Edward Ellington, Judge MEMORANDUM OPINION ON THE COMPLAINT OBJECTING TO DISCHARGEABILITY OF DEBT THIS MATTER came before the Court on July 26, 2012, for trial on the Complaint Objecting to Dischargeability of Debt filed by the creditor.")
        #expect(mississippi.caption?.title == "MEMORANDUM OPINION ON THE COMPLAINT OBJECTING TO DISCHARGEABILITY OF DEBT")
        let georgia = extract("IN THE UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF GEORGIA STATESBORO DIVISION LEVON BURCH, Plaintiff, CIVIL ACTION NO.: 6:17-cv-137 v. WILLIAM SUSSMAN, Defendant. ORDER and MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION Plaintiff, who is currently housed at Smith State Prison in Glennville, Georgia, filed a Complaint in this Court.")
        #expect(georgia.caption?.title == "ORDER and MAGISTRATE JUDGE'S REPORT AND RECOMMENDATION")
        let spaced = extract("""
                                   UNITED STATES DISTRICT COURT
                                   MIDDLE DISTRICT OF ALABAMA

            JAMES HAMILTON,                    )
                 Plaintiff,                    )
            v.                                 )   CASE NO. 2:22-cv-00001
            JEFFERSON DUNN,                    )
                 Defendant.                    )

                                     O R D E R

            Before the Court is the Recommendation of the Magistrate Judge, to which no party has objected in time.
            """)
        #expect(spaced.caption?.title == "O R D E R")
    }
}
