import Testing
@testable import LegalCite

/// Caption forms of issue 13's second round: site titles that name a matter's party or list
/// names, centered captions, a whole `A v. B` line, dashes as written, numbers without `No.`
/// before them or below their label, and numbers that are not the case's. Each example is shaped
/// on a real document of `Corpus/captions/` or `../shared/corpus/documents/` (named in each test).
@Suite("Caption forms: site titles, centered captions, docket numbers without No.")
struct CaptionFormsTests {
    private func parties(_ document: ExtractedDocument) -> [String] {
        (document.caption?.parties ?? []).map { "\($0.name)|\($0.role ?? "")" }
    }

    // Corpus/captions/ohnb-1989-in-re-barrett.txt, vtb-2004-in-re-gorruso.txt
    @Test func aMatterTitleNamesItsParty() {
        #expect(PartyReader.fromTitle("In re Barrett")?.map(\.name) == ["Barrett"])
        #expect(PartyReader.fromTitle("Matter of Gorruso")?.map(\.name) == ["Gorruso"])
        #expect(PartyReader.fromTitle("In re Estate of Winmill")?.map(\.name) == ["Winmill"])
        // A matter, not a party; two names this form does not split.
        #expect(PartyReader.fromTitle("In re Grand Jury Subpoena") == nil)
        #expect(PartyReader.fromTitle("In re Search of 123 Main Street") == nil)
        #expect(PartyReader.fromTitle("In re Marriage of Smith and Jones") == nil)
    }

    // Corpus/captions/masssuperct-2002-daniels-v-dunlap.txt: `Daniels v. Dunlap, M.D., Desai, M.D., No`
    @Test func aTitleListIsOnePartyPerName() {
        #expect(PartyReader.fromTitle("Daniels v. Dunlap, M.D., Desai, M.D.")?.map(\.name) == ["Daniels", "Dunlap, M.D.", "Desai, M.D."])
        // A suffix, a descriptor and a place stay with the name (or drop) and make no party.
        #expect(PartyReader.fromTitle("Thomson v. New York Trust Co.")?.map(\.name) == ["Thomson", "New York Trust Co."])
        #expect(PartyReader.fromTitle("Smith v. Acme, Inc.")?.map(\.name) == ["Smith", "Acme, Inc."])
        #expect(PartyReader.fromTitle("Jones v. Smith, Warden")?.map(\.name) == ["Jones", "Smith"])
        #expect(PartyReader.fromTitle("Brenner v. City of Tucson, Arizona")?.map(\.name) == ["Brenner", "City of Tucson, Arizona"])
    }

    // Corpus/captions/tenncrimapp-2005-bowers-v-state.txt
    @Test func aWholeVersusLineInCapitalsIsTheCaption() {
        let document = extract("""
                     IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE
                                       AT JACKSON


                                ELTON BOWERS v. STATE OF TENNESSEE

                             Direct Appeal from the Circuit Court for Hardeman County
                                        No. 9745 Jon K. Blackwood, Judge

            The Petitioner, Elton Bowers, appeals the trial court's denial of his petition for habeas corpus relief.
            """)
        #expect(parties(document) == ["Elton Bowers|", "State of Tennessee|"])
    }

    // ../shared/corpus/documents/eyecitets_cl4202021_state.txt (Nebraska), eyecitets_cl2992012_state.txt (D.C.)
    @Test func aCenteredCaptionIsReadRightOfTheLeftColumn() {
        let nebraska = extract("""
                                                     State of Nebraska, appellee, v.
                                                    Robert L. Schwaderer, appellant.

                                                       Filed June 16, 2017.    No. S-16-501.

                    1. Trial: Evidence: Appeal and Error. An appellate court reviews the trial court's conclusions with regard.
            """)
        #expect(parties(nebraska) == ["State of Nebraska|appellee", "Robert L. Schwaderer|appellant"])
        let columbia = extract("""
                         DISTRICT OF COLUMBIA COURT OF APPEALS

                                     No. 14-CV-59

                           WILLIAM J. DAVIS, INC., APPELLANT,

                                           v.

                                   THE TUXEDO LLC,

                                          and

                    TUXEDO TENANTS ASSOCIATION, INC., APPELLEES.

                             Appeal from the Superior Court
                               of the District of Columbia

            Robert C. Gill, with whom Carolyn Due was on the brief, for appellant in this appeal of ours.
            """)
        #expect(parties(columbia) == ["William J. Davis, Inc.|appellant", "The Tuxedo LLC|appellee", "Tuxedo Tenants Association, Inc.|appellee"])
    }

