import Testing
@testable import LegalCite

/// A title set on several lines, centred: each line under the first's centre continues it; a
/// docket cite closing it is left out; its apostrophes are given back as the page curls them.
@Suite("Caption: a title centred on several lines")
struct CaptionTitleLinesTests {
    /// Corpus/captions/ctd-2022-shea-v-sieunarine.txt's head, shortened.
    private let head = """
        UNITED STATES DISTRICT COURT
        DISTRICT OF CONNECTICUT

        JOHN SHEA, et al.,                         :
             Plaintiffs,                           :
                                                   :
        v.                                         :   No. 3:21-cv-00390 (SALM)
                                                   :
        DAVID SIEUNARINE, et al.,                  :
             Defendants.                           :

                    RULING AND ORDER ON PLAINTIFFS’ MOTION
              TO DETERMINE SUFFICIENCY OF DEFENDANTS’ RESPONSES
                TO PLAINTIFFS’ REQUESTS FOR ADMISSIONS [ECF No. 42]

        Plaintiffs have filed a motion asking the Court to determine the sufficiency of the responses.

        """

    @Test func centredLinesContinueTheTitle() {
        #expect(extract(head).caption?.title == "RULING AND ORDER ON PLAINTIFFS’ MOTION TO DETERMINE SUFFICIENCY OF DEFENDANTS’ RESPONSES TO PLAINTIFFS’ REQUESTS FOR ADMISSIONS")
    }

    @Test func aLineOffTheTitlesCentreDoesNot() {
        // The next line starts far left of the centred title and is the body's, in capitals.
        var lines = head.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[12].hasSuffix("TO DETERMINE SUFFICIENCY OF DEFENDANTS’ RESPONSES"))
        lines[12] = "I. BACKGROUND"
        lines.remove(at: 13)
        #expect(extract(lines.joined(separator: "\n")).caption?.title == "RULING AND ORDER ON PLAINTIFFS’ MOTION")
    }

    @Test func aClosingDocketCiteIsNoPartOfTheTitle() {
        #expect(CaptionReader.withoutClosingDocketCite("TO PLAINTIFFS’ REQUESTS FOR ADMISSIONS [ECF No. 42]") == "TO PLAINTIFFS’ REQUESTS FOR ADMISSIONS")
        #expect(CaptionReader.withoutClosingDocketCite("MOTION TO DISMISS (Doc. 12)") == "MOTION TO DISMISS")
        #expect(CaptionReader.withoutClosingDocketCite("ORDER (AMENDED)") == "ORDER (AMENDED)")
    }

    @Test func aStraightApostropheTheTitleWritesStaysStraight() {
        let straight = extract("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\nJANE ROE,\nPlaintiff,\nv.\nACME SCHOOL,\nDefendant.\n\nORDER GRANTING DEFENDANT'S MOTION TO DISMISS\n\nThe school’s motion is granted for the reasons that follow in this order of the court.\n")
        #expect(straight.caption?.title == "ORDER GRANTING DEFENDANT'S MOTION TO DISMISS")
    }
}
