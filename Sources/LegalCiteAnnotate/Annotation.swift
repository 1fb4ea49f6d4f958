/// `legalcite annotate`'s front end: one document's JSON result and its text to a page.
public enum Annotation {
    public enum Format: String, CaseIterable, Sendable {
        case html, markdown
    }

    /// The annotated document: a standalone HTML page or Markdown. Throws
    /// `AnnotationDocument.Unreadable` when `json` is not a `legalcite.document/1` result.
    public static func render(json: [UInt8], original: [UInt8], to format: Format) throws -> String {
        let document = try AnnotationDocument(json: json)
        try document.check(against: original)
        switch format {
        case .html: return HTMLAnnotator(document: document, original: original).page()
        case .markdown: return MarkdownAnnotator(document: document, original: original).render()
        }
    }
}
