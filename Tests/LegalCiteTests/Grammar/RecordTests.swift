import Testing
@testable import LegalCite

@Suite("Record citations")
struct RecordTests {
    private func records(_ text: String) -> [(text: String, record: RecordCitation)] {
        let document = extract(text)
        return document.mentions.compactMap { mention in
            guard case .record(let record) = mention.citation else { return nil }
            return (document.text(of: mention.span), record)
        }
    }

    @Test(arguments: [
        ("Compl. ¶¶ 46-53", "complaint", nil, "¶¶ 46-53"),
        ("Am. Compl. ¶ 10", "amended_complaint", nil, "¶ 10"),
        ("Answer ¶ 3", "answer", nil, "¶ 3"),
        ("Tr. 45:3-12", "transcript", nil, "45:3-12"),
        ("Hr'g Tr. at 12", "transcript", nil, "12"),
        ("Smith Dep. 12:4-9", "deposition", "Smith", "12:4-9"),
        ("Ex. A at 3", "exhibit", "A", "3"),
        ("Pl.'s Mem. at 4", "brief", "Pl.'s Mem.", "4"),
        ("PSR ¶ 84", "presentence_report", nil, "¶ 84"),
        ("Jones Decl. ¶ 5", "declaration", "Jones", "¶ 5"),
        ("Compl. Claim III ¶¶ 46-53", "complaint", nil, "Claim III ¶¶ 46-53"),
    ] as [(String, String, String?, String)])
    func forms(text: String, document: String, label: String?, pin: String) {
        let found = records("As alleged, \(text), the facts are these.")
        #expect(found.map(\.text) == [text])
        #expect(found.first?.record.document.rawValue == document)
        #expect(found.first?.record.label == label)
        #expect(found.first?.record.pin == pin)
    }

    @Test func recordAppendixAndJointAppendixOpenACitation() {
        #expect(records("(R. at 5.) and (App. 12) and [J.A. 45]").map(\.record.document.rawValue) == ["record", "appendix", "joint_appendix"])
        #expect(records("John R. at 5 o'clock and Ill. App. 12 and the J.A. team").isEmpty)
    }

    @Test func transcriptPageLists() {
        #expect(records("(Tr. 113, 268, 272).").map(\.text) == ["Tr. 113", "268", "272"])
    }

    @Test(arguments: [
        "Ex parte Young, 209 U.S. 123 (1908).",
        "the Contr. clause and an Extr. note",
        "Answer the question; the Complaint alleges fraud.",
        "Under ¶ 5 of the statute, the fee is due.",
        "Section 12 and § 1983 apply.",
    ])
    func notRecords(text: String) {
        #expect(records(text).isEmpty)
    }

    @Test func idAfterARecordCiteResolvesToTheRecordNotTheLastCase() {
        // eyecite's users reported these Id.s chained to the preceding case.
        let document = extract("Smith v. Jones, 100 F.3d 1 (9th Cir. 1999). Compl. Claim III ¶¶ 46-53; id. Claim V ¶¶ 58-71; [PSR ¶ 84]; [Id. ¶ 62].")
        let kinds = document.mentions.map(\.citation.kind)
        #expect(kinds == ["case", "record", "id", "record", "id"])
        let links = document.resolution.links
        #expect(links[2] == links[1] && links[2] != links[0])
        #expect(links[4] == links[3])
        #expect(document.mentions[2].id?.pin == "Claim V ¶¶ 58-71")
    }

    @Test func complaintAndItsDocketEntryShareAnAuthorityWhenTheTextSaysSo() {
        let document = extract("Compl. ¶ 5. The Complaint (ECF No. 1) alleges fraud. Ans. to Compl.")
        #expect(document.mentions.map(\.citation.kind) == ["record", "docket_entry"])
        #expect(document.resolution.links[0] == document.resolution.links[1])
    }
}
