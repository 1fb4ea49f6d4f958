import Testing
@testable import LegalCite

@Suite("Docket-entry references")
struct DocketEntryTests {
    @Test(arguments: [
        ("the motion (ECF No. 21) is denied", ["ECF No. 21"], ["21"]),
        ("(ECF Nos. 12, 15)", ["ECF Nos. 12", "15"], ["12", "15"]),
        ("See Doc. 34.", ["Doc. 34"], ["34"]),
        ("(Doc. # 50)", ["Doc. # 50"], ["50"]),
        ("Dkt. No. 45 shows", ["Dkt. No. 45"], ["45"]),
        ("(Dkt. #69.)", ["Dkt. #69"], ["69"]),
        ("(Dk. 37, p. 28)", ["Dk. 37, p. 28"], ["37"]),
        ("[DN 90.]", ["DN 90"], ["90"]),
        ("[doc. nos. 45, 46]", ["doc. nos. 45", "46"], ["45", "46"]),
        ("R. Doc. 5 at 2", ["R. Doc. 5 at 2"], ["5"]),
        ("See Dkt. Nos. 9, 10, 11, 14.", ["Dkt. Nos. 9", "10", "11", "14"], ["9", "10", "11", "14"]),
        ("(D.I. 112)", ["D.I. 112"], ["112"]),
        ("D.I. 51 at 19", ["D.I. 51 at 19"], ["51"]),
        ("[DE 45]", ["DE 45"], ["45"]),
        ("DE [35] at 2", ["DE [35] at 2"], ["35"]),
        ("See Docket 175.", ["Docket 175"], ["175"]),
        ("Docket Entry No. 5", ["Docket Entry No. 5"], ["5"]),
        ("DOCKET ENTRY # 90", ["DOCKET ENTRY # 90"], ["90"]),
        ("NYSCEF Doc No. 1", ["NYSCEF Doc No. 1"], ["1"]),
        ("(filing 15)", ["filing 15"], ["15"]),
        ("(D. 6 at 1)", ["D. 6 at 1"], ["6"]),
        ("the motion to intervene [23].", ["[23]"], ["23"]),
        ("the reply [25] at 4", ["[25] at 4"], ["25"]),
        ("the motion to dismiss. (Doc. 4, 5.)", ["Doc. 4", "5"], ["4", "5"]),
        ("moved to dismiss, D. 9, 14, and the Court", ["D. 9", "14"], ["9", "14"]),
        ("found guilty. CR  Doc. 661. He appealed. CR Doc.* 1232.", ["CR  Doc. 661", "CR Doc.* 1232"], ["661", "1232"]),
        ("listed by NYSCEF document number (Motion 004) 74, 75, 76 were read", ["NYSCEF document number (Motion 004) 74", "75", "76"], ["74", "75", "76"]),
        ("Plaintiff's Motion in Limine (#77-11) is granted", ["#77-11"], ["77"]),
        ("the docket. Docket (\"Dkt.\") 124.", ["Docket (\"Dkt.\") 124"], ["124"]),
        ("as alleged. See [18-2]; see [25].", ["[18-2]", "[25]"], ["18", "25"]),
        ("(ECF No.\n7\t14.)", ["ECF No.\n7\t14"], ["14"]),
        // njd-2022-miller: a footnote stands between the designator and its number; the
        // footnote's own number is none (and the footnote's cites are read).
        ("added a twelfth claim.1 (ECF No. \n\n1 Petitioner has filed three motions. (See ECF Nos. 6, 15.)",
         ["ECF Nos. 6", "15"], ["6", "15"]),
        // dconn-2022-shea, double-spaced: the number closes the reference.
        ("have filed an opposition (ECF No. \n\n44), and the Court heard", ["ECF No. \n\n44"], ["44"]),
    ])
    func forms(text: String, spans: [String], numbers: [String]) {
        let found = mentions(text, kind: "docket_entry")
        #expect(found.map(\.text) == spans)
        #expect(found.map { $0.mention.docketEntry!.number } == numbers)
    }

