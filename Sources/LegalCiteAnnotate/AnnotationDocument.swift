import Foundation

/// A `legalcite.document/1` result read back for marking up: the fields the annotator draws,
/// each optional where the contract lets it be absent or null. Offsets are the contract's,
/// Unicode-scalar offsets of the original input.
public struct AnnotationDocument: Sendable {
    public struct Mention: Sendable {
        public let index: Int
        public let kind: String
        public let text: String
        public let span: Range<Int>
        public let authority: Int?
        public let footnote: String?
        public let pin: String?
        /// `see`, `cf.`, … when the JSON has the field (added by the signals work).
        public let signal: String?
        /// Subsequent history: the relation (`affirmed`, `cert_denied`) and the words.
        public let history: [(relation: String, text: String)]
        /// Every other field that has a value, for the hover (`reporter`, `rule_set`, …).
        public let fields: [(key: String, value: String)]
    }

    public struct Authority: Sendable {
        public let index: Int
        public let kind: String
        /// The canonical id (`usc/42/1983`, `case/us/556/662`) when the JSON has it.
        public let id: String?
        /// A name for people: `Ashcroft v. Iqbal, 556 U.S. 662, 129 S. Ct. 1937 (2009)`.
        public let label: String
    }

    public struct Footnote: Sendable {
        public let label: String
        public let span: Range<Int>?
        public let marker: Range<Int>?
    }

    public struct Ruling: Sendable {
        public let motion: String?
        public let docketEntry: String?
        public let disposition: String?
        public let span: Range<Int>?
    }

