/// The pipeline, built once and shared by every thread: Text → Scan → Grammar → Resolve.
///
///     let extractor = try Extractor()
///     let document = try extractor.extract(Array(text.utf8), name: "order.txt")
///     print(String(decoding: document.json(pretty: true), as: UTF8.self))
public struct Extractor: Sendable {
    public struct Options: Sendable {
        public var format: TextFormat = .auto
        /// Documents larger than this are refused with `InputError.tooLarge`.
        public var maxBytes: Int = 256 << 20

        public init(format: TextFormat = .auto, maxBytes: Int = 256 << 20) {
            self.format = format
            self.maxBytes = maxBytes
        }
    }

    let reporters: ReporterScanner
    let courts: CourtTable
    let laws: LawRecognizer
    let patterns: Patterns
    let structure: DocumentStructure.Patterns
    let neutralCitations: NeutralCitationRecognizer

    /// The compiled PCRE2 patterns of the fixed-word recognizers.
    struct Patterns: Sendable {
        let id = try! Pattern(ShortFormRecognizer.idPattern)
        let supra = try! Pattern(ShortFormRecognizer.supraPattern)
        let federalRule = try! Pattern(RuleRecognizer.federalPattern)
        let localRule = try! Pattern(RuleRecognizer.localPattern)
        let bareRule = try! Pattern(RuleRecognizer.barePattern)
        let guidelines = try! Pattern(RuleRecognizer.guidelinesPattern)
        let docket = try! Pattern(DocketEntryRecognizer.pattern)
        let bracketedDocket = try! Pattern(BracketedDocketEntry.pattern)
        let yearNumber = try! Pattern(YearNumberCitationRecognizer.pattern)
        let subjectCode = try! Pattern(SubjectCodeRecognizer.pattern)
        let neutral = try! Pattern(NeutralCitationRecognizer.pattern)
        let publicLaw = try! Pattern(PublicLawRecognizer.pattern)
        let constitution = try! Pattern(ConstitutionRecognizer.formalPattern)
        let amendment = try! Pattern(ConstitutionRecognizer.prosePattern)
    }

    public init() throws {
        let table = ReporterTable()
        reporters = ReporterScanner(table: table)
        neutralCitations = NeutralCitationRecognizer(table: table)
        courts = CourtTable()
        laws = try LawRecognizer(table: LawTable())
        patterns = Patterns()
        structure = DocumentStructure.Patterns()
    }

    /// Reads one document. Throws `InputError` for input that is not text.
    public func extract(_ input: [UInt8], name: String? = nil, options: Options = Options()) throws(InputError) -> ExtractedDocument {
        guard input.count <= options.maxBytes else { throw .tooLarge(bytes: input.count, limit: options.maxBytes) }
        let normalized: NormalizedText = try input.withUnsafeBufferPointer { (buffer) throws(InputError) -> NormalizedText in
            if let offset = UTF8Validator.binaryOffset(buffer) { throw .binary(offset: offset) }
            if let offset = UTF8Validator.firstInvalidOffset(buffer) { throw .invalidUTF8(offset: offset) }
            return Normalizer.normalize(buffer, format: options.format)
        }
        let sha = input.withUnsafeBufferPointer { SHA256.hex($0) }
        var found: [Found]
        let result: DocumentStructure.Result
        (found, result) = normalized.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
            let found = recognize(text)
            let result = DocumentStructure.read(text, map: normalized.map, courts: courts, patterns: structure, citations: found)
            return (found, result)
        }
        found = RuleSetInference.apply(to: found, caseKind: result.caseKind)
        found = RuleSetInference.placeLocalRules(found, court: result.caption?.court?.id)
        let mentions = found.map { item in
            let span = Span(normalized.map.original(item.range))
            return Mention(item.citation, span: span, fullSpan: item.fullRange.map { Span(normalized.map.original($0)) },
                           footnote: result.footnoteLabel(forNormalized: item.range.lowerBound))
        }
        let resolution = Resolver.resolve(mentions)
        return ExtractedDocument(source: .init(name: name, bytes: input.count, sha256: sha),
                                 caption: result.caption, signature: result.signature,
                                 footnotes: result.footnotes, mentions: mentions,
                                 resolution: result.describe(resolution, mentions: mentions), original: input)
    }

    /// Runs every recognizer and keeps one citation where several overlap.
    func recognize(_ text: TextView) -> [Found] {
        var found = CaseCitationParser(text: text, reporters: reporters.table, courts: courts)
            .parse(reporters.scan(text.bytes))
        let shortForms = ShortFormRecognizer(text: text)
        func each(_ pattern: Pattern, _ body: (Match) -> Void) {
            let data = MatchData(for: pattern)
            pattern.forEachMatch(in: text.bytes, using: data, body)
        }
        each(patterns.id) { found.append(shortForms.idCitation($0.range)) }
        each(patterns.supra) { if let item = shortForms.supraCitation($0.range) { found.append(item) } }
        each(laws.titledPattern) { found.append(contentsOf: laws.titled(text, match: $0)) }
        found.append(contentsOf: laws.untitled(text))
        each(patterns.neutral) { if let item = neutralCitations.citation(text, match: $0) { found.append(item) } }
        each(patterns.publicLaw) { if let item = PublicLawRecognizer.statute(text, match: $0) { found.append(item) } }
        each(patterns.subjectCode) { found.append(contentsOf: SubjectCodeRecognizer.statutes(text, match: $0)) }
        each(patterns.yearNumber) { if let item = YearNumberCitationRecognizer.citation(text, match: $0, courts: courts) { found.append(item) } }
        each(patterns.constitution) { if let item = ConstitutionRecognizer.formal(text, match: $0) { found.append(item) } }
        each(patterns.amendment) { if let item = ConstitutionRecognizer.prose(text, match: $0) { found.append(item) } }
        each(patterns.federalRule) { found.append(contentsOf: RuleRecognizer.federal(text, match: $0)) }
        each(patterns.localRule) { found.append(contentsOf: RuleRecognizer.local(text, match: $0, courts: courts)) }
        each(patterns.bareRule) { found.append(contentsOf: RuleRecognizer.bare(text, match: $0)) }
        each(patterns.guidelines) { if let item = RuleRecognizer.guidelines(text, match: $0) { found.append(item) } }
        each(patterns.docket) { found.append(contentsOf: DocketEntryRecognizer.entries(text, match: $0)) }
        each(patterns.bracketedDocket) { if let item = BracketedDocketEntry.entry(text, match: $0) { found.append(item) } }
        return Overlaps.resolve(found)
    }
}

/// Where two finds overlap, keeps the one of higher precedence, then the longer, then the earlier.
/// Kept ranges stay sorted and disjoint, so each test is a binary search: O(n log n).
enum Overlaps {
    static func resolve(_ found: [Found]) -> [Found] {
        let ranked = found.sorted { a, b in
            if a.precedence != b.precedence { return a.precedence < b.precedence }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            return a.range.lowerBound < b.range.lowerBound
        }
        var kept: [Found] = []
        var taken: [Range<Int>] = []  // sorted by lower bound, pairwise disjoint
        for item in ranked where !item.range.isEmpty {
            var low = 0, high = taken.count
            while low < high {
                let mid = (low + high) / 2
                if taken[mid].lowerBound < item.range.lowerBound { low = mid + 1 } else { high = mid }
            }
            // A parallel cite never overlaps its siblings, so any overlap is a conflict.
            if low > 0 && taken[low - 1].overlaps(item.range) { continue }
            if low < taken.count && taken[low].overlaps(item.range) { continue }
            taken.insert(item.range, at: low)
            kept.append(item)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
