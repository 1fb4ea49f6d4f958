import Testing
@testable import LegalCite

/// A pattern's required literals skip a pass only when no match is possible.
@Suite("PCRE2 patterns")
struct PatternTests {
    static func matches(_ pattern: Pattern, _ text: String, from: Int = 0) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            pattern.forEachMatch(in: buffer, from: from, using: MatchData(for: pattern)) { match in
                found.append(String(decoding: buffer[match.range], as: UTF8.self))
            }
        }
        return found
    }

    @Test func requiredLiteralsSkipOnlyImpossiblePasses() throws {
        let pattern = try Pattern(#"U\.S\. Const\. amend\. [IVX]+"#, requiring: ["Const"])
        #expect(Self.matches(pattern, "See U.S. Const. amend. IV and U.S. Const. amend. XIV.") == ["U.S. Const. amend. IV", "U.S. Const. amend. XIV"])
        #expect(Self.matches(pattern, "No constitution here, U.S. const. amend. IV.").isEmpty)
        // The literal must lie at or after `from`: one before it does not let the pass run.
        #expect(Self.matches(pattern, "U.S. Const. amend. IV", from: 5).isEmpty)
    }

    @Test func anyOfSeveralLiterals() throws {
        let pattern = try Pattern(#"(?:Dated|Signed):? \w+ \d+"#, requiring: ["Dated", "Signed"])
        #expect(Self.matches(pattern, "Signed: June 5") == ["Signed: June 5"])
        #expect(Self.matches(pattern, "Dated June 5 and Signed July 6") == ["Dated June 5", "Signed July 6"])
        #expect(Self.matches(pattern, "dated June 5").isEmpty)
    }

    @Test func literalsAtTheVeryEndAndMultibyte() throws {
        let section = try Pattern("\u{A7}\\s*(\\d+)", requiring: ["\u{A7}"])
        #expect(Self.matches(section, "28 U.S.C. \u{A7} 1331") == ["\u{A7} 1331"])
        #expect(Self.matches(section, "28 U.S.C. 1331").isEmpty)
        let tail = try Pattern("Judge$", requiring: ["Judge"])
        #expect(Self.matches(tail, "District Judge") == ["Judge"])
    }
}
