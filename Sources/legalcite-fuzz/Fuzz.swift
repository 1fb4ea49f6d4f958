// legalcite-fuzz: the text pipeline under libFuzzer, and a replayer of saved inputs.
//
//   Fuzzing (libFuzzer, AddressSanitizer): scripts/fuzz [SECONDS]
//   Replaying (a normal build): .build/debug/legalcite-fuzz Tests/FuzzRegressions/* Corpus/*.txt
//
// For every input: no crash; every mention's byte span lies inside the input, on character
// boundaries; and in the JSON, every mention's Unicode-scalar span, sliced from the original
// input, is exactly the mention's `text`, scalar for scalar (what a Python reader of OUTPUT.md
// relies on: `text[start:end] == citation["text"]`).

import Foundation
import LegalCite

let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("cannot build the extractor: \(error)") }
}()

/// Runs one input; traps (so the fuzzer records it) when an invariant fails.
func check(_ bytes: [UInt8]) {
    for format in [TextFormat.text, .html] {
        guard let document = try? extractor.extract(bytes, options: .init(format: format)) else { continue }
        for mention in document.mentions {
            precondition(mention.span.start >= 0 && mention.span.end <= bytes.count && mention.span.start <= mention.span.end,
                         "span \(mention.span) outside an input of \(bytes.count) bytes")
            // A span starts and ends on character boundaries of the original.
            precondition(mention.span.start == bytes.count || bytes[mention.span.start] & 0xC0 != 0x80, "span starts inside a character")
            precondition(mention.span.end == bytes.count || bytes[mention.span.end] & 0xC0 != 0x80, "span ends inside a character")
        }
        checkScalarSpans(document.json(pretty: false), input: bytes)
    }
}

/// `text[start:end] == citation.text` in Unicode scalars, for every mention of the JSON: the
/// input decoded, sliced at the span's scalar offsets, is the mention's `text` scalar for
/// scalar (not by String's `==`, which calls canonically equivalent texts equal: `é` and
/// `e` + U+0301). Full spans, footnote spans and marker spans lie inside the input, and a full
/// span holds its mention's span.
func checkScalarSpans(_ json: [UInt8], input: [UInt8]) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
        preconditionFailure("output is not JSON")
    }
    // Extraction accepted the input, so it is valid UTF-8 and decoding it changes nothing.
    let scalars = Array(String(decoding: input, as: UTF8.self).unicodeScalars)
    func inside(_ value: Any?, _ what: String) -> Range<Int>? {
        guard let value else { return nil }
        let span = value as? [Int] ?? []
        precondition(span.count == 2 && 0 <= span[0] && span[0] <= span[1] && span[1] <= scalars.count,
                     "\(what) \(span) outside an input of \(scalars.count) scalars")
        return span[0]..<span[1]
    }
    for mention in object["citations"] as? [[String: Any]] ?? [] {
        guard let span = inside(mention["span"], "span") else { preconditionFailure("a mention without a span") }
        let text = Array((mention["text"] as? String ?? "").unicodeScalars)
        precondition(Array(scalars[span]) == text, "span \(span) does not slice to its text")
        if let full = inside(mention["full_span"], "full span") {
            precondition(full.lowerBound <= span.lowerBound && span.upperBound <= full.upperBound, "full span \(full) does not hold span \(span)")
        }
    }
    for note in object["footnotes"] as? [[String: Any]] ?? [] {
        _ = inside(note["span"], "footnote span")
        if !(note["marker_span"] is NSNull) { _ = inside(note["marker_span"], "marker span") }
    }
}

#if FUZZING
/// libFuzzer calls this for every input; its own `main` drives the run (see scripts/fuzz).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct Replay {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            check([UInt8](data))
            count += 1
        }
        print("legalcite-fuzz: \(count) inputs replayed, no invariant broken")
    }
}
#endif
