import Testing
@testable import LegalCite

/// Caption forms of issue 13's third round: a role with the trial-court role after it, a
/// service member's rank line, numbers without the usual label, a county's court below, and a
/// caption whose words a converter letter-spaced. Each example is shaped on a real document of
/// `Corpus/captions/` or `Corpus/mentions/` (named in each test).
@Suite("Caption forms: trial-court roles, rank lines, bare numbers, spaced words")
struct CaptionRolesTests {
    private func parties(_ document: ExtractedDocument) -> [String] {
        (document.caption?.parties ?? []).map { "\($0.name)|\($0.role ?? "")" }
    }

    // Corpus/captions/wva-2019-campbell-v-csx.txt
    @Test func aRoleBelowBeforeThePostureIsOneRole() {
        let document = extract("""
            STATE OF WEST VIRGINIA SUPREME COURT OF APPEALS

            No. 17-1034

            Roger D. Campbell, Kathryn D. Campbell, and Carol Murphy, Plaintiffs Below, Petitioners v. CSX Transportation, Inc., W.W. McDonald Land Company, and Skidrow Timbering Co., Defendants Below, Respondents

            MEMORANDUM DECISION

            Petitioners and plaintiffs below Roger D. Campbell, Kathryn D. Campbell, and Carol Murphy, by counsel D. Adrian Hoosier, II and Erica Lord, appeal three orders entered on October 23, 2017, in the Circuit Court of Logan County that granted the respective motions for summary judgment filed by respondents and defendants below CSX Transportation, Inc. ("CSX"), W.W. McDonald Land Company ("WWMLC"), and Skidrow Timbering Company ("Skidrow"). Both Respondent CSX, by counsel Luke Lafferre, and Respondent WWMLC, by counsel Robert H. Sweeney, Jr. & Kierston Eastham Rosen, filed responses in support of the circuit court orders.
            """)
        let found = parties(document)
        #expect(found.contains("Roger D. Campbell|plaintiff below, petitioner"))
        #expect(found.contains("Carol Murphy|plaintiff below, petitioner"))
        #expect(found.contains("Skidrow Timbering Co.|defendant below, respondent"))
        // `below` is no party; the paragraph of names after the caption gives none.
        #expect(!found.contains { $0.lowercased().hasPrefix("below|") })
        #expect(!found.contains { $0.hasSuffix("|respondent") || $0.hasPrefix("Erica Lord") })
        #expect(document.caption?.title == "MEMORANDUM DECISION")
    }

