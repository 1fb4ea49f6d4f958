import Testing
@testable import LegalCite

/// Issue 13: the caption's docket numbers, title and court below read in layouts the readers were
/// not tuned on (Tax Court, Court of Federal Claims, bankruptcy courts, old Supreme Court heads,
/// Illinois and Michigan appellate heads), each from a real document's lines, with negatives.
@Suite("Caption readers beyond their tuning layouts")
struct CaptionGeneralizationTests {
    private func caption(_ text: String) -> Caption? { extract(text).caption }
    private func dockets(_ text: String) -> [String] { caption(text)?.docketNumbers.map(\.text) ?? [] }

    // MARK: docket numbers

    @Test func aTaxCourtDocketLineAloneIsTheCaptionsThoughItReadsLikeAFiling() {
        // Fite v. Commissioner, T.C. Memo 1994-186 (cetient).
        let text = """
            WALKER B. FITE AND AGNES FITE, Petitioners v. COMMISSIONER OF INTERNAL REVENUE, Respondent
            Fite v. Commissioner
            Docket No. 26995-92
            United States Tax Court
            """
        #expect(dockets(text) == ["26995-92"])
    }

    @Test func aFilingCitedInsideALineStaysAFiling() {
        let text = """
            JOHN SMITH, Plaintiff,
            v.
            ACME CORP., Defendant.
            Case No. 12-3456
            The motion (Docket No. 26995) is denied.
            """
        #expect(!dockets(text).contains("26995"))
    }

    @Test(arguments: [
        ("Docket No. CA A48114", "CA A48114"),                  // Baugh v. Bryant Ltd. Partnerships, Or. Ct. App. 1990
        ("No. WD 54199", "WD 54199"),                           // Circo v. A-Cord Electric, Mo. Ct. App. W.D.
        ("No. 87.", "87"),                                      // United States v. Rumely, 345 U.S. 41
    ])
    func formsWithASpaceOrShort(line: String, number: String) {
        let text = """
            UNITED STATES v. RUMELY.
            \(line)
            Supreme Court of United States.
            """
        #expect(dockets(text) == [number])
    }

    @Test func twoLettersBeforeANumberWithATailAreNotCutShort() {
        let text = """
            UNITED STATES v. RUMELY.
            Case No. CV 1124-08
            Supreme Court of United States.
            """
        #expect(!dockets(text).contains("CV 1124"))
    }

    /// A short number whose label opens its line or a column stands, in capitals too.
    @Test(arguments: [("Case No. 123.", ["123"]), ("NO. 123, 124", ["123", "124"]), ("Civil Action No. 305.", ["305"])] as [(String, [String])])
    func aShortNumberOpeningItsLineOrColumn(line: String, expected: [String]) {
        let head = "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
        #expect(dockets(head + line + "\n\nJOHN DOE, Plaintiff,\nv.\nACME CORP., Defendant.\n\nORDER\n\nThe court denies the motion.\n") == expected)
        #expect(dockets(head + "JOHN DOE,\n     Plaintiff,\nv.\t\t\t" + line + "\nACME CORP.,\n     Defendant.\n\nORDER\n\nThe court denies the motion.\n") == expected)
    }

    @Test(arguments: ["Exhibit No. 3 is attached.", "The Court entered Order No. 12 on that date.", "See Exhibit No. 3."])
    func aShortNumberInsideALineIsNoDocket(line: String) {
        let text = """
            UNITED STATES v. RUMELY.
            Supreme Court of United States.
            \(line)
            """
        #expect(dockets(text).isEmpty)
    }

    @Test func aNumberUnderTheCourtBelowsNameInTheRightColumnIsTheCourtBelows() {
        // State v. Smith (Ariz. 2002), cetient: a `)`-railed caption, the trial court's name over its numbers.
        let text = """
                                SUPREME COURT OF ARIZONA
                                        En Banc

            STATE OF ARIZONA,                 )    Arizona Supreme Court
                                              )    No. CR-01-0272-AP
                              Appellee,       )
                                              )    Yuma County Superior
                             v.               )    Court
                                              )    Nos. S1400CR198311801
            BERNARD SMITH,                    )    and S1400CR198311817
                                              )
                              Appellant.      )    O P I N I O N

                      Appeal from the Superior Court of Yuma County

            The defendant was convicted of two counts of first degree murder and sentenced to death by the trial court.
            """
        let numbers = dockets(text)
        #expect(numbers.contains("CR-01-0272-AP"))
        #expect(!numbers.contains("S1400CR198311801"))
    }

    @Test func aTrialCourtsOwnNumberUnderItsHeadingStays() {
        let text = """
            STATE OF MINNESOTA                                   DISTRICT COURT
            COUNTY OF HENNEPIN                                   FOURTH JUDICIAL DISTRICT
                                                                 Case Type: Civil
                                                                 Court File No. 27-CV-19-1234
            JOHN SMITH, Plaintiff,
            v.
            ACME CORP., Defendant.
            """
        #expect(dockets(text).contains("27-CV-19-1234"))
    }

    // MARK: titles

    @Test(arguments: ["Memorandum Decision", "Memorandum and Order On Plaintiff's Motion for a Preliminary Injunction",
                      "Order Granting Motion to Dismiss", "Opinion and Order"])
    func mixedCaseTitles(line: String) {
        #expect(CaptionReader.isMixedCaseTitle(line))
    }

    @Test(arguments: ["Opinion", "Opinion Summary", "Opinion of the Court", "Order Sons of Italy", "Order entered on the docket",
                      "Memorandum Decision.", "Decision Date: 10/2/2019", "ORDER GRANTING MOTION"])
    func notMixedCaseTitles(line: String) {
        #expect(!CaptionReader.isMixedCaseTitle(line))
    }

