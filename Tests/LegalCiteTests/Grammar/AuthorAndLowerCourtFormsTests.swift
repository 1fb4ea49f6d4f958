import Testing
@testable import LegalCite

/// Issue 13, signature6: author lines run into a flattened head, a letter-spaced name, a
/// right-column `JUDGE` byline's title. Real lines, with negatives.
@Suite("Author and lower-court forms")
struct AuthorAndLowerCourtFormsTests {
    @Test func authorAsTheLastSentenceOfAFlattenedHead() {
        // Corpus/captions/bap10-2021-wellers-v-peters.txt
        let line = "NOT FOR PUBLICATION Chapter 7 OPINION Appeal from the United States Bankruptcy Court for the District of Colorado Before CORNISH, MICHAEL, and HALL, Bankruptcy Judges. CORNISH, Bankruptcy Judge.\n\nThis appeal involves the proceeds of the sale of a chapter 7 debtor's residence.\n"
        let document = extract(line)
        #expect(document.signature?.author == "CORNISH")
        #expect(document.signature?.title == "Bankruptcy Judge")
        // The bench's sentence alone names no writer; nor a title at a line's end after no sentence.
        #expect(extract("Appeal from the United States Bankruptcy Court for the District of Colorado Before CORNISH, MICHAEL, and HALL, Bankruptcy Judges.\n\nThis appeal involves the proceeds.\n").signature?.author == nil)
        #expect(extract("The motion for a stay pending appeal was first heard and denied in chambers by SMITH, District Judge\n\nWe affirm.\n").signature?.author == nil)
    }

    @Test func letterSpacedAuthorLine() {
        // Corpus/captions/ariz-2002-state-v-smith.txt
        let document = extract("Attorneys for the State of Arizona\n_________________________________________________________________\nM c G R E G O R, Vice Chief Justice\n\n                                 I.\n")
        #expect(document.signature?.author == "McGREGOR")
        #expect(document.signature?.title == "Vice Chief Justice")
        #expect(OpinionHeadReader.unspaced("M c G R E G O R") == "McGREGOR")
        // Initials are no letter-spaced name.
        #expect(OpinionHeadReader.unspaced("J. R. SMITH") == "J. R. SMITH")
        #expect(OpinionHeadReader.unspaced("A B C") == "A B C")
    }

    @Test func rightColumnJudgeBylineKeepsItsTitle() {
        // Corpus/captions/vactapp-2022-murphy-v-dang.txt
        let document = extract("              v.     Record No. 0201-22-4                                      JUDGE GLEN A. HUFF\n\n                 FROM THE CIRCUIT COURT OF FAIRFAX COUNTY\n")
        #expect(document.signature?.author == "GLEN A. HUFF")
        #expect(document.signature?.title == "JUDGE")
    }
}
