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
}
