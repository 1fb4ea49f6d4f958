import ArgumentParser
import Foundation
import LegalCite

/// `legalcite eval DIR`: precision and recall against hand-checked expectations.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure accuracy against hand-checked expected JSON (NAME.expected.json beside NAME.txt/.html).",
        discussion: """
            Mentions are matched by kind and span; fields of the caption and signature one by one. \
            Known gaps listed in an expectation count as misses here. Exits 1 when a recall or \
            precision falls below its threshold.
            """)

    @Argument(help: "Folder of documents with their .expected.json files.")
    var directory: String = "Corpus"

    @Option(help: "Minimum recall for case, statute, rule and docket-entry mentions.")
    var minRecall: Double = 0.95

    @Option(help: "Minimum precision for every mention kind.")
    var minPrecision: Double = 0.95

    @Flag(help: "List every miss and false positive.")
    var verbose = false

    struct Count { var truePositive = 0, falsePositive = 0, falseNegative = 0 }

    /// JSON with sorted keys: equal values give equal bytes.
    private func canonical(_ value: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])) ?? Data()
    }

    func run() throws {
        let extractor = try Extractor()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".expected.json") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .expected.json files in \(directory)") }
        var kinds: [String: Count] = [:]
        var fields: [String: (right: Int, total: Int)] = [:]
        var misses: [String] = []
        for name in names {
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"))) as! [String: Any]
            let sourceName = (expected["source"] as! [String: Any])["name"] as! String
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(sourceName)")))
            let document = try extractor.extract(bytes, name: sourceName)
            let got = try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as! [String: Any]
            func key(_ mention: [String: Any]) -> String { "\(mention["kind"] ?? "")|\(mention["span"] ?? "")" }
            let want = (expected["citations"] as? [[String: Any]] ?? [])
            let have = (got["citations"] as? [[String: Any]] ?? [])
            let wantKeys = Set(want.map(key)), haveKeys = Set(have.map(key))
            for mention in want {
                let kind = mention["kind"] as! String
                if haveKeys.contains(key(mention)) { kinds[kind, default: Count()].truePositive += 1 } else {
                    kinds[kind, default: Count()].falseNegative += 1
                    misses.append("\(sourceName): missed \(kind) \(mention["text"] ?? "")")
                }
            }
            for mention in have where !wantKeys.contains(key(mention)) {
                let kind = mention["kind"] as! String
                kinds[kind, default: Count()].falsePositive += 1
                misses.append("\(sourceName): extra \(kind) \(mention["text"] ?? "")")
            }
            // Caption and signature, field by field, where the expectation states them.
            let captionWant = expected["caption"] as? [String: Any], captionHave = got["caption"] as? [String: Any]
            let signatureWant = expected["signature"] as? [String: Any], signatureHave = got["signature"] as? [String: Any]
            func field(_ label: String, _ want: Any?, _ have: Any?) {
                guard let want, !(want is NSNull) else { return }
                let right = canonical(want) == canonical(have ?? NSNull())
                fields[label, default: (0, 0)].total += 1
                if right { fields[label, default: (0, 0)].right += 1 } else {
                    misses.append("\(sourceName): \(label) expected \(want), got \(have ?? "nothing")")
                }
            }
            field("caption.court", (captionWant?["court"] as? [String: Any])?["id"], (captionHave?["court"] as? [String: Any])?["id"])
            field("caption.docket_numbers", captionWant?["docket_numbers"], captionHave?["docket_numbers"])
            field("caption.parties", captionWant?["parties"], captionHave?["parties"])
            field("caption.title", captionWant?["title"], captionHave?["title"])
            for name in ["judge", "title", "date", "place"] { field("signature.\(name)", signatureWant?[name], signatureHave?[name]) }
            field("footnotes", expected["footnotes"], got["footnotes"])
        }
        print("Accuracy on \(names.count) documents of \(directory)")
        print("")
        print("| mention kind | expected | found | precision | recall |")
        print("|---|---|---|---|---|")
        var failures: [String] = []
        for (kind, count) in kinds.sorted(by: { $0.key < $1.key }) {
            let precision = Double(count.truePositive) / Double(max(1, count.truePositive + count.falsePositive))
            let recall = Double(count.truePositive) / Double(max(1, count.truePositive + count.falseNegative))
            print("| \(kind) | \(count.truePositive + count.falseNegative) | \(count.truePositive + count.falsePositive) | \(String(format: "%.3f", precision)) | \(String(format: "%.3f", recall)) |")
            if ["case", "statute", "rule", "docket_entry"].contains(kind) && recall < minRecall { failures.append("\(kind) recall \(recall)") }
            if precision < minPrecision { failures.append("\(kind) precision \(precision)") }
        }
        print("")
        print("| field | right | stated | accuracy |")
        print("|---|---|---|---|")
        for (label, count) in fields.sorted(by: { $0.key < $1.key }) {
            print("| \(label) | \(count.right) | \(count.total) | \(String(format: "%.3f", Double(count.right) / Double(max(1, count.total)))) |")
        }
        if verbose || !misses.isEmpty {
            print("")
            print("Misses and extras (\(misses.count)):")
            for miss in misses { print("- \(miss)") }
        }
        if !failures.isEmpty {
            FileHandle.standardError.write(Data("legalcite eval: below threshold: \(failures.joined(separator: ", "))\n".utf8))
            throw ExitCode(1)
        }
    }
}
