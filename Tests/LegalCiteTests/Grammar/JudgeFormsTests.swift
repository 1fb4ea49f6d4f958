import Testing
@testable import LegalCite

/// The forms of issue 13's second round: bylines with the title first, run-in author lines,
/// benches of sentences, columns and `Js.`, dating lines with the place before or after the date,
/// two-column dating blocks, and the `argued` and `submitted` kinds. Each example is a line of a
/// real document (named), with negatives.
@Suite("Judge forms: bylines, benches, dating lines")
struct JudgeFormsTests {
    @Test func bylineWithTheTitleBeforeTheName() {
        // shared/corpus eyecitets_cl10758001_state.txt (Tex. App.—Dallas).
        let texas = extract("""
                             In The
                     Court of Appeals
              Fifth District of Texas at Dallas
                   No. 05-23-00712-CV

                Before Justices Molberg, Breedlove, and Kennedy
                           Opinion by Justice Kennedy

            Oncor appeals the trial court's judgment.
            """)
        #expect(texas.signature?.author == "Kennedy")
        #expect(texas.signature?.title == "Justice")
        #expect(texas.caption?.panel == ["Molberg", "Breedlove", "Kennedy"])
        // A dissent's byline names no writer of the opinion.
        let dissent = extract("""
                           Dissenting Opinion by Justice Kennedy

            I respectfully dissent.
            """)
        #expect(dissent.signature?.author == nil)
    }

    @Test func bylineOverABenchColumn() {
        // Corpus/captions/md-2017-smith-v-state.txt: the chief's line is the bench's, not the author's.
        let document = extract("""
                                         IN THE COURT OF APPEALS OF MARYLAND

                                                 No. 80

                                                Barbera, C.J.
                                                Greene,
                                                Adkins,
                                                McDonald,
                                                Watts,
                                                Hotten,
                                                Getty,

                                                             JJ.
                                           ______________________________________

                                                     Opinion by Greene, J.
                                           ______________________________________

            We hold that the trial court erred.
            """)
        #expect(document.signature?.author == "Greene")
        #expect(document.signature?.title == "J.")
        #expect(document.caption?.panel == ["Barbera", "Greene", "Adkins", "McDonald", "Watts", "Hotten", "Getty"])
        // `JJ.` alone under prose is no bench.
        let prose = extract("""
            The parties appeared before the court,

                 JJ.
            """)
        #expect(prose.caption?.panel ?? [] == [])
    }

    /// Corpus/captions/vt-2018-skiff: a site's `Judges:` field, the next line another field.
    @Test func panelFieldBeforeAnotherField() {
        let document = extract("DocketNumber: 2018-054\nJudges: Reiber, Skoglund, Robinson, Eaton, Carroll\nFiled Date: 10/26/2018\nStatus: Precedential\n")
        #expect(document.caption?.panel == ["Reiber", "Skoglund", "Robinson", "Eaton", "Carroll"])
        #expect(OpinionHeadReader.beforeFieldLine("Smith, Jones and\nBrown, JJ.: concurring") == "Smith, Jones and\nBrown, JJ.: concurring")
    }

