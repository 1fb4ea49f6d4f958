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
        // Each form's searches by the names the forms give them, then the document readers'.
        for stage in forms.flatMap(\.stages) + structure.stages { time(stage.name, stage.run) }
        time("recognize (all, with grammar)") { recognize(TextView(bytes: $0)).count }
        // The document readers as extraction runs them (caption, courts-db names, site furniture,
        // head, signature, footnotes), with no citations to step around.
        let found = measure("document structure (all readers)") {
            normalized.reduce(0) { total, text in
                total &+ text.bytes.withUnsafeBufferPointer { buffer in
                    let result = DocumentStructure.read(TextView(bytes: buffer), map: text.map, courts: courts,
                                                        patterns: structure, citations: [])
                    return (result.caption?.parties.count ?? 0) + (result.signature == nil ? 0 : 1)
                }
            }
        }
        timings.found &+= found
        // Each reader alone, on the lines of the document.
        func reader(_ name: String, _ body: (TextView, Lines) -> Int) {
            let found = measure("structure: \(name)") {
                normalized.reduce(0) { total, text in
                    total &+ text.bytes.withUnsafeBufferPointer { buffer in
                        let view = TextView(bytes: buffer)
                        return body(view, Lines(view))
                    }
                }
            }
            timings.found &+= found
        }
        reader("lines") { _, lines in lines.lines.count }
        reader("footnotes") { text, lines in FootnoteReader.read(text, lines: lines).count }
        reader("site header") { text, lines in SiteHeader.read(text, lines: lines).start }
        reader("courts-db names") { text, lines in CourtNameReader(text: text, lines: lines, courts: courts).read().count }
        reader("caption") { text, lines in
            CaptionReader(text: text, lines: lines, patterns: structure.caption, courts: courts, citations: []).read()?.parties.count ?? 0
        }
        reader("signature") { text, _ in
            SignatureReader(text: text, patterns: structure.signature, courtsStates: courts.stateAbbreviations).read(excluding: []) == nil ? 0 : 1
        }
        reader("opinion head") { text, lines in
            let head = OpinionHeadReader(text: text, lines: lines, patterns: structure.head)
            return (head.author() == nil ? 0 : 1) + head.panel().count + (head.date(signature: nil) == nil ? 0 : 1)
        }
        return timings
    }
}

@_spi(Benchmark)
extension Extractor {
    /// Builds what `init` builds, piece by piece in the same order, and times each: the reference
    /// tables, each citation form of the registry, the document readers' patterns. Run first in a
    /// process, it shows where the start-up of a one-document run goes.
    public static func initTimings() throws -> [(name: String, time: Duration)] {
        var timings: [(name: String, time: Duration)] = []
        func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = ContinuousClock.now
            let result = try body()
            timings.append((name, ContinuousClock.now - start))
            return result
        }
        let reporters = measure("table: reporters") { ReporterTable() }
        let courts = measure("table: courts") { CourtTable() }
        let laws = measure("table: laws") { LawTable() }
        let tables = ReferenceTables(reporters: reporters, courts: courts, laws: laws)
        for form in CitationForms.all {
            _ = try measure("form: \(form)") { try form.init(tables: tables) }
        }
        _ = measure("document readers' patterns") { DocumentStructure.Patterns() }
        return timings
    }
}
