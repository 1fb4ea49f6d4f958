/// What the JSON says of pages and of text taken out of another format, beside the contract's
/// core fields: `doc_page` on mentions, footnotes and the signature when the input marks pages
/// (form feeds), and `text` at the end of a converted document (a PDF's text layer), which its
/// spans index.
extension DocumentEncoder {
    /// `"doc_page": N`, or nothing when the input has no pages or the position is unknown.
    static func docPage(_ offset: Int?, _ pages: PageBreaks?, _ json: inout JSONWriter) {
        guard let pages, let offset else { return }
        json.field("doc_page", pages.page(at: offset))
    }

    /// `"text": "…"` for a document read from another format: `text[start:end] == citation.text`
    /// for a reader of the JSON alone.
    static func convertedText(_ document: ExtractedDocument, _ json: inout JSONWriter) {
        guard document.source.format != nil else { return }
        json.key("text")
        document.original.withUnsafeBufferPointer { json.string(bytes: $0) }
    }
}
