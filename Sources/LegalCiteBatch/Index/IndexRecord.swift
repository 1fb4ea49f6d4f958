import LegalCite

/// The rows one document adds to the index, made by the worker that read it so that the single
/// writer thread only inserts.
struct IndexRecord: Sendable {
    struct Document: Sendable {
        var name: String
        var bytes: Int?
        var sha256: String?
        var court: String?
        var courtName: String?
        var date: String?
        var judge: String?
        var title: String?
        var dockets: String?
        var parties: String?
        var error: String?
        /// Each docket number as written, with its key (`DocketKey`) when it has one.
        var docketList: [(text: String, key: DocketKey?)] = []
        /// Every judge the document names: who signed, who wrote (`signature.author`), the panel.
        var judges: [String] = []
        /// Each party of the caption.
        var partyList: [(name: String, role: String?)] = []
        /// What the court decided (`rulings`), spans in Unicode-scalar offsets.
        var rulings: [Ruling] = []
    }

    struct Ruling: Sendable {
        let motion: String?
        let docketEntry: String?
        let disposition: String
        let start: Int
        let end: Int
    }

    /// One phrase of a case mention's subsequent history; `target` is the ordinal of the mention
    /// it introduces.
    struct History: Sendable {
        let relation: String
        let text: String
        let target: Int?
    }

    /// An authority as the index keys it across documents. Docket entries and the record are
    /// the document's own (`local`): they are named on the mention, not shared.
    struct Authority: Sendable {
        let key: String
        let kind: String
        let label: String
        let name: String?
        let year: Int?
        let court: String?
        /// A case's cites (`556 U.S. 662`, `129 S. Ct. 1937`): any of them finds the case.
        let cites: [String]
        let local: Bool
        /// The canonical id of the JSON (`Authority.id`: `usc/42/1983`, `case/us/556/662`).
        var canonical: String? = nil
    }

    struct Mention: Sendable {
        let kind: String
        let text: String
        /// Unicode-scalar offsets, as in the JSON.
        let start: Int
        let end: Int
        let pin: String?
        /// A rule's subdivision as written without spaces (`(b)(6)`).
        var subdivision: String? = nil
        let footnote: String?
        /// Index into `authorities`.
        let authority: Int?
        let context: String
        /// The signal that governs it (`see also`), and a case's subsequent history.
        var signal: String? = nil
        var history: [History] = []
        /// The sentence around the mention, where the text around it is known (`SentenceTable`).
        var sentence: Sentence? = nil
    }

    var document: Document
    var authorities: [Authority] = []
    var mentions: [Mention] = []

    init(document: Document, authorities: [Authority] = [], mentions: [Mention] = []) {
        self.document = document
        self.authorities = authorities
        self.mentions = mentions
    }

    init(failedDocument name: String, bytes: Int?, reason: String) {
        self.init(document: Document(name: name, bytes: bytes, error: reason))
    }

    init(_ extracted: ExtractedDocument, contextWidth: Int) {
        let caption = extracted.caption
        document = Document(
            name: extracted.source.name ?? "<stdin>", bytes: extracted.source.bytes, sha256: extracted.source.sha256,
            court: caption?.court?.id, courtName: caption?.court?.name, date: extracted.date?.date ?? extracted.signature?.date,
            judge: extracted.signature?.judge, title: caption?.title,
            dockets: caption.flatMap { $0.docketNumbers.isEmpty ? nil : $0.docketNumbers.map(\.text).joined(separator: "; ") },
            parties: caption.flatMap { caption in
                caption.parties.isEmpty ? nil : caption.parties.map { "\($0.name) (\($0.role ?? "party"))" }.joined(separator: "; ")
            })
        document.docketList = (caption?.docketNumbers ?? []).map { ($0.text, DocketKey($0, court: caption?.court?.id)) }
        document.partyList = (caption?.parties ?? []).map { ($0.name, $0.role) }
        document.judges = [extracted.signature?.judge, extracted.signature?.author].compactMap { $0 } + (caption?.panel ?? [])
        authorities = extracted.resolution.authorities.map(Self.describe)
        let spans = extracted.mentionScalarSpans()
        document.rulings = zip(extracted.rulings, extracted.rulingScalarSpans()).map { ruling, span in
            Ruling(motion: ruling.motion, docketEntry: ruling.docketEntry, disposition: ruling.disposition.rawValue, start: span.start, end: span.end)
        }
        mentions = extracted.mentions.indices.map { index in
            let mention = extracted.mentions[index]
            var subdivision: String?
            if case .rule(let rule) = mention.citation { subdivision = rule.subdivision }
            let text = extracted.text(of: mention.span)
            let context = Self.context(extracted.original, around: mention.span, width: contextWidth)
            var row = Mention(kind: mention.citation.kind, text: text,
                              start: spans[index].start, end: spans[index].end, pin: mention.citation.pin,
                              subdivision: subdivision, footnote: mention.footnote, authority: extracted.resolution.links[index],
                              context: context)
            row.signal = mention.signal?.rawValue
            row.history = mention.history.map { History(relation: $0.relation.rawValue, text: $0.text, target: $0.mention) }
            row.sentence = SentenceTable.sentence(extracted.original, around: mention.span, text: text, context: context)
            return row
        }
    }

