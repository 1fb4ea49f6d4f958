import Testing
@testable import LegalCite

/// The letter-spacing normalizer the judges' readers read through: words a PDF converter spaced
/// letter by letter joined, every byte kept still mapped to the original.
@Suite("Letter-spaced words joined")
struct LetterSpacingTests {
    /// The joined text of `text`, or nil when nothing is spaced, with the map to `text`'s bytes.
    static func collapse(_ text: String) -> (joined: String, spacing: LetterSpacing)? {
        let bytes = Array(text.utf8)
        let normalized = bytes.withUnsafeBufferPointer { Normalizer.normalize($0, format: .text) }
        return normalized.bytes.withUnsafeBufferPointer { buffer in
            LetterSpacing.collapse(buffer, map: normalized.map).map { (String(decoding: $0.bytes, as: UTF8.self), $0) }
        }
    }

    @Test func spacedNamesAndTitlesAreJoined() {
        // Corpus/captions/arizctapp-2011-state-v-robinson-cattle.txt
        #expect(Self.collapse("Attorneys for Defendant/Counterclaimant/Appellant B R A M M E R, Presiding Judge. Robinson Cattle")?.joined
                == "Attorneys for Defendant/Counterclaimant/Appellant BRAMMER, Presiding Judge. Robinson Cattle")
        // Corpus/captions/alacrimapp-2012-windsor-v-state.txt: a lone period closing the word.
        #expect(Self.collapse("(CC-10-0581) Court KELLUM, J u d g e . The a p p e l l a n t ,")?.joined
                == "(CC-10-0581) Court KELLUM, Judge. The appellant,")
        // Corpus/citator/texapp14-2005-taylor-v-state.txt: the converter's word gap stays.
        #expect(Self.collapse("M E M O R A N D U M   O P I N I O N")?.joined == "MEMORANDUM   OPINION")
        #expect(Self.collapse("                         O R D E R")?.joined == "                         ORDER")
    }

    @Test func initialsListsAndShortRunsStay() {
        #expect(Self.collapse("JOHN J. R. SMITH, Circuit Judge") == nil, "initials with periods are no spaced word")
        #expect(Self.collapse("Exhibits A and B are attached; see Plan A or B.") == nil)
        #expect(Self.collapse("U .S. COURT OF APPEALS") == nil)
        #expect(Self.collapse("a I a") == nil || Self.collapse("a I a")?.joined == "aIa", "three lone letters are a spaced word")
        #expect(Self.collapse("Section 2 a b") == nil, "two letters are not enough")
        #expect(Self.collapse("Ta b c") == nil, "a letter touching a word is not one of the spaced word's letters")
    }

    @Test func offsetsLeadBackToTheOriginal() {
        // A curly apostrophe and an en dash before the spaced name: the normalizer rewrote them.
        let text = "Jones’s appeal – B R A M M E R, Judge"
        let (joined, spacing) = Self.collapse(text)!
        #expect(joined == "Jones's appeal - BRAMMER, Judge")
        let name = Array(joined.utf8).firstRange(of: Array("BRAMMER".utf8))!
        let original = spacing.map.original(name)
        #expect(String(decoding: Array(text.utf8)[original], as: UTF8.self) == "B R A M M E R")
        let judge = Array(joined.utf8).firstRange(of: Array("Judge".utf8))!
        #expect(String(decoding: Array(text.utf8)[spacing.map.original(judge)], as: UTF8.self) == "Judge")
        // And forward: the normalized offset of `M` (the fourth letter) is its place in the joined text.
        let normalizedM = Array("Jones's appeal - B R A ".utf8).count
        #expect(spacing.offset(ofNormalized: normalizedM) == name.lowerBound + 3)
    }

    @Test func theSignaturePositionIndexesTheOriginal() {
        let text = String(repeating: "x ", count: 120) + "Attorneys for Appellant B R A M M E R, Presiding Judge. Robinson Cattle, LLC appeals from the grant."
        let document = extract(text)
        #expect(document.signature?.author == "BRAMMER")
        #expect(document.signature?.title == "Presiding Judge")
        let position = document.signature!.position!
        #expect(String(decoding: Array(text.utf8)[position..<(position + 13)], as: UTF8.self) == "B R A M M E R")
    }
}
