import Foundation
import Testing
@testable import LegalCite

/// `caption.lower_court`: the court appealed from, as an appellate writing's head names it, in
/// courts-db's words or in the state's own order; never the writer, never a court of prose.
@Suite("The court below")
struct CourtBelowTests {
    private func caption(_ text: String) -> Caption? { extract(text).caption }

    @Test func aVirginiaCircuitCourtNamedCountyLast() {
        let found = caption("""
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

                     In the Fairfax County Circuit Court, the appellee brought an unlawful detainer action against the appellant.
            """)
        #expect(found?.court?.id == "vactapp")
        #expect(found?.lowerCourt?.id == "vaccfairfax")
    }

    /// Pennsylvania's `Appeal from the Order Entered <date>` ⏎ `In the Court of Common Pleas of
    /// York County`: what was appealed from and its date come before the court that made it, which
    /// courts-db names by its county (not the state's court of common pleas).
    @Test func aPennsylvaniaCourtOfCommonPleasAfterTheOrdersDate() {
        let found = caption("""
            J-A22036-21

                Z.P.                                       :   IN THE SUPERIOR COURT OF
                                                           :        PENNSYLVANIA
                              v.                           :
                K.P.                                       :        No. 547 MDA 2021

                                   Appeal from the Order Entered April 14, 2021
                                   In the Court of Common Pleas of York County
                                     Civil Division at No(s): 2019-FC-2270-03

            BEFORE: BOWES, J., OLSON, J., and KING, J.

            The Commonwealth appeals from the order that granted the father's petition and we consider it now.
            """)
        #expect(found?.court?.id == "pasuperct")
        #expect(found?.lowerCourt?.id == "pactcomplyork")
        #expect(found?.docketNumbers.map(\.text) == ["547 MDA 2021"], "the J-number and the trial number are not the case's")
    }

    /// An Illinois appellate head that never names its own court: the state comes from the
    /// people's party (`THE PEOPLE OF THE STATE OF ILLINOIS`) or the writing's own neutral cite,
    /// and places `Circuit Court of Cook County`, which courts-db knows only as a state's court.
    @Test func aStateCourtBelowWhereTheWriterIsNotNamed() {
        let railed = """
                2022 IL App (1st) 190158
                FIRST DISTRICT
                No. 1-19-0158
                THE PEOPLE OF THE STATE OF ILLINOIS,          )      Appeal from the
                                                              )      Circuit Court of
                      Plaintiff-Appellee,                     )      Cook County.
                v.                                            )      No. 13 CR 17711
                STANLEY ALLEN,                                )      Honorable
                      Defendant-Appellant.                    )      Allen F. Murphy, Judge, presiding.

                JUSTICE ROCHFORD delivered the judgment of the court, with opinion.
                ¶ 1 A jury returned verdicts convicting the defendant, and the trial court sentenced him to a term of years.
            """
        #expect(caption(railed)?.lowerCourt?.id == "illcirct")
        // The neutral cite alone gives the state.
        let cited = railed.replacingOccurrences(of: "THE PEOPLE OF THE STATE OF ILLINOIS", with: "INLAND COMMERCIAL PROPERTY MGMT.")
        #expect(caption(cited)?.lowerCourt?.id == "illcirct")
        // With neither, the words do not say whose circuit court it is.
        let neither = cited.replacingOccurrences(of: "2022 IL App (1st) 190158", with: "Opinion filed February 24, 2022")
        #expect(caption(neither)?.lowerCourt?.id == nil)
    }

    /// Two states named as parties say nothing of one court's state.
    @Test func twoStatesNamedGiveNoState() {
        let courts = CourtTable()
        let reader = { (head: String) -> String? in
            Array(head.utf8).withUnsafeBufferPointer { buffer in
                let text = TextView(bytes: buffer)
                return CourtNameReader(text: text, lines: Lines(text), courts: courts).stateOfCase(citedCourt: nil)
            }
        }
        #expect(reader("STATE OF VERMONT\n\nv.\n\nDAVID DOWNING\n") == "Vermont")
        #expect(reader("COMMONWEALTH OF PENNSYLVANIA\n\nv.\n\nJOHN DOE\n") == "Pennsylvania")
        #expect(reader("STATE OF WEST VIRGINIA ex rel. JONES\n\nv.\n\nSMITH\n") == "West Virginia", "not Virginia")
        #expect(reader("STATE OF NEW YORK\n\nv.\n\nSTATE OF NEW JERSEY\n") == nil)
        #expect(reader("ACME CORP.\n\nv.\n\nJOHN DOE\n") == nil)
    }