    /// How the index names an authority: keyed by `AuthorityKey.id`, so that the same case,
    /// statute or rule written in any document is one row, exactly when the resolver would make
    /// it one authority in one document.
    static func describe(_ authority: LegalCite.Authority) -> Authority {
        var described = describeKind(authority)
        described.canonical = authority.id
        return described
    }

    private static func describeKind(_ authority: LegalCite.Authority) -> Authority {
        let key = authority.key
        switch authority {
        case .caseLaw(let name, let cites, let year, let court):
            let label = ([name].compactMap { $0 } + cites).joined(separator: ", ")
            return Authority(key: key.id, kind: "case", label: label, name: name, year: year,
                             court: court, cites: cites, local: key.isLocal)
        case .law(let kind, let code, let title, let section, let jurisdiction):
            let label = [title, code, "§ \(section)"].compactMap { $0 }.joined(separator: " ")
            return Authority(key: key.id, kind: kind,
                             label: label, name: nil, year: nil, court: nil, cites: [], local: key.isLocal)
        case .rule(let ruleSet, let rule, let court, _):
            let label = switch ruleSet {
            case nil: "Rule \(rule)"
            case .local?: "Local Rule \(rule)" + (court.map { " (\($0))" } ?? "")
            case let set?: "\(set.rawValue) \(rule)"
            }
            return Authority(key: key.id, kind: "rule", label: label,
                             name: nil, year: nil, court: ruleSet == .local ? court : nil, cites: [], local: key.isLocal)
        case .constitution(let jurisdiction, let article, let amendment, let section):
            var label = "\(jurisdiction) Const."
            if let article { label += " art. \(article)" }
            if let amendment { label += " amend. \(amendment)" }
            if let section { label += ", § \(section)" }
            return Authority(key: key.id,
                             kind: "constitution", label: label, name: nil, year: nil, court: nil, cites: [], local: key.isLocal)
        case .journal(let cite, let year):
            return Authority(key: key.id, kind: "journal", label: cite, name: nil, year: year, court: nil,
                             cites: [], local: key.isLocal)
        case .docketEntry(let number, let attachment, let description):
            let label = "ECF No. \(number)" + (attachment.map { "-\($0)" } ?? "") + (description.map { " (\($0))" } ?? "")
            return Authority(key: key.id, kind: "docket_entry", label: label, name: description, year: nil, court: nil,
                             cites: [], local: key.isLocal)
        case .record(let document, let label):
            return Authority(key: key.id, kind: "record", label: [document.rawValue, label].compactMap { $0 }.joined(separator: " "),
                             name: nil, year: nil, court: nil, cites: [], local: key.isLocal)
        }
    }

    /// The text around a span, `width` bytes each side, on whole characters, white space folded.
    static func context(_ text: [UInt8], around span: Span, width: Int) -> String {
        var start = max(0, span.start - width)
        var end = min(text.count, span.end + width)
        while start > 0 && start < text.count && text[start] & 0xC0 == 0x80 { start += 1 }
        while end < text.count && end > start && text[end] & 0xC0 == 0x80 { end -= 1 }
        var folded: [UInt8] = []
        folded.reserveCapacity(end - start)
        var pendingSpace = false
        for byte in text[start..<end] {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(0x20); pendingSpace = false }
            folded.append(byte)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
