import Foundation
import Testing
@testable import LegalCite

/// `Alternatives` must find what the one alternation finds: the same matches, the same groups.
@Suite("Alternations split into branches")
struct AlternativesTests {
    /// Every match as its whole range and each group's range (by name where the union names
    /// it, since the branches number named groups each their own way).
    static func matches(_ union: Pattern, names: [String], _ text: [UInt8]) -> [String] {
        var found: [String] = []
        text.withUnsafeBufferPointer { buffer in
            union.forEachMatch(in: buffer, from: 0, using: MatchData(for: union)) { found.append(describe($0, names: names)) }
        }
        return found
    }

    static func matches(_ split: Alternatives, names: [String], _ text: [UInt8]) -> [String] {
        var found: [String] = []
        text.withUnsafeBufferPointer { buffer in split.forEachMatch(in: buffer, from: 0) { found.append(describe($0, names: names)) } }
        return found
    }

    static func describe(_ match: Match, names: [String]) -> String {
        var groups = names.map { name in "\(name)=\(match.pattern.groupNumber(name).flatMap { match.range($0) }.map { "\($0)" } ?? "-")" }
        if names.isEmpty { groups = (1..<max(1, match.pairs)).map { "\($0)=\(match.range($0).map { "\($0)" } ?? "-")" } }
        return "\(match.range) " + groups.joined(separator: " ")
    }

    /// Documents to compare on: `Corpus/` and hand-made stress lines.
    static let texts: [[UInt8]] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: GoldenTests.corpus.path)) ?? []
        var texts = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
            .compactMap { FileManager.default.contents(atPath: GoldenTests.corpus.appendingPathComponent($0).path).map { [UInt8]($0) } }
        texts.append(Array("""
            See ECF No. 21; Doc. 5; Dkt. #7-2; R. Doc. 14; Rec. Doc. 3; D.E. 9; DN 4; Docket No. 12; Document No. 8; \
            docs. 45, 46; ECFNo. 3; xECF No. 3; (Doc. # 50); Dk. 7 E.C.F. 8. Docket Entry 9. \
            s/ Jane Roe
            Chief United States District Judge
            SENIOR UNITED STATES DISTRICT JUDGE
            U.S. Magistrate Judge.
            Chief Judge United States District Judge
            Compl. ¶ 5; Am. Compl. ¶ 6; FAC ¶ 7; Hr'g Tr. 12:3; Trial Tr. at 4; Smith Dep. 3:4; Ex. A at 3; Decl. ¶ 2; \
            Aff. ¶ 1; PSR ¶ 84; (R. at 5); J.A. 45; App. 12; Pl.'s Mem. at 4; Defs.' Reply at 2; Gov't Br. 3; Answer ¶ 3.
            """.utf8))
        return texts
    }()

    @Test func docketEntriesAsOnePatternAndAsBranches() throws {
        let union = try Pattern(DocketEntryRecognizer.pattern)
        let split = Alternatives(try DocketEntryRecognizer.branches.map { try Pattern($0) })
        #expect(split.branches.count == 6)
        var total = 0
        for text in Self.texts {
            let expected = Self.matches(union, names: [], text)
            #expect(Self.matches(split, names: [], text) == expected)
            total += expected.count
        }
        #expect(total > 50)  // the comparison saw many matches
    }

    @Test func judgeTitlesAsOnePatternAndAsBranches() throws {
        let union = try Pattern(SignatureReader.judgeTitlePattern)
        let split = Alternatives(try SignatureReader.judgeTitleBranches.map { try Pattern($0) })
        var total = 0
        for text in Self.texts {
            let expected = Self.matches(union, names: [], text)
            #expect(Self.matches(split, names: [], text) == expected)
            total += expected.count
        }
        #expect(total > 10)
    }

    @Test func shortJudgeTitlesAsOnePatternAndAsBranches() throws {
        let original = try Pattern(#"(?m)((?:Chief\s+|Senior\s+)?(?:District|Magistrate|Bankruptcy|Circuit)\s+Judge)\.?[ \t]*$"#)
        let union = try Pattern(SignatureReader.shortJudgeTitlePattern)
        let split = Alternatives(try SignatureReader.shortJudgeTitleBranches.map { try Pattern($0, requiring: ["Judge"]) })
        let extra = Array("Chief Circuit Judge\nCircuit Judge.\nSenior District Judge\nChief Judge\nMagistrate Judge \nBankruptcy Judge\n".utf8)
        var total = 0
        for text in Self.texts + [extra] {
            let expected = Self.matches(original, names: [], text)
            #expect(Self.matches(union, names: [], text) == expected)
            #expect(Self.matches(split, names: [], text) == expected)
            total += expected.count
        }
        #expect(total > 10)
    }

    @Test func recordDesignationsAsOnePatternAndAsBranches() throws {
        let union = try Pattern(RecordRecognizer.pattern)
        let split = Alternatives(try RecordRecognizer.branches.map { try Pattern($0) })
        #expect(split.branches.count == 13)
        let names = ["amended", "complaint", "answer", "transcript", "deposition", "exhibit", "declaration", "psr", "record",
                     "jointAppendix", "appendix", "brief"]
        var total = 0
        for text in Self.texts {
            let expected = Self.matches(union, names: names, text)
            #expect(Self.matches(split, names: names, text) == expected)
            total += expected.count
        }
        #expect(total > 30)
    }

    /// Leftmost first, then the earlier branch; never two overlapping matches.
    @Test func leftmostThenEarlierBranch() throws {
        let split = Alternatives([try Pattern("abc"), try Pattern("ab"), try Pattern("bcd")])
        let union = try Pattern("abc|ab|bcd")
        for text in ["abcd", "xabx abc bcd abcd", "bcdab", ""] {
            #expect(Self.matches(split, names: [], Array(text.utf8)) == Self.matches(union, names: [], Array(text.utf8)))
        }
        #expect(Self.matches(split, names: [], Array("abcd".utf8)) == ["0..<3 "])
    }
}
