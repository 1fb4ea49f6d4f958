import Testing
@testable import LegalCite

/// State appellate captions read by grammar: a two-column caption flattened with its roles in the
/// right column, the court below's docket number between names, a docket number's label after a
/// name's comma, a `v.` line whose names carry a suffix after a comma. Each example is a real
/// caption line of a document of `Corpus/captions/` or `Corpus/mentions/`.
@Suite("Caption: state appellate layouts")
struct CaptionStateAppellateTests {
    private func read(_ line: String) -> [String] {
        PartyReader.read(line.split(separator: " ").map(String.init)).map { "\($0.name)|\($0.role ?? "")" }
    }

    /// kyctapp-2021-gasaway-v-commonwealth: `MAURICE GASAWAY v. APPELLANT APPEAL FROM HARDIN
    /// CIRCUIT COURT HONORABLE KEN M. HOWARD, JUDGE ACTION NO. 18-CR-00927 COMMONWEALTH OF
    /// KENTUCKY APPELLEE`: the role right after the `v.` closes the name before it; the action
    /// number of the court below parts the judge's line from the appellee.
    @Test func roleRightAfterVersusClosesTheNameBeforeIt() {
        #expect(read("MAURICE GASAWAY v. APPELLANT APPEAL FROM HARDIN CIRCUIT COURT HONORABLE KEN M. HOWARD, JUDGE ACTION NO. 18-CR-00927 COMMONWEALTH OF KENTUCKY APPELLEE |")
                == ["Maurice Gasaway|appellant", "Commonwealth of Kentucky|appellee"])
        // alaskactapp-2000-ward-v-state: `Trial Court No. 4FA-S96-3128 CR ) v. ) ) … Appellee.`:
        // what stands before the `v.` is a number's initials, no name.
        #expect(read("Trial Court No. 4FA-S96-3128 CR v. Appellee. |").isEmpty)
        // A side already closed by its role gives its role to no one after the `v.`.
        #expect(read("STATE OF ARIZONA, Appellee, v. Appellant. |") == ["State of Arizona|appellee"])
    }

    /// michctapp-2015-people-v-al-shara: `Wayne Circuit Court LC No. 13-008152-AR SALAH AL-SHARA,
    /// Defendant-Appellee.`: the lower court's number, left in the words, parts the names.
    @Test func lowerCourtDocketNumberPartsTheNames() {
        #expect(read("Wayne Circuit Court LC No. 13-008152-AR SALAH AL-SHARA, Defendant-Appellee.") == ["Salah Al-Shara|defendant-appellee"])
        #expect(PartyReader.isDocketNumberWord("13-008152-AR"))
        #expect(PartyReader.isDocketNumberWord("291020"))
        // `INDEPENDENT SCHOOL DISTRICT NO. 283`, `JOHN DOE NO. 1`: a name's number, no docket's.
        #expect(!PartyReader.isDocketNumberWord("283"))
        #expect(!PartyReader.isDocketNumberWord("1,"))
    }

    /// alaskactapp-2000-ward-v-state: `THOMAS WARD, ) ) Court of Appeals No. A-6842 Appellant,`:
    /// the number's label after the name's comma is no part of the name.
    @Test func docketLabelAfterTheCommaIsNoPartOfTheName() {
        #expect(read("THOMAS WARD, Court of Appeals | Appellant,") == ["Thomas Ward|appellant"])
        // The label alone, with no name's comma before it, is no party.
        #expect(read("Trial Court | Appellee.").isEmpty)
    }

    /// massappct-2024-care-one-management-v-brown: `CARE ONE MANAGEMENT, LLC v. GLORIA BROWN`
    /// alone on its line: the comma sets off the suffix, and the line is the whole caption.
    @Test func versusLineWithASuffixAfterAComma() {
        #expect(CaptionReader.commasBeforeSuffixesOnly("CARE ONE MANAGEMENT, LLC"))
        #expect(!CaptionReader.commasBeforeSuffixesOnly("JOHN DOE, Appellant"))
        #expect(!CaptionReader.commasBeforeSuffixesOnly("WELLS FARGO BANK, N.A., TRUSTEE"))
        let document = extract("""
            Opinion
            23-P-529
            03-05-2024
            CARE ONE MANAGEMENT, LLC v. GLORIA BROWN
            Summary decisions issued by the Appeals Court pursuant to M.A.C. Rule 23.0, as appearing in 97 Mass.App.Ct. 1017 (2020), are primarily directed to the parties and, therefore, may not fully address the facts of the case or the panel's decisional rationale.
            """)
        #expect(document.caption?.parties.map(\.name) == ["Care One Management, LLC", "Gloria Brown"])
        // A comma before a role: the line is no caption of names alone.
        let roled = extract("""
            Opinion
            23-P-529
            03-05-2024
            CARE ONE MANAGEMENT, APPELLANT v. GLORIA BROWN
            Summary decisions issued by the Appeals Court pursuant to M.A.C. Rule 23.0, as appearing in 97 Mass.App.Ct. 1017 (2020), are primarily directed to the parties and, therefore, may not fully address the facts of the case or the panel's decisional rationale.
            """)
        #expect(roled.caption?.parties.map(\.name) != ["Care One Management, Appellant", "Gloria Brown"])
    }

    /// la-2017-state-v-king: a clerk's news release over the slip caption ends the head at its
    /// prose; the next head, past it, names the parties (`STATE OF LOUISIANA` / `VERSUS` /
    /// `CALVIN KING`).
    @Test func captionPastAPrefaceOfProse() {
        let document = extract("""
            Supreme Court of Louisiana
            FOR IMMEDIATE NEWS RELEASE NEWS RELEASE #044
            FROM: CLERK OF SUPREME COURT OF LOUISIANA
            The Opinions handed down on the 18th day of September, 2017, are as follows:
            BY HUGHES, J.:
            For the reasons given, the judgment of the appellate court is
            reversed, and the trial court judgment, granting the defendant's
            motion for new trial, is reinstated.
            09/18/17
            SUPREME COURT OF LOUISIANA
            No. 2015-KP-1283
            STATE OF LOUISIANA
            VERSUS
            CALVIN KING
            ON WRIT OF CERTIORARI TO THE COURT OF APPEAL,
            FIFTH CIRCUIT, PARISH OF JEFFERSON
            Hughes, Justice.
            This case involves a trial court's grant of a motion for new trial on the basis
            that the verdict was contrary to the law and the evidence pursuant to Louisiana
            """)
        #expect(document.caption?.parties.map(\.name) == ["State of Louisiana", "Calvin King"])
        #expect(document.caption?.court?.id == "la")
    }

    /// tnmd-2024-gentry-v-tennessee-dept-of-treasury: a descriptor's line in a railed caption
    /// (`capacity as Criminal Court Clerk for the  )`) is no preface: no head is read past it.
    @Test func noSecondHeadPastALineOfARailedCaption() {
        let document = extract("""
                          IN THE UNITED STATES DISTRICT COURT
                         FOR THE MIDDLE DISTRICT OF TENNESSEE
                                  NASHVILLE DIVISION


            HOWARD GENTRY, in his official  )
            capacity as Criminal Court Clerk for the  )
            Metropolitan Government of Nashville  )
            and Davidson County,            )
                                            )
              and                           )
                                            )
            THE METROPOLITAN GOVERNMENT     )
            OF NASHVILLE AND DAVIDSON       )
            COUNTY, TENNESSEE,              )
                                            )
              Plaintiffs,                   )
                                            )   Case No. 3:24-cv-00316
            v.                              )   Judge Aleta A. Trauger
                                            )
            TENNESSEE DEPARTMENT OF         )
            TREASURY and DAVID H. LILLARD,  )

                                     MEMORANDUM
                In this lawsuit, plaintiffs Howard Gentry, in his official capacity as Criminal Court Clerk
            for the Metropolitan Government of Nashville and Davidson County, and the Metropolitan
            """)
        #expect(!(document.caption?.parties ?? []).contains { $0.name.hasPrefix("Metropolitan Government of Nashville") })
    }

    /// courtlistener_acms_test_appellate, ca2-2017-kumar-v-lynch: names of a later head that
    /// join two names at a comma, or open with a term's date, are no caption's.
    @Test func joinedNamesAreRefused() {
        #expect(CaptionReader.joinsNames("Petersen Energia Inversora, S.A.U., Petersen Energia S.A.U."))
        #expect(!CaptionReader.joinsNames("City Utilities of Springfield, Missouri"))
        #expect(!CaptionReader.joinsNames("Carlos Auto Rental Services, Inc."))
        #expect(!CaptionReader.joinsNames("Gte.net LLC, dba Verizon Internet Solutions"))
    }
}
