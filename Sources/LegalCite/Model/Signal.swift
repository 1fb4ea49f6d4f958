/// The introductory signal that governs a citation (`See`, `But cf.`), as OUTPUT.md names them;
/// the raw value is the JSON string.
public enum Signal: String, Sendable, CaseIterable {
    case see, seeAlso = "see also", seeEg = "see, e.g.", eg = "e.g.", cf = "cf.", butSee = "but see"
    case butCf = "but cf.", seeGenerally = "see generally", compare, accord, contra

    /// How each signal is written, as lower-case words with emphasis removed; the longest that
    /// ends just before a citation wins (`see also, e.g.,` before `see also`).
    static let spellings: [(words: [String], signal: Signal)] = {
        var spellings: [(words: [String], signal: Signal)] = [
            (["see", "also", "e.g."], .seeAlso), (["but", "see", "e.g."], .butSee),
            (["see", "e.g."], .seeEg), (["see", "also"], .seeAlso), (["see", "generally"], .seeGenerally),
            (["but", "see"], .butSee), (["but", "cf."], .butCf), (["see"], .see), (["e.g."], .eg),
            (["cf."], .cf), (["cf.", "also"], .cf), (["cf.", "e.g."], .cf), (["but", "cf.", "e.g."], .butCf), (["compare"], .compare), (["accord"], .accord), (["contra"], .contra),
            // OCR reads the `e` of `e.g.` as a cent sign (`See, ¢.g., 42 U.S.C. § 405(g)`).
            (["see", "¢.g."], .seeEg), (["see", "also", "¢.g."], .seeAlso),
            // Older opinions space the abbreviation (`See, e. g., Roberts v. United States`).
            (["see", "e.", "g."], .seeEg), (["e.", "g."], .eg),
        ]
        spellings.sort { $0.words.count > $1.words.count }
        return spellings
    }()
}
