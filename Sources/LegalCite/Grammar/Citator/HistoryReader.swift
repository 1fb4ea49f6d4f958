/// The subsequent history of each full case cite (OUTPUT.md, `history`): the phrases after its
/// court parenthetical and explanatory parentheticals, set off by a comma (`, aff'd, 600 U.S.
/// 456`, `, cert. denied, 555 U.S. 1`, `, overruled on other grounds by`), each linked to the cite
/// it introduces; and Texas's petition and writ history inside the parenthetical.
///
/// Precision first: a phrase counts only right after a cite and its comma, and only when what
/// follows it is a cite, a comma or the end of a clause (`, reversed the judgment` is prose).
enum HistoryReader {
    struct Entry {
        let relation: HistoryRelation
        /// The words as written, in normalized bytes.
        let range: Range<Int>
        /// The find the phrase introduces.
        let target: Int?
    }

    /// The history of each find, in the order of `found`: entries on the first cite of a
    /// parallel set, none on the rest. A chain (`A, adopted, B, aff'd, C`) is the history of the
    /// case first cited: every phrase of it stands on A.
    static func history(_ text: TextView, found: [Found]) -> [[Entry]] {
        var history = [[Entry]](repeating: [], count: found.count)
        // The cite whose history a history's own cite continues.
        var chainedTo: [Int: Int] = [:]
        var index = 0
        while index < found.count {
            guard case .fullCase(let cite) = found[index].citation, let full = found[index].fullRange else { index += 1; continue }
            // The parallel set: finds of one case group with one full range.
            var last = index
            while last + 1 < found.count, case .fullCase(let next) = found[last + 1].citation,
                  next.parallelGroup == cite.parallelGroup, found[last + 1].fullRange == full { last += 1 }
            var owner = chainedTo[index] ?? index
            // Michigan's parallel cites set off by a semicolon (`Arco Industries Corp. v. American
            // Motorists Ins. Co., 233 Mich.App. 143; 594 N.W.2d 74 (1998), aff'd …`): a cite with no
            // name of its own right after a cite with no parenthetical is the same case's.
            if chainedTo[index] == nil, index > 0, full.lowerBound == found[index].range.lowerBound,
               case .fullCase = found[index - 1].citation, let previousFull = found[index - 1].fullRange,
               previousFull.upperBound == found[index - 1].range.upperBound,
               text[text.skipSpaces(from: previousFull.upperBound, limit: 4)] == 0x3B,
               text.skipSpaces(from: text.skipSpaces(from: previousFull.upperBound, limit: 4) + 1, limit: 40) == full.lowerBound {
                var first = index - 1
                while first > 0, case .fullCase(let earlier) = found[first - 1].citation, case .fullCase(let later) = found[first].citation,
                      earlier.parallelGroup == later.parallelGroup, found[first - 1].fullRange == found[first].fullRange { first -= 1 }
                owner = chainedTo[first] ?? first
            }
            for member in index...last {
                if case .fullCase(let memberCite) = found[member].citation, !memberCite.courtHistory.isEmpty {
                    history[owner] += memberCite.courtHistory.map { Entry(relation: $0.relation, range: $0.range, target: nil) }
                    break
                }
            }
            let entries = after(text, end: full.upperBound, found: found, next: last + 1)
            for entry in entries { if let target = entry.target { chainedTo[target] = owner } }
            history[owner] += entries
            index = last + 1
        }
        return history
    }

    /// The history after a cite ending at `end`; `next` is the first find after the cite.
    private static func after(_ text: TextView, end: Int, found: [Found], next: Int) -> [Entry] {
        var cursor = text.skipSpaces(from: end, limit: 40)
        var parentheticals = 0
        // (Across blank lines: double-spaced text leaves one between every two lines.)
        while text[cursor] == 0x28, parentheticals < 3, let close = Balanced.closing(text, open: cursor, limit: 2000, acrossBlankLines: true) {
            cursor = text.skipSpaces(from: close + 1, limit: 40)
            parentheticals += 1
        }
        guard text[cursor] == 0x2C else { return [] }
        cursor = text.skipSpaces(from: cursor + 1, limit: 40)
        let limit = next < found.count ? start(of: found[next]) : min(text.count, cursor + 200)
        let phrases = HistoryPhrases.run(text, at: cursor, end: max(cursor, limit))
        guard let last = phrases.last else { return [] }
        var after = text.skipSpaces(from: last.range.upperBound, limit: 40)
        if text[after] == 0x2C { after = text.skipSpaces(from: after + 1, limit: 40) }
        var target: Int? = nil
        if next < found.count {
            let targetStart = start(of: found[next])
            if targetStart == after {
                target = next
            } else if text.has("sub nom.", at: after) || text.has("sub. nom.", at: after), targetStart > after, targetStart - after < 200,
                      !(after..<targetStart).contains(where: { text[$0] == 0x3B || text[$0] == 0x28 }) {
                // `aff'd sub nom. Doe v. Roe, 600 U.S. 1`: the name the case bears above.
                target = next
            }
        }
        if target == nil {
            // No cite follows: the phrase must close its clause, not run on into prose.
            let byte = text[text.skipSpaces(from: last.range.upperBound, limit: 40)]
            guard byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x29 || byte == 0 || text.has("sub nom.", at: after)
                    || text.has("sub. nom.", at: after) else { return [] }
        }
        return phrases.map { Entry(relation: $0.relation, range: $0.range, target: target) }
    }

    static func start(of item: Found) -> Int { (item.fullRange ?? item.range).lowerBound }
}
