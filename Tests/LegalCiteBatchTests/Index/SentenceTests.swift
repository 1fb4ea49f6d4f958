import Testing
@testable import LegalCiteBatch

@Suite struct SentenceTests {
    @Test func theSentenceEndsAtPeriodsThatEndSentencesOnly() {
        let context = "dismissed. See Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) (citing Twombly). The Court agrees with the"
        let sentence = Sentence.cut(context: context, mention: "556 U.S. 662, 678")
        #expect(sentence.before == "See Ashcroft v. Iqbal, ")
        #expect(sentence.mention == "556 U.S. 662, 678")
        #expect(sentence.after == " (2009) (citing Twombly).")
        #expect(!sentence.cutBefore && !sentence.cutAfter)
    }

    @Test func aContextCutShortIsMarkedAndFoldedTextIsFound() {
        let sentence = Sentence.cut(context: "ntiff seeks relief under 42 U.S.C. § 1983 against the officers who", mention: "42\nU.S.C. § 1983")
        #expect(sentence.mention == "42 U.S.C. § 1983")
        #expect(sentence.cutBefore && sentence.cutAfter)
        #expect(sentence.before == "seeks relief under ")
        #expect(sentence.after == " against the officers")
        let missing = Sentence.cut(context: "some other text", mention: "ECF No. 4")
        #expect(missing.mention == "some other text")
    }
}
