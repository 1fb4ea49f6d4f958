import Foundation
import Testing
@testable import LegalCite

/// For any input, every span lies inside the input and `text[start:end] == mention.text`, in
/// Unicode scalars, as the JSON says it.
@Suite("Property: spans slice the original exactly")
struct SpanPropertyTests {
    static func violations(_ input: String, format: TextFormat = .auto) -> [String] {
        let document: ExtractedDocument
        do {
            document = try sharedExtractor.extract(Array(input.utf8), options: .init(format: format))
        } catch {
            // Valid text is always read: a refusal here is a failure, not a pass.
            return ["extraction threw \(error)"]
        }
        guard let json = try? JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as? [String: Any] else {
            return ["output is not JSON"]
        }
        let scalars = Array(input.unicodeScalars)
        var problems: [String] = []
        func slice(_ span: [Int]) -> String? {
            guard span.count == 2, span[0] >= 0, span[0] <= span[1], span[1] <= scalars.count else { return nil }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[span[0]..<span[1]])
            return String(text)
        }
        for mention in json["citations"] as? [[String: Any]] ?? [] {
            let span = mention["span"] as? [Int] ?? []
            let text = mention["text"] as? String
            if slice(span) == nil || slice(span) != text { problems.append("span \(span) does not slice to \(text ?? "nil")") }
            if let full = mention["full_span"] as? [Int], slice(full) == nil { problems.append("full_span \(full) out of range") }
        }
        for note in json["footnotes"] as? [[String: Any]] ?? [] where slice(note["span"] as? [Int] ?? []) == nil {
            problems.append("footnote span out of range")
        }
        return problems
    }

    @Test func corpusDocuments() throws {
        let corpus = GoldenTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            #expect(Self.violations(text).isEmpty, "\(name)")
        }
    }

    /// Seeded compositions of the fragments that stress the text layer.
    @Test func randomCompositions() {
        let fragments = [
            "Ashcroft v. Iqbal, 556 U.S. 662, 678–79 (2009)", "*Id.* at 4", "“quoted”", "\u{00A0}", "\u{2009}",
            "—", "–", "\u{00AD}", "¹", "²", "discov-\nery", "<b>in</b>", "&#8217;", "&amp;", "&sect; 5", "<br />",
            "**ORDER**", "*684", "ECF No. 21", "(Doc. # 50)", "42 U.S.C. §§ 1331, 1343", "Fed. R. Civ. P. 26(f)",
            "\r\n", "\n\n", "  ", "(", ")", "\"", "é", "😀", "ﬁ", "Rule 26", "Twombly, supra, at 570", "  7   ",
            "12-2486-KHV-DJW", "s/ Judge Name", "[1]", "Id.", " v. ", "2007 U.S.\nDist. LEXIS 96116, * 8",
        ]
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<400 {
            let count = Int(generator.next() % 25) + 1
            var text = ""
            for _ in 0..<count { text += fragments[Int(generator.next() % UInt64(fragments.count))] + (generator.next() % 3 == 0 ? " " : "") }
            for format in [TextFormat.text, .html] {
                let problems = Self.violations(text, format: format)
                #expect(problems.isEmpty, "\(format) \(text.debugDescription): \(problems)")
            }
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
