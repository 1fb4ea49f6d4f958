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

    let courts: CourtTable
    /// Every citation form of `CitationForms.all`, built once, in the registry's order.
    let forms: [any CitationForm]
    let structure: DocumentStructure.Patterns
    let rulings = RulingReader()
    let recordLetterSearch: Pattern

    /// The name courts-db gives the court of this id (`ksd`); nil for an id it does not have.
    public func courtName(id: String) -> String? { courts.court(id: id)?.name }

    public init() throws {
        let tables = ReferenceTables(reporters: ReporterTable(), courts: CourtTable(), laws: LawTable())
        courts = tables.courts
        forms = try CitationForms.all.map { try $0.init(tables: tables) }
        structure = DocumentStructure.Patterns()
        recordLetterSearch = try Pattern(RecordLetterDocketEntries.pattern)
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
        // What the citations need from the document's structure is read; now rules are placed, and
        // sections written without their code given one.
        let court = result.caption?.court?.id.flatMap(courts.court(id:))
        found = RuleSetInference(caseKind: result.caseKind, court: court).place(found)
        if RecordLetterDocketEntries.applies(court: court, docketTypes: result.caption?.docketNumbers.map(\.type) ?? []) {
            found = normalized.bytes.withUnsafeBufferPointer { buffer in
                RecordLetterDocketEntries.place(found, text: TextView(bytes: buffer), search: recordLetterSearch)
            }
        }
        found = SectionCodeInference.place(found, text: normalized.bytes)
        // What a citator asks of each cite: its subsequent history, then its signal (a history
        // target is governed by the signal of the cite whose history it is).
        let (history, signals) = normalized.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
            let history = HistoryReader.history(text, found: found)
            var governedBy: [Int: Int] = [:]
            for (index, entries) in history.enumerated() { for entry in entries { if let target = entry.target { governedBy[target] = index } } }
            return (history, SignalReader.signals(text, found: found, inheritsFrom: governedBy))
        }
        let mentions = found.enumerated().map { index, item in
            let span = Span(normalized.map.original(item.range))
            return Mention(DashesAsWritten.restoring(item.citation, original: input, span: span), span: span, fullSpan: item.fullRange.map { Span(normalized.map.original($0)) },
                           footnote: result.footnoteLabel(forNormalized: item.range.lowerBound), signal: signals[index],
                           history: history[index].map { entry in
                               HistoryEntry(relation: entry.relation, text: Self.asWritten(input, Span(normalized.map.original(entry.range))),
                                            mention: entry.target)
                           })
        }
        let resolution = Resolver.resolve(mentions, filingDescriptions: result.footnoteDescriptions)
        let rulings = normalized.bytes.withUnsafeBufferPointer { buffer in
            self.rulings.read(TextView(bytes: buffer), found: found).map { ruling in
                Ruling(motion: ruling.motion, docketEntry: ruling.docketEntry, disposition: ruling.disposition,
                       span: Span(normalized.map.original(ruling.range)))
            }
        }
        let (apostrophed, signature) = Typography.restoringApostrophes(result.caption, result.signature, original: input)
        let caption = Typography.restoringDashes(apostrophed, original: input, map: normalized.map.original)
        var document = ExtractedDocument(source: .init(name: name, bytes: input.count, sha256: sha),
                                 caption: caption, signature: signature, date: result.date,
                                 footnotes: result.footnotes, mentions: mentions,
                                 resolution: resolution, original: input)
        document.rulings = rulings
        return document
    }

    /// The words of `span` in the original, one space between them (a phrase may break a line).
    static func asWritten(_ input: [UInt8], _ span: Span) -> String {
        let words = input[max(0, span.start)..<min(input.count, span.end)].split(whereSeparator: ByteClass.isSpace)
        return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// Runs every citation form of the registry and keeps one citation where several overlap.
    func recognize(_ text: TextView) -> [Found] {
        var found: [Found] = []
        for form in forms { form.recognize(text, into: &found) }
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
