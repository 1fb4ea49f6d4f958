/// What later happened to a cited decision, as OUTPUT.md's `history` names it; the raw value is
/// the JSON `relation`.
public enum HistoryRelation: String, Sendable, CaseIterable {
    case affirmed, reversed, vacated, modified, remanded
    case certDenied = "cert_denied", certGranted = "cert_granted", certDismissed = "cert_dismissed"
    case rehearingDenied = "rehearing_denied", overruled, abrogated, superseded
    case petitionDenied = "petition_denied", petitionRefused = "petition_refused"
    case writDenied = "writ_denied", writRefused = "writ_refused", other
}

/// One phrase of subsequent history after a case cite: `aff'd, 600 U.S. 456` or Texas's
/// `(Tex. App.—Dallas 1999, pet. denied)`.
public struct HistoryEntry: Sendable, Equatable {
    public let relation: HistoryRelation
    /// The words as written (`aff'd`, `cert. denied`, `overruled on other grounds by`).
    public let text: String
    /// The index, in the document's mentions, of the cite the phrase introduces; nil when none
    /// follows (`cert. denied` alone, a Texas petition history).
    public let mention: Int?
}
