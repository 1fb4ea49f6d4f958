/// One citation as it stands in the text.
public struct Mention: Sendable {
    public let citation: Citation
    /// The citation itself, as bytes of the original input.
    public let span: Span
    /// For a full case cite: from the case name to the closing parenthetical.
    public let fullSpan: Span?
    /// The label of the footnote the mention stands in, if any.
    public let footnote: String?

    init(_ citation: Citation, span: Span, fullSpan: Span? = nil, footnote: String? = nil) {
        self.citation = citation
        self.span = span
        self.fullSpan = fullSpan
        self.footnote = footnote
    }
}