    // Corpus/captions/wyo-1991-ferguson-ranch-v-murray.txt
    @Test func aTrialRoleInParenthesesClosesTheRole() {
        let document = extract("""
            Supreme Court of Wyoming
            FERGUSON RANCH, INC., a Wyoming Corporation, Appellant (Defendant),
            v.
            Edward F. MURRAY, Jr., and William J. Edwards, Appellees (Plaintiffs).
            Appeal from the District Court, Laramie County, Edward L. Grant, J.
            Charles E. Graves of Graves, Santini and Villemez, Cheyenne, for appellant.
            """)
        let found = parties(document).map { $0.lowercased() }
        #expect(found == ["ferguson ranch, inc.|appellant (defendant)", "edward f. murray, jr.|appellee (plaintiff)",
                          "william j. edwards|appellee (plaintiff)"])
        #expect(PartyReader.trialRole("(Defendant),") == "defendant")
        #expect(PartyReader.trialRole("(Plaintiffs).") == "plaintiff")
        // A docket reference after a role is no trial role (`filed by Defendants (Dkt. 15)`).
        #expect(PartyReader.trialRole("(Dkt.") == nil)
        #expect(PartyReader.trialRole("(ECF") == nil)
        #expect(PartyReader.trialRole("(Jointly") == nil)
    }

    // Corpus/captions/armfor-2015-united-states-v-arness.txt
    @Test func aRankAndServiceLineIsNoPartOfTheName() {
        let document = extract("""
            UNITED STATES, Appellee
            v.
            Mark K. ARNESS, Lieutenant Colonel
            U.S. Air Force, Appellant
            No. 14-8014
            Misc. Dkt. No. 2013-30
            United States Court of Appeals for the Armed Forces
            Argued February 10, 2015
            """)
        #expect(parties(document).map { $0.lowercased() } == ["united states|appellee", "mark k. arness|appellant"])
        // A grade's word after a comma with no armed service after it stays the name's.
        let company = extract("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF KANSAS

            JOHN SMITH,
                        Plaintiff,
            v.                                        Case No. 12-2486-KHV
            ACME, Major Holdings LLC,
                        Defendant.

            MEMORANDUM AND ORDER

            This matter comes before the court on the motion of the defendant to dismiss the complaint for failure.
            """)
        #expect(parties(company).map { $0.lowercased() }.contains("acme, major holdings llc|defendant"))
    }

    // Corpus/captions/cit-1981-american-air-parcel-v-united-states.txt
    @Test func theCourtOfInternationalTradesCourtNumber() {
        let document = extract("""
                AMERICAN AIR PARCEL FORWARDING COMPANY, LTD., a Hong Kong Corporation, Plaintiff,
                v.
                UNITED STATES, Defendant.

                Court No. 81-4-00428.

                United States Court of International Trade.

                May 15, 1981.
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["81-4-00428"])
        // Another court's number, written after its name on the line, stays the court below's.
        let below = extract("""
            IN THE COURT OF APPEALS OF INDIANA

            JOHN DOE,
                        Appellant-Defendant,
            v.
            STATE OF INDIANA,
                        Appellee-Plaintiff.

            Appeal from the Marion Superior Court, Court No. 49G06-1305-FA-031234

            MEMORANDUM DECISION

            The appellant appeals from his conviction and the sentence the court gave him for the crime.
            """)
        let numbers = below.caption?.docketNumbers.map(\.text) ?? []
        #expect(!numbers.contains("49G06-1305-FA-031234"))
    }

    // Corpus/captions/ga-1980-fair-v-state.txt
    @Test func aBareNumberClosedByAPeriodUnderTheTitleLine() {
        let document = extract("""
            245 Ga. 868 (1980)

            268 S.E.2d 316

            FAIR v. THE STATE.

            35701.

            Supreme Court of Georgia.

            Argued January 16, 1980.

            Decided April 9, 1980.
            """)
        #expect(document.caption?.docketNumbers.map(\.text) == ["35701"])
        // A year, or five digits without their period, is no docket line.
        let year = extract("""
            FAIR v. THE STATE.

            1980.

            35701

            Supreme Court of Georgia.
            """)
        #expect(year.caption?.docketNumbers.isEmpty ?? true)
    }

    // Corpus/captions/kyctapp-2021-gasaway-v-commonwealth.txt; alacrimapp-2012-windsor-v-state.txt
    @Test func aCountysCourtBelowOfTheWritersState() {
        let kentucky = extract("""
            COMMONWEALTH OF KENTUCKY COURT OF APPEALS
            NO. 2020-CA-0031-MR

            MAURICE GASAWAY APPELLANT

            APPEAL FROM HARDIN CIRCUIT COURT
            HONORABLE KEN M. HOWARD, JUDGE

            v.

            COMMONWEALTH OF KENTUCKY APPELLEE

            OPINION AFFIRMING

            The appellant was convicted of the crime and he now appeals from that judgment in this court.
            """)
        // Hardin County has circuit courts in several states of courts-db: Kentucky's is meant.
        #expect(kentucky.caption?.lowerCourt?.id == "kycircthardin")
        #expect(kentucky.caption?.court?.id == "kyctapp")
    }

    // Corpus/mentions/ohioctapp10-2017-state-v-rexrode.txt (a converter's letter-spaced words)
    @Test func aLetterSpacedCaptionIsReadAndGivenBackAsSpaced() {
        let document = extract("""
            IN THE COURT OF APPEALS OF OHIO

            S t a t e o f Ohio,                    :

                       Plaintiff-Appellee,         :          No. 17AP-224

            v.                                     :

            Jacob C. Rexrode,                      :

                       Defendant-Appellant.        :

                                     D E C I S I O N

                                Rendered on December 5, 2017

            Defendant-appellant, Jacob C. Rexrode, appeals from the judgment entry of the Franklin County Municipal Court finding appellant guilty.
            """)
        // Words spaced with no gap between them are given as the page spaces them, never run together.
        #expect(parties(document) == ["S t a t e o f Ohio|plaintiff-appellee", "Jacob C. Rexrode|defendant-appellant"])
        #expect(document.caption?.title == "D E C I S I O N")
        let number = document.caption?.docketNumbers.first
        #expect(number?.text == "17AP-224")
        // The number's span still indexes the input.
        if let number { #expect(document.text(of: number.span) == "17AP-224") }
    }

    @Test func aJoinedOffsetLeadsBackToTheNormalizedText() {
        let bytes = Array("S t a t e o f Ohio v. X".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var map = OffsetMap()
            map.copy(from: 0, count: buffer.count)
            map.finish(originalCount: buffer.count)
            guard let spacing = LetterSpacing.collapse(buffer, map: map) else { Issue.record("not collapsed"); return }
            #expect(String(decoding: spacing.bytes, as: UTF8.self) == "Stateof Ohio v. X")
            // `Ohio` starts at 8 joined, 14 normalized; `Stateof` spans 0..<7 joined, 0..<13 normalized.
            #expect(spacing.normalized(ofOffset: 8) == 14)
            #expect(spacing.normalized(ofRange: 0..<7) == 0..<13)
            #expect(spacing.offset(ofNormalized: spacing.normalized(ofOffset: 10)) == 10)
        }
    }
}
