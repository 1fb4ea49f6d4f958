import Testing
@testable import LegalCite

/// `legislative`: Congress's reports, bills and Record, each with its Congress (or volume) and
/// number (or page), and an id on which two spellings of one paper meet.
@Suite("Legislative materials")
struct LegislativeTests {
    @Test(arguments: [
        ("See S. Rep. No. 95-797, at 4 (1978).", "S. Rep. No. 95-797", "S. Rep.", "95", "797"),
        ("H.R. Rep. No. 104-458, at 3 (1996) (Conf. Rep.)", "H.R. Rep. No. 104-458", "H.R. Rep.", "104", "458"),
        ("H.R. Conf. Rep. No. 104-458 explains", "H.R. Conf. Rep. No. 104-458", "H.R. Conf. Rep.", "104", "458"),
        ("as the older S. Rep. No. 1011 put it", "S. Rep. No. 1011", "S. Rep.", nil, "1011"),
        ("H.R. 3590, 111th Cong. (2009) became law", "H.R. 3590, 111th Cong.", "H.R.", "111", "3590"),
        ("155 Cong. Rec. S13,796 (daily ed. Dec. 22, 2009)", "155 Cong. Rec. S13,796", "Cong. Rec.", "155", "S13796"),
        ("92 Cong. Rec. 2,345 (1946)", "92 Cong. Rec. 2,345", "Cong. Rec.", "92", "2345"),
    ] as [(String, String, String, String?, String)])
    func papers(text: String, span: String, code: String, congress: String?, number: String) {
        let found = mentions(text, kind: "legislative")
        #expect(found.map(\.text) == [span])
        let law = found.first?.mention.law
        #expect(law?.code == code)
        #expect(law?.title == congress)
        #expect(law?.section == number)
    }

    @Test func spellingsOfOneReportMeet() {
        let document = extract("H. R. Rep. No. 94-1476; H.R. Rep. No. 94-1476, at 5; H.R. REP. NO. 94-1476.")
        #expect(document.mentions.map(\.citation.kind) == ["legislative", "legislative", "legislative"])
        #expect(document.resolution.authorities.map(\.id) == ["leg/hr-rep/94/1476"])
        // A conference report is one of its house's reports.
        #expect(extract("H.R. Conf. Rep. No. 104-458").resolution.authorities.map(\.id) == ["leg/hr-rep/104/458"])
        // Without its Congress an older report's number names no one report.
        #expect(extract("S. Rep. No. 1011").resolution.authorities.map(\.id) == [nil])
        #expect(extract("155 CONG. REC. S13,796").resolution.authorities.map(\.id) == ["leg/cong-rec/155/s13796"])
    }

    /// A bill needs its Congress; a party's initial before `Rep.` is no report without `No.`.
    @Test(arguments: ["S. 1 was the first bill of the session.", "Plaintiff S. Rep. is unclear.", "H.R. 3590 passed the House."])
    func notPapers(text: String) {
        #expect(mentions(text, kind: "legislative").isEmpty)
    }
}
