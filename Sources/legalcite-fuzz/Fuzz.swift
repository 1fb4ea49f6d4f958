// legalcite-fuzz: the text pipeline under libFuzzer, and a replayer of saved inputs.
//
//   Fuzzing (libFuzzer, AddressSanitizer): scripts/fuzz [SECONDS]
//   Replaying (a normal build): .build/debug/legalcite-fuzz Tests/FuzzRegressions/* Corpus/*.txt
//
// For every input: no crash, and every mention's span lies inside the input and slices exactly
// its text (checked on the byte spans the library holds, in UTF-8).

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
        _ = document.json(pretty: false)
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
