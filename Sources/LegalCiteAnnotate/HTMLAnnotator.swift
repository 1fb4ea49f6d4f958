import Mustache

/// The document as a web page with every citation marked (`legalcite annotate --to html`, and
/// the page of `legalcite serve`): the text exactly as given, escaped, in a `<pre>`; each mention
/// a link to its authority in the side list (an `Id.`, short cite or `supra` to the mention it
/// refers back to) or, unresolved, a `<cite>`, with its kind, authority id and resolution on
/// hover; footnotes and rulings set off in the text, caption and signature above and below it.
public struct HTMLAnnotator {
    public let document: AnnotationDocument
    let text: ScalarText
    /// Whether the input is HTML: its tags and entities are then drawn dim (still there, as
    /// text: the page shows the input as it is).
    let markup: Bool

    public init(document: AnnotationDocument, original: [UInt8], markup: Bool = false) {
        self.document = document
        self.text = ScalarText(original)
        self.markup = markup
    }

    /// A standalone page: styles inline, no script, nothing fetched.
    public func page() -> String {
        var context = self.context()
        context["style"] = AnnotationTemplates.style
        return AnnotationTemplates.library.render(context, withTemplate: "annotate-page") ?? ""
    }

    /// The parts of the page as a Mustache context, for a page of another layout: `text_html`
    /// is the marked text, the rest plain values the templates escape.
    public func context() -> [String: Any] {
        var counts = [Int](repeating: 0, count: document.authorities.count)
        var mentionsOf = [[Int]](repeating: [], count: document.authorities.count)
        for mention in document.mentions {
            if let authority = mention.authority { counts[authority] += 1; mentionsOf[authority].append(mention.index) }
        }
        var context: [String: Any] = [
            "page_title": document.title ?? document.name ?? "Annotated document",
            "text_html": markedText(),
            "mention_count": document.mentions.count,
            "authority_count": document.authorities.count,
        ]
        if let name = document.name { context["name"] = name }
        var caption: [String: Any] = [:]
        if let court = document.court { caption["court"] = court }
        if let id = document.courtID { caption["court_id"] = id }
        if let lower = document.lowerCourt { caption["lower_court"] = lower }
        if !document.dockets.isEmpty { caption["dockets"] = document.dockets.joined(separator: "; ") }
        if !document.parties.isEmpty {
            caption["has_parties"] = true
            caption["parties"] = document.parties.map { party -> [String: Any] in
                var entry: [String: Any] = ["name": party.name]
                if let role = party.role { entry["role"] = role }
                return entry
            }
        }
        if let title = document.title { caption["caption_title"] = title }
        if !document.panel.isEmpty { caption["panel"] = document.panel.joined(separator: ", ") }
        if !caption.isEmpty { context["caption"] = caption }
        var signature: [String: Any] = [:]
        for (key, value) in [("judge", document.judge), ("judge_title", document.judgeTitle), ("signed_date", document.signedDate),
                             ("place", document.place), ("author", document.author)] {
            if let value { signature[key] = value }
        }
        if !signature.isEmpty { context["signature"] = signature }
        if let date = document.date { context["filed"] = ["filed_date": date.date, "filed_kind": date.kind] }
        if !document.rulings.isEmpty {
            context["has_rulings"] = true
            context["rulings"] = document.rulings.enumerated().map { index, ruling -> [String: Any] in
                var entry: [String: Any] = ["disposition": (ruling.disposition ?? "ruling").replacingOccurrences(of: "_", with: " ")]
                if let motion = ruling.motion { entry["motion"] = motion }
                if let entryNumber = ruling.docketEntry { entry["docket_entry"] = entryNumber }
                if ruling.span != nil { entry["anchor"] = "ruling-\(index)" }
                return entry
            }
        }
        context["authorities"] = document.authorities.map { authority -> [String: Any] in
            var entry: [String: Any] = [
                "anchor": "authority-\(authority.index)", "kind": authority.kind.replacingOccurrences(of: "_", with: " "),
                "kind_class": Self.cssClass(authority.kind), "label": authority.label, "count": counts[authority.index],
                "mentions": mentionsOf[authority.index].enumerated().map { ["href": "#m-\($0.element)", "n": $0.offset + 1] },
            ]
            if let id = authority.id { entry["id"] = id }
            return entry
        }
        return context
    }

