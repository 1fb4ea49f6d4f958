import Testing
@testable import LegalCite

@Suite("Bad input: a clear error, never a crash")
struct InputTests {
    private func refusal(_ bytes: [UInt8]) -> InputError? {
        do {
            _ = try sharedExtractor.extract(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidUTF8() {
        #expect(refusal([0x41, 0x42, 0xFF, 0x43]) == .invalidUTF8(offset: 2))
        #expect(refusal([0xC0, 0xAF]) == .invalidUTF8(offset: 0))          // overlong
        #expect(refusal([0xED, 0xA0, 0x80]) == .invalidUTF8(offset: 0))    // surrogate
        #expect(refusal([0x41, 0xE2, 0x80]) == .invalidUTF8(offset: 1))    // truncated
    }

    @Test func binary() {
        #expect(refusal([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) == .binary(offset: 4))
        #expect(refusal(Array(repeating: 0x01, count: 100)) == .binary(offset: 0))
    }

    @Test func tooLarge() {
        do {
            _ = try sharedExtractor.extract(Array(repeating: 0x41, count: 100), options: .init(maxBytes: 10))
            Issue.record("accepted a document over the limit")
        } catch {
            #expect(error == .tooLarge(bytes: 100, limit: 10))
        }
    }

    @Test func emptyInputIsAnEmptyDocument() {
        let document = extract("")
        #expect(document.mentions.isEmpty)
        #expect(document.caption == nil)
        #expect(document.source.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func repeatedCitationLikeTextIsLinear() {
        let text = String(repeating: "1 U.S. 1 ", count: 20_000)
        let document = extract(text)
        #expect(document.mentions.count == 20_000)
    }

    @Test func unbalancedParenthesesAndQuotes() {
        let document = extract("((((( \"Smith v. Jones, 1 F.3d 1 ((((9th Cir. 1999 \" ))) Id. at")
        #expect(document.mentions.map(\.citation.kind) == ["case", "id"])
    }
}

@Suite("Bad input: documents of one huge line")
struct HugeLineTests {
    /// A document with no line break once made the caption reader quadratic (the whole text
    /// looked like one flattened caption). Every cite must still be found.
    @Test func oneMegabyteWithoutANewline() {
        let text = String(repeating: "See 42 U.S.C. 1983 and Smith v. Jones, 1 F.3d 1 (1999) ", count: 18_000)
        let document = extract(text)
        #expect(document.mentions.count == 36_000)
        #expect(document.caption?.parties.isEmpty ?? true)
    }

    @Test func tenMillionDigits() {
        #expect(extract(String(repeating: "1", count: 10_000_000)).mentions.isEmpty)
    }
}
