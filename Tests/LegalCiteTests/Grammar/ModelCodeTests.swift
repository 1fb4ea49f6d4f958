import Testing
@testable import LegalCite

/// `model_code`: uniform and model codes cited as such (the U.C.C., the Model Penal Code, the
/// Model Rules of Professional Conduct), not as a state's enactment.
@Suite("Model codes")
struct ModelCodeTests {
    @Test(arguments: [
        // Corpus/captions/prd-2018-in-re-financial-oversight-board-ers-v-altair.txt.
        ("under UCC § 9-502(a)(1), a financing statement", "UCC § 9-502(a)(1)", "U.C.C.", "9-502", "(a)(1)"),
        ("UCC Section 9-110 provides", "UCC Section 9-110", "U.C.C.", "9-110", nil),
        ("See U.C.C. § 2-207(2).", "U.C.C. § 2-207(2)", "U.C.C.", "2-207", "(2)"),
        ("Uniform Commercial Code § 2-725 sets", "Uniform Commercial Code § 2-725", "U.C.C.", "2-725", nil),
        ("Model Penal Code § 2.02(2)(c) (Am. Law Inst. 1985)", "Model Penal Code § 2.02(2)(c)", "Model Penal Code", "2.02", "(2)(c)"),
        ("See U.C.C. § 2A-219(1).", "U.C.C. § 2A-219(1)", "U.C.C.", "2A-219", "(1)"),
        ("The court followed the Model\nRules of Professional Conduct, Rule 1.7.", "Model\nRules of Professional Conduct, Rule 1.7", "Model Rules of Prof'l Conduct", "1.7", nil),
        ("Model Rules of Prof'l Conduct R. 1.7 (Am. Bar Ass'n 2020)", "Model Rules of Prof'l Conduct R. 1.7", "Model Rules of Prof'l Conduct", "1.7", nil),
        ("ABA Model Rule of Professional Conduct 8.4(c)", "ABA Model Rule of Professional Conduct 8.4(c)", "Model Rules of Prof'l Conduct", "8.4", "(c)"),
    ] as [(String, String, String, String, String?)])
    func forms(text: String, span: String, code: String, section: String, subsection: String?) {
        let found = mentions(text, kind: "model_code")
        #expect(found.map(\.text) == [span])
        let law = found.first?.mention.law
        #expect(law?.code == code)
        #expect(law?.section == section)
        #expect(law?.subsection == subsection)
    }

    /// The Model Penal Code is no California code (`Penal Code § 2.02` would read as one alone).
    @Test func theModelPenalCodeIsNoStatute() {
        let document = extract("Under Model Penal Code § 2.02(2)(c), recklessness requires more.")
        #expect(document.mentions.map(\.citation.kind) == ["model_code"])
        #expect(document.resolution.authorities.map(\.id) == ["model/model-penal-code/2.02"])
    }

    /// A state's enactment is a statute; `UCC` without a section is no cite.
    @Test(arguments: [
        ("Tex. Bus. & Com. Code § 2.207 governs.", "statute"),
        ("A UCC-1 financing statement was filed.", nil),
        // Pennsylvania's Municipalities Planning Code, and New York's enactment of the U.C.C.
        ("Under MPC Section 909.1(a)(3), the zoning hearing board has exclusive jurisdiction.", nil),
        ("See N.Y. U.C.C. § 2-207 (McKinney).", nil),
        ("The UCC filing of 2019 lapsed.", nil),
    ] as [(String, String?)])
    func notModelCodes(text: String, kind: String?) {
        #expect(mentions(text, kind: "model_code").isEmpty)
        #expect(extract(text).mentions.first?.citation.kind == kind)
    }
}
