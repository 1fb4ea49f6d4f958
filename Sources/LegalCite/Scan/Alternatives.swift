/// The branches of one alternation, `L(?:A|B|C)R`, compiled as the separate patterns `LAR`,
/// `LBR`, `LCR` and searched together so that they find exactly what the alternation finds:
/// leftmost first, the earlier branch at an equal start, no two matches overlapping.
///
/// Why: PCRE2's JIT skips to the next possible start with SIMD only when a match can begin with a
/// single byte (or one letter in either case). An alternation whose branches begin with different
/// bytes is scanned a byte at a time through a table, 0.5–1 GB/s; each branch alone is skipped
/// through at 5–17 GB/s, so three passes cost a third to a fifth of the one (legalcite-bench).
/// Capture groups keep their numbers when they stand in `L` or `R` (or when every branch numbers
/// them alike); named groups are looked up in the branch that matched, `match.pattern`.
final class Alternatives: Searchable {
    let branches: [Pattern]

    init(_ branches: [Pattern]) {
        precondition(!branches.isEmpty, "an alternation has at least one branch")
        self.branches = branches
    }

    /// Calls `body` with each match at or after `from`, left to right, as the alternation would.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, from: Int = 0, _ body: (Match) -> Void) {
        let data = branches.map { MatchData(for: $0) }
        // The next match of each branch at or after the cursor; nil once a branch has none left.
        var next: [Match?] = branches.indices.map { index in
            branches[index].mayMatch(in: text, from: from)
                ? branches[index].firstMatch(in: text, from: from, using: data[index]) : nil
        }
        while true {
            var best: Int? = nil
            for index in next.indices {
                guard let candidate = next[index] else { continue }
                if let current = best, next[current]!.range.lowerBound <= candidate.range.lowerBound { continue }
                best = index
            }
            guard let best, let match = next[best] else { return }
            body(match)
            let range = match.range
            let cursor = range.upperBound > range.lowerBound ? range.upperBound : range.lowerBound + 1
            // Branches whose next match starts inside this one search again from its end.
            for index in next.indices {
                guard let candidate = next[index], candidate.range.lowerBound < cursor else { continue }
                next[index] = cursor < text.count ? branches[index].firstMatch(in: text, from: cursor, using: data[index]) : nil
            }
        }
    }

    /// The match exactly at `start`, as the alternation anchored there finds it: that of the
    /// first branch that matches there.
    func match(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        for branch in branches {
            if let match = branch.firstMatch(in: text, from: start, anchored: true, using: MatchData(for: branch)) { return match }
        }
        return nil
    }
}

/// What recognizers search with: one pattern, or an alternation run as several (`Alternatives`).
protocol Searchable: Sendable {
    /// Each non-overlapping match at or after `from`, left to right.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, from: Int, _ body: (Match) -> Void)
    /// The match that starts exactly at `start`, if any.
    func match(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Match?
}

extension Pattern: Searchable {
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, from: Int, _ body: (Match) -> Void) {
        forEachMatch(in: text, from: from, using: MatchData(for: self), body)
    }

    func match(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        firstMatch(in: text, from: start, anchored: true, using: MatchData(for: self))
    }
}