    @Test func aMixedCaseTitleStandingAloneUnderTheCounsel() {
        // In re Southern California Sound Systems, 69 B.R. 893 (Bankr. S.D. Cal. 1987), ecases.
        let text = """
                In re SOUTHERN CALIFORNIA SOUND SYSTEMS, INC., Debtor.

                Bankruptcy No. 86-06187-LM11.

                United States Bankruptcy Court, S.D. California.

                February 10, 1987.

                James W. Dempsey, Dempsey & Duff, Vista, Cal., for debtor.

                Memorandum Decision

                LOUISE DeCARL MALUGEN, Bankruptcy Judge.

                Debtor-in-possession, Southern California Sound Systems, Inc. ("SCSS" or "Debtor") has moved this Court to reject an executory contract between itself and Starburst.
            """
        #expect(caption(text)?.title == "Memorandum Decision")
    }

    @Test func aFlattenedTitleEndsBeforeTheAuthorsName() {
        // Dellew Corp. v. United States (Fed. Cl. 2016), cetient, one line.
        let text = "United States Court of Federal Claims No. 16-671 C (Filed: August 26, 2016) ) DELLEW CORPORATION, ) ) Plaintiff, ) ) v. ) ) THE UNITED STATES, ) ) Defendant ) ) and ) ) TECH SYSTEMS, INC., ) ) Defendant-Intervenor. ) ) ) Adam Kamlot Laskey, Seattle, WA, attorney for plaintiff. OPINION AND ORDER SMITH, Senior Judge This bid protest arises out of the problem at the very core of procurement law. We do not trust the discretion of procurement officials or contractors, but we cannot make rational procurement decisions without that discretion.\n"
        #expect(caption(text)?.title == "OPINION AND ORDER")
    }

    // MARK: the court below

    @Test func michigansLowerCourtOverItsLCNumber() {
        // Balsamo v. D'Anna (Mich. Ct. App. 2023), ecases: the right column closed up under the names.
        let text = """
            STATE OF MICHIGAN
            COURT OF APPEALS
            GIUSEPPE BALSAMO and CALOGERA                                        UNPUBLISHED
            BALSAMO,                                                             May 18, 2023
            Plaintiffs/Counterdefendants-
            Appellants,
            v                                                                    No. 361114
            Oakland Circuit Court
            DALCOMA PROPERTY, LLC,                                               LC No. 2021-185914-CB
            Defendant/Counterplaintiff-Appellee.
            Before: PATEL, P.J., and CAVANAGH and REDFORD, JJ.
            PER CURIAM.
            Guiseppe Balsamo claims that defendants fraudulently induced him to relinquish his membership interest in Dalcoma.
            """
        let found = caption(text)
        #expect(found?.court?.id == "michctapp")
        #expect(found?.lowerCourt?.id == "micirct6")
        #expect(found?.docketNumbers.map(\.text) == ["361114"])
    }

    @Test func aCircuitCourtNamedInACaptionWithoutLCNumberIsNoCourtBelow() {
        let text = """
            STATE OF MICHIGAN
            COURT OF APPEALS
            PEOPLE OF THE STATE OF MICHIGAN,                                     UNPUBLISHED
            Plaintiff-Appellee,                                                  December 12, 2017
            v                                                                    No. 333488
            TIMOTHY ARMON WRIGHT,
            Defendant-Appellant.
            Before: GLEICHER, P.J., and GADOLA and O'BRIEN, JJ.
            PER CURIAM.
            Defendant appeals as of right his bench trial convictions, and the Wayne Circuit Court sentenced him to life imprisonment.
            """
        #expect(caption(text)?.lowerCourt == nil)
    }

    @Test func anIllinoisAppealFromLineWithAStarPageNamesTheStatesCircuitCourts() {
        // Mecartney v. City of Chicago, 194 Ill. App. 592 (1915), Caselaw Access Project.
        let text = """
            Oct. 5, 1915 · Illinois Appellate Court · Gen. No. 20,711
            194 Ill. App. 592

            Harry S. Mecartney, Appellee, v. City of Chicago, Appellant.

            Gen. No. 20,711.

            *593Appeal from the Circuit Court of Cook county; the Hon. Richard S. Tuthiix, Judge, presiding.

            Heard in the Branch Appellate Court at the October term, 1914.

            Statement by the Court. This is an appeal from a judgment of the Circuit Court of Cook county for $31,208.66, rendered April 25, 1914.
            """
        let found = caption(text)
        #expect(found?.court?.id == "illappct")
        #expect(found?.lowerCourt?.id == "illcirct")
    }

    @Test func smallCapitalsCopiedInLowerCaseAfterCertiorari() {
        // Perry v. MSPB, 582 U.S. ___ (2017), Justia.
        let text = """
            SUPREME COURT OF THE UNITED STATES
            _________________
            No. 16–399
            _________________
            ANTHONY W. PERRY, PETITIONER
            v. MERIT
            SYSTEMS PROTECTION BOARD
            on writ of certiorari to the united states
            court of appeals for the district of columbia circuit
            [June 23, 2017]
            Justice Ginsburg delivered the opinion of the Court.
            """
        #expect(caption(text)?.lowerCourt?.id == "cadc")
    }

    @Test func aLowerCaseLineOfProseNamesNoCourt() {
        let text = """
            SUPREME COURT OF THE UNITED STATES
            No. 16-399
            ANTHONY W. PERRY, PETITIONER v. MERIT SYSTEMS PROTECTION BOARD
            we granted review because the court of appeals for the district of columbia circuit
            held otherwise, and we now reverse.
            """
        #expect(caption(text)?.lowerCourt == nil)
    }
}
