/// Timings of the pipeline's stages, for `legalcite-bench`. Not part of the stable API.
@_spi(Benchmark)
public struct StageTimings: Sendable {
    /// Seconds per named stage, in pipeline order.
    public var stages: [(name: String, seconds: Double)] = []
}

@_spi(Benchmark)
extension Extractor {
    /// Runs each stage on `input` separately and times it: normalization, the reporter scanner,
    /// each PCRE2 pattern alone (a full pass, matches counted but not parsed), and the whole
    /// recognition step.
    public func stageTimings(_ input: [UInt8]) -> StageTimings {
        var timings = StageTimings()
        func time<T>(_ name: String, _ body: () -> T) -> T {
            let start = ContinuousClock.now
            let result = body()
            let elapsed = ContinuousClock.now - start
            timings.stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return result
        }
        let normalized = time("normalize") { input.withUnsafeBufferPointer { Normalizer.normalize($0, format: .auto) } }
        normalized.bytes.withUnsafeBufferPointer { buffer in
            _ = time("scan: reporter trie") { reporters.scan(buffer).count }
            let named: [(String, Pattern)] = [
                ("pcre2: Id.", patterns.id), ("pcre2: supra", patterns.supra), ("pcre2: federal rules", patterns.federalRule),
                ("pcre2: local rules", patterns.localRule), ("pcre2: bare rules", patterns.bareRule),
                ("pcre2: guidelines", patterns.guidelines), ("pcre2: docket entries", patterns.docket),
                ("pcre2: bracketed docket", patterns.bracketedDocket), ("pcre2: year-number", patterns.yearNumber),
                ("pcre2: subject codes", patterns.subjectCode), ("pcre2: neutral", patterns.neutral),
                ("pcre2: public laws", patterns.publicLaw), ("pcre2: constitution", patterns.constitution),
                ("pcre2: amendments", patterns.amendment), ("pcre2: titled codes", laws.titledPattern),
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
                _ = time(name) {
                    var count = 0
                    pattern.forEachMatch(in: buffer, using: MatchData(for: pattern)) { _ in count += 1 }
                    return count
                }
            }
            _ = time("scan: untitled codes (trie)") { laws.untitled(TextView(bytes: buffer)).count }
            _ = time("recognize (all, with grammar)") { recognize(TextView(bytes: buffer)).count }
        }
        return timings
    }
}
