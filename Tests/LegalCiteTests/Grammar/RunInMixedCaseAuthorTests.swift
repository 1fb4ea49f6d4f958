import Testing
@testable import LegalCite

/// Georgia's Court of Appeals: the writer's name in mixed case, the title in full and a period,
/// the first paragraph on the same line.
@Suite("Head: a mixed-case writer run into the first paragraph")
struct RunInMixedCaseAuthorTests {
    @Test func theWriterOpensTheFirstParagraph() {
        // Corpus/captions/gactapp-2020-dellinger-allen-v-obrien.txt, shortened.
        let document = extract("""
            FOURTH DIVISION
            DILLARD, P. J.,
            RICKMAN and BROWN, JJ.

            A20A1234. DELLINGER-ALLEN et al. v. O'BRIEN.

            Thompson O'Brien Kemp & Nasuti, Aaron M. Kappler, for appellee.

            Hodges, Judge. E. Amanda Dellinger-Allen and her counseling practice sued Allison O'Brien for defamation and breach of contract.

            """)
        #expect(document.signature?.author == "Hodges")
        #expect(document.signature?.title == "Judge")
    }

    @Test func aTrialJudgesNameWrappedOntoItsLineIsNoWriter() {
        // Corpus/captions/calctapp-2013-people-v-tucker.txt: the court below's judge after an initial.
        let document = extract("""
            THE PEOPLE,
                 Plaintiff and Respondent,
            v.
            JOHN DOE,
                 Defendant and Appellant.

                 APPEAL from a judgment of the Superior Court of San Diego County, Michael T.

            Smyth, Judge. Affirmed.

            The defendant appeals from the judgment entered after a jury convicted him of the offense.

            """)
        #expect(document.signature?.author == nil)
    }
}
