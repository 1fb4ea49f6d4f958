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
        ("No. CR 14–0259 JB.", "CR 14-0259 JB", "14-cr-0259", nil, "cr", ["JB"]),
        ("Case No.12-2486-KHV-DJW", "12-2486-KHV-DJW", "12-2486", nil, nil, ["KHV", "DJW"]),
        ("Civil Action No. 7:21cv00082", "7:21cv00082", "7:21-cv-00082", "7", "cv", []),
        ("Case No. 20-C-26", "20-C-26", "20-c-26", nil, "c", []),
    ] as [(String, String, String, String?, String?, [String])])
    func forms(line: String, text: String, normalized: String, office: String?, type: String?, judges: [String]) {
        let number = dockets(line).first
        #expect(number?.text == text)
        #expect(number?.normalized == normalized)
        #expect(number?.office == office)
        #expect(number?.type == type)
        #expect(number?.judges == judges)
    }

    @Test func severalNumbers() {
        #expect(dockets("Nos. 91-1225, 91-1256").map(\.text) == ["91-1225", "91-1256"])
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
