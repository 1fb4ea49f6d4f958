/// Writes an `ExtractedDocument` as the JSON contract of OUTPUT.md (`legalcite.document/1`).
/// Spans become Unicode-scalar offsets of the original input here, and only here.
public enum DocumentEncoder {
    public static let schema = "legalcite.document/1"
    public static let errorSchema = "legalcite.error/1"

    public static func encode(_ document: ExtractedDocument, pretty: Bool) -> [UInt8] {
        var out: [UInt8] = []
        encode(document, pretty: pretty, chunkSize: .max) { out = $0 }
        return out
    }

    /// Writes the JSON to `sink` in pieces of about `chunkSize` bytes, so that a document with
    /// hundreds of thousands of citations is never held whole as JSON.
    public static func encode(_ document: ExtractedDocument, pretty: Bool, chunkSize: Int, sink: ([UInt8]) -> Void) {
        var spans: [Int] = []
        spans.reserveCapacity(4 * document.mentions.count + 4 * document.footnotes.count + 8)
        func add(_ span: Span) { spans.append(span.start); spans.append(span.end) }
        for mention in document.mentions {
            add(mention.span)
            if let full = mention.fullSpan { add(full) }
        }
        for note in document.footnotes {
            add(note.span)
            if let marker = note.markerSpan { add(marker) }
        }
        for number in document.caption?.docketNumbers ?? [] { add(number.span) }
        for ruling in document.rulings { add(ruling.span) }
        let offsets = document.original.withUnsafeBufferPointer { ScalarOffsets($0, offsets: spans) }
        let pages = document.original.withUnsafeBufferPointer { PageBreaks($0) }
        func span(_ value: Span, _ json: inout JSONWriter) { json.pair(offsets.scalar(value.start), offsets.scalar(value.end)) }

        let estimate = 1024 + document.mentions.count * 300
        var json = JSONWriter(pretty: pretty, capacity: chunkSize < estimate ? chunkSize + (1 << 16) : estimate)
        json.beginObject()
        json.field("schema", schema)
        json.key("source")
        source(document.source, &json)
        json.key("caption")
        if let caption = document.caption { encode(caption, &json) } else { json.null() }
        json.key("signature")
        if let signature = document.signature {
            json.beginObject()
            json.field("judge", signature.judge)
            json.field("title", signature.title)
            json.field("date", signature.date)
            json.field("place", signature.place)
            json.field("author", signature.author)
            docPage(signature.position, pages, &json)
            json.endObject()
        } else {
            json.null()
        }
        json.key("date")
        if let date = document.date {
            json.beginObject()
            json.field("date", date.date)
            json.field("kind", date.kind.rawValue)
            json.endObject()
        } else {
            json.null()
        }
        json.key("rulings")
        json.beginArray()
        for ruling in document.rulings {
            json.element()
            json.beginObject()
            json.field("motion", ruling.motion)
            json.field("docket_entry", ruling.docketEntry)
            json.field("disposition", ruling.disposition.rawValue)
            json.key("span"); span(ruling.span, &json)
            json.endObject()
        }
        json.endArray()
        json.key("footnotes")
        json.beginArray()
        for note in document.footnotes {
            json.element()
            json.beginObject()
            json.field("label", note.label)
            json.key("span"); span(note.span, &json)
            json.key("marker_span")
            if let marker = note.markerSpan { span(marker, &json) } else { json.null() }
            docPage(note.span.start, pages, &json)
            json.endObject()
        }
        json.endArray()
        json.key("citations")
        json.beginArray()
        for (index, mention) in document.mentions.enumerated() {
            json.element()
            json.beginObject()
            json.field("kind", mention.citation.kind)
            json.key("text")
            document.original.withUnsafeBufferPointer { original in
                json.string(bytes: UnsafeBufferPointer(rebasing: original[max(0, mention.span.start)..<min(original.count, mention.span.end)]))
            }
            json.key("span"); span(mention.span, &json)
            mention.citation.value.encodeFields(&json)
            json.field("footnote", mention.footnote)
            json.field("authority", document.resolution.links[index])
            json.field("signal", mention.signal?.rawValue)
            if !mention.history.isEmpty { history(mention.history, &json) }
            if let full = mention.fullSpan {
                json.key("full_span"); span(full, &json)
            }
            docPage(mention.span.start, pages, &json)
            json.endObject()
            if json.count >= chunkSize { json.drain(into: sink) }
        }
        json.endArray()
        json.key("authorities")
        json.beginArray()
        for authority in document.resolution.authorities {
            json.element()
            encode(authority, &json)
            if json.count >= chunkSize { json.drain(into: sink) }
        }
        json.endArray()
        convertedText(document, &json)
        json.endObject()
        json.drain(into: sink)
    }

    /// `{"schema": "legalcite.error/1", "source": {...}, "error": "..."}`.
    public static func error(name: String?, bytes: Int?, message: String) -> [UInt8] {
        var json = JSONWriter(pretty: false)
        json.beginObject()
        json.field("schema", errorSchema)
        json.key("source")
        json.beginObject()
        json.field("name", name)
        json.field("bytes", bytes)
        json.endObject()
        json.field("error", message)
        json.endObject()
        return json.bytes
    }