    /// D. Nev.'s order title, the number sign joined to the filing's name by a hyphen
    /// (Corpus/mentions/nvd-2011-limtiaco, `ORDER (Motion to Dismiss-#8)`); a name that opens its
    /// parenthesis before a parenthesized number. Not after a capital (`Exhibit A-#3`), a word that
    /// is no filing's name (`pre-#8`), nor a name without a filing's noun.
    @Test func numberSignJoinedByAHyphen() {
        let found = mentions("ORDER (Motion to Dismiss-#8)\nthe motion (Motion (#9) is denied.", kind: "docket_entry")
        #expect(found.map(\.text) == ["#8", "#9"])
        #expect(found.map { $0.mention.docketEntry!.number } == ["8", "9"])
        #expect(mentions("the pre-#8 item and Exhibit A-#3 and (Defendant Smith-#4).", kind: "docket_entry").isEmpty)
    }

    /// N.D. Ill.'s `R.` entries (Corpus/mentions/ilnd-2017-patterson): read in a district court's
    /// civil case; not in the same words with no case known, nor in a Social Security review,
    /// where `(R. 86)` is the administrative record's page.
    @Test func northernDistrictOfIllinoisRecordEntries() {
        let head = "No. 15-cv-4139\n02-28-2017\nMEMORANDUM OPINION AND ORDER AMY J. ST. EVE, District Court Judge:\n"
        let line = "Defendants Hefel and Laurie (collectively, \"Defendants\"). (R. 86, 87.) The Court has previously granted, based on the parties' agreement, motions in limine. (R. 44, Second Am. Compl., \u{B6} 5.) That evening"
        let found = mentions(head + line, kind: "docket_entry")
        #expect(found.map(\.text) == ["R. 86", "87", "R. 44"])
        #expect(found.map { $0.mention.docketEntry!.number } == ["86", "87", "44"])
        #expect(mentions(line, kind: "docket_entry").isEmpty)
        #expect(mentions(head + "The ALJ weighed the Social Security claimant's testimony. (R. 86, 87.)", kind: "docket_entry").isEmpty)
    }

    /// An attachment after a hyphen that ends a line (Corpus/mentions/ohsd-2023-farrah-w, a page
    /// break between); pins to the first page, as PageID's (`at 67-68, 90`); `Rec. Docs. 1-8 &
    /// 1-9` (Corpus/mentions/laed-2020-fairley) repeats the entry, so its pairs are attachments.
    @Test func attachmentsAcrossLinesAndFirstPagePins() {
        let broken = mentions("the medical evidence. (AR, Doc. No. 8-\n\n3 at PageID 117.) Dr. Mutchler adopted", kind: "docket_entry")
        #expect(broken.map(\.text) == ["Doc. No. 8-\n\n3 at PageID 117"])
        #expect(broken.first?.mention.docketEntry?.attachment == "3")
        let pins = mentions("(AR, Doc. \nNo. 8-2 at 67-68, 90; AR, Doc. No. 8-6 at PageID 350-51.)", kind: "docket_entry")
        #expect(pins.map { $0.mention.docketEntry!.pin } == ["67-68", "PageID 350-51"])
        let repeated = mentions("violated the Louisiana \nMedical Malpractice Act. (Rec. Docs. 1-8 & 1-9). In March 2019", kind: "docket_entry")
        #expect(repeated.map { $0.mention.docketEntry!.attachment } == ["8", "9"])
        #expect(repeated.map { $0.mention.docketEntry!.through } == [nil, nil])
        #expect(mentions("(Rec. Docs. 1-8 & 2-9)", kind: "docket_entry").first?.mention.docketEntry?.through == "8")
    }

