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
        var isLowerCourt: Bool
        /// True when only a lower court's number under the name (`LC No.`, `File No.`) says so.
        var isLowerByNumberOnly = false
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
                guard line.trimmed.count <= 160, !isProse(line.trimmed) || followsLowerCourtMarker(index), namesCourt(line.trimmed) else { continue }
                // The window: the line with the nonblank lines next to it (within two lines).
                let next = neighbour(of: index, step: 1)
                var lineRanges = [neighbour(of: index, step: -1)?.range, line.trimmed, next?.range].compactMap { $0 }
                // A third line of the heading, short like the second (`IN THE DISTRICT COURT OF
                // APPEAL` ⏎ `OF FLORIDA` ⏎ `SECOND DISTRICT`).
                if let next, next.range.count <= 40, let after = neighbour(of: next.index, step: 1), after.range.count <= 40,
                   numberStart(in: after.range) == nil, !hasOccurrence(of: "court", in: after.range) {
                    lineRanges.append(after.range)
                }
                // A right column beside the heading (`UNITED STATES COURT OF APPEALS      U .S. C O U R T
                // OF APPE ALS`, a clerk's stamp) is no part of it: each line gives the cell under
                // the heading's.
                let anchor = cells(line.trimmed).first { namesCourt($0) } ?? line.trimmed
                if anchor != line.trimmed || lineRanges.contains(where: { cells($0).count > 1 }) {
                    lineRanges = lineRanges.map { cell(of: $0, under: anchor) }
                }
                windows.append((lineRanges, anchor))
            } else {
                // A caption flattened onto one long line: a window around each `court` in its head.
                let head = line.trimmed.lowerBound..<min(line.trimmed.upperBound, line.trimmed.lowerBound + 3000)
                let offsets = (occurrences(of: "court", in: head) + occurrences(of: "appellate panel", in: head)).sorted()
                for offset in offsets.prefix(6) {
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
        // A trial court's own heading over its file number (`Hennepin County District Court` ⏎
        // `File No. 27-CV-19-1234`) is the writer when no other court is: a court below needs one above.
        if !found.contains(where: { !$0.isLowerCourt }) {
            for index in found.indices where found[index].isLowerByNumberOnly { found[index].isLowerCourt = false }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The kinds of state courts a court below is, most specific first.
    private static let stateCourtKinds = ["court of common pleas", "court of criminal appeals", "court of appeals", "court of appeal",
                                          "appellate court", "judicial district court", "superior court", "circuit court", "chancery court",
                                          "probate court", "juvenile court", "family court", "municipal court", "justice court",
                                          "district court", "county court", "court of claims", "supreme court"]
    private static let countyStopWords: Set<String> = ["of", "the", "for", "in", "and", "court", "circuit", "superior", "district",
                                                       "division", "chancery", "law", "probate", "juvenile", "family", "from", "to"]

    /// The court below of a state court's writing, where the head names it in words courts-db's
    /// patterns know only in another order or with the state's name: `Circuit Court of Fairfax
    /// County` (Virginia) → `Fairfax County Circuit Court`; `Marion Superior Court` (Indiana) →
    /// `Indiana Superior Court`; `Court of Appeal, Fifth Circuit` (Louisiana) → `Louisiana Court of
    /// Appeal`. Only a court of the writer's own state, and not the writer, is named.
    /// Where the writer is not read, `location` is the state the case is of (`stateOfCase`) and
    /// `writer` nil.
    func stateLowerCourt(in location: String, writer: String?) -> CourtTable.Court? {
        let state = location.lowercased()
        return firstLowerCourtPhrase(kinds: Self.courtWords) { phrase in
            // The first court the names give, or a later name's county division of it (`the court
            // of common pleas of york county` is `pactcompl` as written, `pactcomplyork` turned round).
            var first: CourtTable.Court? = nil
            for candidate in Self.stateCandidates(phrase, state: state) {
                guard let answer = decide(Array(candidate.utf8), location: location), let court = courts.court(id: answer.id),
                      court.id != writer, !court.isFederal, court.location == location else { continue }
                guard let found = first else { first = court; continue }
                if isDivision(court.id, of: found.id) { return court }
            }
            return first ?? stateCourtByName(phrase, location: location, writer: writer)
        }
    }

    /// A court courts-db gives no pattern, only its name (`Illinois Circuit Court`): the state's
    /// court of the phrase's kind, by name; never for a phrase that names a federal court
    /// (`question from the United States District Court for the District of Colorado`).
    private func stateCourtByName(_ phrase: String, location: String, writer: String?) -> CourtTable.Court? {
        if ["united states", "federal", "bankruptcy"].contains(where: phrase.containsBytes) { return nil }
        for candidate in Self.stateCandidates(phrase, state: location.lowercased()).suffix(3) {
            if let court = courts.courts(namedInLowerCase: candidate).first(where: { !$0.isFederal && $0.location == location
                                                                                        && $0.id != writer }) {
                return court
            }
        }
        return nil
    }

    /// The state a writing's case is of, where its own court is not read: the state a head line's
    /// party names (`The People of the State of Illinois`, `State of Vermont`, `Commonwealth of
    /// Pennsylvania`), or the court of the writing's own neutral cite over its head (`2015 IL App
    /// (1st) 141051`: Illinois). Nil where the head names two states, or none.
    func stateOfCase(citedCourt: String?) -> String? {
        if let id = citedCourt, let court = courts.court(id: id), !court.isFederal, !court.location.isEmpty { return court.location }
        var found: Set<String> = []
        for line in lines.lines.prefix(Self.headLines) where !line.isBlank {
            let words = text.words(line.trimmed).lowercased().splitOnSpaces().map { String($0).trimmedASCII(",.;:)(") }
            for index in words.indices.dropLast() where Self.stateOwners.contains(words[index]) && words[index + 1] == "of" {
                var at = index + 2
                if at < words.count, words[at] == "the", at + 2 < words.count, words[at + 1] == "state", words[at + 2] == "of" { at += 3 }
                if let state = stateName(in: words, at: at) { found.insert(state) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The words that name a state as a party: `State of`, `People of`, `Commonwealth of`.
    private static let stateOwners: Set<String> = ["state", "people", "commonwealth"]

    /// The state named by the words from `start` (in lower case), two words before one (`West
    /// Virginia`, not `Virginia`), as courts-db's locations write it (`West Virginia`).
    private func stateName(in words: [String], at start: Int) -> String? {
        for length in [2, 1] where start + length <= words.count {
            if let abbreviation = courts.stateAbbreviations[words[start..<start + length].joined(separator: " ")] {
                return StateData.byNameOrAbbreviation[abbreviation]
            }
        }
        return nil
    }

    /// Words one of which a court's name holds (`Circuit Court`, `Court of Appeal, Fifth Circuit`).
    private static let courtWords: Set<String> = ["court", "circuit"]
    /// Words one of which the name of a tribunal without `court` in it holds (`Board of Immigration
    /// Appeals`, `Federal Communications Commission`, `Cherokee Nation Judicial Appeals Tribunal`).
    private static let tribunalWords: Set<String> = ["board", "commission", "tribunal"]

    /// The first answer `body` gives for a phrase after a marker of the court below on a head
    /// line: a heading's short line, or the head of a caption flattened onto one long line; not prose.
    private func firstLowerCourtPhrase(kinds: Set<String>, _ body: (String) -> CourtTable.Court?) -> CourtTable.Court? {
        let limit = min(lines.lines.count, Self.headLines)
        for index in 0..<limit {
            let line = lines.lines[index]
            guard !line.isBlank else { continue }
            // A line that opens with the marker is the head's however long (`Appeal from the
            // Appellate Court for the Second District; heard in that court on appeal from …`).
            let isLong = line.trimmed.count > 400
            guard isLong || (line.trimmed.count <= 400 && opensWithLowerCourtMarker(line.trimmed))
                    || (line.trimmed.count <= 160 && !isProse(line.trimmed)) else { continue }
            let head = line.trimmed.lowerBound..<min(line.trimmed.upperBound, line.trimmed.lowerBound + 3000)
            let written = text.words(head)
            let lower = written.lowercased()
            // The line, or the line after it that the phrase runs on to, holds the kind's word.
            let next = index + 1 < lines.lines.count ? lines.lines[index + 1].trimmed : nil
            let nextLower = next.map { text.words($0).lowercased() } ?? ""
            guard kinds.contains(where: { lower.containsBytes($0) || nextLower.containsBytes($0) }) else { continue }
            for phrase in lowerCourtPhrases(in: written, capitalsOnly: isLong, next: next, kinds: kinds) {
                if let court = body(phrase) { return court }
            }
        }
        return nil
    }

    /// A tribunal below whose name holds no `court` (a board, commission or tribunal courts-db
    /// knows), named after a marker of the court below: `On Petition for Review of an Order of the`
    /// ⏎ `Board of Immigration Appeals` → `bia`, `Appeal from the United States Patent and Trademark
    /// Office, Board of Patent Appeals and Interferences` → `bpai`. Read by courts-db's patterns,
    /// or as the close of exactly one court's courts-db name (`Board of Immigration Appeals` closes
    /// `United States Department of Justice Board of Immigration Appeals`), the tail at least three
    /// words from a tribunal's word on. Never the writer.
    func tribunalBelow(writer: CourtTable.Court?) -> CourtTable.Court? {
        firstLowerCourtPhrase(kinds: Self.tribunalWords) { phrase in
            if let answer = decide(Array(phrase.utf8), location: writer?.location), let court = courts.court(id: answer.id),
               court.id != writer?.id, !Self.courtWords.contains(where: { court.name.lowercased().containsBytes($0) }) {
                return court
            }
            let words = phrase.splitOnSpaces().map(String.init)
            for start in words.indices where words.count - start >= 3 {
                // The tail opens with a name's word, not `of`, `the`, `an order`.
                guard !Self.tailStopWords.contains(words[start]),
                      words[start...].contains(where: Self.tribunalWords.contains) else { continue }
                let found = courts.courts(nameEndingWith: words[start...].joined(separator: " "))
                if found.count == 1, found[0].id != writer?.id { return found[0] }
                if !found.isEmpty { return nil }
            }
            return nil
        }
    }

    /// The court below written down the right-hand column of a railed caption, a few words on
    /// each line (Illinois's `… )   Appeal from the` ⏎ `)   Circuit Court of` ⏎ `)   Cook County.`,
    /// the Eighth Circuit's `*   Appeal from the United States` ⏎ `*   District Court for the` ⏎
    /// `*   District of Minnesota.`): the cells right of each line's last rail, joined while the
    /// rail runs on, read as one line that names the court below. A state writer's court below
    /// sits in its state; with no writer known, only a federal court is named (the words alone do
    /// not say whose `Circuit Court of Cook County` it is).
    func columnLowerCourt(writer: CourtTable.Court?) -> CourtTable.Court? {
        let limit = min(lines.lines.count, Self.headLines)
        var column: [String] = []
        func read() -> CourtTable.Court? {
            defer { column.removeAll() }
            guard column.count >= 2 else { return nil }
            let joined = column.joined(separator: " ")
            for phrase in lowerCourtPhrases(in: joined, capitalsOnly: false, next: nil, kinds: Self.courtWords.union(Self.tribunalWords)) {
                if let answer = decide(Array(phrase.utf8), location: writer?.location), let court = courts.court(id: answer.id),
                   court.id != writer?.id {
                    switch writer {
                    case nil where court.isFederal: return court
                    case let writer? where writer.isFederal || court.location == writer.location: return court
                    default: break
                    }
                }
                if let writer, !writer.isFederal, !writer.location.isEmpty {
                    for candidate in Self.stateCandidates(phrase, state: writer.location.lowercased()) {
                        guard let answer = decide(Array(candidate.utf8), location: writer.location), let court = courts.court(id: answer.id),
                              court.id != writer.id, !court.isFederal, court.location == writer.location else { continue }
                        return court
                    }
                    if let court = stateCourtByName(phrase, location: writer.location, writer: writer.id) { return court }
                }
            }
            return nil
        }
        for index in 0..<limit {
            let line = lines.lines[index]
            guard !line.isBlank else { continue }
            guard line.trimmed.count <= 160, let rail = lastRail(in: line.trimmed) else {
                if let court = read() { return court }
                continue
            }
            let cell = text.words(rail + 1..<line.trimmed.upperBound)
            if !cell.isEmpty { column.append(cell) }
        }
        return read()
    }

    /// The offset of the line's last rail: `)`, `|` or `*` standing between spaces (or at an end
    /// of the line).
    private func lastRail(in range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            let byte = text[index]
            if byte == 0x29 || byte == 0x7C || byte == 0x2A,
               index == range.lowerBound || ByteClass.isSpace(text[index - 1]),
               index + 1 >= range.upperBound || ByteClass.isSpace(text[index + 1]) {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Labels of the court below's number that name its kind (`Super. Ct. No.`), and the kind.
    private static let kindNumberLabels: [(label: String, kind: String)] = [
        ("Super. Ct. No", "superior court"), ("Superior Court No", "superior court"), ("Cir. Ct. No", "circuit court"),
        ("Circuit Court No", "circuit court"), ("Dist. Ct. No", "district court"), ("District Court No", "district court"),
    ]

    /// The court below of a state appellate writing named only by the label of its number:
    /// California's `(Santa Barbara County` ⏎ `Super. Ct. No. 18CV01618)` → the state's superior
    /// court (`calsuperct`). The kind the label names, in the writer's state, by courts-db's name.
    func labelledLowerCourt(writer: CourtTable.Court) -> CourtTable.Court? {
        guard !writer.isFederal, !writer.location.isEmpty else { return nil }
        for index in 0..<min(lines.lines.count, Self.headLines) {
            let line = lines.lines[index]
            guard !line.isBlank else { continue }
            let words = text.words(line.trimmed.lowerBound..<min(line.trimmed.upperBound, line.trimmed.lowerBound + 3000))
            for (label, kind) in Self.kindNumberLabels where words.containsBytes(label) {
                if let court = stateCourtByName(kind, location: writer.location, writer: writer.id) { return court }
            }
        }
        return nil
    }

    private static let tailStopWords: Set<String> = ["of", "the", "an", "a", "order", "orders", "decision", "decisions", "final",
                                                     "and", "from", "to", "by", "judgment"]

    /// The words after each marker of a court below on a line (lower case), the next line's
    /// added when the name runs on (`Appeal from the Circuit Court for` ⏎ `Hillsborough County`),
    /// cut before a number, a parenthesis or a judge's name.
    private func lowerCourtPhrases(in line: String, capitalsOnly: Bool, next: Range<Int>?, kinds: Set<String> = courtWords) -> [String] {
        // A star page glued before the marker (`*593Appeal from the Circuit Court of Cook county`) is passed over.
        let original = line.splitOnSpaces().map { word -> String in
            var word = Substring(word)
            if word.hasPrefix("*") { word = word.dropFirst().drop(while: \.isNumber) }
            return String(word).trimmedASCII(",.;:")
        }
        let words = original.map { $0.lowercased() }
        var markers = Self.lowerCourtMarkerWords
        // Virginia's caption: `FROM THE CIRCUIT COURT OF FAIRFAX COUNTY` on a line of its own.
        if words.count > 2, words[0] == "from", words[1] == "the", words.contains("court") { markers.append(["from"]) }
        var phrases: [String] = []
        for marker in markers {
            var index = 0
            while index + marker.count <= words.count {
                defer { index += 1 }
                guard words[index] == marker[0], Array(words[index..<index + marker.count]) == marker else { continue }
                // In a flattened caption only a marker in capitals (`APPEAL FROM THE SUPERIOR
                // COURT`, `Appeal from the Circuit Court`), not prose's `appeals from the ruling`.
                if capitalsOnly, let first = original[index].utf8.first, !ByteClass.isUpper(first) { continue }
                var rest = Array(words[(index + marker.count)...].prefix(24))
                if rest.count < 8, let next, next.count <= 160 {
                    rest += text.words(next).lowercased().splitOnSpaces().map { $0.trimmedASCII(",.;:") }
                }
                func phrase(of words: ArraySlice<String>) -> [String] {
                    var phrase: [String] = []
                    for word in words.prefix(16) {
                        // A number in parentheses inside the name (`Houston Circuit (CC-10-0581) Court`) is passed over.
                        if word.hasPrefix("("), word.hasSuffix(")"), word.utf8.contains(where: ByteClass.isDigit), !phrase.isEmpty { continue }
                        if word.hasPrefix("(") || word.utf8.contains(where: ByteClass.isDigit) || Self.phraseEnds.contains(word) { break }
                        phrase.append(word)
                    }
                    return phrase
                }
                var found = phrase(of: rest[...])
                // What was appealed from, its date, then the court that made it (`Appeal from the
                // Order Entered April 14, 2021` ⏎ `In the Court of Common Pleas of York County`).
                if !found.contains(where: kinds.contains), found.count < rest.count,
                   let at = rest[found.count...].prefix(8).indices.first(where: { rest[$0] == "in" && $0 + 1 < rest.count && rest[$0 + 1] == "the" }) {
                    found = phrase(of: rest[(at + 1)...])
                }
                if found.contains(where: kinds.contains) { phrases.append(found.joined(separator: " ")) }
            }
        }
        return phrases
    }

    private static let lowerCourtMarkerWords = lowerCourtMarkers.map { $0.splitOnSpaces().map(String.init) }
    /// Words after which a court's name has ended.
    private static let phraseEnds: Set<String> = ["no", "nos", "honorable", "hon", "judge", "cause", "docket", "index", "case",
                                                  "affirmed", "reversed", "vacated", "dismissed", "before", "present"]

    /// The phrase, and the names courts-db gives such a court: the county's first, the state's.
    static func stateCandidates(_ phrase: String, state: String) -> [String] {
        let words = phrase.splitOnSpaces().map(String.init)
        var kind = stateCourtKinds.first { phrase.containsBytes($0) }
        if kind == "district court", phrase.containsBytes("judicial district") { kind = "judicial district court" }
        if kind == nil, words.contains("circuit") { kind = "court of appeal" }
        var candidates = [phrase]
        guard let kind else { return candidates }
        var county: String? = nil
        if let at = words.firstIndex(where: { $0 == "county" || $0 == "parish" }) {
            var name: [String] = []
            var cursor = at - 1
            while cursor >= 0, name.count < 2, !countyStopWords.contains(words[cursor]) { name.insert(words[cursor], at: 0); cursor -= 1 }
            // Ohio's `COURT OF COMMON PLEAS COUNTY OF SUMMIT`: the name after `of`, not the kind's
            // words before `county`.
            if at + 2 < words.count, words[at + 1] == "of", !countyStopWords.contains(words[at + 2]), !state.hasPrefix(words[at + 2]) {
                name = [words[at + 2]]
            }
            if !name.isEmpty { county = name.joined(separator: " ") + " " + words[at] }
        }
        if let county { candidates += ["\(county) \(kind)", "\(kind) of \(county)"] }
        // A county's own court named before the kind (`Marion Superior Court`).
        if county == nil, let range = phrase.firstRangeBytes(of: kind), range.lowerBound > phrase.startIndex {
            let before = phrase[..<range.lowerBound].splitOnSpaces().map(String.init).filter { !countyStopWords.contains($0) }
            if let last = before.last { candidates += ["\(last) county \(kind)"] }
        }
        candidates += ["\(state) \(kind)", "\(kind) of \(state)", "\(state) \(kind)s"]
        return candidates
    }

    /// courts-db's catch-alls (`District Court`, `United States Circuit Court`): a heading that
    /// matches nothing more specific names no court that an id could tell apart.
    private static let genericCourts: Set<String> = ["usdistct", "uscirct"]

    /// A line's cells: runs of text parted by eight spaces or more.
    private func cells(_ range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = range.lowerBound
        var spaces = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            if text[offset] == 0x20 {
                spaces += 1
            } else {
                if spaces >= 8 {
                    found.append(start..<offset - spaces)
                    start = offset
                }
                spaces = 0
            }
            offset += 1
        }
        found.append(start..<range.upperBound)
        return found
    }

    /// The cell of `range` whose columns meet `anchor`'s (the whole range when it has one cell,
    /// or none meets).
    private func cell(of range: Range<Int>, under anchor: Range<Int>) -> Range<Int> {
        let parts = cells(range)
        guard parts.count > 1 else { return range }
        let anchorStart = text.lineStart(before: anchor.lowerBound, limit: 4000)
        let columns = (anchor.lowerBound - anchorStart)..<(anchor.upperBound - anchorStart)
        let lineStart = text.lineStart(before: range.lowerBound, limit: 4000)
        // Every cell under the anchor's columns, a rail and the words after it together (`:` and
        // `PENNSYLVANIA` under `:   IN THE SUPERIOR COURT OF`).
        let under = parts.filter { ($0.lowerBound - lineStart..<$0.upperBound - lineStart).overlaps(columns) }
        guard let first = under.first, let last = under.last else { return range }
        return first.lowerBound..<last.upperBound
    }

    /// The nonblank line next to `index` (its trimmed range), up to a number on it.
    private func neighbour(of index: Int, step: Int) -> (index: Int, range: Range<Int>)? {
        var candidate = index + step
        var blanks = 0
        while candidate >= 0, candidate < lines.lines.count {
            let line = lines.lines[candidate]
            // A clerk's stamp between a heading's lines (`UNITED STATES COURT OF APPEALS` ⏎
            // `Filed 10/4/96` ⏎ `FOR THE TENTH CIRCUIT`) is passed over.
            if !line.isBlank, !isStamp(line.trimmed) {
                // A neighbour holding a number (`No. 96-6013`) is a docket line, not the heading's;
                // the words before the number may end the name (`District of Virginia, at
                // Alexandria. Leonie M. Brinkema, District Judge. (CR-01-123)`).
                guard line.trimmed.count <= 160 else { return nil }
                guard let number = numberStart(in: line.trimmed) else { return (candidate, line.trimmed) }
                let before = line.trimmed.lowerBound..<text.skipSpacesBackward(from: number, limit: number - line.trimmed.lowerBound)
                return step > 0 && before.count >= 12 && !text.has("No", at: before.lowerBound) ? (candidate, before) : nil
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
        // Where each of the window's lines ends in the folded words.
        var lineEnds: Set<Int> = []
        for range in window {
            if !folded.isEmpty { lineEnds.insert(folded.count); folded.append(0x20); origin.append(range.lowerBound) }
            var offset = range.lowerBound
            while offset < range.upperBound {
                // Words, one space between them; a pleading paper's line number standing between
                // two words in capitals (`COURT 8 EASTERN`) is dropped.
                let start = offset
                while offset < range.upperBound, !ByteClass.isSpace(text[offset]) { offset += 1 }
                if isLineNumber(start..<offset) || isRail(start..<offset) {
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
        lineEnds.insert(folded.count)
        let table = courts.patterns
        func answer(for words: [UInt8]) -> CourtPatternTable.Answer? {
            if let known = table.remembered(words) { return known }
            let found = decide(words)
            table.remember(words, found)
            return found
        }
        // The words as written, then as courts-db writes most states' courts: without `the State
        // of` (`Supreme Court of Kansas`, `Court of Appeals Arizona`), or with the state named
        // apart from the kind put after it (`IN THE SUPREME COURT` ⏎ `STATE OF NORTH DAKOTA`), or
        // a federal court's older name turned round (`Tax Court of the United States`).
        let lineEndsFound = lineEnds
        let readings: [() -> [([UInt8], [Int])]] = [
            { [(folded, origin)] },
            { Self.withoutStateOf(folded, origin).map { [$0] } ?? [] },
            { Self.stateNamedApart(folded, origin, lineEnds: lineEndsFound, states: self.courts.stateAbbreviations) },
            { Self.unitedStatesFirst(folded, origin).map { [$0] } ?? [] },
        ]
        var reading: (answer: CourtPatternTable.Answer, origin: [Int])?
        search: for next in readings {
            for (words, origins) in next() {
                if let found = answer(for: words) { reading = (found, origins); break search }
            }
        }
        // A court found may be named more exactly in words courts-db writes otherwise: `FOURTH
        // APPELLATE DISTRICT` for its `Fourth District` (Ohio), `COURT OF APPEAL OF THE STATE OF
        // CALIFORNIA` ⏎ `SECOND APPELLATE DISTRICT` for `California Court of Appeal, Second Appellate
        // District`. Such a reading stands only where it names one of the found court's own
        // divisions (`ohctapp4scioto` under `ohioctapp`), never another court.
        if let found = reading {
            refine: for (words, origins) in Self.exacterReadings(folded, origin, states: courts.stateAbbreviations) {
                if let exacter = answer(for: words), exacter.id != found.answer.id, isDivision(exacter.id, of: found.answer.id) {
                    reading = (exacter, origins)
                    break refine
                }
            }
        }
        guard let (answer, origin) = reading, let court = courts.court(id: answer.id) else { return nil }
        // Reordered words keep their own offsets: the name covers the least to the greatest.
        let matched = origin[answer.range]
        let covered = matched.min()!..<(matched.max()! + 1)
        // The name must touch the line that holds `court`, not only its neighbours.
        guard covered.overlaps(anchor) else { return nil }
        let afterMarker = Self.isLowerCourt(text, at: covered.lowerBound)
        let overNumber = !afterMarker && isOverLowerCourtNumber(covered)
        return Found(court: court, range: covered, isLowerCourt: afterMarker || overNumber, isLowerByNumberOnly: overNumber)
    }

    /// Whether a court's name stands right before the court below's number (`Wayne Circuit Court
    /// LC No. 13-008152-AR`) or over it in its column (Michigan's `Oakland Circuit Court` ⏎ `LC No.
    /// 2021-185914-CB` at the right of the names): then it is the court below. The labels and the
    /// column are `CourtBelowColumn`'s.
    private func isOverLowerCourtNumber(_ name: Range<Int>) -> Bool {
        // Minnesota's `Ramsey County District Court` ⏎ `File No. C4-05-6998`: a trial court's file
        // number, under a name in mixed case (a court's own heading in capitals over its `File No.`
        // stays the writer).
        let mixedCase = name.contains { ByteClass.isLower(text[$0]) }
        func labelled(_ offset: Int) -> Bool { CourtBelowColumn.isNumberLabel(text, at: offset, fileNumbers: mixedCase) }
        var after = name.upperBound
        while after < text.count, text[after] == 0x20 || text[after] == 0x09 { after += 1 }
        if after < text.count, labelled(after) { return true }
        // The next line, in the name's column.
        let lineStart = text.lineStart(before: name.lowerBound, limit: 400)
        guard let next = CourtBelowColumn.neighbour(text, of: name.upperBound, step: 1) else { return false }
        if let cell = CourtBelowColumn.cell(text, of: next, under: name.lowerBound - lineStart), labelled(cell.lowerBound) { return true }
        // A copy that closed up the left column moves the name under the parties: a name alone on
        // its line over a line whose right cell (past a wide gap) opens with the label.
        guard text.skipSpaces(from: lineStart, limit: name.lowerBound - lineStart) == name.lowerBound,
              after >= text.count || text[after] == 0x0A || text[after] == 0x0D else { return false }
        var gap = 0
        for position in next {
            if text[position] == 0x20 { gap += 1; continue }
            if gap >= 8, labelled(position) { return true }
            gap = 0
        }
        return false
    }

    /// Whether the words of `range` open with a marker of the court below (`Appeal from the Circuit
    /// Court of Cook County; the Hon. …, Judge, presiding.`, a star page glued before it): such a
    /// line names a court, though it reads like prose.
    private func opensWithLowerCourtMarker(_ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        if start < range.upperBound, text[start] == 0x2A {
            start += 1
            while start < range.upperBound, ByteClass.isDigit(text[start]) { start += 1 }
        }
        for marker: StaticString in ["appeal from", "appeals from", "on appeal from", "certiorari to", "on writ of certiorari to",
                                     "petition for review", "on petition for review"] where text.hasCaseless(marker, at: start) { return true }
        return false
    }

    /// A line in lower case only under a line that names a court below (`on writ of certiorari to
    /// the united states` ⏎ `court of appeals for the district of columbia circuit`, small capitals
    /// copied as lower case): a heading's, not prose.
    private func followsLowerCourtMarker(_ index: Int) -> Bool {
        let line = lines.lines[index].trimmed
        guard !line.contains(where: { ByteClass.isUpper(text[$0]) }), let previous = neighbour(of: index, step: -1) else { return false }
        let words = text.words(previous.range).lowercased()
        return Self.lowerCourtMarkers.contains { words.containsBytes($0) }
    }

    /// A heading that names the state apart from the court's kind, read as courts-db names such
    /// courts (the kind, `of`, the state), with each byte's origin: `IN THE SUPREME COURT` ⏎ `STATE
    /// OF NORTH DAKOTA` and `IN THE SUPREME COURT, STATE OF WYOMING` → `… SUPREME COURT of NORTH
    /// DAKOTA`; `State of Vermont` ⏎ `Superior Court - Environmental Division` → `… Division of
    /// Vermont`, then `Superior Court of Vermont - Environmental Division`. Only `State of` or
    /// `Commonwealth of` and a state's whole name count, ending its line (`lineEnds`: where the
    /// window's lines end in `folded`), and either right after `Court` or a whole line opening the
    /// heading; empty when the words hold neither.
    static func stateNamedApart(_ folded: [UInt8], _ origin: [Int], lineEnds: Set<Int>, states: [String: String]) -> [([UInt8], [Int])] {
        let words = foldedWords(folded)
        var candidates: [([UInt8], [Int])] = []
        for index in words.indices where ["state", "commonwealth"].contains(words[index].word) {
            guard index + 2 < words.count, words[index + 1].word == "of" else { continue }
            // The state's whole name: the longest run of one to three words the table knows.
            var nameEnd: Int? = nil
            for count in stride(from: 3, through: 1, by: -1) where index + 2 + count <= words.count {
                let name = words[(index + 2)..<(index + 2 + count)].map(\.word).joined(separator: " ")
                if states[name] != nil { nameEnd = index + 2 + count; break }
            }
            guard let nameEnd, lineEnds.contains(words[nameEnd - 1].range.upperBound) else { continue }
            let opening = index == 0 || (index == 1 && words[0].word == "the")
            let afterCourt = index > 0 && words[index - 1].word == "court"
            guard opening || afterCourt else { continue }
            let of = (Array(" of ".utf8), [Int](repeating: origin[words[index + 1].range.lowerBound], count: 4))
            let stateBytes = Array(folded[words[index + 2].range.lowerBound..<words[nameEnd - 1].range.upperBound])
            let stateOrigins = Array(origin[words[index + 2].range.lowerBound..<words[nameEnd - 1].range.upperBound])
            func joined(_ parts: [([UInt8], [Int])]) -> ([UInt8], [Int]) {
                (parts.flatMap(\.0), parts.flatMap(\.1))
            }
            func part(_ from: Int, _ to: Int) -> ([UInt8], [Int]) {
                from < to ? (Array(folded[from..<to]), Array(origin[from..<to])) : ([], [])
            }
            if afterCourt {
                // `… COURT, STATE OF WYOMING …`: the kind's comma goes, the rest follows the state.
                var kindEnd = words[index - 1].range.upperBound
                if kindEnd > 0, folded[kindEnd - 1] == UInt8(ascii: ",") { kindEnd -= 1 }
                let rest = nameEnd < words.count ? part(words[nameEnd - 1].range.upperBound, folded.count) : ([], [])
                candidates.append(joined([part(0, kindEnd), of, (stateBytes, stateOrigins), rest]))
            } else if nameEnd < words.count, let court = words[nameEnd...].firstIndex(where: { $0.word == "court" }) {
                // `STATE OF VERMONT Superior Court - Environmental Division`: the state after all
                // of the kind, or after its `Court`.
                let restStart = words[nameEnd].range.lowerBound
                let courtEnd = words[court].range.upperBound
                candidates.append(joined([part(restStart, folded.count), of, (stateBytes, stateOrigins)]))
                candidates.append(joined([part(restStart, courtEnd), of, (stateBytes, stateOrigins), part(courtEnd, folded.count)]))
                // `THE STATE OF SOUTH CAROLINA` ⏎ `In The Court of Appeals` ⏎ `The State, Respondent,`:
                // the state after the kind's own line, the caption's lines after it left out.
                if let kindLineEnd = lineEnds.filter({ $0 >= courtEnd }).min(), kindLineEnd < folded.count {
                    candidates.append(joined([part(restStart, kindLineEnd), of, (stateBytes, stateOrigins)]))
                }
            }
        }
        return candidates
    }

    /// A federal court's older name, `<Kind> Court of the United States` (`Tax Court of the United
    /// States`, the Tax Court's name from 1942 to 1969), as courts-db writes the court: `United
    /// States Tax Court`, each byte with its origin (the moved words keep theirs); nil when the
    /// words hold no such name.
    static func unitedStatesFirst(_ folded: [UInt8], _ origin: [Int]) -> ([UInt8], [Int])? {
        let lower = folded.map { ByteClass.isUpper($0) ? $0 | 0x20 : $0 }
        let phrase = Array(" court of the united states".utf8)
        guard let at = (0...max(0, lower.count - phrase.count)).first(where: { index in
            index + phrase.count <= lower.count && lower[index..<index + phrase.count].elementsEqual(phrase)
                && (index + phrase.count == lower.count || !ByteClass.isLetter(lower[index + phrase.count]))
        }) else { return nil }
        // The kind: the one word before `Court`, not an article's (`the Court of the United States`).
        var kindStart = at
        while kindStart > 0, lower[kindStart - 1] != 0x20 { kindStart -= 1 }
        guard kindStart < at, ByteClass.isLetter(lower[kindStart]),
              !["the", "a", "an", "this", "that", "said", "such", "any", "of", "in", "for", "and"]
                .contains(String(decoding: lower[kindStart..<at], as: UTF8.self)) else { return nil }
        let statesStart = at + Array(" court of the ".utf8).count
        let statesEnd = at + phrase.count
        var bytes = Array(folded[..<kindStart])
        var origins = Array(origin[..<kindStart])
        bytes += folded[statesStart..<statesEnd] + [0x20]
        origins += origin[statesStart..<statesEnd] + [origin[statesEnd - 1]]
        bytes += folded[kindStart..<at + 6]          // `Tax Court`
        origins += origin[kindStart..<at + 6]
        bytes += folded[statesEnd...]
        origins += origin[statesEnd...]
        return (bytes, origins)
    }

    /// Whether `id` is one of `ancestor`'s divisions in courts-db (its child, or a child's child).
    private func isDivision(_ id: String, of ancestor: String) -> Bool {
        var current = id
        for _ in 0..<4 {
            guard let parent = courts.patterns.parent(of: current) else { return false }
            if parent == ancestor { return true }
            current = parent
        }
        return false
    }

    /// The folded words as courts-db writes the divisions of a state's court, each byte with its
    /// origin: without the `Appellate` or `Judicial` of `<ordinal> Appellate District`, and with the
    /// state before the kind (`Court of Appeal of the State of California` → `California Court of
    /// Appeal`), each alone and both together; empty when the words hold neither.
    static func exacterReadings(_ folded: [UInt8], _ origin: [Int], states: [String: String]) -> [([UInt8], [Int])] {
        var readings: [([UInt8], [Int])] = []
        let district = withoutDistrictWord(folded, origin)
        let stateFirst = stateBeforeKind(folded, origin, states: states)
        if let stateFirst, let both = withoutDistrictWord(stateFirst.0, stateFirst.1) { readings.append(both) }
        if let district { readings.append(district) }
        if let stateFirst { readings.append(stateFirst) }
        return readings
    }

    /// The folded words without an `Appellate ` or `Judicial ` standing before `District`.
    static func withoutDistrictWord(_ folded: [UInt8], _ origin: [Int]) -> ([UInt8], [Int])? {
        let lower = folded.map { ByteClass.isUpper($0) ? $0 | 0x20 : $0 }
        var bytes: [UInt8] = [], origins: [Int] = []
        var index = 0
        var removed = false
        while index < folded.count {
            if index == 0 || folded[index - 1] == 0x20 {
                for word: [UInt8] in [Array("appellate district".utf8), Array("judicial district".utf8)]
                where index + word.count <= lower.count && lower[index..<index + word.count].elementsEqual(word)
                    && (index + word.count == lower.count || !ByteClass.isLetter(lower[index + word.count])) {
                    index += word.firstIndex(of: 0x20)! + 1
                    removed = true
                }
            }
            bytes.append(folded[index])
            origins.append(origin[index])
            index += 1
        }
        return removed ? (bytes, origins) : nil
    }

    /// The words of a folded heading: byte ranges in `folded`, and their lower-case text without a
    /// trailing comma.
    private static func foldedWords(_ folded: [UInt8]) -> [(range: Range<Int>, word: String)] {
        var words: [(range: Range<Int>, word: String)] = []
        var start = 0
        while start < folded.count {
            var end = start
            while end < folded.count, folded[end] != 0x20 { end += 1 }
            if end > start {
                let lower = String(decoding: folded[start..<end].map { ByteClass.isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
                words.append((start..<end, lower.trimmedASCII(",")))
            }
            start = end + 1
        }
        return words
    }

    /// `<Kind> of [the State of] <State>` read as `<State> <Kind>` (`Court of Appeal of the State of
    /// California Second Appellate District` → `California Court of Appeal Second Appellate
    /// District`), the state's whole name one to three words the table knows; nil when the words
    /// hold no such name.
    static func stateBeforeKind(_ folded: [UInt8], _ origin: [Int], states: [String: String]) -> ([UInt8], [Int])? {
        let words = foldedWords(folded)
        guard let court = words.firstIndex(where: { $0.word == "court" }) else { return nil }
        // The kind runs from `Court` to the `of` before the state (`Court of Appeal of`).
        for of in (court + 1)..<words.count where words[of].word == "of" {
            var nameStart = of + 1
            if nameStart + 2 < words.count, words[nameStart].word == "the", words[nameStart + 1].word == "state", words[nameStart + 2].word == "of" {
                nameStart += 3
            }
            for count in stride(from: 3, through: 1, by: -1) where nameStart + count <= words.count {
                let name = words[nameStart..<(nameStart + count)].map(\.word).joined(separator: " ")
                guard states[name] != nil else { continue }
                let kind = words[court].range.lowerBound..<words[of - 1].range.upperBound
                let state = words[nameStart].range.lowerBound..<words[nameStart + count - 1].range.upperBound
                let restStart = state.upperBound
                var bytes = Array(folded[..<kind.lowerBound]) + Array(folded[state]) + [0x20] + Array(folded[kind])
                var origins = Array(origin[..<kind.lowerBound]) + Array(origin[state]) + [origin[state.upperBound - 1]] + Array(origin[kind])
                bytes += folded[restStart...]
                origins += origin[restStart...]
                return (bytes, origins)
            }
        }
        return nil
    }

    /// The folded words without `the State of ` and `State of ` (and their origins), or nil when
    /// they hold neither.
    static func withoutStateOf(_ folded: [UInt8], _ origin: [Int]) -> ([UInt8], [Int])? {
        let phrase = Array("state of ".utf8)
        var keptBytes: [UInt8] = [], keptOrigin: [Int] = []
        keptBytes.reserveCapacity(folded.count)
        keptOrigin.reserveCapacity(folded.count)
        var index = 0
        var removed = false
        while index < folded.count {
            if index + phrase.count <= folded.count, index == 0 || folded[index - 1] == 0x20,
               (0..<phrase.count).allSatisfy({ (ByteClass.isUpper(folded[index + $0]) ? folded[index + $0] | 0x20 : folded[index + $0]) == phrase[$0] }) {
                // `the ` before it goes too.
                if keptBytes.count >= 4, keptBytes.suffix(4).map({ ByteClass.isUpper($0) ? $0 | 0x20 : $0 }) == Array("the ".utf8) {
                    keptBytes.removeLast(4)
                    keptOrigin.removeLast(4)
                }
                index += phrase.count
                removed = true
                continue
            }
            keptBytes.append(folded[index])
            keptOrigin.append(origin[index])
            index += 1
        }
        return removed && !keptBytes.isEmpty ? (keptBytes, keptOrigin) : nil
    }

    /// The court the folded words name: the longest match of any candidate pattern (the words
    /// alone decide, so the answer is kept for the next document with the same heading).
    /// `location`: where several courts match alike (`hardin circuit court` of Kentucky, Iowa,
    /// Ohio, …), the one of that state.
    private func decide(_ folded: [UInt8], location: String? = nil) -> CourtPatternTable.Answer? {
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
        var ids = best.ids.subtracting(parents)
        if ids.count > 1, let location {
            ids = ids.filter { courts.court(id: $0)?.location == location }
        }
        guard ids.count == 1, let court = courts.court(id: ids.first!) else { return nil }
        return CourtPatternTable.Answer(id: court.id, range: best.range)
    }

    /// Whether the words before `offset` on its line (or the line before, when this one opens
    /// with the name) say the court is the one appealed from.
    static func isLowerCourt(_ text: TextView, at offset: Int) -> Bool {
        var start = text.lineStart(before: offset, limit: 200)
        // A name that opens its line (or whose line holds only `the` before it) continues the
        // line before: `ON APPEAL FROM THE DECISION OF` ⏎ `THE UNITED STATES TAX COURT`.
        let opening = text.skipSpaces(from: start, limit: offset - start)
        if start > 0, opening >= offset || (text.hasCaseless("the", at: opening) && text.skipSpaces(from: opening + 3, limit: offset - opening) >= offset) {
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
    /// Whether the words hold what a court's name holds: `court`, or the `Appellate Panel` /
    /// `Judicial Panel` of the courts named without it (`United States Bankruptcy Appellate Panel
    /// of the Tenth Circuit`, `Judicial Panel on Multidistrict Litigation`).
    private func namesCourt(_ range: Range<Int>) -> Bool {
        hasOccurrence(of: "court", in: range) || hasOccurrence(of: "appellate panel", in: range) || hasOccurrence(of: "judicial panel", in: range)
    }

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
    /// A railed caption's rail standing as a word of its own (`:`, `)`, `::`): no part of a
    /// court's name that runs across it (`IN THE SUPERIOR COURT OF` ⏎ `: PENNSYLVANIA`).
    private func isRail(_ word: Range<Int>) -> Bool {
        guard !word.isEmpty, word.count <= 4 else { return false }
        return word.allSatisfy { text[$0] == 0x3A || text[$0] == 0x29 }
    }

    private func isLineNumber(_ word: Range<Int>) -> Bool {
        guard (1...2).contains(word.count), word.allSatisfy({ ByteClass.isDigit(text[$0]) }) else { return false }
        let before = text.skipSpacesBackward(from: word.lowerBound, limit: 3)
        let after = text.skipSpaces(from: word.upperBound, limit: 3)
        guard before > 0, after < text.count else { return false }
        return ByteClass.isUpper(text[before - 1]) && ByteClass.isUpper(text[after])
            && (after + 1 >= text.count || !ByteClass.isLower(text[after + 1]))
    }
}
