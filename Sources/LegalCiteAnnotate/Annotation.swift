/// `legalcite annotate`'s front end: one document's JSON result and its text to a page.
public enum Annotation {
    public enum Format: String, CaseIterable, Sendable {
        case html, markdown
    }

    /// The annotated document: a standalone HTML page or Markdown. Throws
    /// `AnnotationDocument.Unreadable` when `json` is not a `legalcite.document/1` result.
    /// `markup`: the input is HTML, whose tags and entities are drawn dim.
    public static func render(json: [UInt8], original: [UInt8], to format: Format, markup: Bool = false) throws -> String {
        let document = try AnnotationDocument(json: json)
        try document.check(against: original)
        switch format {
        case .html: return HTMLAnnotator(document: document, original: original, markup: markup).page()
        case .markdown: return MarkdownAnnotator(document: document, original: original).render()
        }
    }

    /// Whether a document reads as HTML: it opens with a tag, or holds at least two of the block
    /// tags that mark HTML in its first 4 KB (as the extractor's `--format auto` decides).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        guard let first = head.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        if head[first] == UInt8(ascii: "<") { return true }
        let markers = ["<br", "<p>", "<p ", "<div", "</p>", "<html", "<body", "<BR", "<P>"].map { Array($0.utf8) }
        var tags = 0
        for index in head.indices where head[index] == UInt8(ascii: "<") {
            if markers.contains(where: { head[index...].starts(with: $0) }) { tags += 1 }
        }
        return tags >= 2
    }
}