    /// Justia's header line (Corpus/mentions/miwd-2024-jones-v-douglas): the document's own entry
    /// number before the court's heading is no citation; the same number in a sentence is.
    @Test func siteHeaderNumberIsNoCitation() {
        #expect(mentions("Download PDF\nJones #603497 v. Douglas Doc. 9 UNITED STATES DISTRICT COURT WESTERN DISTRICT OF MICHIGAN", kind: "docket_entry").isEmpty)
        #expect(mentions("The petition was filed. Doc. 9. The United States responded.", kind: "docket_entry").map(\.text) == ["Doc. 9"])
    }

    /// After a plural designator a rising pair is a range; after a singular one an attachment.
    @Test func rangesAndAttachments() {
        let found = mentions("See Dkt. Nos. 40-42, Docs. # 127-138, Rec. Docs. 1-8 and ECF No. 21-2.", kind: "docket_entry")
        #expect(found.map(\.text) == ["Dkt. Nos. 40-42", "Docs. # 127-138", "Rec. Docs. 1-8", "ECF No. 21-2"])
        #expect(found.map { $0.mention.docketEntry!.through } == ["42", "138", "8", nil])
        #expect(found.map { $0.mention.docketEntry!.attachment } == [nil, nil, nil, "2"])
    }

    /// A stray period after `ECF` (shared corpus eyecitets_cl10318002_district, `See ECF. No. 118`)
    /// and OCR's spacing of `Rec. Doc.` (Corpus/mentions/laed-2020-fairley-v-culotta, `(Rec .Doc. ⏎1-5,`);
    /// `ECF.` ending a sentence is no entry.
    @Test func strayPeriodsInDesignators() {
        let found = mentions("See ECF. No. 118 at 2. The denial (Rec .Doc. \n1-5, Exhibit 3). It is on ECF. 12 people came.", kind: "docket_entry")
        #expect(found.map(\.text) == ["ECF. No. 118 at 2", "Rec .Doc. \n1-5"])
        #expect(found.map { $0.mention.docketEntry!.number } == ["118", "1"])
        #expect(found.map { $0.mention.docketEntry!.attachment } == [nil, "5"])
    }

    /// D. Neb.'s `(Filing No. 45)` and `(Filing 54)`, `(DE #31)`, W.D. Mich.'s `PageID.45` pin and a
    /// lower-case `docket no.`; a case number after `DOCKET NO.` is none (Corpus/mentions/
    /// lawd-2016-mczeal-v-midsouth-national-bank's heading, `DOCKET NO. 15-cv-2315`).
    @Test func filingsPageIDsAndCaseNumbers() {
        let found = mentions("The motion (Filing No. 45) is denied (Filing 54). (DE #31) (ECF No. 39, PageID.45) (see docket no. 71).", kind: "docket_entry")
        #expect(found.map(\.text) == ["Filing No. 45", "Filing 54", "DE #31", "ECF No. 39, PageID.45", "docket no. 71"])
        #expect(found.map { $0.mention.docketEntry!.pin } == [nil, nil, nil, "PageID 45", nil])
        #expect(mentions("MCZEAL v. MIDSOUTH DOCKET NO. 15-cv-2315 JUDGE", kind: "docket_entry").isEmpty)
        #expect(mentions("The filing 12 days later was late.", kind: "docket_entry").isEmpty)
    }

    /// The Sixth Circuit's districts cite entries as `R.` with the court's page numbering
    /// (LABELING-MENTIONS.md: `R. 24` where the court uses `R.` for its record entries); `R.`
    /// without it is as often an administrative record's page, and is not read.
    @Test func sixthCircuitRecordEntriesWithPageID() {
        let found = mentions("The motion (R. 45, PageID # 300) and (R. 12-1, Page ID #: 45). The ALJ found (R. 86). See R. 24, PageID.99.", kind: "docket_entry")
        #expect(found.map(\.text) == ["R. 45, PageID # 300", "R. 12-1, Page ID #: 45", "R. 24, PageID.99"])
        #expect(found.map { $0.mention.docketEntry!.pin } == ["PageID 300", "PageID 45", "PageID 99"])
        #expect(found.map { $0.mention.docketEntry!.attachment } == [nil, "1", nil])
    }

