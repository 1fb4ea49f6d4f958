/// What the court did with a motion or the judgment below, as OUTPUT.md's `disposition` names it.
public enum Disposition: String, Sendable, CaseIterable {
    case granted, denied, grantedInPart = "granted_in_part", moot, dismissed, withdrawn
    case affirmed, reversed, vacated, remanded, affirmedInPart = "affirmed_in_part", adopted, other
}

/// One ruling of the document's own court, from its decretal language (`IT IS THEREFORE ORDERED
/// that Plaintiff's Motion for Discovery (ECF No. 21) is denied.`, `We affirm.`, `AFFIRMED.`).
public struct Ruling: Sendable, Equatable {
    /// What was ruled on, as written, without its possessor and docket cite (`Motion for
    /// Discovery`); nil when the ruling names no motion (`AFFIRMED.`, the judgment below).
    public let motion: String?
    /// The docket entry the text gives for it (`21`).
    public let docketEntry: String?
    public let disposition: Disposition
    /// The disposition's words (`denied`, `GRANTED in part and DENIED in part`), in the original.
    public let span: Span
}
