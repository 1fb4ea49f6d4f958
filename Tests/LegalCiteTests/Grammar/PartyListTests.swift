import Testing
@testable import LegalCite

/// Parties of a caption, one entry per party, with the role the caption writes: lists under one
/// role (commas with descriptors, `A, B, C and D`, semicolons), one name with its suffixes and
/// other names (`, Inc.`, `, M.D.`, `a/k/a`, `doing business as`, `ex rel.`), names a flattened
/// caption separates from their role by a docket number, captions without roles. Each example is
/// shaped on a real caption of `Corpus/captions/`.
@Suite("Party lists and roles")
struct PartyListTests {
    private func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func aListWithCapacitiesIsOneEntryPerName() {
        let parties = PartyReader.read(words("""
            BONNIE HEATHER MCLEAN, in her official and individual capacities, CHRISTINA APOSTOLI, in her official and \
            individual capacities, FRANK ANTHONY MOSCHETTI, in his official and individual capacities. JONES LAW FIRM, P.C., \
            APRIL JONES, in her individual capacity, GRANT BURSEK, in his official and individual capacities, ANGELINA CORDOVA, \
            THE STATE OF COLORADO, UNITED STATES OF AMERICA, STACY MICHELLE ANGEL, in her official and individual capacity, \
            DANIEL T. TOWNSEND, in his official and individual capacities, GILBERT M. ROMAN, in his official and individual \
            capacities, and JOHN DOE, in his official and individual capacities, Defendants.
            """))
        #expect(parties.map(\.name) == ["Bonnie Heather Mclean", "Christina Apostoli", "Frank Anthony Moschetti", "Jones Law Firm, P.C.",
                                        "April Jones", "Grant Bursek", "Angelina Cordova", "The State of Colorado", "United States of America",
                                        "Stacy Michelle Angel", "Daniel T. Townsend", "Gilbert M. Roman", "John Doe"])
        #expect(parties.allSatisfy { $0.role == "defendant" })
    }

    @Test func oneNameKeepsItsSuffixesAndOtherNames() {
        let store = PartyReader.read(words("""
            JACK’S CORNER STORES, a/k/a JACK’S CORNER STORE, INC. and STAR 9, INC., ILLINOIS INDUSTRIAL TOOL, INC., and \
            WMH TOOL GROUP, INC., Defendants-Appellees.
            """))
        #expect(store.map { $0.name.lowercased() } == ["jack’s corner stores, a/k/a jack’s corner store, inc.", "star 9, inc.",
                                                       "illinois industrial tool, inc.", "wmh tool group, inc."])
        #expect(store.first?.role == "defendant-appellee")
        let doctors = PartyReader.read(words("""
            LISA ESOLEN, M.D., LINDSEY HALL, M.D., AMY JONES, RN; BOSCO SSEMANDA, RN, and WATERFRONT OPERATIONS ASSOCIATES, LLC, \
            doing business as ELLICOTT CENTER FOR REHABILITATION AND NURSING, Defendants.
            """))
        #expect(doctors.map { $0.name.lowercased() } == ["lisa esolen, m.d.", "lindsey hall, m.d.", "amy jones, rn", "bosco ssemanda, rn",
                                                         "waterfront operations associates, llc, doing business as ellicott center for rehabilitation and nursing"])
        // Two names in one item of a semicolon list are one name (`STATE OF NEW JERSEY, DEPARTMENT OF …`).
        let agencies = PartyReader.read(words("STATE OF NEW JERSEY, DEPARTMENT OF ENVIRONMENTAL PROTECTION; TOWNSHIP OF DELANCO, Defendants."))
        #expect(agencies.map(\.name) == ["State of New Jersey, Department of Environmental Protection", "Township of Delanco"])
        let relator = PartyReader.read(words("STATE OF ARIZONA, ex rel. ARIZONA STATE LAND DEPARTMENT, Plaintiff/Counterdefendant/Appellee,"))
        #expect(relator.map(\.name) == ["State of Arizona, ex rel. Arizona State Land Department"])
        #expect(relator.first?.role == "plaintiff/counterdefendant/appellee")
        // Without `and`, commas join the parts of one name.
        let agency = PartyReader.read(words("Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing, Appellant"))
        #expect(agency.map(\.name) == ["Commonwealth of Pennsylvania, Department of Transportation, Bureau of Driver Licensing"])
    }

    @Test func listsWithoutAnOxfordComma() {
        let oregon = PartyReader.read(words("""
            Robert H. BAUGH, Nick N. Westlund, William P. Dorsey and Jean Patterson as Executrix of the Estate of Harlan W. \
            Patterson, individually, Appellants Cross-Respondents,
            """))
        #expect(oregon.map(\.name) == ["Robert H. Baugh", "Nick N. Westlund", "William P. Dorsey", "Jean Patterson"])
        #expect(oregon.first?.role == "appellant cross-respondent")
        let trusts = PartyReader.read(words("""
            BRYANT LIMITED PARTNERSHIPS I THROUGH XV, David L. Bryant, Hillshire Trusts I through XV and Does One through \
            Forty-Five, Respondents Cross-Appellants,
            """))
        #expect(trusts.map { $0.name.lowercased() } == ["bryant limited partnerships i through xv", "david l. bryant",
                                                        "hillshire trusts i through xv", "does one through forty-five"])
        let parents = PartyReader.read(words("MIGUEL CARRANZA and AMELIA SANCHEZ, natural parents of Jesua M.V. Carranza-Sanchez, deceased, Plaintiffs,"))
        #expect(parents.map(\.name) == ["Miguel Carranza", "Amelia Sanchez"])
        // A semicolon list whose items carry offices: the name before the office.
        let officials = PartyReader.read(words("""
            PARRIS N. GLENDENING, State of Maryland, Governor; ANTHONY WILLIAMS, Mayor, Washington D.C.; DAVID GARRAGHTY, \
            Warden, Greensville Correctional Center, Defendants - Appellees.
            """))
        #expect(officials.map(\.name) == ["Parris N. Glendening", "Anthony Williams", "David Garraghty"])
    }

    @Test func aDocketNumberBetweenTheNameAndItsRole() {
        // `|` stands for the docket number the caption reader removed.
        let monet = PartyReader.read(words("SAM MONET, | LEK-KJM Plaintiff, vs. STATE OF HAWAII, AND DOE DEFENDANTS 120, Defendants."))
        #expect(monet.map(\.name) == ["Sam Monet", "State of Hawaii", "Doe Defendants 120"])
        #expect(monet.map(\.role) == ["plaintiff", "defendant", "defendant"])
        let skinner = PartyReader.read(words("ERIKKA SKINNER et al., 2d Civil | (Super. Ct. No. 18CV01618) Plaintiffs and Respondents,"))
        #expect(skinner.map(\.name) == ["Erikka Skinner"])
        #expect(skinner.first?.role == "plaintiff and respondent")
        // A name after the removed number is that role's own party, not the held one.
        let two = PartyReader.read(words("JOHN SMITH, | MARY JONES, Plaintiff,"))
        #expect(two.map(\.name) == ["Mary Jones"])
        // A date or publication note a converter put between the name and its role is dropped.
        let fowler = PartyReader.read(words("KEITH A. FOWLER and EVELYN FOWLER, UNPUBLISHED July 15, 2010 Plaintiffs-Appellants,"))
        #expect(fowler.map(\.name) == ["Keith A. Fowler", "Evelyn Fowler"])
    }

    @Test func sidesWithoutARole() {
        let mallory = PartyReader.read(words("UNITED STATES of America, v. Kevin Patrick MALLORY, Defendant."))
        #expect(mallory.map(\.name) == ["United States of America", "Kevin Patrick Mallory"])
        #expect(mallory.map(\.role) == [nil, "defendant"])
        let perry = PartyReader.read(words("ANTHONY W. PERRY, PETITIONER v. MERIT SYSTEMS PROTECTION BOARD"))
        #expect(perry.map(\.name) == ["Anthony W. Perry", "Merit Systems Protection Board"])
        #expect(perry.map(\.role) == ["petitioner", nil])
        let nebraska = PartyReader.read(words("State of Nebraska, appellee, v. Robert L. Schwaderer, appellant."))
        #expect(nebraska.map(\.role) == ["appellee", "appellant"])
        // Prose with a role word in lower case is no caption.
        #expect(PartyReader.read(words("the court granted the motion of the defendant, appellant, in part")).isEmpty)
        // A `v.` alone on its line: the names in any case; a title line in running text is not read.
        let lawson = PartyReader.read(["STATE", "of", "Louisiana", PartyReader.versusLine, "Cleveland", "LAWSON."])
        #expect(lawson.map(\.name) == ["State of Louisiana", "Cleveland Lawson"])
        #expect(PartyReader.read(words("Leszyk v Guthrie Corning Hosp.")).isEmpty)
    }

    @Test func whatIsNoPartysName() {
        #expect(PartyReader.read(words("Hon. Gonzalo P. Curiel, United States District Judge, Plaintiff,")).isEmpty)
        #expect(PartyReader.read(words("ORD SCEC-22-0000734 Plaintiff,")).isEmpty)
        #expect(PartyReader.read(words("On brief: Timothy Gales, Plaintiff-Appellant,")).isEmpty)
        #expect(PartyReader.read(words("In the Court of Appeals of the State of Washington Zoya Spencer, Appellant,")).isEmpty)
        #expect(PartyReader.read(words("Of the Court by Hiraoka, J. Plaintiff-Appellant Wayne Okutsu sued, Defendant-Appellee,")).isEmpty)
        // A body sentence opened by a role word.
        #expect(PartyReader.read(words("BACKGROUND Plaintiff, who is currently housed at Jenkins Correctional Center")).isEmpty)
        #expect(PartyReader.read(words("THIRTY-DAY DEADLINE Plaintiff Delbert J. Smith is appearing pro se")).isEmpty)
        // A month is a date's word only beside a number.
        #expect(PartyReader.read(words("APRIL JONES, Defendant.")).map(\.name) == ["April Jones"])
        #expect(PartyReader.containsDate(["July", "15,", "2010"]))
        #expect(!PartyReader.containsDate(["APRIL", "JONES"]))
    }

    @Test func rolesSplitByRailsAndFictitiousNames() {
        let mercer = PartyReader.read(words("Teresa L. Mercer, * * Plaintiff - Appellant/ * Cross Appellee, *"))
        #expect(mercer.first?.role == "plaintiff-appellant/cross-appellee")
        #expect(PartyReader.role("Appellant/") == "appellant")
        #expect(PartyReader.isRoleContinuation("and Respondent,"))
        #expect(PartyReader.isRoleContinuation("and Appellant."))
        #expect(!PartyReader.isRoleContinuation("and Jane Doe,"))
        #expect(PartyReader.isFragment(["LEK-KJM"]))
        #expect(PartyReader.isFragment(["(JRT/RLE)"]))
        #expect(!PartyReader.isFragment(["MARY", "JONES,"]))
    }
}