    public let name: String?
    public let court: String?
    public let courtID: String?
    public let lowerCourt: String?
    public let dockets: [String]
    public let parties: [(name: String, role: String?)]
    public let title: String?
    public let panel: [String]
    public let judge: String?
    public let judgeTitle: String?
    public let signedDate: String?
    public let place: String?
    public let author: String?
    public let date: (date: String, kind: String)?
    public let mentions: [Mention]
    public let authorities: [Authority]
    public let footnotes: [Footnote]
    public let rulings: [Ruling]

    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads the JSON of one document (`legalcite extract`'s output, or one `--jsonl` line).
    public init(json: [UInt8]) throws {
        let value: JSONValue
        do { value = try JSONDecoder().decode(JSONValue.self, from: Data(json)) } catch {
            throw Unreadable(description: "not JSON (\(error.localizedDescription))")
        }
        guard value["schema"]?.string == "legalcite.document/1" else {
            throw Unreadable(description: "not a legalcite.document/1 result")
        }
        self.init(value)
    }

    init(_ value: JSONValue) {
        name = value["source"]?["name"]?.string
        let caption = value["caption"]
        court = caption?["court"]?["name"]?.string
        courtID = caption?["court"]?["id"]?.string
        lowerCourt = caption?["lower_court"]?["name"]?.string
        dockets = caption?["docket_numbers"]?.array?.compactMap(\.string) ?? []
        parties = caption?["parties"]?.array?.compactMap { party in
            party["name"]?.string.map { ($0, party["role"]?.string) }
        } ?? []
        title = caption?["title"]?.string
        panel = caption?["panel"]?.array?.compactMap(\.string) ?? []
        let signature = value["signature"]
        judge = signature?["judge"]?.string
        judgeTitle = signature?["title"]?.string
        signedDate = signature?["date"]?.string
        place = signature?["place"]?.string
        author = signature?["author"]?.string
        if let date = value["date"]?["date"]?.string { self.date = (date, value["date"]?["kind"]?.string ?? "") } else { self.date = nil }

        let authorityValues = value["authorities"]?.array ?? []
        authorities = authorityValues.enumerated().map { index, authority in
            Authority(index: index, kind: authority["kind"]?.string ?? "authority", id: authority["id"]?.string,
                      label: Self.label(authority))
        }
        let shown: Set<String> = ["kind", "text", "span", "authority", "footnote", "pin", "signal", "history", "full_span"]
        mentions = (value["citations"]?.array ?? []).enumerated().compactMap { index, mention in
            guard let span = mention["span"]?.span else { return nil }
            var fields: [(String, String)] = []
            if case .object(let values, let order) = mention {
                for key in order where !shown.contains(key) {
                    if let display = values[key]?.display { fields.append((key, display)) }
                }
            }
            let history: [(String, String)] = mention["history"]?.array?.compactMap { step in
                step["relation"]?.string.map { ($0, step["text"]?.string ?? "") }
            } ?? []
            let authority = mention["authority"]?.int.flatMap { $0 >= 0 && $0 < authorityValues.count ? $0 : nil }
            return Mention(index: index, kind: mention["kind"]?.string ?? "citation", text: mention["text"]?.string ?? "",
                           span: span, authority: authority, footnote: mention["footnote"]?.string,
                           pin: mention["pin"]?.string, signal: mention["signal"]?.string, history: history, fields: fields)
        }
        footnotes = (value["footnotes"]?.array ?? []).map { note in
            Footnote(label: note["label"]?.string ?? "", span: note["span"]?.span, marker: note["marker_span"]?.span)
        }
        rulings = (value["rulings"]?.array ?? []).map { ruling in
            Ruling(motion: ruling["motion"]?.string, docketEntry: ruling["docket_entry"]?.string ?? ruling["docket_entry"]?.int.map(String.init),
                   disposition: ruling["disposition"]?.string, span: ruling["span"]?.span)
        }
    }

    /// How a person would name an authority, from the fields of its kind.
    static func label(_ authority: JSONValue) -> String {
        func text(_ key: String) -> String? { authority[key]?.display }
        switch authority["kind"]?.string {
        case "case":
            let cites = authority["cites"]?.array?.compactMap(\.string) ?? []
            var label = ([text("name")].compactMap { $0 } + cites).joined(separator: ", ")
            if let year = text("year") { label += " (\(year))" }
            return label.isEmpty ? "case" : label
        case "treaty":
            return [text("title"), text("code"), text("section")].compactMap { $0 }.joined(separator: " ")
        case "rule":
            let set = text("rule_set")
            let court = text("court").map { " (\($0))" } ?? ""
            switch set {
            case nil: return "Rule \(text("rule") ?? "?")"
            case "local"?: return "Local Rule \(text("rule") ?? "?")" + court
            case let set?: return "\(set) \(text("rule") ?? "?")"
            }
        case "docket_entry":
            let number = "ECF No. \(text("number") ?? "?")" + (text("attachment").map { "-\($0)" } ?? "")
            return number + (text("description").map { " (\($0))" } ?? "")
        case "constitution":
            var label = "\(text("jurisdiction") ?? "") Const."
            if let article = text("article") { label += " art. \(article)" }
            if let amendment = text("amendment") { label += " amend. \(amendment)" }
            if let section = text("section") { label += ", § \(section)" }
            return label
        case "journal":
            return [text("cite"), text("year").map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        case "record":
            return [text("document").map { $0.replacingOccurrences(of: "_", with: " ") }, text("label")].compactMap { $0 }.joined(separator: " ")
        default:
            // The law of every kind (statutes, regulations, session laws, restatements, …) is
            // cited by its code and section.
            if authority["code"] != nil {
                return [text("title"), text("code"), text("section").map { "§ \($0)" }].compactMap { $0 }.joined(separator: " ")
            }
            return [text("kind"), text("name") ?? text("cite")].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// Throws `Unreadable` unless every mention's `text` is what its span covers in `original`:
    /// a result of another text (or another version of it) would put the marks in the wrong place.
    public func check(against original: [UInt8]) throws {
        let text = ScalarText(original)
        let offsets = text.byteOffsets(Array(Set(mentions.flatMap { [$0.span.lowerBound, $0.span.upperBound] })).sorted())
        for mention in mentions {
            guard mention.span.upperBound <= text.scalarCount, let start = offsets[mention.span.lowerBound],
                  let end = offsets[mention.span.upperBound], text.slice(start..<end) == mention.text
            else {
                throw Unreadable(description: "the result is not of this text: citation \(mention.index) (\(mention.text)) is not at \(mention.span.lowerBound)..<\(mention.span.upperBound)")
            }
        }
    }

    /// For an `Id.`, short cite or `supra`: the mention it refers back to, the nearest earlier
    /// one resolved to the same authority (for a short cite or `supra`, the nearest full one
    /// when there is one).
    public func antecedent(of mention: Mention) -> Mention? {
        guard let authority = mention.authority, ["id", "short_case", "supra"].contains(mention.kind) else { return nil }
        let earlier = mentions[..<mentions.firstIndex(where: { $0.index == mention.index })!].filter { $0.authority == authority }
        if mention.kind != "id", let full = earlier.last(where: { !["id", "short_case", "supra"].contains($0.kind) }) { return full }
        return earlier.last
    }
}
