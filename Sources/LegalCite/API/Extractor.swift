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
        let guidelines = try! Pattern(RuleRecognizer.guidelinesPattern, requiring: ["\u{A7}"])
        let docket = Alternatives(DocketEntryRecognizer.branches.map { try! Pattern($0) })
        let bracketedDocket = try! Pattern(BracketedDocketEntry.pattern)
        let yearNumber = try! Pattern(YearNumberCitationRecognizer.pattern)
        let subjectCode = try! Pattern(SubjectCodeRecognizer.pattern, requiring: ["\u{A7}"])
        let neutral = try! Pattern(NeutralCitationRecognizer.pattern)
        let publicLaw = try! Pattern(PublicLawRecognizer.pattern)
        let record = Alternatives(RecordRecognizer.branches.map { try! Pattern($0) })
        let constitution = try! Pattern(ConstitutionRecognizer.formalPattern, requiring: ["Const"])
        let amendment = try! Pattern(ConstitutionRecognizer.prosePattern, requiring: ["Amendment"])
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
        // Offsets inside are 32-bit: 2 GB is the hard ceiling whatever the options say.
        let limit = min(options.maxBytes, Int(Int32.max) / 2)
        guard input.count <= limit else { throw .tooLarge(bytes: input.count, limit: limit) }
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
                                 caption: result.caption, signature: result.signature, date: result.date,
                                 footnotes: result.footnotes, mentions: mentions,
                                 resolution: result.describe(resolution, mentions: mentions), original: input)
    }

    /// Runs every recognizer and keeps one citation where several overlap.
    func recognize(_ text: TextView) -> [Found] {
        var found = CaseCitationParser(text: text, reporters: reporters.table, courts: courts)
            .parse(reporters.scan(text.bytes))
        let shortForms = ShortFormRecognizer(text: text)
        func each(_ pattern: some Searchable, _ body: (Match) -> Void) {
            pattern.forEachMatch(in: text.bytes, from: 0, body)
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
        each(patterns.record) { found.append(contentsOf: RecordRecognizer.citations(text, match: $0)) }
        each(patterns.bracketedDocket) { if let item = BracketedDocketEntry.entry(text, match: $0) { found.append(item) } }
        return Overlaps.resolve(consume found)
    }
}

/// Where two finds overlap, keeps the one of higher precedence, then the longer, then the earlier.
/// Bytes already taken are marked in a bitset, so each test costs the length of the find: linear
/// in the text, whatever the number of citations.
enum Overlaps {
    static func resolve(_ finds: consuming [Found]) -> [Found] {
        guard !finds.isEmpty else { return [] }
        let textEnd = finds.reduce(0) { max($0, $1.range.upperBound) }
        // Ranked, kept and re-sorted in place: no second array of finds (memory on huge inputs).
        finds.sort { left, right in
            if left.precedence != right.precedence { return left.precedence < right.precedence }
            if left.range.count != right.range.count { return left.range.count > right.range.count }
            return left.range.lowerBound < right.range.lowerBound
        }
        var taken = [UInt64](repeating: 0, count: textEnd / 64 + 1)
        var kept = 0
        for index in finds.indices {
            let range = finds[index].range
            guard !range.isEmpty else { continue }
            // A parallel cite never overlaps its siblings, so any overlap is a conflict.
            if range.contains(where: { taken[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }) { continue }
            for position in range { taken[position >> 6] |= 1 << UInt64(position & 63) }
            finds.swapAt(kept, index)
            kept += 1
        }
        finds.removeSubrange(kept...)
        finds.sort { $0.range.lowerBound < $1.range.lowerBound }
        return finds
    }
}
