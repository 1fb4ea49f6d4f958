import Foundation
import Testing
@testable import LegalCiteBatch

@Suite("Scorecard: precision and recall against hand-written expectations")
struct ScorecardTests {
    static func json(_ text: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }

    @Test func statedNullCountsAgainstWhatIsFound() {
        var card = Scorecard()
        card.add(name: "a", expected: Self.json(#"{"caption": {"title": null}, "signature": {"judge": null}}"#),
                 got: Self.json(#"{"caption": {"title": "ORDER"}, "signature": {"judge": "X"}}"#))
        #expect(card.fields["caption.title"] == Scorecard.Count(falsePositive: 1))
        #expect(card.fields["signature.judge"] == Scorecard.Count(falsePositive: 1))
    }

    @Test func absentKeysAreNotScored() {
        var card = Scorecard()
        card.add(name: "a", expected: Self.json(#"{"caption": {"court": {"id": "ksd"}}}"#),
                 got: Self.json(#"{"caption": {"court": {"id": "ksd"}, "title": "ORDER"}, "citations": [{"kind": "case", "span": [1, 2]}]}"#))
        #expect(card.fields["caption.court"] == Scorecard.Count(truePositive: 1))
        #expect(card.fields["caption.title"] == nil)
        #expect(card.mentions.isEmpty, "an expectation without citations scores no mentions")
    }

    @Test func mentionLabelsScoreOnlyTheirKindsAndTheStatedFields() {
        var card = Scorecard()
        card.add(name: "a",
                 expected: Self.json(#"{"labels": "mentions", "mention_kinds": ["rule", "docket_entry"], "citations": [{"kind": "rule", "span": [0, 7], "rule_set": "local", "rule": "230"}, {"kind": "docket_entry", "span": [20, 30], "number": "21"}]}"#),
                 got: Self.json(#"{"citations": [{"kind": "rule", "span": [0, 7], "rule_set": "FRCP", "rule": "230"}, {"kind": "case", "span": [10, 19]}, {"kind": "docket_entry", "span": [40, 45], "number": "3"}]}"#))
        #expect(card.mentions["rule"] == Scorecard.Count(truePositive: 1))
        #expect(card.mentions["case"] == nil, "a kind the labels do not cover is not scored")
        #expect(card.mentions["docket_entry"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
        #expect(card.fields["rule.rule_set"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
        #expect(card.fields["rule.rule"] == Scorecard.Count(truePositive: 1))
        #expect(card.fields["docket_entry.number"] == nil, "fields score only for a mention found at its span")
    }

    @Test func wrongValueIsBothFalsePositiveAndFalseNegative() {
        var card = Scorecard()
        card.add(name: "a", expected: Self.json(#"{"caption": {"court": {"id": "ca5"}}}"#),
                 got: Self.json(#"{"caption": {"court": {"id": "txwd"}}}"#))
        #expect(card.fields["caption.court"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
        #expect(card.misses == [#"a: caption.court expected "ca5", got "txwd""#])
    }

    @Test func partiesScoreOneByOneFoldingCase() {
        var card = Scorecard()
        card.add(name: "a",
                 expected: Self.json(#"{"caption": {"parties": [{"name": "CLIFTON JEREL JONES", "role": "plaintiff"}, {"name": "State of Kansas", "role": "defendant"}]}}"#),
                 got: Self.json(#"{"caption": {"parties": [{"name": "Clifton  Jerel Jones", "role": "plaintiff"}, {"name": "State of Kansas", "role": "plaintiff"}, {"name": "06-27-2019 Smith", "role": "defendant"}]}}"#))
        #expect(card.fields["caption.parties"] == Scorecard.Count(truePositive: 1, falsePositive: 2, falseNegative: 1))
        #expect(card.fields["caption.party_names"] == Scorecard.Count(truePositive: 2, falsePositive: 1, falseNegative: 0))
    }

    @Test func mentionsScoreByKindAndSpan() {
        var card = Scorecard()
        card.add(name: "a",
                 expected: Self.json(#"{"citations": [{"kind": "rule", "span": [0, 5]}, {"kind": "case", "span": [9, 20]}]}"#),
                 got: Self.json(#"{"citations": [{"kind": "rule", "span": [0, 5]}, {"kind": "case", "span": [9, 21]}]}"#))
        #expect(card.mentions["rule"] == Scorecard.Count(truePositive: 1))
        #expect(card.mentions["case"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
    }

    @Test func letterSpacedNamesCompareJoined() {
        // Corpus/captions/arizctapp-2011-state-v-robinson-cattle.txt, labeled as the page spaces it.
        var card = Scorecard()
        card.add(name: "a", expected: Self.json(#"{"signature": {"author": "B R A M M E R", "title": "J u d g e"}}"#),
                 got: Self.json(#"{"signature": {"author": "BRAMMER", "title": "Judge"}}"#))
        #expect(card.fields["signature.author"] == Scorecard.Count(truePositive: 1))
        #expect(card.fields["signature.title"] == Scorecard.Count(truePositive: 1))
        #expect(Scorecard.joiningLetterSpacing("J. R. SMITH") == "J. R. SMITH")
        #expect(Scorecard.joiningLetterSpacing("A B Smith") == "A B Smith", "two letters stay apart")
        var other = Scorecard()
        other.add(name: "a", expected: Self.json(#"{"signature": {"author": "B R A M M E R"}}"#), got: Self.json(#"{"signature": {"author": "BRAMMERS"}}"#))
        #expect(other.fields["signature.author"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
        // Either side may be spaced (the caption gives names back as the page spaces them); a spaced
        // run is joined into one word, so a spaced phrase (`S t a t e o f`) meets only a label that
        // spaces it too, never its words written apart.
        var spaced = Scorecard()
        spaced.add(name: "a", expected: Self.json(#"{"caption": {"parties": [{"name": "State of Ohio", "role": null}]}}"#),
                   got: Self.json(#"{"caption": {"parties": [{"name": "S t a t e o f Ohio", "role": null}]}}"#))
        #expect(spaced.fields["caption.party_names"] == Scorecard.Count(falsePositive: 1, falseNegative: 1))
    }
}