    // Corpus/citator/ca5-2022-st-pierre-v-standard-insurance.txt: `versus` centered between names
    // in the left column is no centered caption; the clerk's name on the right is no party.
    @Test func aCenteredVersusBetweenLeftNamesIsNoCenteredCaption() {
        let document = extract("""
                          United States Court of Appeals
                               for the Fifth Circuit
                                                                               FILED
                                                                         March 16, 2022
                                       No. 21-50498                          Lyle W. Cayce
                                                                                  Clerk
               Vanessa St. Pierre,

                                                                Plaintiff-Appellant,

                                           versus

               Standard Insurance Company,

                                                             Defendant-Appellee.

            This case arises from a dispute involving a life insurance policy that she bought.
            """)
        #expect(parties(document) == ["Vanessa St. Pierre|plaintiff-appellant", "Standard Insurance Company|defendant-appellee"])
    }

    // Corpus/mentions/ca8-2020-united-states-v-williams.txt
    @Test func aConvertersLeaderOfLsIsNoPartOfTheRole() {
        let document = extract("""
                             United States Court of Appeals
                                        For the Eighth Circuit
                                    ___________________________
                                            No. 19-2182
                                    ___________________________
                                         United States of America
                                    lllllllllllllllllllllPlaintiff - Appellee
                                                       v.
                                        Lorando Demond Williams
                                   lllllllllllllllllllllDefendant - Appellant
                                                   ____________

            LOKEN, Circuit Judge. Conducting surveillance based on a tip that Ronald Buchanan was distributing drugs.
            """)
        #expect(parties(document) == ["United States of America|plaintiff-appellee", "Lorando Demond Williams|defendant-appellant"])
    }

    // Corpus/captions/scotus-2013-tarrant-regional-water-district-v-herrmann.txt, scotus-2017-perry-v-mspb.txt
    @Test func theSlipOpinionsNoticeIsPassedAndItsDashKept() {
        let document = extract("""
            NOTICE: This opinion is subject to
            formal revision before publication in the preliminary print of the
            United States Reports. Readers are requested to notify the Reporter
            of Decisions, Supreme Court of the United States, Washington,
            D. C. 20543, of any typographical or other formal errors, in
            order that corrections may be made before the preliminary print
            goes to press.
            SUPREME COURT OF THE UNITED STATES
            _________________
            No. 16–399
            _________________
            ANTHONY W. PERRY, PETITIONER
            v. MERIT
            SYSTEMS PROTECTION BOARD
            on writ of certiorari to the united states
            court of appeals for the district of columbia circuit
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["16–399"])
        #expect(parties(document) == ["Anthony W. Perry|petitioner", "Merit Systems Protection Board|"])
        // A hyphen stays a hyphen.
        #expect(extract("SUPREME COURT OF THE UNITED STATES\n\nNo. 16-399\n\nANTHONY W. PERRY, PETITIONER v. MERIT SYSTEMS PROTECTION BOARD\n")
            .caption?.docketNumbers.map(\.text) == ["16-399"])
    }

    // Corpus/captions/gactapp-2021-franzen-v-city-of-atlanta.txt
    @Test func aNumberOpeningTheLineOfTheCasesName() {
        let document = extract("""
                                 In the Court of Appeals of Georgia

            A21A0259. TIMOTHY FRANZEN, INTERVENOR et al. v. CITY
            OF ATLANTA.
            A21A0267. TIMOTHY FRANZEN, INTERVENOR et al. v. CITY
            OF ATLANTA.

            RICKMAN, Presiding Judge.

            This case involves two of three related bond validation proceedings, all of which concern the redevelopment.
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["A21A0259", "A21A0267"])
        // A date or a word opening such a line is no number.
        let dated = extract("""
                                 In the Court of Appeals of Georgia

            03-29-2021 TIMOTHY FRANZEN v. CITY OF ATLANTA.
            JUDGMENT TIMOTHY FRANZEN v. CITY OF ATLANTA.

            This case involves two of three related bond validation proceedings, all of which concern the redevelopment.
            """)
        #expect(dated.caption?.docketNumbers.map(\.text) ?? [] == [])
    }

