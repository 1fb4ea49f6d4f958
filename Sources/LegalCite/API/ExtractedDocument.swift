/// Everything legalcite reads from one document. `json(pretty:)` writes the JSON contract.
public struct ExtractedDocument: Sendable {
    public struct Source: Sendable {
        public let name: String?
        public let bytes: Int
        public let sha256: String
        /// Set when the text was taken out of another format (`pdf`): `bytes` and `sha256` are
        /// then the file's, and the spans index the text the JSON carries as `text`.
        public internal(set) var format: String? = nil
        public internal(set) var pages: Int? = nil
        /// Pages whose text came from OCR, when any did.
        public internal(set) var ocrPages: Int? = nil
    }

    public let source: Source
    public let caption: Caption?
    public let signature: Signature?
    /// The date the document is filed under: decided or filed where the head says, else signed.
    public let date: DocumentDate?
    public let footnotes: [Footnote]
    /// In text order.
    public let mentions: [Mention]
    public let resolution: Resolution
    /// What the court decided, from its decretal language, in text order.
    public var rulings: [Ruling] = []
    /// The input as given: spans index it.
    public let original: [UInt8]

    /// The original text a span covers.
    public func text(of span: Span) -> String {
        String(decoding: original[max(0, span.start)..<min(original.count, span.end)], as: UTF8.self)
    }
}