    /// The text, escaped, with the marks.
    public func markedText() -> String {
        let marked = MarkedText(document, text: text, markup: markup)
        var out = ""
        out.reserveCapacity(text.bytes.count * 2)
        var stack: [MarkedText.Mark] = []
        for piece in marked.pieces {
            var shared = 0
            while shared < stack.count && shared < piece.marks.count && stack[shared] == piece.marks[shared] { shared += 1 }
            while stack.count > shared { out += closing(stack.removeLast()) }
            for mark in piece.marks[shared...] {
                out += opening(mark)
                stack.append(mark)
            }
            HTMLEscape.append(text.slice(piece.bytes), to: &out)
        }
        while let mark = stack.popLast() { out += closing(mark) }
        return out
    }

    private func opening(_ mark: MarkedText.Mark) -> String {
        switch mark {
        case .markup:
            return "<span class=\"markup\">"
        case .footnote(let index):
            return "<span class=\"footnote\" id=\"fn-\(index)\" title=\"\(HTMLEscape.attribute("Footnote \(document.footnotes[index].label)"))\">"
        case .marker(let index):
            return "<a class=\"fnmark\" href=\"#fn-\(index)\" title=\"\(HTMLEscape.attribute("Footnote \(document.footnotes[index].label)"))\">"
        case .ruling(let index):
            let ruling = document.rulings[index]
            var hover = "Ruling: " + (ruling.disposition ?? "other").replacingOccurrences(of: "_", with: " ")
            if let motion = ruling.motion { hover += "\n" + motion }
            if let entry = ruling.docketEntry { hover += "\nECF No. " + entry }
            return "<mark class=\"ruling\" id=\"ruling-\(index)\" title=\"\(HTMLEscape.attribute(hover))\">"
        case .mention(let position):
            let mention = document.mentions[position]
            let kind = Self.cssClass(mention.kind)
            let hover = HTMLEscape.attribute(self.hover(mention))
            let authorityID = mention.authority.flatMap { document.authorities[$0].id }
            let data = "data-kind=\"\(HTMLEscape.attribute(mention.kind))\"" + (authorityID.map { " data-authority=\"\(HTMLEscape.attribute($0))\"" } ?? "")
            if let antecedent = document.antecedent(of: mention) {
                return "<a class=\"cite cite-\(kind) backref\" id=\"m-\(mention.index)\" href=\"#m-\(antecedent.index)\" \(data) title=\"\(hover)\">"
            }
            if let authority = mention.authority {
                return "<a class=\"cite cite-\(kind)\" id=\"m-\(mention.index)\" href=\"#authority-\(authority)\" \(data) title=\"\(hover)\">"
            }
            return "<cite class=\"cite cite-\(kind) unresolved\" id=\"m-\(mention.index)\" \(data) title=\"\(hover)\">"
        }
    }

    private func closing(_ mark: MarkedText.Mark) -> String {
        switch mark {
        case .markup: "</span>"
        case .footnote: "</span>"
        case .marker: "</a>"
        case .ruling: "</mark>"
        case .mention(let position): document.mentions[position].authority == nil ? "</cite>" : "</a>"
        }
    }

    /// What a hover says: the kind, what the mention resolves to and its id, the antecedent of a
    /// back reference, signal, pin, history and the fields of its kind.
    func hover(_ mention: AnnotationDocument.Mention) -> String {
        var lines = [mention.kind.replacingOccurrences(of: "_", with: " ")]
        if let authority = mention.authority.map({ document.authorities[$0] }) {
            lines[0] += " → " + authority.label
            if let id = authority.id { lines.append("id: " + id) }
        } else {
            lines[0] += " (unresolved)"
        }
        if let antecedent = document.antecedent(of: mention) { lines.append("refers to: " + antecedent.text) }
        if let signal = mention.signal { lines.append("signal: " + signal) }
        if let pin = mention.pin { lines.append("pin: " + pin) }
        if let footnote = mention.footnote { lines.append("in footnote " + footnote) }
        for step in mention.history { lines.append("history: \(step.relation.replacingOccurrences(of: "_", with: " ")) (\(step.text))") }
        for field in mention.fields { lines.append("\(field.key.replacingOccurrences(of: "_", with: " ")): \(field.value)") }
        return lines.joined(separator: "\n")
    }

    /// A kind as a CSS class word: letters, digits and `-` only.
    static func cssClass(_ kind: String) -> String {
        String(kind.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
