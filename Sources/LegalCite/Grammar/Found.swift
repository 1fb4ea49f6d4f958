/// A citation a recognizer found, in normalized byte offsets. The pipeline maps it back to the
/// original input once, when it becomes a `Mention`.
struct Found {
    let citation: Citation
    let range: Range<Int>
    var fullRange: Range<Int>? = nil

    /// Which of two overlapping finds wins (its kind's `CitationKind.precedence`), set once here.
    let precedence: Int

    init(citation: Citation, range: Range<Int>, fullRange: Range<Int>? = nil) {
        self.citation = citation
        self.range = range
        self.fullRange = fullRange
        precedence = citation.precedence
    }

    var docketEntry: DocketEntryCitation? { if case .docketEntry(let entry) = citation { entry } else { nil } }
}