    // Corpus/captions/tennctapp-1998-creative-resource-management-v-soskin.txt
    @Test func aNumberBelowItsLabelPastARail() {
        let document = extract("""
            CREATIVE RESOURCE                 )
            MANAGEMENT, INC.,                 )
                                              )
                  Plaintiff/Appellant,        )      Appeal No.
                                              )      01-A-01-9808-CH-00016
            v.                                )
                                              )
            BARRY SOSKIN, et al,              )
                                              )
                  Defendants/Appellees.       )

                              COURT OF APPEALS OF TENNESSEE
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["01-A-01-9808-CH-00016"])
        // Under a label the next line's words are no number.
        let words = extract("""
            BARRY SOSKIN,                     )      Appeal No.
                  Defendant.                  )      Pending
            """)
        #expect(words.caption?.docketNumbers.map(\.text) ?? [] == [])
    }

    // Corpus/captions/txsd-1994-vaquillas-ranch-v-texaco.txt; prd-2018-in-re-financial-oversight-board-ers-v-altair.txt
    @Test func causeAndBankruptcyForms() {
        #expect(extract("UNITED STATES DISTRICT COURT\n\nCIVIL CAUSE No. L-93-030.\n").caption?.docketNumbers.map(\.text) == ["L-93-030"])
        #expect(extract("IN THE COURT OF APPEALS\n\nTrial Court Cause No. 2013-61281\n").caption?.docketNumbers.map(\.text) ?? [] == [])
        #expect(extract("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF PUERTO RICO\n\nCase No. 17 BK 3283-LTS (Jointly Administered)\n")
            .caption?.docketNumbers.map(\.text) == ["17 BK 3283-LTS"])
        // A lawyer's bar number in a district; prose after a dash.
        #expect(extract("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF PUERTO RICO\n\nBy: Luis F. del Valle-Emmanuelli, USDC-PR No. 209514, P.O. Box 79897\n")
            .caption?.docketNumbers.map(\.text) ?? [] == [])
        #expect(extract("SUPREME COURT OF OHIO\n\nNo. 2017-1627—Submitted May 1, 2018—Decided June 5, 2018.\n").caption?.docketNumbers.map(\.text) == ["2017-1627"])
        #expect(extract("UNITED STATES DISTRICT COURT\n\nCase No. 20-25013-Civ-Scola\n").caption?.docketNumbers.map(\.text) == ["20-25013-Civ-Scola"])
    }

    // Corpus/captions/sd-2010-murray-v-mansheim.txt, pasuperct-2022-zp-v-kp.txt; the hid-2022 monet title keeps its date.
    @Test func aStampOrAnAuthorsLineIsNoTitle() {
        #expect(CaptionReader.cleanTitle("OPINION FILED 02/24/10") == nil)
        #expect(CaptionReader.cleanTitle("ORDER ENTERED JUNE 8, 2007") == nil)
        #expect(CaptionReader.cleanTitle("OPINION BY KING, J.:") == nil)
        #expect(CaptionReader.cleanTitle("MEMORANDUM BY COLINS, J.:") == nil)
        // pasuperct-2018-commonwealth-v-gilbert: the line goes on with the filing stamp.
        #expect(CaptionReader.cleanTitle("MEMORANDUM BY SHOGAN, J.: FILED NOVEMBER 13, 2018") == nil)
        #expect(CaptionReader.cleanTitle("OPINION BY STEVENS, P.J.E.: FILED JUNE 1, 2020") == nil)
        #expect(CaptionReader.cleanTitle("ORDER ON MOTION FILED BY DEFENDANT SMITH, JR.: GRANTED") == "ORDER ON MOTION FILED BY DEFENDANT SMITH, JR.: GRANTED")
        #expect(CaptionReader.cleanTitle("ORDER DENYING MOTION TO DISMISS COMPLAINT FILED FEBRUARY 11, 2022")
            == "ORDER DENYING MOTION TO DISMISS COMPLAINT FILED FEBRUARY 11, 2022")
        #expect(CaptionReader.cleanTitle("MEMORANDUM OPINION BY JUDGE GLEN A. HUFF SEPTEMBER 13, 2022") == "MEMORANDUM OPINION")
        #expect(CaptionReader.cleanTitle("ORDER ON MOTIONS FILED BY DEFENDANTS") == "ORDER ON MOTIONS FILED BY DEFENDANTS")
    }

    // Corpus/captions/paed-2021-telesford-v-saul.txt: Justia's caption flattened onto one line, parted by `:` rails.
    @Test func aFlattenedCaptionReadsEveryCellUpToTheDate() {
        let document = extract("""
            IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF PENNSYLVANIA LAMBERT O. TELESFORD, : Plaintiff, : CIVIL ACTION : v. : : NO. 20-5439 KILOLO KIJAKAZI,1 : Acting Commissioner of Social Security : Defendant. : MEMORANDUM OPINION DAVID R. STRAWBRIDGE UNITED STATES MAGISTRATE JUDGE November 30, 2021 This action was brought pursuant to 42 U.S.C. § 405(g), seeking judicial review of the final decision of the Commissioner : of the Social Security Administration, Smith Jones, Defendant.
            """)
        #expect(parties(document) == ["Lambert O. Telesford|plaintiff", "Kilolo Kijakazi|defendant"])
        #expect(document.caption?.title == "MEMORANDUM OPINION")
    }

    // Corpus/captions/ared-2010-united-states-v-state-of-arkansas.txt: Justia's flattened page,
    // the caption's roles set after the body (`… JLH DEFENDANTS PLAINTIFF`). No sentence of the
    // body (`Document #77.`) nor the decree becomes a defendant; prose before the `v.` (a
    // publisher's summary) does not end the caption, nor does a long descriptor.
    @Test func aFlattenedCaptionEndsAtTheBodysProse() {
        let body = "USA v. Arkansas, State of et al Doc. 115 IN THE UNITED STATES DISTRICT COURT EASTERN DISTRICT OF ARKANSAS WESTERN DIVISION UNITED STATES OF AMERICA v. STATE OF ARKANSAS, et al. ORDE R For the reasons stated on the record at a telephone hearing conducted today, the motion to compel of the United States is granted in part. Document #77. For the reasons stated on the record, defendants' motion for partial summary judgment is denied. Document #74. IT IS SO ORDERED this 30th day of July, 2010. Case No. 4:09CV00033 JLH DEFENDANTS PLAINTIFF J. LEON HOLMES UNITED STATES DISTRICT JUDGE"
        let names = parties(extract(body))
        #expect(!names.contains { $0.contains("Document") || $0.contains("Ordered") })
        #expect(names.first == "United States of America|")
        let descriptor = extract("""
            IN THE UNITED STATES DISTRICT COURT FOR THE MIDDLE DISTRICT OF NORTH CAROLINA WILLIAM THOMAS FOX, Plaintiff, v. MITCHELL JOHNSON, individually and in his official capacity as the city manager of the City of Greensboro, and RISK MANAGEMENT ASSOCIATES, INC. Defendants. MEMORANDUM OPINION AND ORDER This action is one of several filed in this court by both black and white officers of the department.
            """)
        #expect(parties(descriptor) == ["William Thomas Fox|plaintiff", "Mitchell Johnson|defendant", "Risk Management Associates, Inc.|defendant"])
    }

    // Corpus/captions/txsd-1994-vaquillas-ranch-v-texaco.txt
    @Test func aThirdPartyRoleTakesItsNoun() {
        let parties = PartyReader.read("TRANSCONTINENTAL GAS PIPE LINE CORPORATION, and Transco Gas Supply Company, Third-Party Defendants."
            .split(separator: " ").map(String.init))
        #expect(parties.map(\.role) == ["third-party defendant", "third-party defendant"])
        // `Third-Party` alone stays the role; `Third-Party Plaintiff, Defendant` joins no second role.
        #expect(PartyReader.read(["ACME", "CORP.,", "Third-Party."]).map(\.role) == ["third-party"])
        #expect(PartyReader.read(["ACME", "CORP.,", "Third-Party", "Plaintiff,"]).map(\.role) == ["third-party plaintiff"])
    }

    // Corpus/citator/texapp13-2011-in-re-minnfee.txt
    @Test func anInReNameWithoutARoleIsTheMattersParty() {
        let document = extract("""
                                        NUMBER 13-11-00530-CV

