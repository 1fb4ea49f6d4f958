/// The courts a document's head names, read with courts-db's own patterns: `In the Court of
/// Appeals of Georgia` → `gactapp`, `SUPREME COURT OF THE STATE OF NEW YORK` → `nysupct`,
/// `United States Court of Appeals, Sixth Circuit` → `ca6`.
///
/// Each line of the head that holds the word `court` is read with the lines next to it (a
/// heading often spans two or three: `UNITED STATES DISTRICT COURT` ⏎ `DISTRICT OF NEVADA`), white
/// space folded. The longest match of any pattern names the court; a parent court gives way to its
/// child (`calctapp` to `calctapp2d`); when courts of different ids match equally, none is named
/// (precision first). A name that follows `Appeal from`, `On Petition for Review of`,
/// `Certiorari to` and the like is the court appealed from, kept apart as the lower court.
struct CourtNameReader {
    struct Found {
        let court: CourtTable.Court
        /// Normalized byte range of the words that matched.
        let range: Range<Int>
        /// True when the name follows `Appeal from` or the like: the court below.
        let isLowerCourt: Bool
    }

    let text: TextView
    let lines: Lines
    let courts: CourtTable

    /// How far into the document a heading may stand.
    static let headLines = 80

    /// Words after which a court's name is the court below, not the writer.
    private static let lowerCourtMarkers = ["appeal from", "appeals from", "appealed from", "review of", "certiorari to",
                                            "certified from", "transferred from", "removed from", "review from",
                                            "question from", "questions from", "on appeal", "appeal to this court from",
                                            "error to", "petition for review"]

