/// A citation a recognizer found, in normalized byte offsets. The pipeline maps it back to the
/// original input once, when it becomes a `Mention`.
struct Found {
    let citation: Citation
    let range: Range<Int>
    var fullRange: Range<Int>? = nil

    /// Which of two overlapping finds wins: a reporter cite beats a rule that looks like it
    /// (`24 Fed. R. Serv. 3d 1492`), a statute beats a docket reference inside it, and so on.
    var docketEntry: DocketEntryCitation? { if case .docketEntry(let entry) = citation { entry } else { nil } }

    var precedence: Int {
        switch citation {
        case .fullCase, .shortCase, .journal: 0
        case .statute, .regulation: 1
        case .constitution: 2
        case .rule: 3
        case .docketEntry: 4
        case .record: 4
        case .supra: 5
        case .id: 6
        }
    }
}