    /// `"history": [{"relation": "affirmed", "text": "aff'd", "mention": 7}]`.
    private static func history(_ entries: [HistoryEntry], _ json: inout JSONWriter) {
        json.key("history")
        json.beginArray()
        for entry in entries {
            json.element()
            json.beginObject()
            json.field("relation", entry.relation.rawValue)
            json.field("text", entry.text)
            json.field("mention", entry.mention)
            json.endObject()
        }
        json.endArray()
    }

    private static func source(_ source: ExtractedDocument.Source, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("name", source.name)
        json.field("bytes", source.bytes)
        json.field("sha256", source.sha256)
        if let format = source.format {
            json.field("format", format)
            json.field("pages", source.pages)
            if let ocrPages = source.ocrPages { json.field("ocr_pages", ocrPages) }
        }
        json.endObject()
    }

    /// `{"name", "id"}`, or null.
    private static func encode(_ court: Caption.Court?, _ json: inout JSONWriter, docketNumbers: [Caption.DocketNumber] = []) {
        guard court != nil || !docketNumbers.isEmpty else { return json.null() }
        json.beginObject()
        json.field("name", court?.name)
        json.field("id", court?.id)
        // The court below's own numbers: an object of the court below that names none has its
        // numbers alone (`D.C. No. CV-06-03058-PA` with no court written beside it).
        if !docketNumbers.isEmpty {
            json.key("docket_numbers")
            json.beginArray()
            for number in docketNumbers { json.element(); json.string(number.text) }
            json.endArray()
        }
        json.endObject()
    }

    private static func encode(_ caption: Caption, _ json: inout JSONWriter) {
        json.beginObject()
        json.key("court")
        encode(caption.court, &json)
        json.key("lower_court")
        encode(caption.lowerCourt, &json, docketNumbers: caption.lowerCourtDocketNumbers)
        json.key("docket_numbers")
        json.beginArray()
        for number in caption.docketNumbers { json.element(); json.string(number.text) }
        json.endArray()
        json.key("dockets")
        json.beginArray()
        for number in caption.docketNumbers {
            json.element()
            json.beginObject()
            json.field("text", number.text)
            json.field("normalized", number.normalized)
            json.field("office", number.office)
            json.field("year", number.year)
            json.field("type", number.type)
            json.field("sequence", number.sequence)
            json.field("key", DocketKey(number, court: caption.court?.id)?.text)
            json.key("judges")
            json.beginArray()
            for judge in number.judges { json.element(); json.string(judge) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("parties")
        json.beginArray()
        for party in caption.parties {
            json.element()
            json.beginObject()
            json.field("name", party.name)
            json.field("role", party.role)
            if party.etAl { json.field("et_al", true) }
            json.endObject()
        }
        json.endArray()
        json.field("title", caption.title)
        json.key("panel")
        if caption.panel.isEmpty {
            json.null()
        } else {
            json.beginArray()
            for judge in caption.panel { json.element(); json.string(judge) }
            json.endArray()
        }
        json.endObject()
    }

    private static func encode(_ authority: Authority, _ json: inout JSONWriter) {
        json.beginObject()
        json.field("kind", authority.kind)
        json.field("id", authority.id)
        switch authority {
        case .caseLaw(let name, let cites, let year, let court):
            json.field("name", name)
            json.key("cites")
            json.beginArray()
            for cite in cites { json.element(); json.string(cite) }
            json.endArray()
            json.field("year", year)
            json.field("court", court)
        case .law(_, let code, let title, let section, let jurisdiction):
            json.field("code", code)
            json.field("title", title)
            json.field("section", section)
            json.field("jurisdiction", jurisdiction)
        case .rule(let ruleSet, let rule, let court, _):
            json.field("rule_set", ruleSet?.rawValue)
            json.field("rule", rule)
            if ruleSet == .local { json.field("court", court) }
        case .docketEntry(let number, let attachment, let description):
            json.field("number", number)
            if let attachment { json.field("attachment", attachment) }
            json.field("description", description)
        case .constitution(let jurisdiction, let article, let amendment, let section):
            json.field("jurisdiction", jurisdiction)
            json.field("article", article)
            json.field("amendment", amendment)
            json.field("section", section)
        case .journal(let cite, let year):
            json.field("cite", cite)
            json.field("year", year)
        case .record(let document, let label):
            json.field("document", document.rawValue)
            json.field("label", label)
        }
        json.endObject()
    }
}

extension ExtractedDocument {
    /// The JSON contract, pretty-printed or on one line (for `--jsonl`).
    public func json(pretty: Bool) -> [UInt8] { DocumentEncoder.encode(self, pretty: pretty) }

    /// Each ruling's span as the JSON contract writes it.
    public func rulingScalarSpans() -> [(start: Int, end: Int)] { scalarSpans(rulings.map(\.span)) }

    /// Each mention's span as the JSON contract writes it: Unicode-scalar offsets of the original.
    public func mentionScalarSpans() -> [(start: Int, end: Int)] { scalarSpans(mentions.map(\.span)) }

    private func scalarSpans(_ spans: [Span]) -> [(start: Int, end: Int)] {
        let offsets = original.withUnsafeBufferPointer { buffer in
            ScalarOffsets(buffer, offsets: spans.flatMap { [$0.start, $0.end] })
        }
        return spans.map { (offsets.scalar($0.start), offsets.scalar($0.end)) }
    }
}
