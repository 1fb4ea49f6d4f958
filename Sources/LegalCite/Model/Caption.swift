/// Whose case it is: the court, docket numbers, parties and the document's title.
public struct Caption: Sendable {
    public struct Court: Sendable {
        public let name: String
        /// courts-db id (`ksd`), when the heading names a court that courts-db knows.
        public let id: String?
        public let span: Span?
    }

    public struct Party: Sendable {
        public let name: String
        public let role: String?
        public let etAl: Bool
    }

    /// A docket number as written and read: `12-2486-KHV-DJW` → year 12, sequence 2486, judges.
    public struct DocketNumber: Sendable {
        public let text: String
        public let normalized: String
        public let office: String?
        public let year: String?
        public let type: String?
        public let sequence: String?
        public let judges: [String]
        public let span: Span
    }

    public internal(set) var court: Court?
    /// On an appellate writing, the court appealed from (`Appeal from the United States District
    /// Court for the Western District of Texas`); never the document's own court.
    public internal(set) var lowerCourt: Court?
    public internal(set) var docketNumbers: [DocketNumber]
    /// The court below's own numbers, where the caption gives them (`D.C. No. CV-06-03058-PA`,
    /// `Lower Tribunal No. 22-8453 CC`, `(1:09-cv-00437-LO-TRJ)` under `Appeal from …`): never
    /// among `docketNumbers`.
    public internal(set) var lowerCourtDocketNumbers: [DocketNumber] = []
    public internal(set) var parties: [Party]
    public internal(set) var title: String?
    /// The judges of an appellate panel as written (`Before: SMITH, JONES, and DUNCAN`).
    public var panel: [String] = []

    public var isEmpty: Bool { court == nil && docketNumbers.isEmpty && parties.isEmpty && title == nil }
}

/// Who signed, and when and where.
public struct Signature: Sendable {
    public let judge: String?
    public let title: String?
    /// ISO 8601 (`2012-11-26`).
    public let date: String?
    public let place: String?
    /// The judge named as the writer at the head (`KATSAS, Circuit Judge:` → `KATSAS`), or
    /// `PER CURIAM`.
    public var author: String? = nil
    /// Where the signature stands in the input (a byte offset of the original: its judge's
    /// line, else its date; the head's author line when nobody signed), for its page.
    public internal(set) var position: Int? = nil
}

/// A footnote: its label, its text and the marker in the body that points at it.
public struct Footnote: Sendable {
    public let label: String
    public let span: Span
    public let markerSpan: Span?
}