    @Test func runInAuthorLines() {
        // Corpus/captions/connappct-2025-wells-fargo-v-bissonnette.txt
        let connecticut = extract("""
                                 Seeley, Westbrook and Prescott, Js.

                      Argued October 7, 2024—officially released May 6, 2025

            WESTBROOK, J. Before us is the fourth mortgage foreclosure action.
            """)
        #expect(connecticut.signature?.author == "WESTBROOK")
        #expect(connecticut.signature?.title == "J.")
        #expect(connecticut.caption?.panel == ["Seeley", "Westbrook", "Prescott"])
        #expect(connecticut.date?.date == "2025-05-06")
        #expect(connecticut.date?.kind == .decided)
        // shared/corpus eyecitets_cl2992012_state.txt (D.C. Court of Appeals): a rank and a colon.
        let dc = extract("      FERREN, Senior Judge: This appeal invites us to interpret and apply the statute.")
        #expect(dc.signature?.author == "FERREN")
        #expect(dc.signature?.title == "Senior Judge")
        // A bench line's `and` after the title is no sentence.
        #expect(extract("BARNES, P. J., and RICKMAN, P.J., concur.").signature?.author == nil)
        // A name in mixed case opening a sentence is prose's (`Smith, J. Smith argues …` is no form of this).
        #expect(extract("Smith, Judge Brown wrote for the court below.").signature?.author == nil)
        // Counsel's line (a name after the title, no colon) and a party's role are no author line;
        // PER CURIAM below says who wrote (the review of 2026-12-02).
        let counsel = extract("Counsel:\nWILLIAMS, J. Michael Smith and Ann Roe, for appellant.\n\nPER CURIAM. The judgment is affirmed.")
        #expect(counsel.signature?.author == "PER CURIAM")
        #expect(extract("DEFENDANTS, Judge Roe granted the motion to dismiss.").signature?.author == nil)
        // Corpus/captions/vt-2018-skiff: a flattened head, the author after the first paragraph's
        // number; another paragraph's number is no opening, nor a name in prose after it.
        let vermont = extract("PRESENT: Reiber, C.J., Skoglund, Robinson, Eaton and Carroll, JJ. ¶ 1. CARROLL, J. Following the South Burlington School District’s decision")
        #expect(vermont.signature?.author == "CARROLL")
        #expect(vermont.signature?.title == "J.")
        #expect(extract("the trial. ¶ 12. SMITH, J. Following the rule, we affirm.").signature?.author == nil)
        // Corpus/captions/kyctapp-2021-gasaway: the bench in capitals, then the author's line run in
        // (a head flattened onto one long line).
        let kentucky = extract("RENDERED: SEPTEMBER 10, 2021; 10:00 A.M. NOT TO BE PUBLISHED Commonwealth of Kentucky Court of Appeals NO. 2020-CA-0031-MR MAURICE GASAWAY v. APPELLANT APPEAL FROM HARDIN CIRCUIT COURT HONORABLE KEN M. HOWARD, JUDGE ACTION NO. 18-CR-00927 COMMONWEALTH OF KENTUCKY APPELLEE OPINION AFFIRMING ** ** ** ** ** BEFORE: DIXON, GOODWINE, AND TAYLOR, JUDGES. TAYLOR, JUDGE: Maurice Gasaway brings this appeal from August 30, 2019, judgments")
        #expect(kentucky.signature?.author == "TAYLOR")
        #expect(kentucky.signature?.title == "JUDGE")
        #expect(OpinionHeadReader.afterSentenceEnd("JUDGES. TAYLOR") == "TAYLOR")
        #expect(OpinionHeadReader.afterSentenceEnd("T.S. ELLIS") == "T.S. ELLIS")
        #expect(OpinionHeadReader.afterSentenceEnd("ST. JOHN") == "ST. JOHN")
        // The court below's judge (`HONORABLE …, JUDGE`) is none.
        #expect(extract("APPEAL FROM HARDIN CIRCUIT COURT HONORABLE KEN M. HOWARD, JUDGE ACTION NO. 18-CR-00927 COMMONWEALTH OF KENTUCKY APPELLEE").signature?.author == nil)
        // Corpus/captions/ri-2013-lombardi: `for the Court.`; a citing sentence's is not.
        let rhodeIsland = extract("Present: Suttell, C.J., Goldberg, Flaherty, Robinson, and Indeglia, JJ. OPINION Justice Goldberg, for the Court. This case came before the Supreme Court")
        #expect(rhodeIsland.signature?.author == "Goldberg")
        #expect(rhodeIsland.signature?.title == "Justice")
        #expect(extract("As Justice Scalia, for the Court, explained in Smith, the rule is narrow.").signature?.author == nil)
        // After a colon a name may open the sentence (Corpus/mentions/scctapp-2020-in-re-oxner).
        #expect(extract("MCDONALD, J.: Frances A. Oxner appeals her conviction.").signature?.author == "MCDONALD")
    }

