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

    @Test func theStatesNamesOfItsTrialCourts() {
        #expect(CourtNameReader.stateCandidates("circuit court of fairfax county", state: "virginia")
            .starts(with: ["circuit court of fairfax county", "fairfax county circuit court"]))
        #expect(CourtNameReader.stateCandidates("the marion superior court", state: "indiana").contains("marion county superior court"))
        #expect(CourtNameReader.stateCandidates("district court of the thirteenth judicial district", state: "montana")
            .contains("judicial district court of montana"))
        #expect(CourtNameReader.stateCandidates("the decision of", state: "ohio") == ["the decision of"])
    }
}
