import Testing
@testable import LegalCite

/// Words of the court's heading or of a docket text are never a party's name: the bench's line
/// (`En Banc`), a district's or county's line under the court's name, a docket text's `Re:`.
/// Each example is the real caption of a document of `Corpus/captions/`.
@Suite("Caption: heading words kept out of party names")
struct CaptionHeadingWordsTests {
    /// ariz-2002-state-v-smith: `En Banc` centered under `SUPREME COURT OF ARIZONA`.
    @Test func benchLineIsNoPartOfTheFirstName() {
        let document = extract("""
                                SUPREME COURT OF ARIZONA
                                        En Banc

            STATE OF ARIZONA,                 )    Arizona Supreme Court
                                              )    No. CR-01-0272-AP
                                    Appellee, )
                                              )
                             v.               )
                                              )
            BERNARD SMITH,                    )
                                              )
                                    Appellant.)    O P I N I O N
                                              )
            __________________________________)

            Shortly before midnight on August 21, 1983, appellant Bernard Smith backed his car into a parking space.
            """)
        let names = document.caption?.parties.map(\.name) ?? []
        #expect(names.first == "State of Arizona")
        #expect(!names.contains(where: { $0.lowercased().contains("banc") }))
        // The bench's words in a flattened caption end the heading; a name of one's own keeps `En`.
        #expect(PartyReader.read(["COURT", "En", "Banc", "STATE", "OF", "ARIZONA,", "Appellee,"]).map(\.name) == ["State of Arizona"])
        #expect(PartyReader.read(["LI", "EN", "CHANG,", "Appellee,"]).map(\.name) == ["Li En Chang"])
    }

    /// ohctapp4pickawa-2011-fifth-third-mortgage-v-rankin: the district and the county under the
    /// court's name, and the title `DECISION AND` ⏎ `JUDGMENT ENTRY` right of a `:` rail.
    @Test func districtAndCountyLinesAreTheHeadings() {
        let document = extract("""
            [Cite as Fifth Third Mtge. Co. v. Rankin, 2011-Ohio-2757.]
            IN THE COURT OF APPEALS OF OHIO
            FOURTH APPELLATE DISTRICT
            PICKAWAY COUNTY
            Fifth Third Mortgage Company, :
            :
            Plaintiff-Appellee, : Case No: 10CA45
            :
            v. :
            : DECISION AND
            John Rankin, et al., : JUDGMENT ENTRY
            :
            Defendants-Appellants. : File-stamped date: 6-02-11
            APPEARANCES:
            John Rankin, Williamsport, Ohio, pro se, Appellant.
            """)
        #expect(document.caption?.parties.map(\.name) == ["Fifth Third Mortgage Company", "John Rankin"])
        #expect(document.caption?.title == "DECISION AND JUDGMENT ENTRY")
    }

    /// A county's line that goes on with a name begun above it is the name's (negative).
    @Test func countyLineInsideANameIsKept() {
        let document = extract("""
            IN THE COURT OF APPEALS OF OHIO
            FOURTH APPELLATE DISTRICT

            BOARD OF EDUCATION OF
            JEFFERSON COUNTY
            Plaintiff-Appellee,
            v.
            JOHN RANKIN,
            Defendant-Appellant.
            """)
        #expect(document.caption?.parties.first?.name == "Board of Education of Jefferson County")
    }

    /// cand-2017-hunter-v-oakland-school-for-the-arts: the docket text `Re: Dkt. No. 22` run into
    /// the flattened caption after the defendant's name.
    @Test func docketTextReIsNoPartOfTheName() {
        let document = extract("""
            Download PDF
            1 2 3 4 UNITED STATES DISTRICT COURT 5 NORTHERN DISTRICT OF CALIFORNIA 6 7 I.H., by and through her guardian ad litem, CHERYLL HUNTER, Plaintiff, 8 9 10 11 Case No. 16-cv-05500-SI ORDER GRANTING DEFENDANT'S MOTION TO DISMISS v. OAKLAND SCHOOL FOR THE ARTS, et al., Re: Dkt. No. 22 United States District Court Northern District of California Defendants. 12 13 14 15 16 17 Now before the Court is the motion by defendant Oakland School for the Arts (“OSA”) to dismiss plaintiff I.H.’s complaint.
            """)
        let names = document.caption?.parties.map(\.name) ?? []
        #expect(names.contains("Oakland School for the Arts"))
        #expect(!names.contains(where: { $0.lowercased().contains("re:") }))
        // `In re:` opening a matter keeps its party (negative).
        #expect(PartyReader.read(["In", "re:", "JONNIE", "SUE", "STALEY", "|"]).map(\.name) == ["Jonnie Sue Staley"])
    }
}