    @Test func illinoisPanelOfSentences() {
        // Corpus/captions/illappct-2012-in-re-tamera-w.txt
        let document = extract("""
            Panel                       JUSTICE McLAREN delivered the judgment of the court, with opinion.
                                        Justices Burke and Birkett concurred in the judgment and opinion.

            """)
        #expect(document.caption?.panel == ["McLAREN", "Burke", "Birkett"])
        #expect(document.signature?.author == "McLAREN")
        #expect(document.signature?.title == "JUSTICE")
        #expect(OpinionHeadReader.deliveringPanel("JUSTICE LYLE delivered the judgment of the court. Presiding Justice Smith and Justice Jones concurred in the judgment.")
                == ["LYLE", "Smith", "Jones"])
        #expect(OpinionHeadReader.deliveringPanel("The clerk delivered the record to the parties who had concurred in the motion.") == [])
    }

    @Test func datingLinesWithThePlaceBeforeOrAfter() {
        // Corpus/captions/mnb-2011-croix-oil-v-moua.txt: the place, then the date on the next line.
        let minnesota = extract("""
            ORDER GRANTING PLAINTIFF'S MOTION FOR SUMMARY JUDGMENT
            At St. Paul, Minnesota
            October 14, 2011.
            This adversary proceeding came before the Court on April 8, 2011.
            """)
        #expect(minnesota.signature?.date == "2011-10-14")
        #expect(minnesota.signature?.place == "St. Paul, Minnesota")
        // Not a place: no state after the comma.
        let notPlace = extract("""
            At Smith, Jones and Brown
            October 14, 2011.
            """)
        #expect(notPlace.signature?.place == nil)
        // The District of Kansas's `Dated this … day of …, at …`.
        let kansas = extract("""
            IT IS SO ORDERED.
            Dated this 12th day of January, 2022, at Wichita, Kansas.

            s/ John W. Broomes
            JOHN W. BROOMES
            UNITED STATES DISTRICT JUDGE
            """)
        #expect(kansas.signature?.date == "2022-01-12")
        #expect(kansas.signature?.place == "Wichita, Kansas")
        #expect(kansas.signature?.judge == "John W. Broomes")
        let prose = extract("Dated this 12th day of January, 2022, at the request of the parties.\n\ns/ John W. Broomes")
        #expect(prose.signature?.place == nil)
    }

    @Test func twoColumnDatingBlock() {
        // shared/corpus eyecitets_cl10362001_district.txt (W.D.N.Y.)
        let document = extract("""
                ORDERED that Defendant's motion for judgment on the pleadings (Dkt. No. 13) is
                   GRANTED.
            Dated: March 26, 2020                        J. Gregory Wehrman
            Rochester, New York                         HON. J. Gregory Wehrman
                                                    United States Magistrate Judge
            """)
        #expect(document.signature?.judge == "J. Gregory Wehrman")
        #expect(document.signature?.title == "United States Magistrate Judge")
        #expect(document.signature?.place == "Rochester, New York")
        #expect(document.signature?.date == "2020-03-26")
        // shared/corpus eyecitets_cl10208001_district.txt (D. Md.): the left column's label is not the name.
        let maryland = extract("""
            1/11/2023                                    /S/
            Date                                    Paula Xinis
                                                    United States District Judge
            """)
        #expect(maryland.signature?.judge == "Paula Xinis")
    }

    @Test func arguedAndSubmittedOnlyWhenNothingElseIsDated() {
        // Corpus/captions/cadc-1981-public-util-comn-v-ferc.txt's head, without its decision date.
        let argued = extract("""
                UNITED STATES COURT OF APPEALS FOR THE DISTRICT OF COLUMBIA CIRCUIT

            Argued April 2, 1981.

            Petition for review of an order of the Federal Energy Regulatory Commission.
            """)
        #expect(argued.date?.date == "1981-04-02")
        #expect(argued.date?.kind == .argued)
        // Corpus/captions/ca4-2002-smith-v-glendening.txt: decided wins.
        let decided = extract("Submitted:   September 9, 2002        Decided:   September 18, 2002\n")
        #expect(decided.date?.date == "2002-09-18")
        #expect(decided.date?.kind == .decided)
        let submitted = extract("Submitted: May 15, 2002\n\nBefore LOKEN, Chief Judge, and BYE, Circuit Judge.\n")
        #expect(submitted.date?.kind == .submitted)
    }

    @Test func federalJudgesInitialsAsTitle() {
        // The District of New Jersey's signature line (`NOEL L. HILLMAN, U.S.D.J.` under `/s/`).
        let signed = extract("""
            ORDERED.

                                               /s/ Noel L. Hillman
                                               NOEL L. HILLMAN, U.S.D.J.
            """)
        #expect(signed.signature?.judge == "Noel L. Hillman")
        #expect(signed.signature?.title == "U.S.D.J.")
        let magistrate = extract("""
            SO ORDERED.
                                                    ____________________________
                                                    Hon. Jane Doe, U.S.M.J.
            Date: March 3, 2020
            """)
        #expect(magistrate.signature?.judge == "Jane Doe")
        #expect(magistrate.signature?.title == "U.S.M.J.")
        // Another judge's line under the signer gives the signer no title.
        let other = extract("SO ORDERED.\n    /s/ Noel L. Hillman\n    JANE DOE, U.S.M.J.\n")
        #expect(other.signature?.judge == "Noel L. Hillman")
        #expect(other.signature?.title == nil)
    }

    @Test func authorLinesBesideAStampARankOrAStarPage() {
        // Corpus/captions/pasuperct-2022-zp-v-kp.txt: the clerk's stamp in the right column.
        let pennsylvania = extract("""
            BEFORE: BOWES, J., OLSON, J., and KING, J.

            OPINION BY KING, J.:                                   FILED JANUARY 06, 2022

            Appellant appeals from the order entered April 14, 2021.
            """)
        #expect(pennsylvania.signature?.author == "KING")
        #expect(pennsylvania.signature?.title == "J.")
        #expect(pennsylvania.date?.date == "2022-01-06")
        #expect(pennsylvania.date?.kind == .filed)
        // Corpus/citator/pasuperct-2022-gutshall-v-marshall.txt: a memorandum's byline.
        #expect(extract("MEMORANDUM BY COLINS, J.:                               FILED APRIL 28, 2022\n\nAppellant appeals.").signature?.author == "COLINS")
        // A title's words in capitals are no stamp (`… COMPLAINT FILED FEBRUARY 11, 2022`).
        // Nor when the title wraps them onto a line of their own; a stamp alone after a blank line is.
        for title in ["ORDER ON MOTION TO DISMISS COMPLAINT FILED FEBRUARY 11, 2022",
                      "ORDER ON MOTION TO DISMISS FIRST AMENDED COMPLAINT\nFILED FEBRUARY 11, 2022"] {
            #expect(extract(title + "\n\nThe motion is denied.").date == nil)
        }
        #expect(extract("OPINION AND ORDER\n\nFILED FEBRUARY 11, 2022\n\nThe motion is denied.").date?.kind == .filed)
        // Corpus/captions/sd-2010-murray-v-mansheim.txt
        let southDakota = extract("\n\nMILLER, Retired Justice\n\n[¶1.] Plaintiff appeals.")
        #expect(southDakota.signature?.author == "MILLER")
        #expect(southDakota.signature?.title == "Retired Justice")
        // Corpus/captions/prd-2018-in-re-financial-oversight-board-ers-v-altair.txt: a reporter's star page after the title.
        let puertoRico = extract(String(repeating: "Attorneys for the Plaintiff and the Board ", count: 6)
                                 + "LAURA TAYLOR SWAIN, United States District Judge *582 The Employees Retirement System of the Government of the Commonwealth of Puerto Rico brings this suit.")
        #expect(puertoRico.signature?.author == "LAURA TAYLOR SWAIN")
        #expect(puertoRico.signature?.title == "United States District Judge")
    }
}
