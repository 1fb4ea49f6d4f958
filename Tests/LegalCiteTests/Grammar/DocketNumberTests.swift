import Testing
@testable import LegalCite

@Suite("Caption docket numbers")
struct DocketNumberTests {
    private func dockets(_ line: String) -> [Caption.DocketNumber] {
        extract("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO\n\n\(line)\n\nJOHN DOE,\n\nPlaintiff,\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nORDER\n\nThe court has considered the motion and the response filed by the parties in this case.\n")
            .caption?.docketNumbers ?? []
    }

    @Test(arguments: [
        ("Civil Action No. 16-cv-01890-CMA-MJW", "16-cv-01890-CMA-MJW", "16-cv-01890", nil, "cv", ["CMA", "MJW"]),
        ("No. 2:21-cv-01042 TLN DB P", "2:21-cv-01042 TLN DB P", "2:21-cv-01042", "2", "cv", ["TLN", "DB"]),
        ("D.C. Docket No. 8:09-cv-00663-RAL-MAP", "8:09-cv-00663-RAL-MAP", "8:09-cv-00663", "8", "cv", ["RAL", "MAP"]),
        ("No. CR 14–0259 JB.", "CR 14–0259 JB", "14-cr-0259", nil, "cr", ["JB"]),
        ("Case No.12-2486-KHV-DJW", "12-2486-KHV-DJW", "12-2486", nil, nil, ["KHV", "DJW"]),
        ("Civil Action No. 7:21cv00082", "7:21cv00082", "7:21-cv-00082", "7", "cv", []),
        ("Case No. 20-C-26", "20-C-26", "20-c-26", nil, "c", []),
        // W.D. Wash.'s civil form (a `C`, the year, the sequence, the judge's initials); not a
        // `C` before an office digit (S.D. Ohio's older `C-1-01-475`).
        ("Case No. C20-5539RSL", "C20-5539RSL", "20-cv-5539", nil, "cv", ["RSL"]),
        ("Case No. C-1-01-475", "C-1-01-475", "C-1-01-475", nil, nil, []),
    ] as [(String, String, String, String?, String?, [String])])
    func forms(line: String, text: String, normalized: String, office: String?, type: String?, judges: [String]) {
        let number = dockets(line).first
        #expect(number?.text == text)
        #expect(number?.normalized == normalized)
        #expect(number?.office == office)
        #expect(number?.type == type)
        #expect(number?.judges == judges)
    }

    /// Issue 13's forms, each whole with its suffixes, after the words that introduce it.
    @Test(arguments: [
        ("Case No. C20-5539RSL", "C20-5539RSL"),
        ("Civil No. MJG-17-2148", "MJG-17-2148"),
        ("CRIMINAL ACTION 21-88", "21-88"),
        ("No. 19 C 4321", "19 C 4321"),
        ("Civil Action No. ELH-18-3456", "ELH-18-3456"),
        ("No. B-07-067", "B-07-067"),
        ("Civil Action No. 1:21-00187-N", "1:21-00187-N"),
        ("Case # 02-11717", "02-11717"),
        ("Case No. 22-12455 TBM", "22-12455 TBM"),
        ("NO. 03-03-00067-CR", "03-03-00067-CR"),
        ("Nos. 19AP-720", "19AP-720"),
        ("No. 2:17-CR-17-TAV-CRW-1", "2:17-CR-17-TAV-CRW-1"),
        ("Case No. 3:07-mc-27-J-32MCR", "3:07-mc-27-J-32MCR"),
        ("Case No. 08cv652 L(PCL)", "08cv652 L(PCL)"),
        ("Case No. 12-1178-SAC", "12-1178-SAC"),
    ] as [(String, String)])
    func issueThirteenForms(line: String, text: String) {
        #expect(dockets(line).map(\.text) == [text], "\(line)")
    }

    @Test func theNorthernDistrictOfIllinoisFormIsReadAsYearTypeAndSequence() throws {
        let number = try #require(dockets("No. 19 C 4321").first)
        #expect(number.year == "19")
        #expect(number.type == "c")
        #expect(number.sequence == "4321")
        #expect(number.judges.isEmpty)
    }

    /// A date, a telephone or a bar number and a statute after `No.` or in the head are no docket
    /// numbers; an ECF number is a docket entry.
    @Test(arguments: ["Phone No. 785-555-1212", "Fax No. 555-1212", "Bar No. 123456", "ECF No. 21", "No. 12/05/2019",
                      "No. 06-27-2019", "Filed 06-27-2019", "K.S.A. 60-1507", "28 U.S.C. § 2254"])
    func notDocketNumbers(line: String) {
        #expect(dockets(line).isEmpty, "\(line)")
    }

    @Test func numbersThatLookLikeDatesButAreNotStay() {
        // Illinois's appellate numbers and Texas's: the year part is no year.
        #expect(dockets("No. 1-23-0093").map(\.text) == ["1-23-0093"])
        #expect(dockets("No. 03-03-00067-CR").map(\.text) == ["03-03-00067-CR"])
    }

