import Testing
@testable import LegalCite

/// `caption.court`: the writer's heading read with courts-db's patterns, in the layouts that
/// part its words: a third line, a right column, `the State of`, a comma courts-db writes and
/// paper does not, a district by its letter.
@Suite("Court headings")
struct CourtHeadingTests {
    private func court(_ text: String) -> String? { extract(text).caption?.court?.id }

    private let body = "\n\nThe appellant challenges the judgment entered after trial, and we consider the arguments in turn below.\n"

    @Test func aHeadingOnThreeLines() {
        #expect(court("""
                                                 IN THE DISTRICT COURT OF APPEAL
                                                 OF FLORIDA
                                                 SECOND DISTRICT

            ROBERT JAMES,
                       Appellant,
            """ + body) == "fladistctapp2")
    }

    @Test func aRightColumnBesideTheHeading() {
        #expect(court("""
                                                                                   FILED
                                NOT FOR PUBLICATION                             JUN 29 2011

                         UNITED STATES COURT OF APPEALS                      U .S. C O U R T OF APPE ALS



                                FOR THE NINTH CIRCUIT

            LONNIE MORRIS,                                   No. 08-15229
            """ + body) == "ca9")
    }

    @Test(arguments: [
        ("IN THE SUPREME COURT OF THE STATE OF KANSAS", "kan"),
        ("IN THE SUPREME COURT OF THE STATE OF MONTANA", "mont"),
        ("SUPERIOR COURT OF NEW JERSEY\nAPPELLATE DIVISION", "njsuperctappdiv"),
    ] as [(String, String)])
    func stateCourtsWrittenOtherwiseThanCourtsDB(heading: String, id: String) {
        #expect(court(heading + "\n\nNo. 107,359\n\nSTEVE PETERSON,\nAppellant," + body) == id)
    }

    /// The state named apart from the court's kind: below it (North Dakota's and Arizona's
    /// heading), after a comma (Wyoming's), above it (Vermont's); the words courts-db has for no
    /// court stay unnamed.
    @Test(arguments: [
        ("IN THE SUPREME COURT\nSTATE OF NORTH DAKOTA", "nd"),
        ("IN THE SUPREME COURT, STATE OF WYOMING", "wyo"),
        ("IN THE COURT OF APPEALS\nSTATE OF ARIZONA\nDIVISION ONE", "arizctapp"),
        ("State of Vermont\nSuperior Court - Environmental Division", "vtsuperct"),
    ] as [(String, String)])
    func theStateNamedApartFromTheKind(heading: String, id: String) {
        #expect(court(heading + "\n\nNo. 20190034\n\nBYRON WHETSEL,\nPetitioner and Appellant," + body) == id)
    }

    /// A state court's division named in words courts-db writes otherwise: Ohio's `FOURTH
    /// APPELLATE DISTRICT` (courts-db's `Fourth District`) and its county, California's district
    /// under `THE STATE OF CALIFORNIA`; the court found as written stays where the other words
    /// name none of its divisions.
    @Test(arguments: [
        ("IN THE COURT OF APPEALS OF OHIO\nFOURTH APPELLATE DISTRICT\nPICKAWAY COUNTY", "ohctapp4pickawa"),
        ("IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT", "ohctapp10"),
        ("IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\nDIVISION FIVE", "calctapp2d"),
        ("IN THE COURT OF APPEALS OF OHIO", "ohioctapp"),
        ("IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA", "calctapp"),
    ] as [(String, String)])
    func aStateCourtsDivisionInItsOwnWords(heading: String, id: String) {
        #expect(court(heading + "\n\nNo. 10CA45\n\nFIFTH THIRD MORTGAGE COMPANY,\nPlaintiff-Appellee," + body) == id)
    }

    @Test func theFoldedWordsOfADivision() {
        let district = Array("court of appeals of ohio fourth appellate district scioto county".utf8)
        let folded = CourtNameReader.withoutDistrictWord(district, Array(district.indices))
        #expect(folded.map { String(decoding: $0.0, as: UTF8.self) } == "court of appeals of ohio fourth district scioto county")
        // Each byte keeps its origin: `district` still points at its own offset.
        #expect(folded?.1[32] == 42)
        let none = Array("court of appeals appellate division".utf8)
        #expect(CourtNameReader.withoutDistrictWord(none, Array(none.indices)) == nil)
        let state = Array("court of appeal of the state of california second appellate district".utf8)
        let turned = CourtNameReader.stateBeforeKind(state, Array(state.indices), states: ["california": "Cal."])
        #expect(turned.map { String(decoding: $0.0, as: UTF8.self) } == "california court of appeal second appellate district")
        let prose = Array("the court of appeals ruled".utf8)
        #expect(CourtNameReader.stateBeforeKind(prose, Array(prose.indices), states: ["california": "Cal."]) == nil)
    }

    /// Pennsylvania's `:` rail between the court's words (`IN THE SUPERIOR COURT OF` ⏎ `:
    /// PENNSYLVANIA`), in a laid-out caption and flattened onto one line.
    @Test(arguments: [
        "COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF\n: PENNSYLVANIA\n:\nv. :\n:\nDANIEL GILBERT :\n:\nAppellant : No. 708 MDA 2018",
        "    Z.P.                                       :   IN THE SUPERIOR COURT OF\n                                               :        PENNSYLVANIA\n                  v.                           :\n    K.P.                                       :        No. 547 MDA 2021",
        "J-S16028-19 NON-PRECEDENTIAL DECISION - SEE SUPERIOR COURT I.O.P. 65.37 COMMONWEALTH OF PENNSYLVANIA : IN THE SUPERIOR COURT OF : PENNSYLVANIA : v. : : : KENNETH ANDREW KOVALESKI : : Appellant : No. 824 MDA 2018 Appeal from the Judgment of Sentence Entered April 10, 2017 In the Court of Common Pleas of Lackawanna County Criminal Division at No(s): CP-35-CR-0002000-2012 BEFORE: OTT, J., MURRAY, J., and MUSMANNO, J. MEMORANDUM BY MURRAY, J.: FILED APRIL 16, 2019 Kenneth Andrew Kovaleski (Appellant) appeals from the judgment of sentence imposed after the trial court granted relief.",
    ])
    func aCourtsNameAcrossARail(caption: String) {
        #expect(court(caption + body) == "pasuperct")
    }

    /// South Carolina's heading, the state's line over the kind's, the caption right under it with
    /// no blank line: the state goes after the kind's own line, and the heading is no party's name.
    @Test func aStateLineOverItsCourtsKindWithTheCaptionRightUnder() {
        let caption = "THE STATE OF SOUTH CAROLINA\nIn The Court of Appeals\nThe State, Respondent,\nv.\nJohn H. Simmons, Appellant.\nAppeal From Richland County"
        #expect(court(caption + body) == "scctapp")
        #expect(extract(caption + body).caption?.parties.map(\.name) == ["The State", "John H. Simmons"])
        #expect(court(caption.replacingOccurrences(of: "Court of Appeals", with: "Supreme Court") + body) == "sc")
        // A state whose line holds more than its name is no heading (`State of Idaho, Department of …`).
        #expect(court("STATE OF IDAHO, DEPARTMENT OF HEALTH\nIn The Court of Appeals\nJohn Doe, Respondent,\nv.\nJane Roe, Appellant." + body) != "idahoctapp")
    }

    @Test func aStateNamedApartNamesNoCourtItDoesNotHave() {
        // Montana has no intermediate court of appeals; the words are read as no court, not the state's supreme court.
        #expect(court("IN THE COURT OF APPEALS\nSTATE OF MONTANA\n\nNo. 20190034\n\nJOHN DOE,\nAppellant," + body) == nil)
        let folded = Array("in the supreme court, state of wyoming".utf8)
        let variants = CourtNameReader.stateNamedApart(folded, Array(folded.indices), lineEnds: [folded.count], states: ["wyoming": "Wyo."])
        #expect(variants.map { String(decoding: $0.0, as: UTF8.self) } == ["in the supreme court of wyoming"])
        // Each byte keeps the offset it came from; the inserted `of` takes `State of`'s.
        #expect(variants.first?.1.suffix(7) == Array(31..<38))
        let none = Array("supreme court of wyoming".utf8)
        #expect(CourtNameReader.stateNamedApart(none, Array(none.indices), lineEnds: [none.count], states: ["wyoming": "Wyo."]).isEmpty)
        // A state that does not end its line is a party's or a place's (`State of Idaho, Department of …`).
        let party = Array("state of idaho department of health district court".utf8)
        #expect(CourtNameReader.stateNamedApart(party, Array(party.indices), lineEnds: [party.count], states: ["idaho": "Idaho"]).isEmpty)
    }

    /// Federal courts' older names, `<Kind> Court of the United States`: a district court (`for the
    /// … District of …` after it), the Tax Court of 1942-1969; `the Court of the United States`
    /// with no kind names none.
    @Test(arguments: [
        ("IN THE DISTRICT COURT OF THE UNITED STATES\nFOR THE EASTERN DISTRICT OF PENNSYLVANIA", "paed"),
        ("District Court of the United States for the District of Kansas", "ksd"),
        ("Tax Court of the United States.", "tax"),
        ("THE TAX COURT OF THE UNITED STATES", "tax"),
    ] as [(String, String)])
    func aFederalCourtsOlderName(heading: String, id: String) {
        #expect(court(heading + "\n\nMAE F. MEURER,\nPetitioner,\nv.\nCOMMISSIONER OF INTERNAL REVENUE,\nRespondent." + body) == id)
    }

    @Test func theUnitedStatesFirstNeedsAKind() {
        let folded = Array("Tax Court of the United States.".utf8)
        #expect(CourtNameReader.unitedStatesFirst(folded, Array(folded.indices)).map { String(decoding: $0.0, as: UTF8.self) }
                == "United States Tax Court.")
        let none = Array("the Court of the United States".utf8)
        #expect(CourtNameReader.unitedStatesFirst(none, Array(none.indices)).map { String(decoding: $0.0, as: UTF8.self) } == nil)
    }

    /// A court's name over a lower court's number (`LC No.`, `File No.`) is the court below only
    /// under a writer: alone, it is the trial court's own heading.
    @Test func aCourtBelowNeedsAWriterAbove() {
        let parties = "\n\nJohn Doe,\n          Plaintiff-Appellee,\nv.\nAcme Corp.,\n          Defendant-Appellant.\n" + body
        let appeal = extract("STATE OF MICHIGAN\nCOURT OF APPEALS\n\nMuskegon Circuit Court\nLC No. 09-046473-NO" + parties).caption
        #expect(appeal?.court?.id == "michctapp")
        #expect(appeal?.lowerCourt?.id == "micirct14")
        let trial = extract("Muskegon Circuit Court\nLC No. 09-046473-NO" + parties).caption
        #expect(trial?.court?.id == "micirct14")
        #expect(trial?.lowerCourt == nil)
    }

    @Test func aDistrictByItsLetter() {
        #expect(court("United States District Court, M.D. Florida, Tampa Division.\n\nJOHN DOE, Petitioner,\nv.\nJAMES CROSBY, Respondent." + body) == "flmd")
        #expect(court("United States District Court, D. Kansas.\n\nJOHN DOE, Plaintiff,\nv.\nACME CORP., Defendant." + body) == "ksd")
    }

    /// The court appealed from is not the writer, nor a court named in the body.
    @Test func theWriterNotTheCourtBelow() {
        let caption = extract("""
            SUPREME COURT OF THE UNITED STATES

            No. 01-1120

            DAVID MEYER, PETITIONER v. EMMA MARY ELLEN HOLLEY, ET AL.

            ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT
            """ + body).caption
        #expect(caption?.court?.id == "scotus")
        #expect(caption?.lowerCourt?.id == "ca9")
    }

    @Test func patternCommasAreOptionalOnlyBeforeASpace() {
        #expect(CourtPatternTable.commasOptional("Superior Court of New Jersey, Appellate Division") == "Superior Court of New Jersey,? Appellate Division")
        #expect(CourtPatternTable.commasOptional(#"Court\, of (a,b)"#) == #"Court\, of (a,b)"#)
    }

    @Test func theStateOfIsDroppedWithItsArticle() {
        let folded = Array("in the supreme court of the state of kansas".utf8)
        let shorter = CourtNameReader.withoutStateOf(folded, Array(folded.indices))
        #expect(shorter.map { String(decoding: $0.0, as: UTF8.self) } == "in the supreme court of kansas")
        let none = Array("united states court".utf8)
        #expect(CourtNameReader.withoutStateOf(none, Array(none.indices)) == nil)
    }
}

@Suite("Court headings: a site's cite line")
struct SiteCourtTests {
    @Test func casetextsCiteLineNamesTheCourt() {
        let caption = extract("""
            From Casetext: Smarter Legal Research

            United States v. Jones

            United States District Court, Northern District of Illinois
            Dec 22, 2023
            22-cr-592 (N.D. Ill. Dec. 22, 2023)

            Opinion

            22-cr-592

            12-22-2023

            UNITED STATES OF AMERICA v. MICHAEL K. JONES

            MEMORANDUM OPINION AND ORDER

            Defendant Michael K. Jones has been charged with one count of being a felon in possession of a firearm in violation of the statute.
            """).caption
        #expect(caption?.court?.id == "ilnd")
    }

    @Test func aCiteLineWithoutACourtNamesNone() {
        let caption = extract("""
            From Casetext: Smarter Legal Research

            Doe v. Roe

            Dec 22, 2023
            22-592 (Dec. 22, 2023)

            Opinion

            22-592

            JOHN DOE v. RICHARD ROE

            ORDER

            The parties have filed cross-motions and the court has considered the arguments of both in the paragraphs below.
            """).caption
        #expect(caption?.court == nil)
    }

    /// The courts courts-db names without `court`: the bankruptcy appellate panels, the JPML.
    private let panelBody = "\n\nThe appellant challenges the judgment entered after trial, and we consider the arguments in turn below.\n"
    private func panelCourt(_ text: String) -> String? { extract(text).caption?.court?.id }

    @Test func aPanelNamedWithoutCourt() {
        // bap10-2021-wellers-v-peters (casetext): the heading line.
        #expect(panelCourt("""
            Wellers v. Peters (In re Wellers)

            UNITED STATES BANKRUPTCY APPELLATE PANEL OF THE TENTH CIRCUIT
            Jul 13, 2021

            IN RE JEANETTE WELLERS, Debtor.
            """ + panelBody) == "bap10")
        // bap9-2014-in-re-gracia: a caption flattened on one line, the court below named after it.
        #expect(panelCourt("In re: Miguel Angel Gracia\n\nFILED APR 04 2014 1 NO FO PUBL A IO T R IC T N 2 SUSAN M. SPRAUL, CLERK U.S. BKCY. APP. PANEL "
                      + "OF THE NINTH CIRCUIT 3 UNITED STATES BANKRUPTCY APPELLATE PANEL 4 OF THE NINTH CIRCUIT 5 In re: ) BAP No. CC-13-1373-PaTaKu ) 6 "
                      + "MIGUEL ANGEL GRACIA, ) Bankr. No. 09-40594-BR ) 7 Debtor. ) ______________________________) 8 ) FABIO BANEGAS; GREGORY L. ) 9 "
                      + "DOLL, ) ) 10 Appellants, ) ) 11 v. ) M E M O R A N D U M1 ) 12 MIGUEL ANGEL GRACIA, ) ) 13 Appellee. ) 14 Argued and Submitted "
                      + "on February 20, 2014 15 at Pasadena, California 16 Filed - April 4, 2014 17 Appeal from the United States Bankruptcy Court for "
                      + "the Central District of California 18 Honorable Barry Russell, Bankruptcy Judge, Presiding" + panelBody) == "bap9")
        #expect(extract("UNITED STATES JUDICIAL PANEL\nON MULTIDISTRICT LITIGATION\n\nIN RE: FOO PRODUCTS LIABILITY LITIGATION" + panelBody).caption?.court?.name
                    == "United States Judicial Panel on Multidistrict Litigation")
        // Negative: a panel of judges is no court's name (`Before the panel`, a three-judge panel).
        #expect(panelCourt("""
            BEFORE A THREE-JUDGE PANEL

            JOHN DOE,
                       Appellant,
            """ + panelBody) == nil)
    }
}
