/// The document as Markdown (`legalcite annotate --to markdown`): the text with each mention a
/// link to its authority in the list that follows (`[556 U.S. 662](#authority-3 "case → …")`),
/// Markdown's punctuation escaped so that nothing of the document is read as markup, each line
/// break kept as a hard break, then the caption, signature, rulings and authorities.
public struct MarkdownAnnotator {
    public let document: AnnotationDocument
    let text: ScalarText

    public init(document: AnnotationDocument, original: [UInt8]) {
        self.document = document
        self.text = ScalarText(original)
    }

    public func render() -> String {
        var out = "# " + Self.escape(document.title ?? document.name ?? "Annotated document") + "\n\n"
        var facts: [String] = []
        if let court = document.court { facts.append("**Court:** " + Self.escape(court)) }
        if !document.dockets.isEmpty { facts.append("**Docket:** " + Self.escape(document.dockets.joined(separator: "; "))) }
        if !document.parties.isEmpty {
            facts.append("**Parties:** " + Self.escape(document.parties.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }.joined(separator: "; ")))
        }
        if let judge = document.judge {
            facts.append("**Signed:** " + Self.escape([judge, document.judgeTitle, document.signedDate].compactMap { $0 }.joined(separator: ", ")))
        }
        if let date = document.date { facts.append("**Date:** " + Self.escape("\(date.date) (\(date.kind))")) }
        for ruling in document.rulings {
            let what = [ruling.motion, ruling.docketEntry.map { "ECF No. \($0)" }].compactMap { $0 }.joined(separator: ", ")
            facts.append("**Ruling:** " + Self.escape((ruling.disposition ?? "other").replacingOccurrences(of: "_", with: " ") + (what.isEmpty ? "" : " — " + what)))
        }
        if !facts.isEmpty { out += facts.map { "- " + $0 }.joined(separator: "\n") + "\n\n---\n\n" }
        out += body()
        out += "\n\n---\n\n## Authorities\n\n"
        var counts = [Int](repeating: 0, count: document.authorities.count)
        for mention in document.mentions { if let authority = mention.authority { counts[authority] += 1 } }
        for authority in document.authorities {
            out += "- <a id=\"authority-\(authority.index)\"></a>**\(Self.escape(authority.kind.replacingOccurrences(of: "_", with: " ")))** "
            out += Self.escape(authority.label)
            if let id = authority.id { out += " `\(id.replacingOccurrences(of: "`", with: "'"))`" }
            out += " — \(counts[authority.index]) mention\(counts[authority.index] == 1 ? "" : "s")\n"
        }
        return out
    }

    /// The text with its links.
    func body() -> String {
        let marked = MarkedText(document, text: text)
        let html = HTMLAnnotator(document: document, original: text.bytes)
        var out = ""
        var openMention: Int?
        for piece in marked.pieces {
            let mention: Int? = piece.marks.compactMap { if case .mention(let position) = $0 { position } else { nil } }.first
            if openMention != mention, let position = openMention {
                out += "](\(link(document.mentions[position], hover: html.hover(document.mentions[position]))))"
            }
            if let mention, openMention != mention { out += "[" }
            openMention = mention
            out += Self.escapeLines(text.slice(piece.bytes), inLink: mention != nil)
        }
        if let position = openMention { out += "](\(link(document.mentions[position], hover: html.hover(document.mentions[position]))))" }
        return out
    }

    private func link(_ mention: AnnotationDocument.Mention, hover: String) -> String {
        let target = mention.authority.map { "#authority-\($0)" } ?? "#"
        let title = hover.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "; ")
        return "\(target) \"\(title)\""
    }

    /// Backslash before every ASCII punctuation character Markdown could read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if "\\`*_{}[]()<>#+-.!|~&".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Escaped text whose line breaks stay breaks: a hard break (two spaces at the line's end)
    /// for each line break, none inside a link; leading spaces kept as no-break spaces so that
    /// no line becomes a code block.
    static func escapeLines(_ text: String, inLink: Bool) -> String {
        var out = ""
        var atLineStart = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                out += inLink ? " " : "  \n"
                atLineStart = !inLink
                continue
            }
            if scalar == "\r" { continue }
            if atLineStart && (scalar == " " || scalar == "\t") { out += "&nbsp;"; continue }
            atLineStart = false
            out += escape(String(scalar))
        }
        return out
    }
}