    @Test func severalNumbers() {
        #expect(dockets("Nos. 91-1225, 91-1256").map(\.text) == ["91-1225", "91-1256"])
        #expect(dockets("Nos. 18-1234, 18-1235").map(\.text) == ["18-1234", "18-1235"])
        #expect(dockets("Nos. 18-1234 & 18-1235").map(\.text) == ["18-1234", "18-1235"])
    }

    /// The PACER stamp counts at the start of a line (or of the text), indented or not; mid-line
    /// `Case` is no stamp, but a federal number right after it is still read as a caption cell.
    @Test(arguments: [
        ("Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 9\n", ["8:16-cv-01261-DOC-KES"]),
        ("   Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 9\n", ["8:16-cv-01261-DOC-KES"]),
        ("\n\t Case 2:12-cv-00123 Document 5 Filed 01/02/12 Page 1 of 3\n", ["2:12-cv-00123"]),
    ] as [(String, [String])])
    func pacerStampAtALineStart(stamp: String, expected: [String]) {
        let document = extract(stamp + "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\nJOHN DOE,\n\nPlaintiff,\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nORDER\n\nThe court has considered the motion and the response filed by the parties in this case.\n")
        #expect(document.caption?.docketNumbers.map(\.text) == expected)
    }

    @Test func midLineCaseIsNoStampButItsNumberStillCounts() {
        let pattern = try! Pattern(DocketNumberReader.pattern, multiline: true)
        let data = MatchData(for: pattern)
        for (line, expected) in [("see Case 8:16-cv-01261 here", "8:16-cv-01261"), ("Case 8:16-cv-01261 here", "Case 8:16-cv-01261")] {
            let bytes = Array(line.utf8)
            var found: [String] = []
            bytes.withUnsafeBufferPointer { buffer in
                let text = TextView(bytes: buffer)
                pattern.forEachMatch(in: buffer, from: 0, using: data, accepting: { DocketNumberReader.isAcceptable($0, in: text, from: 0) }) {
                    found.append(String(decoding: bytes[$0.range], as: UTF8.self))
                }
            }
            #expect(found == [expected])
        }
    }

    @Test func aDocketNumberInsideACitationIsNotTheCaption() {
        let document = extract("UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nJOHN DOE, Petitioner,\n\nv.\n\nJANE ROE, Respondent.\n\nIn Shinn v. Ramirez, Case No. 20-1009, 2022 WL 1611786 (May 23, 2022), the Court held as it did in the prior cases.\n")
        #expect(document.caption?.docketNumbers.isEmpty == true)
    }
}

@Suite("Caption docket numbers: cells and blocks")
struct DocketNumberCellTests {
    @Test func theMiddleDistrictOfFloridasJudgeSuffix() {
        let numbers = extract("UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA\n\nCase No. 8:02 CV 1438 T 27MSS\n\nJOHN DOE,\nPetitioner,\nv.\nJAMES CROSBY,\nRespondent.\n\nORDER\n\nThe court has considered the petition and the response filed by the parties in this case.\n").caption?.docketNumbers.map(\.text)
        #expect(numbers == ["8:02 CV 1438 T 27MSS"])
    }

    @Test func aSouthernDistrictOfNewYorkNumberAloneInACell() {
        let numbers = extract("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nSTATE OF NEW YORK, : Plaintiff, : -v- : 25 Civ. 4452 (JPC) : NATIONAL SCIENCE FOUNDATION, : Defendant. :\n\nOPINION AND ORDER\n\nThe court has considered the motion and the response filed by the parties in this case.\n").caption?.docketNumbers.map(\.text)
        #expect(numbers == ["25 Civ. 4452 (JPC)"])
    }

    @Test func aNumberUnderTheCourtBelowIsItsOwn() {
        let text = "APPEAL FROM THE MARION SUPERIOR COURT\nThe Honorable Mark D. Stoner, Judge\nCause No. 49G06-1103-FB-15214\n"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let view = TextView(bytes: buffer)
            let start = text.utf8.count - "Cause No. 49G06-1103-FB-15214\n".utf8.count
            #expect(DocketNumberReader.isInCourtBelowBlock(view, start))
            #expect(!DocketNumberReader.isInCourtBelowBlock(view, 0))
        }
    }

    @Test func theSeventhCircuitsCourtBelowNumberIsNotTheCase() {
        let caption = extract("""
                                            In the
                            United States Court of Appeals
                                For the Seventh Circuit

                                      No. 05-2233

            UNITED STATES OF AMERICA,
                                                    Plaintiff-Appellee,
                                         v.

            JOHN DOE,
                                                    Defendant-Appellant.

                    Appeal from the United States District Court for
                    the Northern District of Illinois, Eastern Division.
                        No. 03 CR 1234—Jane Roe, Judge.

              ARGUED MAY 1, 2006—DECIDED JUNE 2, 2006

            Before POSNER, WOOD, and SYKES, Circuit Judges.
            """).caption
        #expect(caption?.court?.id == "ca7")
        #expect(caption?.lowerCourt?.id == "ilnd")
        #expect(caption?.docketNumbers.map(\.text) == ["05-2233"])
    }
}