                                           COURT OF APPEALS

                                 THIRTEENTH DISTRICT OF TEXAS


                                  IN RE: BARRY DWAYNE MINNFEE


                                  On Petition for Writ of Mandamus.

               Relator, Barry Dwayne Minnfee, proceeding pro se, filed a petition for writ of mandamus on June 24, 2011.
            """)
        #expect(parties(document) == ["Barry Dwayne Minnfee|"])
        // With its role written, one entry with the role; a chapter is no name.
        #expect(PartyReader.read(["In", "re:", "JOHN", "DOE,", "|", "Debtor."]).map { "\($0.name)|\($0.role ?? "")" } == ["John Doe|debtor"])
        #expect(PartyReader.read(["IN", "RE:", "CHAPTER", "13", "|"]).isEmpty)
    }

    // Corpus/captions/waeb-2020-in-re-zamora.txt
    @Test func inReDebtorsJoinedByAndAreTwoParties() {
        let parties = PartyReader.read("In re: JUAN ANTHONY ZAMORA and SHAMIKA FAYE ZAMORA, Debtors.".split(separator: " ").map(String.init))
        #expect(parties.map { "\($0.name)|\($0.role ?? "")" } == ["Juan Anthony Zamora|debtor", "Shamika Faye Zamora|debtor"])
        // One entity's name stays one.
        let board = PartyReader.read("In re: DEPARTMENT OF HEALTH AND HUMAN SERVICES, Debtor.".split(separator: " ").map(String.init))
        #expect(board.map(\.name) == ["Department of Health and Human Services"])
    }
}