    /// Ohio's `COURT OF COMMON PLEAS` ⏎ `COUNTY OF SUMMIT, OHIO`: the county named after `of`.
    @Test func anOhioCourtOfCommonPleasWithItsCountyAfterIt() {
        let phrase = "appeal from judgment entered in the court of common pleas county of summit ohio"
        #expect(CourtNameReader.stateCandidates(phrase, state: "ohio").contains("summit county court of common pleas"))
        #expect(!CourtNameReader.stateCandidates("the court of common pleas of the county", state: "ohio")
            .contains { $0.hasPrefix("the county") || $0.hasPrefix("of county") })
    }

    @Test func anIndianaSuperiorCourtNamedByItsCounty() {
        let found = caption("""
                                      IN THE
                            COURT OF APPEALS OF INDIANA

            BRIAN WILLIAMS,                                  )
                   Appellant-Defendant,                      )
                          vs.                                )       No. 49A05-1206-CR-301
            STATE OF INDIANA,                                )
                   Appellee-Plaintiff.                       )

                                APPEAL FROM THE MARION SUPERIOR COURT
                                 The Honorable Grant W. Hawkins, Judge
                                    Cause No. 49G05-1106-FB-044000

            Brian Williams appeals his conviction for robbery as a class B felony, and he raises one issue for our review.
            """)
        #expect(found?.court?.id == "indctapp")
        #expect(found?.lowerCourt?.id == "indsuperct")
        #expect(found?.docketNumbers.map(\.text) == ["49A05-1206-CR-301"], "the court below's cause number is not this case's")
    }

    @Test func aFloridaCircuitCourtSplitOverTwoLines() {
        let found = caption("""
                                  DISTRICT COURT OF APPEAL OF FLORIDA
                                            SECOND DISTRICT

            ROBERT JAMES,                     )
                       Appellant,             )
            v.                                )      Case No. 2D15-1754
            CITY OF TAMPA,                    )
                       Appellee.              )

            Opinion filed September 23, 2016.

            Appeal from the Circuit Court for
            Hillsborough County; Paul L. Huey, Judge.

            Robert James appeals the final judgment entered in favor of the City after a jury trial on his claim.
            """)
        #expect(found?.court?.id == "fladistctapp2")
        #expect(found?.lowerCourt?.id == "flacirct13hil")
    }

    @Test func aFederalDistrictCourtWhoseSecondLineCarriesTheJudgeAndNumber() {
        let found = caption("""
                                         UNPUBLISHED

                            UNITED STATES COURT OF APPEALS
                                FOR THE FOURTH CIRCUIT

                                      No. 02-6995

            DANNY SMITH,
                                                             Plaintiff - Appellant,
            versus

            PARRIS N. GLENDENING,
                                                             Defendant - Appellee.

            Appeal from the United States District Court for the Eastern
            District of Virginia, at Alexandria. Leonie M. Brinkema, District Judge. (CA-02-531)

            Submitted: September 26, 2002             Decided: October 2, 2002
            """)
        #expect(found?.court?.id == "ca4")
        #expect(found?.lowerCourt?.id == "vaed")
    }

    @Test func theTaxCourtOnTheLineAfterTheMarker() {
        let found = caption("""
                          United States Court of Appeals
                              For the First Circuit

            No. 97-2380

                                     RONALD CLAYTON,
                                        Appellant,
                                            v.
                            COMMISSIONER OF INTERNAL REVENUE,
                                         Appellee.

                                ON APPEAL FROM THE DECISION OF
                                THE UNITED STATES TAX COURT

                                          Before
                                  Torruella, Chief Judge,
            """)
        #expect(found?.court?.id == "ca1")
        #expect(found?.lowerCourt?.id == "tax")
    }

    /// A trial court names no court below, and a court named in prose is none.
    @Test func noCourtBelowInADistrictOrderOrInProse() {
        let order = caption("""
            UNITED STATES DISTRICT COURT
            FOR THE DISTRICT OF KANSAS

            JOHN DOE,
            Plaintiff,
            v.
            ACME CORP.,
            Defendant.

            ORDER

            The plaintiff removed this case on appeal from the District Court of Johnson County, Kansas, and the court now considers the motion.
            """)
        #expect(order?.court?.id == "ksd")
        #expect(order?.lowerCourt == nil)
        let state = caption("""
                                 IN THE COURT OF APPEALS OF INDIANA

            JOHN DOE, Appellant, v. STATE OF INDIANA, Appellee.

            The appellant appeals from the judgment of the circuit court in a case that the trial court decided on a stipulated record.
            """)
        #expect(state?.court?.id == "indctapp")
        #expect(state?.lowerCourt == nil)
    }

    /// A board below whose name holds no `court`: after the petition-for-review marker, over two
    /// lines, by the close of courts-db's name (`United States Department of Justice Board of
    /// Immigration Appeals`).
    @Test func theBoardOfImmigrationAppealsUnderAPetitionForReview() {
        let found = caption("""
                           IN THE UNITED STATES COURT OF APPEALS
                                    FOR THE FIFTH CIRCUIT

                                         No. 02-60231

                 IAN SMALLEY

                                 Petitioner

                      v.

                 JOHN ASHCROFT, ATTORNEY GENERAL

                                 Respondent

                           Petition for Review of an Order of the
                                Board of Immigration Appeals

            Before KING, Chief Judge, and DAVIS and EMILIO M. GARZA, Circuit
            Judges.
            """)
        #expect(found?.court?.id == "ca5")
        #expect(found?.lowerCourt?.id == "bia")
        let flattened = caption("""
            NOT PRECEDENTIAL UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT ______________ No. 18-3483 ______________ ADEDAMOLA ABOLAJI GANIU, Petitioner v. ATTORNEY GENERAL OF THE UNITED STATES OF AMERICA, Respondent ______________ On Petition for Review of an Order of the Board of Immigration Appeals (Agency No. A073-167-224) Immigration Judge: Alberto J. Riefkohl ______________ Submitted Under Third Circuit L.A.R. 34.1(a) June 10, 2019 ______________ Before: HARDIMAN, PORTER, and COWEN, Circuit Judges. (Filed: July 12, 2019) ______________ OPINION ______________ This disposition is not an opinion of the full Court and pursuant to I.O.P. 5.7 does not constitute binding precedent. PORTER, Circuit Judge. Adedamola Abolaji Ganiu petitions for review of the Board of Immigration Appeals’s order denying his motion for reconsideration of an earlier motion to reopen removal proceedings. We will deny the petition.
            """)
        #expect(flattened?.lowerCourt?.id == "bia")
    }

    /// A board courts-db knows by its own pattern, after an agency's name; a board or commission
    /// it does not know, or one in prose or among the parties, names nothing.
    @Test func aBoardByItsPatternAndBoardsThatAreNone() {
        let patent = caption("""
                        United States Court of Appeals for the Federal Circuit

                                          2011-1476

                       FLO HEALTHCARE SOLUTIONS, LLC,
                                                   Appellant,
                                            v.
                                      DAVID J. KAPPOS,
                                                   Appellee.

                Appeal from the United States Patent and Trademark
                Office, Board of Patent Appeals and Interferences.
            """)
        #expect(patent?.lowerCourt?.id == "bpai")
        let ferc = caption("""
                   United States Court of Appeals for the District of Columbia Circuit

                                       No. 79-1450

                  PUBLIC UTILITIES COMMISSION OF THE STATE OF CALIFORNIA, Petitioner
                                            v.
                  FEDERAL ENERGY REGULATORY COMMISSION, Respondent

            Petition for Review of an Order of the Federal Energy Regulatory Commission
            """)
        #expect(ferc?.court?.id == "cadc")
        #expect(ferc?.lowerCourt == nil, "courts-db has no FERC: no id is guessed")
        let party = caption("""
                            UNITED STATES COURT OF APPEALS
                                FOR THE FOURTH CIRCUIT

                                      No. 01-1261

            JOHN DOE,
                                                     Petitioner,
            versus

            BOARD OF IMMIGRATION APPEALS,
                                                     Respondent.

            The petitioner asks for review of the decision of the Board of Immigration Appeals denying his motion.
            """)
        #expect(party?.court?.id == "ca4")
        #expect(party?.lowerCourt == nil, "a board among the parties, or in prose, is no court below")
    }

    /// The court below written down a railed caption's right-hand column, a few words a line.
    @Test func theCourtBelowDownARailedColumn() {
        let eighth = caption("""
                                United States Court of Appeals
                                    FOR THE EIGHTH CIRCUIT
                                        ___________

                                        No. 03-1542
                                        ___________

            Loop Corporation,                *
                                             *
                 Creditor - Appellant,       * Appeal from the United States
                                             * District Court for the
                 v.                          * District of Minnesota.
                                             *
            Health Risk Management, Inc.,    *
                                             *
                 Debtor - Appellee.          *
                                        ___________
            """)
        #expect(eighth?.court?.id == "ca8")
        #expect(eighth?.lowerCourt?.id == "mnd")
        let illinois = caption("""
            IN THE
            APPELLATE COURT OF ILLINOIS
            FIRST DISTRICT
            ______________________________________________________________________________
            In re MARRIAGE OF ) Appeal from the
            ) Circuit Court of
            JOSHUA SAUNDERS, ) Cook County.
            )
            Petitioner-Appellant, )
            ) No. 18 D 7500
            and )
            )
            LISA SAUNDERS, ) Honorable
            ) Elizabeth Loredo Rivera,
            Respondent-Appellee. ) Judge, presiding.
            JUSTICE ROCHFORD delivered the judgment of the court.
            """)
        #expect(illinois?.court?.id == "illappct")
        #expect(illinois?.lowerCourt?.id == "illcirct")
        // With no writer known and no state named, a state court's column names no court below
        // (whose Cook County?). The people's party would name it (`aStateCourtBelowWhereTheWriterIsNotNamed`).
        let unknown = caption("""
            ACME SUPPLY COMPANY,                     )      Appeal from the
            )      Circuit Court of
            Plaintiff-Appellee,                      )      Cook County.
            )
            v.                                       )      No. 13 CR 17711
            STANLEY ALLEN,                           )      Honorable
            Defendant-Appellant.                     )      Judge, presiding.
            """)
        #expect(unknown?.lowerCourt == nil)
        // A rail column of names and numbers, no marker: nothing.
        let trial = caption("""
                               IN THE UNITED STATES DISTRICT COURT
                                   FOR THE DISTRICT OF KANSAS

            CLIFTON JEREL JONES,          )
                                          )      United States District Court
                      Plaintiff,          )      for the District of Kansas
                                          )
            v.                            )      Case No. 12-2486-KHV-DJW
            """)
        #expect(trial?.lowerCourt == nil)
    }

    /// The Illinois Supreme Court's court below is the appellate court, not the circuit court
    /// the appellate court heard the case from.
    @Test func anAppellateCourtBelowTheStatesSupremeCourt() {
        let found = caption("""
            Flores v. Dugan

            Supreme Court of Illinois
            Apr 16, 1982
            91 Ill. 2d 108 (Ill. 1982)

            No. 54685. Judgment affirmed.

            Appeal from the Appellate Court for the Second District; heard in that court on appeal from the Circuit Court of Lake County, the Hon. Robert McQueen, Judge, presiding.

            Plaintiffs, Roberto and Maria Flores, appeal from the dismissal for want of prosecution of their complaint.
            """)
        #expect(found?.court?.id == "ill")
        #expect(found?.lowerCourt?.id == "illappct")
    }

    /// California's caption names the court below only by its number's label; a federal court's
    /// `District Court No.` and a trial court's own number name none.
    @Test func aSuperiorCourtNamedByItsNumbersLabel() {
        let found = caption("""
            Filed 8/21/20 CERTIFIED FOR PUBLICATION IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA SECOND APPELLATE DISTRICT DIVISION SIX ERIKKA SKINNER et al., 2d Civil No. B299907 (Super. Ct. No. 18CV01618) Plaintiffs and Respondents, (Santa Barbara County) v. KEN’S FOODS, INC., Defendant and Appellant. Code of Civil Procedure section 1021.5 permits a trial court to award attorney fees to a successful party in any action that has resulted in the enforcement of an important right affecting the public interest. This includes an action in which there has been no judicially recognized change in the legal relationship between the parties, and the court so held.
            """)
        #expect(found?.lowerCourt?.id == "calsuperct")
        let federal = caption("""
                            UNITED STATES COURT OF APPEALS
                                FOR THE NINTH CIRCUIT

            JOHN DOE,                                  No. 19-55555
                       Plaintiff-Appellant,            District Court No. 2:18-cv-01234
            v.
            ACME CORP.,
                       Defendant-Appellee.
            """)
        #expect(federal?.court?.id == "ca9")
        #expect(federal?.lowerCourt == nil, "a federal writer's court below is named, not guessed from a label")
        let trial = caption("""
                         SUPERIOR COURT OF THE STATE OF CALIFORNIA
                                 COUNTY OF LOS ANGELES

            JANE ROE,                                  Superior Court No. BC123456
                       Plaintiff,
            v.
            ACME CORP.,
                       Defendant.

                                   ORDER ON DEMURRER
            """)
        #expect(trial?.lowerCourt == nil)
    }

    @Test func theStatesNamesOfItsTrialCourts() {
        #expect(CourtNameReader.stateCandidates("circuit court of fairfax county", state: "virginia")
            .starts(with: ["circuit court of fairfax county", "fairfax county circuit court"]))
        #expect(CourtNameReader.stateCandidates("the marion superior court", state: "indiana").contains("marion county superior court"))
        #expect(CourtNameReader.stateCandidates("district court of the thirteenth judicial district", state: "montana")
            .contains("judicial district court of montana"))
        #expect(CourtNameReader.stateCandidates("the decision of", state: "ohio") == ["the decision of"])
    }
}
