/// Small capitals out of a PDF may part a period from its word (`TEX . R. APP. P.`, `TEX . PENAL
/// CODE ANN .`, `5TH CIR .`). The one repair the rule and subject-code readers share, written
/// once: in their patterns a period may stand a space apart, and in what they read the space is
/// closed up again.
enum SmallCapitals {
    /// `pattern` with every escaped period (`\.`) allowed a space before it (` ?\.`).
    static func periodsMayStandApart(_ pattern: String) -> String { pattern.replacingAll(#"\."#, with: #" ?\."#) }

    /// `TEX . R. APP. P.` → `TEX. R. APP. P.`: the spaces before periods closed up.
    static func closed(_ written: String) -> String { written.replacingAll(" .", with: ".") }
}
