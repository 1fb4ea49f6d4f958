import Testing
@testable import LegalCite

/// Parties read by grammar, not by document: a role run into the `)` rail, an `In re` matter
/// with its kind of matter before the name, the one test of a matter's opening words. Each
/// example is a real caption line of a document of `Corpus/captions/`.
@Suite("Caption: parties on general forms")
struct CaptionPartiesGeneralTests {
    /// ariz-2002-state-v-smith: `Appellant.)`, the role touching the rail, closes `BERNARD SMITH,`.
    @Test func roleRunIntoTheRailClosesTheName() {
        let parties = PartyReader.read(["STATE", "OF", "ARIZONA,", ")", "Appellee,", ")", "v.", ")", "BERNARD", "SMITH,", ")", "Appellant.)"])
        #expect(parties.map { "\($0.name)|\($0.role ?? "")" } == ["State of Arizona|appellee", "Bernard Smith|appellant"])
        // A word that is no role keeps its parenthesis: no role is made of it.
        #expect(PartyReader.read(["BERNARD", "SMITH,", ")", "Yuma.)"]).allSatisfy { $0.role == nil })
    }

    /// minnctapp-2007-in-re-appeal-of-staley: `In re:  Appeal of Jonnie Sue Staley` ended by the
    /// `Filed` line: the party is the name after the kind of matter.
    @Test func matterKindIsNoPartOfTheName() {
        #expect(PartyReader.read(["In", "re:", "Appeal", "of", "Jonnie", "Sue", "Staley", "|"]).map(\.name) == ["Jonnie Sue Staley"])
        // A matter that names no party (`In re Grand Jury Subpoena`) gives none.
        #expect(PartyReader.read(["In", "re:", "Grand", "Jury", "Subpoena", "|"]).isEmpty)
        #expect(PartyReader.read(["In", "re:", "Appeal", "of", "|"]).isEmpty)
    }

    /// One test of a matter's opening words, for each reader of them.
    @Test func matterOpeningWords() {
        #expect(PartyReader.matterWordCount(["In", "re:", "MIGUEL"]) == 2)
        #expect(PartyReader.matterWordCount(["IN", "RE", "JOHN"]) == 2)
        #expect(PartyReader.matterWordCount(["IN", "THE", "MATTER", "OF", "X"]) == 4)
        #expect(PartyReader.matterWordCount(["In", "the", "County", "of"]) == 0)
        #expect(PartyReader.matterWordCount(["Inre", "Smith"]) == 0)
    }
}
