import ArgumentParser
import Foundation
import LegalCite
import LegalCiteBatch

/// `legalcite eval DIR`: precision and recall against hand-checked expectations, for the folder
/// and for each of its subfolders as a set of its own (`Corpus/`, `Corpus/captions/`, the cold set
/// `Corpus/cold/`).
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure accuracy against hand-checked expected JSON (NAME.expected.json beside NAME.txt/.html).",
        discussion: """
            DIR and each subfolder of it that holds expectations are scored as separate sets. Mentions \
            are matched by kind and span; caption, signature and date fields one by one, a stated null \
            counting against anything found (see Scorecard). Known gaps count as misses here. Exits 1 \
            when a mention kind falls below --min-recall/--min-precision, or a field below the floor \
            DIR/thresholds.tsv sets for it (columns: set, field, min precision, min recall).
            """)

    @Argument(help: "Folder of documents with their .expected.json files.")
    var directory: String = "Corpus"

    @Option(help: "Minimum recall for case, statute, rule and docket-entry mentions.")
    var minRecall: Double = 0.95

    @Option(help: "Minimum precision for every mention kind.")
    var minPrecision: Double = 0.95

    @Flag(help: "List every miss and false positive.")
    var verbose = false

    @Flag(help: "Also list the misses of the cold sets (folders named `cold…`), which are hidden by default so that nobody tunes on them.")
    var showColdMisses = false

    /// A folder or expectation eval cannot use: one line on stderr and exit 65, never the
    /// usage text (which a ValidationError thrown from `run` prints).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func run() throws {
        do {
            try evaluate()
        } catch let failure as Failure {
            StandardStreams.report("legalcite: eval: \(failure)")
            throw ExitCode(ExitStatus.dataError)
        }
    }

    private func evaluate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            StandardStreams.report("legalcite: eval: no such folder: \(directory)")
            throw ExitCode(ExitStatus.dataError)
        }
        let extractor = try Extractor()
        let subfolders = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().filter { name in
            var folder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(directory)/\(name)", isDirectory: &folder) && folder.boolValue
        }
        var failures: [String] = []
        let floors = try thresholds()
        var scored = 0
        for (label, folder) in [(".", directory)] + subfolders.map({ ($0, "\(directory)/\($0)") }) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".expected.json") }.sorted()
            guard !names.isEmpty else { continue }
            scored += names.count
            var card = Scorecard()
            for name in names {
                let expected = try readJSON("\(folder)/\(name)")
                guard let source = expected["source"] as? [String: Any], let sourceName = source["name"] as? String else {
                    throw Failure(description: "\(folder)/\(name): no source.name")
                }
                guard let input = FileManager.default.contents(atPath: "\(folder)/\(sourceName)") else {
                    throw Failure(description: "\(folder)/\(name): cannot read \(sourceName)")
                }
                let document: ExtractedDocument
                do { document = try extractor.extract(Array(input), name: sourceName) } catch {
                    throw Failure(description: "\(folder)/\(sourceName): \(error)")
                }
                let got = try JSONSerialization.jsonObject(with: Data(document.json(pretty: false))) as? [String: Any] ?? [:]
                card.add(name: sourceName, expected: expected, got: got)
            }
            print("## \(label == "." ? directory : "\(directory)/\(label)"): \(card.documents) documents")
            print("")
            if !card.mentions.isEmpty {
                print("| mention kind | expected | found | precision | recall |")
                print("|---|---|---|---|---|")
                // A set with floors of its own for mentions in thresholds.tsv (`mention.rule`) is
                // held to those; any other to --min-recall and --min-precision.
                let ownFloors = floors.contains { $0.set == label && $0.field.hasPrefix("mention.") }
                for (kind, count) in card.mentions.sorted(by: { $0.key < $1.key }) {
                    print("| \(kind) | \(count.truePositive + count.falseNegative) | \(count.truePositive + count.falsePositive) | \(format(count.precision)) | \(format(count.recall)) |")
                    if let floor = floors.first(where: { $0.set == label && $0.field == "mention.\(kind)" }) {
                        if count.precision < floor.precision { failures.append("\(label) \(kind) precision \(format(count.precision)) < \(floor.precision)") }
                        if count.recall < floor.recall { failures.append("\(label) \(kind) recall \(format(count.recall)) < \(floor.recall)") }
                    } else if !ownFloors {
                        if ["case", "statute", "rule", "docket_entry"].contains(kind) && count.recall < minRecall { failures.append("\(label) \(kind) recall \(format(count.recall))") }
                        if count.precision < minPrecision { failures.append("\(label) \(kind) precision \(format(count.precision))") }
                    }
                }
                print("")
            }
            print("| field | expected | found | right | precision | recall |")
            print("|---|---|---|---|---|---|")
            for (field, count) in card.fields.sorted(by: { $0.key < $1.key }) where !count.isEmpty {
                print("| \(field) | \(count.truePositive + count.falseNegative) | \(count.truePositive + count.falsePositive) | \(count.truePositive) | \(format(count.precision)) | \(format(count.recall)) |")
            }
            for floor in floors where floor.set == label && !floor.field.hasPrefix("mention.") {
                let count = card.fields[floor.field] ?? Scorecard.Count()
                if count.precision < floor.precision { failures.append("\(label) \(floor.field) precision \(format(count.precision)) < \(floor.precision)") }
                if count.recall < floor.recall { failures.append("\(label) \(floor.field) recall \(format(count.recall)) < \(floor.recall)") }
            }
            // The cold set's misses stay hidden however it is named on the command line
            // (`eval Corpus` or `eval Corpus/cold`).
            let isCold = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent.hasPrefix("cold")
            if isCold && !showColdMisses {
                print("")
                print("(\(card.misses.count) misses and extras of the cold set not listed: it measures, it is not tuned on.)")
            } else if verbose || !card.misses.isEmpty {
                print("")
                print("Misses and extras (\(card.misses.count)):")
                for miss in card.misses { print("- \(miss)") }
            }
            print("")
        }
        guard scored > 0 else {
            throw Failure(description: "no .expected.json files in \(directory) or its subfolders (eval scores documents against "
                          + "hand-checked expectations; to extract documents, use legalcite extract or legalcite batch)")
        }
        if !failures.isEmpty {
            StandardStreams.report("legalcite eval: below threshold: \(failures.joined(separator: ", "))")
            throw ExitCode(1)
        }
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }

    private func readJSON(_ path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "cannot read \(path)") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw Failure(description: "\(path): not a JSON object") }
        return object
    }

    /// `DIR/thresholds.tsv`: the floor CI holds each set's fields to.
    private func thresholds() throws -> [(set: String, field: String, precision: Double, recall: Double)] {
        guard let data = FileManager.default.contents(atPath: "\(directory)/thresholds.tsv") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 4, let precision = Double(cells[2]), let recall = Double(cells[3]) else { return nil }
            return (cells[0], cells[1], precision, recall)
        }
    }
}
