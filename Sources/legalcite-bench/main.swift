// legalcite-bench: measured speed and memory of legalcite, reproducibly.
//
//   swift build -c release && .build/release/legalcite-bench [--corpus DIR] [--megabytes 100] [--jobs N]
//   .build/release/legalcite-bench --init-parts   (only where Extractor.init's time goes, cold)
//
// Builds a corpus of at least --megabytes MB from the documents in --corpus (default Corpus/),
// each copy with its numbers varied so no two copies are the same text, then reports:
// end-to-end extract (text -> JSONL bytes) on one core and on all cores, each scanning stage,
// the time to build the tables and compile the patterns, the start-up of `legalcite extract` on a
// one-page order, and the peak resident memory of this process.

import Dispatch
import Foundation
@_spi(Benchmark) import LegalCite

struct Options {
    var corpus = "Corpus"
    var megabytes = 100
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var startupFile = "Corpus/jones-v-kansas-2012-order.txt"
    /// Only time the parts of `Extractor.init`, first thing in the process, and stop.
    var initParts = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--megabytes": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--startup-file": startupFile = iterator.next() ?? startupFile
            case "--init-parts": initParts = true
            default:
                FileHandle.standardError.write(Data("legalcite-bench: unknown argument \(argument)\n".utf8))
                exit(64)
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let result = try body()
    return (result, seconds(ContinuousClock.now - start))
}

/// Copy `k` of a document: every digit run of three or more digits has its last digit shifted
/// by `k`, so volumes, pages and docket numbers differ from copy to copy.
func vary(_ bytes: [UInt8], copy: Int) -> [UInt8] {
    guard copy > 0 else { return bytes }
    var output = bytes
    var index = 0
    while index < output.count {
        guard output[index] >= 0x30 && output[index] <= 0x39 else { index += 1; continue }
        var end = index
        while end < output.count && output[end] >= 0x30 && output[end] <= 0x39 { end += 1 }
        if end - index >= 3 { output[end - 1] = 0x30 + UInt8((Int(output[end - 1] - 0x30) + copy) % 10) }
        index = end
    }
    return output
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(CommandLine.arguments)
if options.initParts {
    let parts = try Extractor.initTimings()
    print("| part of Extractor.init (cold, first in the process) | ms |")
    print("|---|---|")
    for (name, time) in parts { print("| \(name) | \(String(format: "%.2f", seconds(time) * 1000)) |") }
    print("| total | \(String(format: "%.2f", parts.reduce(0) { $0 + seconds($1.time) } * 1000)) |")
    exit(0)
}
let files = ((try? FileManager.default.contentsOfDirectory(atPath: options.corpus)) ?? [])
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("legalcite-bench: no .txt or .html documents in \(options.corpus)\n".utf8))
    exit(66)
}
let originals = files.compactMap { FileManager.default.contents(atPath: "\(options.corpus)/\($0)").map { [UInt8]($0) } }
var documents: [[UInt8]] = []
var totalBytes = 0
var copy = 0
while totalBytes < options.megabytes << 20 {
    for original in originals {
        let document = vary(original, copy: copy)
        documents.append(document)
        totalBytes += document.count
    }
    copy += 1
}
let megabytes = Double(totalBytes) / 1_048_576

let (extractor, tableSeconds) = measure { try! Extractor() }
print("# legalcite-bench")
print("")
print("Corpus: \(documents.count) documents, \(String(format: "%.1f", megabytes)) MB (\(originals.count) documents of \(options.corpus), \(copy) copies with varied numbers)")
print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("")
print("| measure | value |")
print("|---|---|")
print("| build tables and compile patterns (Extractor.init) | \(String(format: "%.1f", tableSeconds * 1000)) ms |")

// End to end on one core: bytes in, JSONL bytes out.
var outputBytes = 0
let (_, oneCore) = measure {
    for document in documents {
        if let result = try? extractor.extract(document) { outputBytes += result.json(pretty: false).count + 1 }
    }
}
print("| extract, 1 core | \(String(format: "%.1f", megabytes / oneCore)) MB/s (\(String(format: "%.0f", Double(documents.count) / oneCore)) documents/s) |")

// All cores: documents shared out by index.
let jobs = max(1, options.jobs)
let corpus = documents  // an immutable copy the workers share
let (_, allCores) = measure {
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
        var index = worker
        while index < corpus.count {
            if let result = try? extractor.extract(corpus[index]) { _ = result.json(pretty: false).count }
            index += jobs
        }
    }
}
print("| extract, \(jobs) cores | \(String(format: "%.1f", megabytes / allCores)) MB/s (×\(String(format: "%.2f", oneCore / allCores)) of one core) |")
print("| output | \(String(format: "%.1f", Double(outputBytes) / 1_048_576)) MB of JSONL |")

// Stages, each alone over every document: speed, and time as a share of one-core extraction.
let timings = extractor.stageTimings(documents)
for (name, time) in timings.stages {
    let stageSeconds = seconds(time)
    print("| \(name) | \(String(format: "%.0f", megabytes / stageSeconds)) MB/s, \(String(format: "%.1f", 100 * stageSeconds / oneCore))% |")
}
print("| (matches and tokens found by the stages) | \(timings.found) |")

// Start-up of the command line on a one-page order.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("legalcite")
if FileManager.default.isExecutableFile(atPath: binary.path), FileManager.default.fileExists(atPath: options.startupFile) {
    var runs: [Double] = []
    for _ in 0..<15 {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", options.startupFile]
        process.standardOutput = FileHandle.nullDevice
        let (_, elapsed) = measure { try? process.run(); process.waitUntilExit() }
        runs.append(elapsed)
    }
    runs.sort()
    print("| `legalcite extract` start-up on a one-page order (median of 15) | \(String(format: "%.1f", runs[runs.count / 2] * 1000)) ms |")
}
print("| peak resident memory (this process, corpus held in memory) | \(String(format: "%.0f", peakResidentMegabytes())) MB |")
