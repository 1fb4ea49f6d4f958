/// One citation as it stands in the text.
public struct Mention: Sendable {
    public let citation: Citation
    /// The citation itself, as bytes of the original input.
    public let span: Span
    /// For a full case cite: from the case name to the closing parenthetical.
    public let fullSpan: Span?
    /// The label of the footnote the mention stands in, if any.
    public let footnote: String?
    /// The introductory signal that governs it (`See`, carried through a string cite), if any.
    public let signal: Signal?
    /// For a full case cite: its subsequent history (`aff'd, 600 U.S. 456`), in text order.
    public let history: [HistoryEntry]

    init(_ citation: Citation, span: Span, fullSpan: Span? = nil, footnote: String? = nil, signal: Signal? = nil,
         history: [HistoryEntry] = []) {
        self.citation = citation
        self.span = span
        self.fullSpan = fullSpan
        self.footnote = footnote
        self.signal = signal
        self.history = history
    }
}
