/// Timings of the pipeline's stages, for `legalcite-bench`. Not part of the stable API.
@_spi(Benchmark)
public struct StageTimings: Sendable {
    /// Time per named stage, in pipeline order.
    public var stages: [(name: String, time: Duration)] = []
    /// Matches and tokens found over all stages (reported, so no stage's work can be optimized away).
    public var found = 0
}

@_spi(Benchmark)
extension Extractor {
    /// Runs each stage separately over `documents`, one document at a time as extraction does
    /// (so a pass whose required literals a document lacks is skipped for that document, as in
    /// extraction): normalization, the reporter scanner, each PCRE2 pattern alone over the whole
    /// document (matches counted, not parsed; caption and signature patterns run on the whole
    /// text here, on a part of it in extraction), and the whole recognition step.
    public func stageTimings(_ documents: [[UInt8]]) -> StageTimings {
        var timings = StageTimings()
        func measure<T>(_ name: String, _ body: () -> T) -> T {
            let start = ContinuousClock.now
            let result = body()
            timings.stages.append((name, ContinuousClock.now - start))
            return result
        }
        func normalize(_ document: [UInt8]) -> NormalizedText {
            document.withUnsafeBufferPointer { Normalizer.normalize($0, format: .auto) }
        }
        // The other stages read the normalized texts; normalization itself is timed apart, each
        // result dropped as extraction drops it (holding them all would time page faults too).
        let normalized = documents.map(normalize)
        let normalizedBytes = measure("normalize") { documents.reduce(0) { $0 &+ normalize($1).bytes.count } }
        timings.found &+= normalizedBytes
        func time(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Int) {
            let found = measure(name) { normalized.reduce(0) { $0 &+ $1.bytes.withUnsafeBufferPointer(body) } }
            timings.found &+= found
        }
        time("scan: reporter trie") { reporters.scan($0).count }
        let named: [(String, any Searchable)] = [
            ("pcre2: Id.", patterns.id), ("pcre2: supra", patterns.supra), ("pcre2: federal rules", patterns.federalRule),
            ("pcre2: local rules", patterns.localRule), ("pcre2: bare rules", patterns.bareRule),
            ("pcre2: guidelines", patterns.guidelines), ("pcre2: docket entries", patterns.docket),
            ("pcre2: bracketed docket", patterns.bracketedDocket), ("pcre2: year-number", patterns.yearNumber),
            ("pcre2: subject codes", patterns.subjectCode), ("pcre2: neutral", patterns.neutral),
            ("pcre2: public laws", patterns.publicLaw), ("pcre2: constitution", patterns.constitution),
            ("pcre2: amendments", patterns.amendment), ("pcre2: record", patterns.record), ("pcre2: titled codes", laws.titledPattern),
            ("pcre2: caption: district heading", structure.caption.heading.district),
            ("pcre2: caption: appeals heading", structure.caption.heading.appeals),
            ("pcre2: caption: supreme heading", structure.caption.heading.supreme),
            ("pcre2: caption: docket numbers", structure.caption.docket),
            ("pcre2: footnotes: filing", structure.filing),
            ("pcre2: signature: judge title", structure.signature.judgeTitle),
            ("pcre2: signature: short judge title", structure.signature.shortJudgeTitle),
            ("pcre2: signature: s/", structure.signature.signed),
            ("pcre2: signature: signed by name", structure.signature.signedByName),
            ("pcre2: signature: signed by", structure.signature.signedBy),
            ("pcre2: signature: day of", structure.signature.dayOf),
            ("pcre2: signature: dated", structure.signature.dated),
            ("pcre2: signature: date line", structure.signature.dateLine),
            ("pcre2: signature: slashed", structure.signature.slashed),
        ]
        for (name, pattern) in named {
            time(name) { buffer in
                var count = 0
                pattern.forEachMatch(in: buffer, from: 0) { _ in count += 1 }
                return count
            }
        }
        time("scan: untitled codes (trie)") { laws.untitled(TextView(bytes: $0)).count }
        time("recognize (all, with grammar)") { recognize(TextView(bytes: $0)).count }
        return timings
    }
}
