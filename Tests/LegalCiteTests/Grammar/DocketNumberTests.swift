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
        ("Case No. 8:09-cv-00663-RAL-MAP", "8:09-cv-00663-RAL-MAP", "8:09-cv-00663", "8", "cv", ["RAL", "MAP"]),
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
        ("CV 16-35-H-DLC", "CV 16-35-H-DLC"),
        // Cook County's year, division and sequence, whole.
        ("No. 2021 L 4852", "2021 L 4852"),
        ("No. 13 CR 17711", "13 CR 17711"),
    ] as [(String, String)])
    func issueThirteenForms(line: String, text: String) {
        #expect(dockets(line).map(\.text) == [text], "\(line)")
    }

    /// A judge's initials after the number are on its line; the heading on the next line, or a
    /// heading's word on the same one, is no suffix.
    @Test func suffixesStayOnTheNumbersLineAndAreNoHeadingWords() {
        #expect(dockets("NO. 07-03-0513-CV\nIN THE COURT OF APPEALS").map(\.text) == ["07-03-0513-CV"])
        #expect(dockets("Index No. 450370/14 THE CITY OF NEW YORK").map(\.text) == ["450370/14"])
        #expect(dockets("Case No. 3:08cv0240 AS").map(\.text) == ["3:08cv0240 AS"])
        #expect(dockets("No. 2:21-cv-01042 TLN DB P").map(\.text) == ["2:21-cv-01042 TLN DB P"])
    }

    /// The court below's numbers, refused as the case's, are kept as the court below's.
    @Test func theCourtBelowsNumbersAreItsOwn() {
        let ninth = "UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT\n\nRONALD DOYLE,                               No. 07-35753\n     Plaintiff-Appellant,                  D.C. No.\n                                           CV-06-03058-PA\n  v.\n\nCITY OF MEDFORD,                           OPINION\n     Defendant-Appellee.\n\nAppeal from the United States District Court for the District of Oregon.\n\nThe plaintiff appeals from the judgment entered after the district court granted summary judgment.\n"
        let caption = extract(ninth).caption
        #expect(caption?.docketNumbers.map(\.text) == ["07-35753"])
        let fourth = "UNITED STATES COURT OF APPEALS\nFOR THE FOURTH CIRCUIT\n\nNo. 11-1234\n\nUNITED STATES OF AMERICA,\nPlaintiff - Appellant,\nv.\nJOHN DOE,\nDefendant - Appellee.\n\nAppeal from the United States District Court for the Eastern\nDistrict of Virginia, at Alexandria. Liam O'Grady, District\nJudge. (1:09-cv-00437-LO-TRJ)\n\nThe government appeals from the order of the district court dismissing the indictment here.\n"
        let appeal = extract(fourth).caption
        #expect(appeal?.docketNumbers.map(\.text) == ["11-1234"])
        #expect(appeal?.lowerCourtDocketNumbers.map(\.text) == ["1:09-cv-00437-LO-TRJ"])
        // A number of another office is no court's; nor is a lawyer's bar number in a district.
        #expect(dockets("TDCJ No. 0534058").isEmpty)
        let barNumber = extract("UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO\n\nCase No. 17 BK 3283-LTS\n\nJUAN PEREZ, Plaintiff,\n\nv.\n\nACME CORP., Defendant.\n\nJane Roe\nUSDC-PR No. 209514\n\nThe court has considered the motion and the response filed by the parties in this case.\n")
        #expect(barNumber.caption?.lowerCourtDocketNumbers.isEmpty == true)
        // `USDC No.` before each of a list of the district court's numbers, read at their digits too.
        let fifth = "IN THE UNITED STATES COURT OF APPEALS\nFOR THE FIFTH CIRCUIT\n\nNo. 08-30045\n\nUNITED STATES OF AMERICA,\nPlaintiff-Appellee,\nv.\nJOHN DOE,\nDefendant-Appellant.\n\nAppeals from the United States District Court\nfor the Western District of Louisiana\nUSDC No. 5:07-CR-50072-4\nUSDC No. 5:07-CR-50072-2\n\nThe defendants appeal from their convictions and sentences entered in the court below.\n"
        let appeals = extract(fifth).caption
        #expect(appeals?.docketNumbers.map(\.text) == ["08-30045"])
        #expect(appeals?.lowerCourtDocketNumbers.map(\.text) == ["5:07-CR-50072-4", "5:07-CR-50072-2"])
    }

    /// Illinois's railed caption: the court below's name and number right of the `)`, its columns
    /// kept or collapsed by the copy, with or without a heading naming the writer.
    @Test func theCourtBelowsNumberRightOfARail() {
        let kept = "APPELLATE COURT OF ILLINOIS\nFIRST DISTRICT\n\nCLAUDIA MEDINA,                          )\n                                         )   Appeal from the\n     Plaintiff-Appellant,                )   Circuit Court of\n                                         )   Cook County.\nv.                                       )\n                                         )   No. 2021 L 4852\nJAMES HENDERSON,                         )\n     Defendant-Appellee.                 )   Honorable\n                                         )   Gerald Cleary,\n                                         )   Judge Presiding.\n\nJUSTICE LYLE delivered the judgment of the court.\n"
        #expect(extract(kept).caption?.docketNumbers.isEmpty == true)
        #expect(extract(kept).caption?.lowerCourtDocketNumbers.map(\.text) == ["2021 L 4852"])
        let collapsed = "No. 1-21-0440\nIn re MARRIAGE OF ) Appeal from the\n) Circuit Court of\nJOSHUA SAUNDERS, ) Cook County.\n)\nPetitioner-Appellant, )\n) No. 18 D 7500\nand )\n)\nJANE SAUNDERS, ) Honorable\nRespondent-Appellee. ) John Doe,\n) Judge Presiding.\n\nJUSTICE SMITH delivered the judgment of the court, with opinion.\n"
        #expect(extract(collapsed).caption?.docketNumbers.map(\.text) == ["1-21-0440"])
        #expect(extract(collapsed).caption?.lowerCourtDocketNumbers.map(\.text) == ["18 D 7500"])
        // A number right of a rail under the parties' names, no court above it, stays the case's.
        let own = "No. 1-21-0440\nJOSHUA SAUNDERS, ) Petitioner,\n)\nv. ) No. 18 D 7500\nJANE SAUNDERS, ) Respondent.\n\nThe court has considered the petition and the response filed by the parties in this case.\n"
        #expect(extract(own).caption?.lowerCourtDocketNumbers.isEmpty == true)
        #expect(CaptionReader.isCourtBelowName("Appeal from the Circuit Court of Cook County."))
        #expect(!CaptionReader.isCourtBelowName("Appeal from the Appellate Court of Illinois"))
    }

    /// California's Courts of Appeal print their number bare in the caption's right column; the
    /// same shape under a district court's heading is no docket number.
    @Test func aCourtsBareNumberInItsCaptionCell() {
        let california = "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\n\nSECOND APPELLATE DISTRICT\n\n THE PEOPLE,                                      B336320\n\n      Plaintiff and Respondent,                    (Los Angeles County\n                                                   Super. Ct. No. PA066801)\n      v.\n\n JOHN DOE,\n\n      Defendant and Appellant.\n\n  APPEAL from an order of the Superior Court of Los Angeles County, Jane Roe, Judge. Affirmed.\n\nThe defendant appeals from the order denying his petition for resentencing under the statute.\n"
        #expect(extract(california).caption?.docketNumbers.map(\.text) == ["B336320"])
        let federal = california.replacingOccurrences(of: "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\n\nSECOND APPELLATE DISTRICT", with: "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA")
        #expect(extract(federal).caption?.docketNumbers.map(\.text).contains("B336320") != true)
        #expect(DocketNumberReader.isBareNumber("A06-894", ofCourt: "minnctapp"))
        #expect(!DocketNumberReader.isBareNumber("B3363201", ofCourt: "calctapp2d"))
        #expect(!DocketNumberReader.isBareNumber("J336320", ofCourt: "calctapp"))
    }

    /// Florida's head: a finality notice between the court's name and its number does not end the
    /// caption; the lower tribunal's number is not this case's; a number of a state's own shape
    /// is kept as written, not read as a federal year and sequence.
    @Test func aFloridaDistrictCourtOfAppealHead() throws {
        let head = "      Third District Court of Appeal\n                               State of Florida\n\n                          Opinion filed July 17, 2024.\n       Not final until disposition of timely filed motion for rehearing.\n\n                             No. 3D23-2107\n                      Lower Tribunal No. 22-8453 CC\n\n                           Wancito Francius,\n                                  Appellant,\n\n                                     vs.\n\n             Carlos Auto Rental Services, Inc., et al.,\n                                 Appellees.\n\n     An Appeal from the County Court for Miami-Dade County, Jane Roe, Judge.\n\nThe appellant challenges the final judgment entered against him after a bench trial below.\n"
        let dockets = extract(head).caption?.docketNumbers ?? []
        #expect(dockets.map(\.text) == ["3D23-2107"])
        let number = try #require(dockets.first)
        #expect(number.normalized == "3D23-2107")
        #expect(number.year == nil && number.sequence == nil)
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

    /// Numbers the court below gave, in the forms of state appellate heads: Ohio's Tenth District's
    /// `(C.P.C. No. 13CR-2345)` and `(M.C. No. …)`, Texas's `FROM THE … DISTRICT COURT OF … COUNTY`
    /// over the trial court's `NO.`; a number prose speaks of (`at docket number 564-2019`).
    @Test func stateAppellateHeadsCourtBelowNumbers() {
        let ohio = extract("IN THE COURT OF APPEALS OF OHIO\nTENTH APPELLATE DISTRICT\n\nState of Ohio, :\nPlaintiff-Appellee, : No. 16AP-128\n: (C.P.C. No. 13CR-2345)\nv. :\nAntonio Jones, :\nDefendant-Appellant. :\n\nD E C I S I O N\n\nThis is an appeal by defendant-appellant from a judgment of the trial court denying his petition.\n").caption
        #expect(ohio?.docketNumbers.map(\.text) == ["16AP-128"])
        let texas = extract("NO. 07-03-0513-CV\nIN THE COURT OF APPEALS\nFOR THE SEVENTH DISTRICT OF TEXAS\nAT AMARILLO\n\nRANDY JACKSON, APPELLANT\nV.\nTEXAS DEPARTMENT OF CRIMINAL JUSTICE, APPELLEE\n\nFROM THE 47TH DISTRICT COURT OF POTTER COUNTY;\nNO. 090839-00-A; HONORABLE HAL MINER, JUDGE\n\nMEMORANDUM OPINION\n\nAppellant filed a notice of appeal from the trial court's order denying his motion for judgment.\n").caption
        #expect(texas?.docketNumbers.map(\.text) == ["07-03-0513-CV"])
        func dockets(_ line: String) -> [String] {
            (extract("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO\n\n\(line)\n\nJOHN DOE,\n\nPlaintiff,\n\nv.\n\nACME CORP.,\n\nDefendant.\n\nORDER\n\nThe court has considered the motion and the response filed by the parties in this case.\n")
                .caption?.docketNumbers ?? []).map(\.text)
        }
        #expect(dockets("No. 353 MDA 2020\n\nAppellant was charged with two counts of delivery at docket number 564-2019 (First Case).") == ["353 MDA 2020"])
        // A capitalized `Number` opening its label stays (`Case Number: 2019-1234`).
        #expect(dockets("Case Number: 2019-1234") == ["2019-1234"])
    }

    /// Louisiana's First Circuit writes the year, the kind and the sequence apart (`No. 82 CA
    /// 0814.`, `No. 2007 KA 1234`); a lawyer's `No. 82 Ca` stays no number.
    @Test func theLouisianaFirstCircuitsYearKindAndSequence() {
        let louisiana = extract("Meriam JACOBY\nv.\nSTATE of Louisiana, et al.\n\nNo. 82 CA 0814.\n\nCourt of Appeal of Louisiana, First Circuit.\n\nJune 28, 1983.\n\nThe plaintiff appeals from the judgment that dismissed her suit against the state.\n").caption
        #expect(louisiana?.docketNumbers.map(\.text) == ["82 CA 0814"])
        #expect(louisiana?.docketNumbers.first?.normalized == "82-ca-0814")
    }

    /// Pennsylvania's J-number on a head line of its own is no docket number; a number of the
    /// Federal Circuit's shape on such a line is.
    @Test func aJNumberIsNoDocketNumber() {
        #expect(CaptionReader.isJNumber("J-S60014-18"))
        #expect(CaptionReader.isJNumber("J-A22036-21"))
        #expect(!CaptionReader.isJNumber("2011-1476"))
        #expect(!CaptionReader.isJNumber("J-2201-2018"))
    }

    /// A court's letters before the number on a site's docket line (`DocketNumber: CA 93-30`,
    /// `CV 10-400 TUC DCB`): part of it, as an introducer (`No.`, `Case`) is not; letters right
    /// after a number stay its judges' initials (`22-12455 TBM`).
    @Test func lettersBeforeTheNumberOnASiteLine() {
        let bytes = Array("CA 93-30; SC 12345 No. 12-345".utf8)
        let read = bytes.withUnsafeBufferPointer { buffer in
            DocketNumberReader.readSiteLine(TextView(bytes: buffer), 0..<buffer.count).map(\.text)
        }
        #expect(read == ["CA 93-30", "SC 12345", "12-345"])
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
