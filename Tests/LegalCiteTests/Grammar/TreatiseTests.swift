import Testing
@testable import LegalCite

/// `treatise`: the treatises and encyclopedias of `TreatiseTitles`, with their volume, the authors
/// in the span, and an id per title and section.
@Suite("Treatises")
struct TreatiseTests {
    @Test(arguments: [
        ("See 5 Wright & Miller, Federal Practice and Procedure § 1357 (3d ed. 2004).", "5 Wright & Miller, Federal Practice and Procedure § 1357",
         "Federal Practice and Procedure", "5", "1357", "treatise/fpp/1357"),
        ("5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1350 (3d ed. 2004)",
         "5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1350", "Federal Practice and Procedure", "5B", "1350", "treatise/fpp/1350"),
        // Westlaw's short form.
        ("10A Fed. Prac. & Proc. Civ. § 2727 (4th ed.)", "10A Fed. Prac. & Proc. Civ. § 2727", "Federal Practice and Procedure", "10A", "2727", "treatise/fpp/2727"),
        // Corpus/captions/sd-2010-murray-v-mansheim.txt: three authors, wrapped across a blank line.
        ("(quoting 6 Charles Alan Wright, Arthur R. Miller & Mary\n\nKay Kane, Federal Practice and Procedure § 1418, at 1)",
         "6 Charles Alan Wright, Arthur R. Miller & Mary\n\nKay Kane, Federal Practice and Procedure § 1418", "Federal Practice and Procedure", "6", "1418", "treatise/fpp/1418"),
        // Corpus/captions/ctd-2022-shea-v-sieunarine.txt.
        ("7 Moore’s Fed. Prac. § 36.10[8] (3d ed.)", "7 Moore’s Fed. Prac. § 36.10[8]", "Moore's Federal Practice", "7", "36.10[8]", "treatise/moores/36.10[8]"),
        ("3 Collier on Bankruptcy ¶ 362.03 (16th ed.)", "3 Collier on Bankruptcy ¶ 362.03", "Collier on Bankruptcy", "3", "362.03", "treatise/collier/362.03"),
        // Corpus/mentions/ca6-2024-united-states-v-fizer.txt: LaFave's title is read after his name only.
        ("See 6 Wayne R. LaFave, Search & Seizure § 11.4(a) (6th ed.)", "6 Wayne R. LaFave, Search & Seizure § 11.4",
         "Search and Seizure", "6", "11.4", "treatise/lafave-search/11.4"),
        ("W. Page Keeton et al., Prosser and Keeton on the Law of Torts § 41 (5th ed. 1984)", "W. Page Keeton et al., Prosser and Keeton on the Law of Torts § 41",
         "Prosser and Keeton on the Law of Torts", nil, "41", "treatise/prosser-keeton/41"),
        // Encyclopedias, whose sections run per topic.
        ("63A Am. Jur. 2d Products Liability § 1 (2020)", "63A Am. Jur. 2d Products Liability § 1", "Am. Jur. 2d Products Liability", "63A", "1",
         "treatise/am-jur-2d/products-liability/1"),
        ("86 C.J.S. Torts § 5", "86 C.J.S. Torts § 5", "C.J.S. Torts", "86", "5", "treatise/cjs/torts/5"),
        // California's commas round the topic; Wright & Miller's subtitle with its edition.
        ("See 17A Am. Jur. 2d, Contracts, § 5.", "17A Am. Jur. 2d, Contracts, § 5", "Am. Jur. 2d Contracts", "17A", "5", "treatise/am-jur-2d/contracts/5"),
        ("See 5A C. Wright & A. Miller, Federal Practice and Procedure: Civil 2d § 1357 (1990).",
         "5A C. Wright & A. Miller, Federal Practice and Procedure: Civil 2d § 1357", "Federal Practice and Procedure", "5A", "1357", "treatise/fpp/1357"),
    ] as [(String, String, String, String?, String, String)])
    func forms(text: String, span: String, code: String, volume: String?, section: String, id: String) {
        let found = mentions(text, kind: "treatise")
        #expect(found.map(\.text) == [span])
        let law = found.first?.mention.law
        #expect(law?.code == code)
        #expect(law?.title == volume)
        #expect(law?.section == section)
        #expect(extract(text).resolution.authorities.compactMap(\.id).contains(id))
    }

    /// A title not in the table, an encyclopedia without its topic, and `Search and Seizure` not
    /// after LaFave's name are none.
    @Test(arguments: [
        "Smith, Handbook of Widgets § 12 (2d ed.).",
        "63A Am. Jur. 2d § 1",
        "Smith cites Search and Seizure § 5.",
    ])
    func notTreatises(text: String) {
        #expect(mentions(text, kind: "treatise").isEmpty)
    }

    /// The words before a title that are no volume or authors stay out of its span, and a rule
    /// before it keeps its own mention.
    @Test(arguments: [
        ("However, McCormick on Evidence § 185 notes the rule.", "McCormick on Evidence § 185"),
        ("The rule was settled in Marbury. Accordingly, McCormick on Evidence § 185 states it.", "McCormick on Evidence § 185"),
        ("ORDER ON MOTION TO DISMISS\n\nAccordingly, Collier on Bankruptcy ¶ 362.03 explains.", "Collier on Bankruptcy ¶ 362.03"),
        ("In Texas, Couch on Insurance § 175:5 holds.", "Couch on Insurance § 175:5"),
        ("The 2010 Collier on Bankruptcy ¶ 362.03 states the rule.", "Collier on Bankruptcy ¶ 362.03"),
        ("See Fed. R. Civ. P. 12 Advisory Committee Note, Wright & Miller § 1357.", "Wright & Miller § 1357"),
    ] as [(String, String)])
    func spanStartsAtTheVolumeOrAuthorsOnly(text: String, span: String) {
        #expect(mentions(text, kind: "treatise").map(\.text) == [span])
        if text.contains("Fed. R.") { #expect(mentions(text, kind: "rule").map(\.text) == ["Fed. R. Civ. P. 12"]) }
    }
}
