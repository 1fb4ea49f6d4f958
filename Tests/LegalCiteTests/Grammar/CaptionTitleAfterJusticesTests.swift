import Testing
@testable import LegalCite

/// A title right after the lines that say which justice delivered the judgment and who joined
/// (Illinois's appellate opinions and Rule 23 orders), with no blank line around it.
@Suite("Caption: a title after the justices' lines")
struct CaptionTitleAfterJusticesTests {
    @Test func anIllinoisOrderAfterTheJusticesLines() {
        let caption = extract("""
            2022 IL App (1st) 210440-U
            Order filed February 3, 2022
            FIRST DISTRICT
            FOURTH DIVISION
            No. 1-21-0440
            ______________________________________________________________________________
            IN THE
            APPELLATE COURT OF ILLINOIS
            FIRST DISTRICT
            ______________________________________________________________________________
            In re MARRIAGE OF ) Appeal from the
            ) Circuit Court of
            JOSHUA SAUNDERS, ) Cook County.
            )
            Petitioner-Appellant, )
            ) No. 18 D 7500
            and )
            )
            LISA SAUNDERS, ) Honorable
            ) Elizabeth Loredo Rivera,
            Respondent-Appellee. ) Judge, presiding.
            JUSTICE ROCHFORD delivered the judgment of the court.
            Justices Lampkin and Martin concurred in the judgment.
            ORDER
            ¶1 Held: We dismiss the appeal as to the dissolution of marriage judgment for lack of
            appellate jurisdiction where the issue of child support had not been resolved at the
            time of appeal.
            """).caption
        #expect(caption?.title == "ORDER")
    }

    @Test func whatIsAndIsNotAJusticesLine() {
        #expect(CaptionReader.isJusticesLine("JUSTICE LIU delivered the judgment of the court, with opinion."))
        #expect(CaptionReader.isJusticesLine("Presiding Justice Simon dissented, with opinion."))
        #expect(CaptionReader.isJusticesLine("Justices Lampkin and Martin concurred in the judgment."))
        // Body prose about a judge is none.
        #expect(!CaptionReader.isJusticesLine("The trial judge dissented from nothing; the jury found the defendant guilty."))
        #expect(!CaptionReader.isJusticesLine("Justice requires that the judgment be delivered to the parties."))
    }

    /// Without the justices' lines, a title-like line run into the body with no blank line is still no title.
    @Test func noTitleFromABodyLineWithoutBlanks() {
        let caption = extract("""
            IN THE
            APPELLATE COURT OF ILLINOIS
            FIRST DISTRICT
            In re MARRIAGE OF ) Appeal from the
            ) Circuit Court of
            JOSHUA SAUNDERS, ) Cook County.
            Petitioner-Appellant, )
            and )
            LISA SAUNDERS, ) Honorable
            Respondent-Appellee. ) Judge, presiding.
            The appellant appeals from the judgment entered by the circuit court after a trial on the merits.
            ORDER
            The parties then filed their briefs in this court and the case was taken on the record.
            """).caption
        #expect(caption?.title == nil)
    }
}
