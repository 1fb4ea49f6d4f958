extension Extractor {
    /// The file a text was taken out of (a PDF): what `source` says of it.
    public struct ConvertedInput: Sendable {
        /// `pdf`.
        public var format: String
        /// The file's size and SHA-256 (a resumed run checks them against the file).
        public var bytes: Int
        public var sha256: String
        public var pages: Int
        /// Pages read by OCR (0: none, and the JSON says nothing of it).
        public var ocrPages: Int

        public init(format: String, file: [UInt8], pages: Int, ocrPages: Int = 0) {
            self.format = format
            bytes = file.count
            sha256 = file.withUnsafeBufferPointer { SHA256.hex($0) }
            self.pages = pages
            self.ocrPages = ocrPages
        }
    }

    /// Reads the text taken out of another format, as plain text: spans index `text`, which the
    /// JSON then carries (`text`), and `source` describes the file it came from.
    public func extract(text: [UInt8], from input: ConvertedInput, name: String? = nil, options: Options = Options()) throws(InputError) -> ExtractedDocument {
        var options = options
        options.format = .text
        let document = try extract(text, name: name, options: options)
        var source = ExtractedDocument.Source(name: name, bytes: input.bytes, sha256: input.sha256)
        source.format = input.format
        source.pages = input.pages
        if input.ocrPages > 0 { source.ocrPages = input.ocrPages }
        return ExtractedDocument(source: source, caption: document.caption, signature: document.signature, date: document.date,
                                 footnotes: document.footnotes, mentions: document.mentions, resolution: document.resolution,
                                 original: document.original)
    }
}