    /// After `No.` a second number is a page, even a little above the entry's.
    @Test func pageAfterASingularNumberedEntry() {
        let found = mentions("(ECF No. 20, 21.)", kind: "docket_entry")
        #expect(found.map(\.text) == ["ECF No. 20, 21"])
        #expect(found.first?.mention.docketEntry?.pin == "21")
    }

    /// A PageID pin is the first page of a list; a range broken at a line's end is read whole.
    @Test func pageIDPinsOfListsAndBrokenRanges() {
        let found = mentions("(AR, Doc. No. 8-3 at PageID 95, 97-100, 115.) (Reply, Doc. No. 13 at PageID 579-\n80 (citing it).)", kind: "docket_entry")
        #expect(found.map(\.text) == ["Doc. No. 8-3 at PageID 95", "Doc. No. 13 at PageID 579-\n80"])
        #expect(found.map { $0.mention.docketEntry!.pin } == ["PageID 95", "PageID 579-80"])
    }

    /// `through` between two rising numbers is a range after any designator.
    @Test func rangesWrittenOut() {
        let found = mentions("See ECF No. 99 through 101 and Dkt. 40 through 42.", kind: "docket_entry")
        #expect(found.map(\.text) == ["ECF No. 99 through 101", "Dkt. 40 through 42"])
        #expect(found.map { $0.mention.docketEntry!.through } == ["101", "42"])
    }

    @Test func pageIDPins() {
        let found = mentions("(Doc. No. 8-2 at PageID 55; ECF No. 20, PageID #: 455.)", kind: "docket_entry")
        #expect(found.map(\.text) == ["Doc. No. 8-2 at PageID 55", "ECF No. 20, PageID #: 455"])
        #expect(found.map { $0.mention.docketEntry!.pin } == ["PageID 55", "PageID 455"])
    }

    /// A case's docket number is no entry of it; a footnote marker after a filing's name neither.
    @Test(arguments: ["Docket No. 25-1686", "the discovery motion.[1]", "the motion [1] and", "Appendix D. 6 shows",
                      "Docket No. 7581-01S.", "the second item (#3) on the list",
                      "as the statute says. See [1] above", "the Judgment[2] entered"])
    func notEntries(text: String) {
        #expect(mentions(text, kind: "docket_entry").isEmpty)
    }

    @Test func attachmentAndPins() {
        let found = mentions("See ECF No. 99-1, at 1; ECF No. 25 at 5.", kind: "docket_entry")
        #expect(found.map(\.text) == ["ECF No. 99-1, at 1", "ECF No. 25 at 5"])
        #expect(found[0].mention.docketEntry?.attachment == "1")
        #expect(found[0].mention.docketEntry?.pin == "1")
        #expect(found[1].mention.docketEntry?.pin == "5")
    }

    @Test(arguments: [
        "Plaintiff served RPD Nos. 12, 14-19 on defendant.",
        "He was a member of Local Union No. 435.",
        "It was No. 21 on the list.",
        "Case 1:06-cv-22644-ASG Document 364 Entered on FLSD Docket 07/23/2008 Page 13 of 45",
    ])
    func notDocketEntries(text: String) {
        #expect(mentions(text, kind: "docket_entry").isEmpty)
    }

