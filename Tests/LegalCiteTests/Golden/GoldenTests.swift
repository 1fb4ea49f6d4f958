import Foundation
import Testing
@testable import LegalCite

/// Walks `Corpus/`: each `NAME.expected.json` was written by hand for `NAME.txt` (or `.html`);
/// every field it states must come out the same. Mentions are matched by span; a mention we
/// find that it does not list is a false positive and fails too.
@Suite("Golden: Corpus/ documents against their hand-checked JSON")
struct GoldenTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static var expectations: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".expected.json") }.sorted()
    }

    @Test func corpusIsThere() {
        #expect(Self.expectations.count >= 11)
    }

    @Test(arguments: GoldenTests.expectations)
    func document(_ expectation: String) throws {
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent(expectation))) as! [String: Any]
        let source = expected["source"] as! [String: Any]
        let name = source["name"] as! String
        let input = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let document = try sharedExtractor.extract(Array(input), name: name)
        let got = try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as! [String: Any]
        let gaps = expected["known_gaps"] as? [String] ?? []
        let all = GoldenComparison.compare(expected: expected, got: got)
        // Known gaps are true values the expectation states and legalcite does not yet reach;
        // they are listed in the file, counted by the accuracy harness, and do not fail here.
        let differences = all.filter { difference in !gaps.contains { difference.hasPrefix($0) } }
        let unusedGaps = gaps.filter { gap in !all.contains { $0.hasPrefix(gap) } }
        #expect(unusedGaps.isEmpty, "known gaps no longer missed (remove them from the expectation): \(unusedGaps)")
        #expect(differences.isEmpty, Comment(rawValue: "\(name):\n" + differences.joined(separator: "\n")))
    }
}

/// Field-by-field comparison of the JSON contract. Keys present in the expectation are checked;
/// keys it leaves out are not (they may be additions to the contract).
enum GoldenComparison {
    static func compare(expected: [String: Any], got: [String: Any]) -> [String] {
        var differences: [String] = []
        for key in ["source", "caption", "signature", "footnotes"] where expected.keys.contains(key) {
            differences += compareValue(expected[key]!, got[key] ?? NSNull(), path: key)
        }
        let expectedMentions = expected["citations"] as? [[String: Any]] ?? []
        let gotMentions = got["citations"] as? [[String: Any]] ?? []
        let expectedAuthorities = expected["authorities"] as? [[String: Any]] ?? []
        let gotAuthorities = got["authorities"] as? [[String: Any]] ?? []
        func spanKey(_ mention: [String: Any]) -> String { "\(mention["span"] as? [Int] ?? [])" }
        let gotBySpan = Dictionary(gotMentions.map { (spanKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        let expectedSpans = Set(expectedMentions.map(spanKey))
        var pairs: [(expected: [String: Any], got: [String: Any])] = []
        for mention in expectedMentions {
            guard let match = gotBySpan[spanKey(mention)] else {
                differences.append("missed \(mention["kind"] ?? "?") \(mention["text"] ?? "?") at \(spanKey(mention))")
                continue
            }
            pairs.append((mention, match))
            for (key, value) in mention where key != "authority" {
                differences += compareValue(value, match[key] ?? NSNull(), path: "\(mention["text"] ?? "?").\(key)")
            }
        }
        for mention in gotMentions where !expectedSpans.contains(spanKey(mention)) {
            differences.append("unexpected \(mention["kind"] ?? "?") \(mention["text"] ?? "?") at \(spanKey(mention))")
        }
        // Authorities: the same grouping of mentions, and the same stated fields.
        var mapping: [Int: Int] = [:]
        for pair in pairs {
            let expectedLink = pair.expected["authority"] as? Int
            let gotLink = pair.got["authority"] as? Int
            guard let expectedLink else {
                if gotLink != nil, pair.expected.keys.contains("authority") {
                    differences.append("\(pair.expected["text"] ?? "?"): expected no authority")
                }
                continue
            }
            guard let gotLink else { differences.append("\(pair.expected["text"] ?? "?"): unresolved"); continue }
            if let known = mapping[expectedLink], known != gotLink {
                differences.append("\(pair.expected["text"] ?? "?"): authority \(gotLink), but its group resolved to \(known)")
            }
            mapping[expectedLink] = gotLink
        }
        var reverse: [Int: Int] = [:]
        for (expectedIndex, gotIndex) in mapping {
            if let other = reverse[gotIndex], other != expectedIndex {
                differences.append("authorities \(other) and \(expectedIndex) were merged into \(gotIndex)")
            }
            reverse[gotIndex] = expectedIndex
            guard expectedIndex < expectedAuthorities.count, gotIndex < gotAuthorities.count else { continue }
            differences += compareValue(expectedAuthorities[expectedIndex], gotAuthorities[gotIndex], path: "authorities[\(expectedIndex)]")
        }
        return differences
    }

    static func compareValue(_ expected: Any, _ got: Any, path: String) -> [String] {
        switch (expected, got) {
        case (let expected as [String: Any], let got as [String: Any]):
            return expected.flatMap { key, value in compareValue(value, got[key] ?? NSNull(), path: "\(path).\(key)") }
        case (let expected as [Any], let got as [Any]):
            guard expected.count == got.count else { return ["\(path): expected \(expected.count) items \(expected), got \(got.count) \(got)"] }
            return zip(expected, got).enumerated().flatMap { index, pair in compareValue(pair.0, pair.1, path: "\(path)[\(index)]") }
        case (is NSNull, is NSNull):
            return []
        default:
            let left = "\(expected)", right = "\(got)"
            return left == right && type(of: expected) != NSNull.self ? [] : ["\(path): expected \(left), got \(right)"]
        }
    }
}
