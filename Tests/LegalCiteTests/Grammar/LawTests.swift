import Testing
@testable import LegalCite

@Suite("Statutes and regulations")
struct LawTests {
    @Test(arguments: [
        ("42 U.S.C. § 1983", "U.S.C.", "42", "1983", nil),
        ("28 U.S.C. § 636(b)(1)(A)", "U.S.C.", "28", "636", "(b)(1)(A)"),
        ("21 U.S.C. Sec. 841(a)(1)", "U.S.C.", "21", "841", "(a)(1)"),
        ("50 U.S.C. 1701", "U.S.C.", "50", "1701", nil),
        ("29 C.F.R. § 1630.2(g)", "C.F.R.", "29", "1630.2", "(g)"),
        ("17 C.F.R. § 240.10b-5", "C.F.R.", "17", "240.10b-5", nil),
        ("42 USC 2000e-5", "U.S.C.", "42", "2000e-5", nil),
    ] as [(String, String, String, String, String?)])
    func federal(text: String, code: String, title: String, section: String, subsection: String?) {
        let found = extract("Under \(text), the court").mentions
        #expect(found.count == 1)
        let document = extract("Under \(text), the court")
        #expect(document.text(of: found[0].span) == text)
        let law = found[0].law
        #expect(law?.code == code)
        #expect(law?.title == title)
        #expect(law?.section == section)
        #expect(law?.subsection == subsection)
    }

    @Test func regulationKind() {
        #expect(extract("29 C.F.R. § 1630.2(g)").mentions.first?.citation.kind == "regulation")
    }

    @Test func sectionListsAreOneMentionEach() {
        let document = extract("jurisdiction under 28 U.S.C. §§ 1331, 1343 and venue")
        #expect(document.mentions.map { document.text(of: $0.span) } == ["28 U.S.C. §§ 1331", "1343"])
        #expect(document.mentions.map { $0.law!.section } == ["1331", "1343"])
    }

    @Test func subsectionContinuations() {
        let document = extract("pursuant to 28 U.S.C. §§ 1334 and 157(a) and (b)(1). A core proceeding under 28 U.S.C. § 157(b)(2)(A) and (G).")
        #expect(document.mentions.map { $0.law!.section } == ["1334", "157", "157", "157", "157"])
        #expect(document.mentions.map { $0.law!.subsection } == [nil, "(a)", "(b)(1)", "(b)(2)(A)", "(b)(2)(G)"])
    }

    @Test func stateCodes() {
        let kansas = extract("Kan. Stat. Ann. § 44-501 et seq. and K.S.A. 60-513 apply.")
        #expect(kansas.mentions.map { kansas.text(of: $0.span) } == ["Kan. Stat. Ann. § 44-501", "K.S.A. 60-513"])
        #expect(kansas.mentions.allSatisfy { $0.law?.code == "Kan. Stat. Ann." })
        #expect(kansas.mentions[0].law?.etSeq == true)
    }

    @Test(arguments: ["Under section 5 of the lease, rent is due.", "He was 42 years old in 1983.", "K.S.A. reads plainly."])
    func notStatutes(text: String) {
        #expect(extract(text).mentions.filter { $0.citation.kind == "statute" }.isEmpty)
    }

    @Test func constitution() {
        let document = extract("U.S. Const. amend. XIV, § 1 and U.S. Const. art. III, § 2, cl. 1 and the Fourth Amendment.")
        let provisions = document.mentions.compactMap(\.constitution)
        #expect(provisions.map(\.amendment) == ["XIV", nil, "IV"])
        #expect(provisions.map(\.article) == [nil, "III", nil])
        #expect(provisions[1].clause == "1")
        #expect(provisions.allSatisfy { $0.jurisdiction == "US" })
    }

    @Test func amendmentToAContractIsNotTheConstitution() {
        #expect(extract("the First Amendment to the Lease").mentions.isEmpty)
    }
}