    /// The Eastern District of Kentucky's bracketed `Record No.` (kyed-2011-berry-v-schmitt,
    /// kyed-2000-blanton-v-cooper-industries), also broken across a line; not unbracketed, where
    /// Virginia's appellate case numbers read `Record No. 0816-18-1`.
    @Test func easternDistrictOfKentuckyRecordNumbers() {
        let found = mentions("on cross motions for summary judgment. [Record Nos. 20, 22] Plaintiff argues. The motion to strike [Record\nNo. 40] DENIED.", kind: "docket_entry")
        #expect(found.map(\.text) == ["Record Nos. 20", "22", "Record\nNo. 40"])
        #expect(found.map { $0.mention.docketEntry!.number } == ["20", "22", "40"])
        #expect(mentions("Commonwealth v. Doe, Record No. 0816-18-1 (Va. Ct. App. 2019).", kind: "docket_entry").isEmpty)
        #expect(mentions("The Record No. 5 of the hearing was lost.", kind: "docket_entry").isEmpty)
    }

    /// D. Neb. cites its docket as `Filing No. 81` with no parentheses (ned-2004-biby); only with a
    /// capital and `No.` (`filing 2 years late` stays none).
    @Test func unbracketedFilingNumbers() {
        let found = mentions("second motion for summary judgment, Filing No. 81.[1] The motion is supported by briefs, Filing Nos. 83 and 89, and indices.", kind: "docket_entry")
        #expect(found.map(\.text) == ["Filing No. 81", "Filing Nos. 83", "89"])
        #expect(mentions("He was filing 2 years late and the filing number 5 was lost.", kind: "docket_entry").isEmpty)
    }

    /// `(CM/ECF No. 12)`, a bankruptcy court's `(Bankr. Doc. 12)` and `(Adv. Doc. No. 5)`: the
    /// designator's whole name in the span. A doctor's `Doc.` is none.
    @Test func systemAndBankruptcyDocketPrefixes() {
        let found = mentions("Plaintiff responded (CM/ECF No. 12). The trustee objected (Bankr. Doc. 12). The defendant answered (Adv. Doc. No. 5).", kind: "docket_entry")
        #expect(found.map(\.text) == ["CM/ECF No. 12", "Bankr. Doc. 12", "Adv. Doc. No. 5"])
        #expect(mentions("Doc. Holliday was a dentist, and Doc Smith testified.", kind: "docket_entry").isEmpty)
    }

    /// A pleading's line number between `ECF` and `No.` (nvd-2018-lewis-v-reno-police, `(ECF 17
    /// No. 37 at 1.)`): the entry is 37, not the line; a `¶` pin is the filing's paragraphs
    /// (ded-2024-dasco, `(D.I. 1 at ¶¶ 1-3)`).
    @Test func lineNumberInsideAndParagraphPins() {
        let lined = mentions("to file a response (ECF 17 No. 37 at 1.) To date", kind: "docket_entry")
        #expect(lined.map(\.text) == ["ECF 17 No. 37 at 1"])
        #expect(lined.first?.mention.docketEntry?.number == "37")
        #expect(lined.first?.mention.docketEntry?.pin == "1")
        let paragraphs = mentions("the Bulk DEF Business. (D.I. 1 at \u{B6}\u{B6} 1-3) Defendant paid", kind: "docket_entry")
        #expect(paragraphs.map(\.text) == ["D.I. 1 at \u{B6}\u{B6} 1-3"])
        #expect(paragraphs.first?.mention.docketEntry?.pin == "\u{B6}\u{B6} 1-3")
        #expect(mentions("Case 2:12-cv-02486 Document 21 Filed 11/26/12 Page 3 of 12", kind: "docket_entry").isEmpty)
    }

    @Test func repeatedReferencesShareAnAuthorityAndCarryTheFilingName() {
        let document = extract("the Motion for Discovery (ECF No. 21) filed by Plaintiff. The Motion (ECF No. 21) is denied.")
        #expect(document.resolution.links == [0, 0])
        guard case .docketEntry(let number, _, let description) = document.resolution.authorities[0] else {
            Issue.record("not a docket entry"); return
        }
        #expect(number == "21")
        #expect(description == "Motion for Discovery")
    }
}
