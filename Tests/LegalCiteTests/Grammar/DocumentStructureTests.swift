import Testing
@testable import LegalCite

@Suite("Caption, signature and footnotes")
struct DocumentStructureTests {
    @Test func centredCaption() {
        let document = extract("""
            IN THE UNITED STATES DISTRICT COURT
            FOR THE DISTRICT OF KANSAS

            CLIFTON JEREL JONES,

            Plaintiff,

            Case No.12-2486-KHV-DJW

            v.

            STATE OF KANSAS, et al.,

            Defendants.

            ORDER

            This matter comes before the Court on the Motion for Discovery filed by Plaintiff in this case.
            """)
        let caption = document.caption
        #expect(caption?.court?.id == "ksd")
        #expect(caption?.court?.name == "United States District Court for the District of Kansas")
        #expect(caption?.docketNumbers.map(\.text) == ["12-2486-KHV-DJW"])
        #expect(caption?.docketNumbers.first?.judges == ["KHV", "DJW"])
        #expect(caption?.parties.map(\.name) == ["Clifton Jerel Jones", "State of Kansas"])
        #expect(caption?.parties.map(\.role) == ["plaintiff", "defendant"])
        #expect(caption?.parties.map(\.etAl) == [false, true])
        #expect(caption?.title == "ORDER")
    }

    @Test func railsCaption() {
        let document = extract("""
                           UNITED STATES DISTRICT COURT
                          NORTHERN DISTRICT OF CALIFORNIA

            PAUL ALLEN HARPER,               )   Case No. 23-cv-02623-HSG
                                             )
                      Plaintiff,             )   ORDER SEALING DOCUMENTS
                                             )
                  v.                         )
                                             )
            PATRICIA V. TRUMBULL,            )
                                             )
                      Defendant.             )

                 Pro se plaintiff has filed several documents that include what appear to be a home address.
            """)
        #expect(document.caption?.court?.id == "cand")
        #expect(document.caption?.docketNumbers.first?.normalized == "23-cv-02623")
        #expect(document.caption?.parties.map(\.name) == ["Paul Allen Harper", "Patricia V. Trumbull"])
        #expect(document.caption?.title == "ORDER SEALING DOCUMENTS")
    }

    @Test func flattenedCaption() {
        let document = extract("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF KANSAS PAULA MORENO, Plaintiff, Case No. 17-cv-02029-DDC-KGS v. KANSAS CITY STEAK COMPANY, LLC, Defendant. MEMORANDUM AND ORDER On January 17, 2017, plaintiff Paula Moreno filed a Complaint alleging four claims against defendant.")
        #expect(document.caption?.court?.id == "ksd")
        #expect(document.caption?.parties.map(\.name) == ["Paula Moreno", "Kansas City Steak Company, LLC"])
        #expect(document.caption?.title == "MEMORANDUM AND ORDER")
    }

    @Test func proseMentioningACourtHasNoCaptionCourt() {
        let document = extract("The plaintiff sued in the United States District Court for the District of Kansas, which dismissed the case for want of jurisdiction, and the appeal followed in due course.")
        #expect(document.caption?.court == nil)
    }

    @Test func signatureWithDateAndPlace() {
        let document = extract("""
            IT IS THEREFORE ORDERED that the motion is denied.

            Dated in Kansas City, Kansas on this 26th day of November, 2012.

            s/ David J. Waxse
            David J. Waxse
            United States Magistrate Judge
            """)
        #expect(document.signature?.judge == "David J. Waxse")
        #expect(document.signature?.title == "United States Magistrate Judge")
        #expect(document.signature?.date == "2012-11-26")
        #expect(document.signature?.place == "Kansas City, Kansas")
    }

    @Test func judgeOnOneLine() {
        let document = extract("IT IS SO ORDERED.\n\nDated: March 3, 2020\n\nTOBY CROUSE UNITED STATES DISTRICT JUDGE.\n")
        #expect(document.signature?.judge == "Toby Crouse")
        #expect(document.signature?.title == "United States District Judge")
        #expect(document.signature?.date == "2020-03-03")
    }

    @Test func superscriptFootnotesAndTheirMentions() {
        let document = extract("The stay was granted.¹ Discovery is closed.²\n\n¹See ECF No. 26.\n\n²Id. at 4.\n")
        #expect(document.footnotes.map(\.label) == ["1", "2"])
        #expect(document.footnotes.map { document.text(of: $0.span) } == ["¹See ECF No. 26.", "²Id. at 4."])
        #expect(document.footnotes.map { document.text(of: $0.markerSpan!) } == ["¹", "²"])
        #expect(document.mentions.map(\.footnote) == ["1", "2"])
        #expect(document.resolution.links == [0, 0])
    }

    @Test func digitFootnoteGluedToAWord() {
        let document = extract("Pierce told Benton that her supplier's name was Jon.1 On July 6, Benton called.\n\n1 Jon is the defendant. See ECF No. 4.\n")
        #expect(document.footnotes.map(\.label) == ["1"])
        #expect(document.mentions.first?.footnote == "1")
    }

    @Test func numbersThatAreNotFootnotes() {
        let document = extract("The court cited F.3d volumes.\n\n2 Plaintiffs filed suit.\n")
        #expect(document.footnotes.isEmpty)
    }
}

@Suite("Footnotes marked with stars")
struct StarFootnoteTests {
    @Test func starMarkerAndNote() {
        let document = extract("The motion was denied.* Discovery is closed, as at *3 of the transcript.\n\n* See ECF No. 26.\n")
        #expect(document.footnotes.map(\.label) == ["*"])
        #expect(document.footnotes.map { document.text(of: $0.span) } == ["* See ECF No. 26."])
        #expect(document.mentions.first { $0.citation.kind == "docket_entry" }?.footnote == "*")
    }

    @Test func starPagesAreNotMarkers() {
        #expect(extract("See 100 F.3d 1, *3 and *684.\n\n* A list item that is not a note.\n").footnotes.isEmpty)
    }
}