    /// Every court named in the head, in text order.
    func read() -> [Found] {
        var found: [Found] = []
        let limit = min(lines.lines.count, Self.headLines)
        var index = 0
        while index < limit {
            let line = lines.lines[index]
            defer { index += 1 }
            guard !line.isBlank else { continue }
            var windows: [(ranges: [Range<Int>], anchor: Range<Int>)] = []
            if line.trimmed.count <= 400 {
                // A heading is a short line, not prose (`the Court finds that …`).
                guard line.trimmed.count <= 160, !isProse(line.trimmed),
                      hasOccurrence(of: "court", in: line.trimmed) else { continue }
                // The window: the line with the nonblank lines next to it (within two lines).
                let lineRanges = [neighbour(of: index, step: -1), index, neighbour(of: index, step: 1)].compactMap { $0 }
                windows.append((lineRanges.map { lines.lines[$0].trimmed }, line.trimmed))
            } else {
                // A caption flattened onto one long line: a window around each `court` in its head.
                let head = line.trimmed.lowerBound..<min(line.trimmed.upperBound, line.trimmed.lowerBound + 3000)
                for offset in occurrences(of: "court", in: head).prefix(6) {
                    var window = max(line.trimmed.lowerBound, offset - 110)..<min(line.trimmed.upperBound, offset + 140)
                    // No court's name holds a number of three digits or more: the window stops at
                    // one (a docket number, a page stamp), so the same heading reads the same from
                    // one order to the next and its answer is remembered.
                    if let after = numberStart(in: offset..<window.upperBound) { window = window.lowerBound..<after }
                    if let before = numberEnd(in: window.lowerBound..<offset) { window = before..<window.upperBound }
                    windows.append(([window], offset..<offset + 5))
                }
            }
            for window in windows {
                guard let match = bestMatch(in: window.ranges, anchor: window.anchor),
                      !found.contains(where: { $0.range.overlaps(match.range) }) else { continue }
                found.append(match)
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// courts-db's catch-alls (`District Court`, `United States Circuit Court`): a heading that
    /// matches nothing more specific names no court that an id could tell apart.
    private static let genericCourts: Set<String> = ["usdistct", "uscirct"]

    private func neighbour(of index: Int, step: Int) -> Int? {
        var candidate = index + step
        var blanks = 0
        while candidate >= 0, candidate < lines.lines.count {
            let line = lines.lines[candidate]
            // A clerk's stamp between a heading's lines (`UNITED STATES COURT OF APPEALS` ⏎
            // `Filed 10/4/96` ⏎ `FOR THE TENTH CIRCUIT`) is passed over.
            if !line.isBlank, !isStamp(line.trimmed) {
                // A neighbour holding a number (`No. 96-6013`) is a docket line, not the heading's.
                return line.trimmed.count <= 160 && numberStart(in: line.trimmed) == nil ? candidate : nil
            }
            blanks += 1
            if blanks > 4 { return nil }
            candidate += step
        }
        return nil
    }

    /// The longest match over the window's folded text that covers part of the anchor line.
    private func bestMatch(in window: [Range<Int>], anchor: Range<Int>) -> Found? {
        // Folded text and, for each of its bytes, the normalized offset it came from.
        var folded: [UInt8] = []
        var origin: [Int] = []
        for range in window {
            if !folded.isEmpty { folded.append(0x20); origin.append(range.lowerBound) }
            var offset = range.lowerBound
            while offset < range.upperBound {
                // Words, one space between them; a pleading paper's line number standing between
                // two words in capitals (`COURT 8 EASTERN`) is dropped.
                let start = offset
                while offset < range.upperBound, !ByteClass.isSpace(text[offset]) { offset += 1 }
                if isLineNumber(start..<offset) {
                    offset = text.skipSpaces(from: offset, limit: range.upperBound - offset)
                    continue
                }
                for position in start..<offset { folded.append(text[position]); origin.append(position) }
                let next = text.skipSpaces(from: offset, limit: range.upperBound - offset)
                if next > offset && next < range.upperBound { folded.append(0x20); origin.append(offset) }
                offset = max(next, offset + (offset == start ? 1 : 0))
            }
        }
        guard !folded.isEmpty else { return nil }
        let table = courts.patterns
        let answer: CourtPatternTable.Answer?
        if let known = table.remembered(folded) {
            answer = known
        } else {
            answer = decide(folded)
            table.remember(folded, answer)
        }
        guard let answer, let court = courts.court(id: answer.id) else { return nil }
        let covered = origin[answer.range.lowerBound]..<(origin[answer.range.upperBound - 1] + 1)
        // The name must touch the line that holds `court`, not only its neighbours.
        guard covered.overlaps(anchor) else { return nil }
        return Found(court: court, range: covered, isLowerCourt: Self.isLowerCourt(text, at: covered.lowerBound))
    }

    /// The court the folded words name: the longest match of any candidate pattern (the words
    /// alone decide, so the answer is kept for the next document with the same heading).
    private func decide(_ folded: [UInt8]) -> CourtPatternTable.Answer? {
        let table = courts.patterns
        var best: (range: Range<Int>, ids: Set<String>)? = nil
        folded.withUnsafeBufferPointer { buffer in
            for number in table.candidates(in: folded) {
                guard let pattern = table.pattern(number) else { continue }
                let data = MatchData(for: pattern)
                var start = 0
                while start < buffer.count, let match = pattern.firstMatch(in: buffer, from: start, using: data) {
                    var range = match.range
                    start = range.upperBound > range.lowerBound ? range.upperBound : range.lowerBound + 1
                    // Trim the spaces courts-db's optional groups swallow at either end.
                    while range.lowerBound < range.upperBound, buffer[range.lowerBound] == 0x20 { range = range.lowerBound + 1..<range.upperBound }
                    while range.lowerBound < range.upperBound, buffer[range.upperBound - 1] == 0x20 { range = range.lowerBound..<range.upperBound - 1 }
                    guard range.count >= 6 else { continue }
                    let entry = table.entry(number)
                    let id = entry.id
                    guard !Self.genericCourts.contains(id) else { continue }
                    // As courts-db's own bankruptcy filter: a bankruptcy court only where the
                    // words say `Bankruptcy`, and only a bankruptcy court there.
                    let saysBankruptcy = contains(buffer, "bankr", in: range)
                    guard (entry.type == "bankruptcy") == saysBankruptcy else { continue }
                    if let current = best {
                        if range.count > current.range.count {
                            best = (range, [id])
                        } else if range.count == current.range.count && range.lowerBound == current.range.lowerBound {
                            best!.ids.insert(id)
                        }
                    } else {
                        best = (range, [id])
                    }
                }
            }
        }
        guard let best else { return nil }
        // A parent gives way to its child.
        let parents = Set(best.ids.compactMap { courts.patterns.parent(of: $0) })
        let ids = best.ids.subtracting(parents)
        guard ids.count == 1, let court = courts.court(id: ids.first!) else { return nil }
        return CourtPatternTable.Answer(id: court.id, range: best.range)
    }

    /// Whether the words before `offset` on its line (or the line before, when this one opens
    /// with the name) say the court is the one appealed from.
    static func isLowerCourt(_ text: TextView, at offset: Int) -> Bool {
        var start = text.lineStart(before: offset, limit: 200)
        if text.skipSpaces(from: start, limit: offset - start) >= offset, start > 0 {
            start = text.lineStart(before: start - 1, limit: 200)
        }
        // The words before, in lower case with single spaces, as bytes (this runs for every
        // docket number and heading the caption reader weighs).
        var folded: [UInt8] = []
        folded.reserveCapacity(offset - start)
        for position in start..<offset {
            let byte = text[position]
            if ByteClass.isSpace(byte) {
                if folded.last != 0x20 && !folded.isEmpty { folded.append(0x20) }
            } else {
                folded.append(ByteClass.isUpper(byte) ? byte | 0x20 : byte)
            }
        }
        return lowerCourtMarkerBytes.contains { marker in
            guard folded.count >= marker.count else { return false }
            var index = 0
            while index + marker.count <= folded.count {
                if folded[index] == marker[0], (0..<marker.count).allSatisfy({ folded[index + $0] == marker[$0] }),
                   index + marker.count == folded.count || folded[index + marker.count] == 0x20 {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    private static let lowerCourtMarkerBytes = lowerCourtMarkers.map { Array($0.utf8) }

    private func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ word: StaticString, in range: Range<Int>) -> Bool {
        let length = word.utf8CodeUnitCount
        var offset = range.lowerBound
        while offset + length <= range.upperBound {
            if (0..<length).allSatisfy({ buffer[offset + $0] | 0x20 == word.utf8Start[$0] }) { return true }
            offset += 1
        }
        return false
    }

    /// Where `word` (lower case) occurs in `range`, in any case.
    private func occurrences(of word: StaticString, in range: Range<Int>) -> [Int] {
        starts(of: word, in: range).filter { text.hasCaseless(word, at: $0) }
    }

    /// Whether `word` (lower case) occurs in `range`, in any case; stops at the first.
    private func hasOccurrence(of word: StaticString, in range: Range<Int>) -> Bool {
        starts(of: word, in: range).contains { text.hasCaseless(word, at: $0) }
    }

    /// The offsets in `range` where `word` would fit.
    private func starts(of word: StaticString, in range: Range<Int>) -> Range<Int> {
        range.lowerBound..<max(range.lowerBound, range.upperBound - word.utf8CodeUnitCount + 1)
    }

    /// Where the first run of three digits or more in `range` begins, if any.
    private func numberStart(in range: Range<Int>) -> Int? {
        var run = 0
        for offset in range {
            run = ByteClass.isDigit(text[offset]) ? run + 1 : 0
            if run == 3 { return offset - 2 }
        }
        return nil
    }

    /// Where the last run of three digits or more in `range` ends, if any.
    private func numberEnd(in range: Range<Int>) -> Int? {
        var run = 0
        var end: Int? = nil
        for offset in range {
            if ByteClass.isDigit(text[offset]) {
                run += 1
                if run >= 3 { end = offset + 1 }
            } else {
                run = 0
            }
        }
        return end
    }

    /// `Filed 10/4/96`, `FILED`, `NOT FOR PUBLICATION`, a date alone.
    private func isStamp(_ range: Range<Int>) -> Bool {
        guard range.count <= 40 else { return false }
        for stamp: StaticString in ["Filed", "FILED", "Entered", "ENTERED", "NOT FOR PUBLICATION", "UNPUBLISHED", "PUBLISHED"]
        where text.has(stamp, at: range.lowerBound) { return true }
        return DateWords.isDateAlone(text.words(range))
    }

    /// Two or more words that open in lower case and are not the small words of a court's name.
    private func isProse(_ range: Range<Int>) -> Bool {
        var lowerWords = 0
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            cursor = text.skipSpaces(from: cursor, limit: range.upperBound - cursor)
            guard cursor < range.upperBound else { break }
            let start = cursor
            while cursor < range.upperBound, !ByteClass.isSpace(text[cursor]) { cursor += 1 }
            guard ByteClass.isLower(text[start]) else { continue }
            let word = text.string(start..<cursor).trimmedASCII(",.;:")
            if !["of", "the", "for", "in", "and", "at", "de", "du", "la", "on"].contains(word) { lowerWords += 1 }
            if lowerWords >= 2 { return true }
        }
        return false
    }

    /// One or two digits between two words in capitals: a pleading paper's line number.
    private func isLineNumber(_ word: Range<Int>) -> Bool {
        guard (1...2).contains(word.count), word.allSatisfy({ ByteClass.isDigit(text[$0]) }) else { return false }
        let before = text.skipSpacesBackward(from: word.lowerBound, limit: 3)
        let after = text.skipSpaces(from: word.upperBound, limit: 3)
        guard before > 0, after < text.count else { return false }
        return ByteClass.isUpper(text[before - 1]) && ByteClass.isUpper(text[after])
            && (after + 1 >= text.count || !ByteClass.isLower(text[after + 1]))
    }
}
