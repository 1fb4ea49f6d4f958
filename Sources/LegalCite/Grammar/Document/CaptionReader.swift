/// Reads the caption: court heading, docket numbers, parties and title, from the head of the
/// document (everything before the first paragraph of prose).
struct CaptionReader {
    struct Patterns: Sendable {
        let heading = CourtHeading.Patterns()
        let docket = try! Pattern(DocketNumberReader.pattern, multiline: true)
    }

    static let maximumCaption = 4096

    private static let titleWords: Set<String> = [
        "ORDER", "MEMORANDUM", "OPINION", "REPORT", "FINDINGS", "JUDGMENT", "PROPOSED", "DECISION", "RULING",
        "RECOMMENDATION", "STIPULATED", "NOTICE", "FINAL", "AMENDED", "PRELIMINARY", "TEMPORARY", "PERMANENT",
        "SUPPLEMENTAL", "OMNIBUS", "DEFAULT", "CONSENT", "ORDERS",
    ]

    private static let titleAdjectives: Set<String> = ["FINAL", "AMENDED", "PRELIMINARY", "TEMPORARY", "PERMANENT", "SUPPLEMENTAL",
                                                       "OMNIBUS", "DEFAULT", "CONSENT", "STIPULATED", "PROPOSED"]

    let text: TextView
    let lines: Lines
    let patterns: Patterns
    let courts: CourtTable
    /// Where citations stand (a reporter line above an appellate caption is no party's name).
    let citations: [Range<Int>]
    /// The court of the writing's own neutral cite over its head (`2015 IL App (1st) 141051`), if any.
    var citedCourt: String? = nil

    func read() -> Caption? {
        let site = SiteHeader.read(text, lines: lines)
        let head = headLines(from: site.start)
        let caption = read(site: site, head: head)
        // A preface before the caption (a headnote, a clerk's news release: `Stephanie L. Smith v.
        // State of Maryland, No. 80, …` over its summary) ends the head at its prose, above the
        // caption itself: where the head named no party, the next head, past that prose, may.
        // Its parties only are taken: the court, docket numbers and title stay the first head's
        // (the next head may hold the court below's `Case No. CT151085X`).
        // The prose that ended the head stands alone, no line of a party's descriptor inside a
        // railed caption (`capacity as Criminal Court Clerk for the )`); no name the next head gives opens with a number or holds a month (`9th day of
        // January`: a term's date run into the names) or joins two names at a comma (`Petersen
        // Energia Inversora, S.A.U., Petersen Energia S.A.U.`).
        guard caption?.parties.isEmpty ?? true, let last = head.last, case let later = headLines(from: last + 1),
              let first = later.first, first - last <= 60,
              let after = (last + 1..<first + 1).first(where: { !lines.lines[$0].isBlank }), isProse(after) || isFlattened(lines.lines[after]),
              Lines.rail(of: lines.lines[after], in: text) == nil, !text.words(lines.lines[after].trimmed).hasSuffix(")"),
              let second = read(site: site, head: later), !second.parties.isEmpty,
              !second.parties.contains(where: { party in
                  party.name.first?.isNumber == true || Self.joinsNames(party.name)
                      || party.name.lowercased().splitOnSpaces().contains { DateWords.months.contains(String($0).trimmedASCII(",.")) && $0 != "may" }
              }) else { return caption }
        guard var result = caption else {
            return Caption(court: nil, lowerCourt: nil, docketNumbers: [], parties: second.parties, title: nil)
        }
        result.parties = second.parties
        return result
    }

    private func read(site: SiteHeader, head: [Int]) -> Caption? {
        guard let lastLine = head.last else { return nil }
        let region = lines.lines[head.first!].range.lowerBound..<lines.lines[lastLine].range.upperBound
        // Runs of consecutive head lines: a heading may span two lines, never skipped prose.
        var blocks: [Range<Int>] = []
        for index in head {
            let range = lines.lines[index].range
            if let last = blocks.last, lines.lines[index - 1].range.upperBound + 1 >= range.lowerBound,
               head.contains(index - 1) || lines.lines[index - 1].isBlank {
                blocks[blocks.count - 1] = last.lowerBound..<range.upperBound
            } else {
                blocks.append(range)
            }
        }
        // One search over the head; the heading must stand inside one block (not in skipped prose).
        // A heading after `Appeal from` names the court below.
        var heading: CourtHeading? = nil
        var lowerCourt: Caption.Court? = nil
        var searchFrom = region.lowerBound
        // Past an appellate heading the search goes on for the court below (`Appeal from the
        // United States District Court for the Eastern` ⏎ `District of Virginia, at Alexandria.`).
        while heading == nil || (lowerCourt == nil && !Self.isTrialHeading(heading!)), searchFrom < region.upperBound,
              let found = CourtHeading.read(text, within: searchFrom..<region.upperBound, patterns: patterns.heading, courts: courts) {
            if CourtNameReader.isLowerCourt(text, at: found.range.lowerBound) {
                lowerCourt = lowerCourt ?? found.court
            } else if heading == nil, blocks.contains(where: { $0.contains(found.range.lowerBound) && found.range.upperBound <= $0.upperBound }) {
                heading = found
            }
            searchFrom = found.range.upperBound
        }
        // courts-db's patterns over every line of the head that names a court, where the federal
        // heading gives no id (state courts, tribunals, a heading the patterns above miss) or
        // names an appellate court (whose lower court may be named): the earliest writer's court
        // stands unless the federal heading comes first. A district order with its heading read
        // (most of an order archive) skips them.
        let isDistrictHeading = heading.map { $0.court.id != nil && Self.isTrialHeading($0) } ?? false
        let needsNames = !isDistrictHeading
        let reader = CourtNameReader(text: text, lines: lines, courts: courts)
        let named = needsNames ? reader.read() : []
        if let writer = named.first(where: { !$0.isLowerCourt }) {
            let court = Caption.Court(name: writer.court.name, id: writer.court.id, span: nil)
            if let current = heading {
                if writer.range.upperBound <= current.range.lowerBound || (current.court.id == nil && writer.range.overlaps(current.range)) {
                    heading = CourtHeading(court: court, range: writer.range)
                }
            } else {
                heading = CourtHeading(court: court, range: writer.range)
            }
        }
        // A state court's court below sits in the same state (`Marion Superior Court` under the
        // Indiana Court of Appeals is no Georgia court of a Marion County).
        let writer = (heading?.court.id).flatMap { courts.court(id: $0) }
        if lowerCourt == nil, let below = named.first(where: { found in
            found.isLowerCourt && (writer.map { $0.isFederal || $0.location == found.court.location } ?? true)
        }) {
            lowerCourt = Caption.Court(name: below.court.name, id: below.court.id, span: nil)
        }
        // A state court's court below, named in an order courts-db's patterns do not know
        // (`Circuit Court of Fairfax County`, `Marion Superior Court`): read again with the state.
        // Read so too where only the state's court of that kind was found (`kycirct` for `APPEAL
        // FROM HARDIN CIRCUIT COURT`): the county's court (`kycircthardin`) is the court below.
        // Where the writer is not read, the state the case is of stands for the writer's.
        let state = writer.map { $0.isFederal ? "" : $0.location } ?? (lowerCourt == nil ? reader.stateOfCase(citedCourt: citedCourt) ?? "" : "")
        if lowerCourt == nil || lowerCourt?.id.map({ id in courts.court(id: id).map { $0.location == state } ?? false }) == true,
           !state.isEmpty, let below = reader.stateLowerCourt(in: state, writer: writer?.id),
           lowerCourt.map({ current in current.id.map { below.id != $0 && below.id.hasPrefix($0) } ?? false }) ?? true {
            lowerCourt = Caption.Court(name: lowerCourt?.name ?? below.name, id: below.id, span: nil)
        }
        // A court of appeals' caption may name the court below by its citation alone, beside the
        // lower docket number: `(D.C. No. CIV-95-106-BL)` ⏎ `(W.D. Okla.)`.
        if lowerCourt == nil, let writer, Self.isCircuit(writer.id) {
            lowerCourt = citedLowerCourt(in: head)
        }
        // Named down a railed caption's right-hand column, or a board or commission below
        // (`On Petition for Review of an Order of the Board of Immigration Appeals`).
        if lowerCourt == nil {
            if let below = reader.columnLowerCourt(writer: writer) ?? reader.tribunalBelow(writer: writer) {
                lowerCourt = Caption.Court(name: below.name, id: below.id, span: nil)
            }
        }
        // Named only by the label of its number (`Super. Ct. No. 18CV01618`), under a state court
        // that is not a trial court.
        if lowerCourt == nil, let writer, let heading, !Self.isTrialHeading(heading),
           let below = reader.labelledLowerCourt(writer: writer) {
            lowerCourt = Caption.Court(name: below.name, id: below.id, span: nil)
        }
        // Docket numbers in the head, and in PACER page headers anywhere.
        var dockets: [Caption.DocketNumber] = []
        var lowerDockets: [Caption.DocketNumber] = []
        var below: [(range: Range<Int>, numbers: [Caption.DocketNumber])] = []
        var docketRanges: [Range<Int>] = []
        var seen: Set<String> = []
        let data = MatchData(for: patterns.docket)
        // Only the head's blocks and the PACER stamps can hold caption docket numbers.
        let pacerLines = lines.lines.prefix(400).filter { isPacerHeader(at: $0.trimmed.lowerBound) }.map(\.range)
        for area in blocks + pacerLines {
            let slice = UnsafeBufferPointer(rebasing: text.bytes[..<area.upperBound])
            patterns.docket.forEachMatch(in: slice, from: area.lowerBound, using: data,
                                         accepting: { DocketNumberReader.isAcceptable($0, in: text, from: area.lowerBound) }) { match in
                // A number alone on its line (`Docket No. 26995-92` under a Tax Court caption) is the
                // caption's, though the docket-entry grammar reads `Docket No. 26995` as a filing.
                guard !citations.contains(where: { $0.overlaps(match.range) }) || standsAlone(match) else { return }
                guard !isUnderCourtBelowName(match.range.lowerBound, writer: heading) else {
                    return below.append((match.range, DocketNumberReader.read(text, match: match)))
                }
                docketRanges.append(match.range)
                for number in DocketNumberReader.read(text, match: match) where seen.insert(DocketNumberReader.key(number)).inserted {
                    dockets.append(number)
                }
            }
        }
        // The court below's numbers, where no number of the case's own was read (a refused match
        // gives way to a later one that may be: `DISTRICT COURT` ⏎ `Case No. 1` is read at `No.`).
        for area in blocks {
            let slice = UnsafeBufferPointer(rebasing: text.bytes[..<area.upperBound])
            patterns.docket.forEachMatch(in: slice, from: area.lowerBound, using: data,
                                         accepting: { DocketNumberReader.standing($0, in: text, from: area.lowerBound) == .courtBelow }) { match in
                guard !docketRanges.contains(where: { $0.overlaps(match.range) }),
                      !citations.contains(where: { $0.overlaps(match.range) }) else { return }
                below.append((match.range, DocketNumberReader.read(text, match: match)))
            }
        }
        for (range, numbers) in below.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            for number in numbers where !lowerDockets.contains(where: { $0.text == number.text }) { lowerDockets.append(number) }
            docketRanges.append(range)
        }
        // A head line that is nothing but a number (`2011-1476` under a Federal Circuit caption).
        for index in head {
            let range = lines.lines[index].trimmed
            guard range.count >= 6, range.count <= 24, !docketRanges.contains(where: { $0.overlaps(range) }) else { continue }
            let written = text.string(range).trimmedASCII(".")
            // `35701.` alone under `FAIR v. THE STATE.` (Georgia's old heads): five or six digits
            // closed by a period, no year, page or line number.
            let bare = text[range.upperBound - 1] == 0x2E && (5...6).contains(written.utf8.count) && written.utf8.allSatisfy(ByteClass.isDigit)
            guard written.utf8.contains(0x2D) || bare, written.utf8.filter(ByteClass.isDigit).count >= 5, !Self.isJNumber(written),
                  written.utf8.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 0x2D }),
                  !DateWords.isDateAlone(written), !CourtNameReader.isLowerCourt(text, at: range.lowerBound),
                  let number = DocketNumberReader.parse(text, range), seen.insert(DocketNumberReader.key(number)).inserted else { continue }
            dockets.append(number)
            docketRanges.append(range)
        }
        // A cell holding only a number of the shape the heading's court prints bare (California's
        // `THE PEOPLE,      B336320` in the caption's right column).
        if let writer = heading?.court.id, let isBare = DocketNumberReader.bareNumberShape(ofCourt: writer) {
            for index in head where !isFlattened(lines.lines[index]) {
                for cell in Lines.cells(of: lines.lines[index], in: text) where !docketRanges.contains(where: { $0.overlaps(cell) }) {
                    guard isBare(ArraySlice(text.bytes[cell])),
                          let number = DocketNumberReader.parse(text, cell), seen.insert(DocketNumberReader.key(number)).inserted else { continue }
                    dockets.append(number)
                    docketRanges.append(cell)
                }
            }
        }
        // A label ending its cell (`Appeal No.`, `Case No.:`) with the number in the same column
        // of the next line, past a rail (`)      01-A-01-9808-CH-00016`).
        for (position, index) in head.enumerated() where position + 1 < head.count && head[position + 1] == index + 1 {
            guard let label = Lines.cells(of: lines.lines[index], in: text).last, !isFlattened(lines.lines[index]) else { continue }
            let labelText = text.words(label)
            guard labelText.hasSuffix("No.") || labelText.hasSuffix("No.:") || labelText.hasSuffix("NO.") || labelText.hasSuffix("NO.:"),
                  labelText.split(separator: " ").count <= 3, !CourtNameReader.isLowerCourt(text, at: label.lowerBound),
                  let cell = Lines.cells(of: lines.lines[index + 1], in: text).last else { continue }
            let column = label.lowerBound - lines.lines[index].range.lowerBound
            let cellColumn = cell.lowerBound - lines.lines[index + 1].range.lowerBound
            let written = text.string(cell).trimmedASCII(".")
            guard abs(column - cellColumn) <= 6, written.utf8.count >= 4, written.utf8.count <= 32,
                  written.utf8.filter(ByteClass.isDigit).count >= 3, written.utf8.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 0x2D || $0 == 0x2F }),
                  !docketRanges.contains(where: { $0.overlaps(cell) }), !DocketNumberReader.isDate(text, cell),
                  let number = DocketNumberReader.parse(text, cell), seen.insert(DocketNumberReader.key(number)).inserted else { continue }
            dockets.append(number)
            docketRanges.append(cell)
        }
        // A number opening the line of the case's name (`A21A0259. TIMOTHY FRANZEN, INTERVENOR v.
        // CITY`, Georgia's and Louisiana's heads): digits and letters or dashes, then names in
        // capitals with a `v.` on that line or the next.
        for (position, index) in head.enumerated() {
            let line = lines.lines[index]
            guard !isFlattened(line) else { continue }
            let range = line.trimmed
            var end = range.lowerBound
            while end < range.upperBound, ByteClass.isAlphanumeric(text[end]) || text[end] == 0x2D { end += 1 }
            guard end > range.lowerBound, end < range.upperBound, !docketRanges.contains(where: { $0.overlaps(range.lowerBound..<end) }) else { continue }
            let number = range.lowerBound..<end
            let written = text.string(number)
            var rest = end
            if text[rest] == 0x2E { rest += 1 }
            guard rest < range.upperBound, text[rest] == 0x20, written.utf8.count >= 6, written.utf8.count <= 24,
                  written.utf8.filter(ByteClass.isDigit).count >= 4, ByteClass.isLetter(text[number.lowerBound]) || written.utf8.contains(0x2D),
                  written.utf8.contains(where: ByteClass.isLetter) || written.utf8.filter({ $0 == 0x2D }).count >= 2,
                  !DocketNumberReader.isDate(text, number) else { continue }
            let tail = text.words(rest..<range.upperBound)
            let nextLine = position + 1 < head.count ? text.words(lines.lines[head[position + 1]].trimmed) : ""
            guard isShouting(tail), tail.containsBytes(" v. ") || tail.hasSuffix(" v.") || nextLine.hasPrefix("v. ") || nextLine == "v." else { continue }
            guard let parsed = DocketNumberReader.parse(text, number), seen.insert(DocketNumberReader.key(parsed)).inserted else { continue }
            dockets.append(parsed)
            docketRanges.append(number.lowerBound..<rest)
        }
        // The site's own lines (Justia's `No. 4:2023cv00474`, casetext's docket line) come first.
        var siteDockets: [Caption.DocketNumber] = []
        for range in site.docketNumbers {
            for number in DocketNumberReader.readSiteLine(text, range) where seen.insert(DocketNumberReader.key(number)).inserted {
                siteDockets.append(number)
            }
            docketRanges.append(range)
        }
        dockets.sort { $0.span.start < $1.span.start }
        dockets = siteDockets + dockets
        // A caption is never longer than a few kilobytes, even flattened onto one line: the reader
        // looks no further, so a document of one huge line costs no more than a short one.
        // Only citations that touch the head can hide a party's words: the rest are not tested.
        let nearby = citations.filter {
            $0.lowerBound < min(region.upperBound, region.lowerBound + Self.maximumCaption) && $0.upperBound > region.lowerBound
        }
        var (parties, title) = partiesAndTitle(head, heading: heading?.range, dockets: docketRanges + site.removed, citations: nearby)
        if title == nil, let last = head.last { title = titleAfterHead(from: last + 1).flatMap(Self.cleanTitle) }
        // No caption of its own: the site's title names the parties (their roles unsaid).
        if parties.isEmpty, let siteTitle = site.title, let named = PartyReader.fromTitle(siteTitle) { parties = named }
        let siteCourt = site.courtCitation.flatMap { courts.court(citationString: $0) }.map { Caption.Court(name: $0.name, id: $0.id, span: nil) }
        let court = heading?.court.id == nil ? (siteCourt ?? heading?.court ?? pacerCourt()) : heading?.court
        var caption = Caption(court: court, lowerCourt: lowerCourt, docketNumbers: dockets, parties: parties, title: title)
        caption.lowerCourtDocketNumbers = lowerDockets
        return caption.isEmpty ? nil : caption
    }

    /// The head: the short lines before the first line of prose (eight or more words, most of
    /// them in lower case) that follows a caption anchor (a court, a `No.`, a party role), at most
    /// 80 lines. Prose before any anchor (docket text, a headnote) is passed over; a caption
    /// flattened onto one long line is read from that line.
    private func headLines(from start: Int) -> [Int] {
        var head: [Int] = []
        var anchored = false
        var skipped = 0
        var previousWasProse = false
        for (index, line) in lines.lines.enumerated() where index >= start && !line.isBlank {
            if head.count >= 80 { break }
            // Count words and lower-case words on the bytes; look for anchors the same way.
            var wordCount = 0, lower = 0, proseLower = 0, anchor = false
            var cursor = line.trimmed.lowerBound
            while cursor < line.trimmed.upperBound {
                while cursor < line.trimmed.upperBound && ByteClass.isSpace(text[cursor]) { cursor += 1 }
                guard cursor < line.trimmed.upperBound else { break }
                let start = cursor
                while cursor < line.trimmed.upperBound && !ByteClass.isSpace(text[cursor]) { cursor += 1 }
                wordCount += 1
                // `Howard Brown, etc., et al., defendants, Janice McCormack, etc., et al.,
                // respondents.` (New York's appellate caption): its lower-case words are the
                // caption's own (roles, `etc.`, `et al.`, `v`), no prose.
                if ByteClass.isLower(text[start]) {
                    lower += 1
                    if !Self.isCaptionLowercaseWord(text.string(start..<cursor)) { proseLower += 1 }
                }
                if !anchor, ByteClass.isUpper(text[start]) {
                    anchor = text.has("No.", at: start) || (text[start] | 0x20 == 0x63 && text.hasCaseless("court", at: start))
                        || (PartyReader.mayBeRole(UnsafeBufferPointer(rebasing: text.bytes[start..<cursor]))
                            && PartyReader.role(text.string(start..<cursor)) != nil)
                }
            }
            // A line inside a paragraph of prose before any anchor (the slip opinion's notice: `of
            // Decisions, Supreme Court of the United States, Washington,`) is that paragraph's,
            // though it names a court: six words or more, after a line of prose, ending in a comma
            // or a word in lower case.
            let lastByte = text[line.trimmed.upperBound - 1]
            let insideParagraph = !anchored && previousWasProse && wordCount >= 6 && (lastByte == 0x2C || ByteClass.isLower(lastByte))
            // A paragraph full of names past the caption (`Petitioners and plaintiffs below Roger D.
            // Campbell, …, by counsel …, appeal three orders entered on …`): one word in three in
            // lower case over sixty words or more, where a caption's line has its `and`s alone.
            let namedParagraph = anchored && wordCount >= 60 && lower * 3 >= wordCount
            let prose = wordCount >= 8 && proseLower * 2 >= wordCount || insideParagraph || namedParagraph
            previousWasProse = prose
            // A court's publication notice between its name and the caption (Florida's `Not final
            // until disposition of timely filed motion for rehearing.` under `Opinion filed …`) is
            // no prose of the writing: the caption goes on below it.
            if prose, anchored, line.trimmed.count <= 200, Self.isPublicationNotice(text.string(line.trimmed)) {
                skipped += 1
                if skipped > 12 { break }
                continue
            }
            if prose {
                if line.trimmed.count > 200 && anchor && !anchored { head.append(index); break }
                if anchored { break }
                skipped += 1
                if skipped > 12 { break }
                continue
            }
            head.append(index)
            if anchor { anchored = true }
        }
        return head
    }

    /// A title's line without the docket cite that closes it: `TO PLAINTIFFS’ REQUESTS FOR
    /// ADMISSIONS [ECF No. 42]` → `TO PLAINTIFFS’ REQUESTS FOR ADMISSIONS`.
    static func withoutClosingDocketCite(_ line: String) -> String {
        guard let last = line.last, last == "]" || last == ")", let open = line.lastIndex(of: last == "]" ? "[" : "(") else { return line }
        let inside = line[line.index(after: open)...].dropLast()
        guard ["ECF", "Doc", "Dkt", "DE ", "D.E.", "Docket"].contains(where: { inside.hasPrefix($0) }), inside.contains(where: \.isNumber) else { return line }
        return String(line[..<open]).trimmedASCII(" ")
    }

    /// How courts open the notices they print over a caption: finality, publication, revision.
    private static let publicationNoticeOpenings = [
        "not final until", "this opinion is subject to", "this opinion has not been", "this opinion has no precedential value", "this opinion is not",
        "this opinion will not be", "this decision is not", "this disposition is not", "notice:", "not for publication",
        "not to be published", "unpublished opinion", "nonprecedential", "not precedential", "memorandum decisions of this court",
    ]

    static func isPublicationNotice(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return publicationNoticeOpenings.contains { lowered.hasPrefix($0) }
    }

    /// The lower-case words only a caption line holds: `etc.,`, `et`, `al.,`, and a role in lower
    /// case set off by its comma or period (`defendants,`, `respondents.`, `plaintiff-appellant,`),
    /// not a sentence's `and` nor its `the defendants appeal`.
    static func isCaptionLowercaseWord(_ word: String) -> Bool {
        let bare = word.trimmedASCII(",.;")
        if ["etc", "et", "al"].contains(bare) { return true }
        guard let last = word.last, [",", ".", ";"].contains(last) else { return false }
        return PartyReader.role(bare.prefix(1).uppercased() + bare.dropFirst()) != nil
    }

    private func partiesAndTitle(_ head: [Int], heading: Range<Int>?, dockets: [Range<Int>],
                                 citations: [Range<Int>]) -> ([Caption.Party], String?) {
        var words: [String] = []
        var title: String? = nil
        var titleColumn: Int? = nil
        var titleCenter: Int? = nil
        var titleAfterRail = false
        var titleCell: Int? = nil
        // The line before was the court's heading: a district's or county's line goes on with it.
        var afterHeading = false
        // A role seen in a flattened caption: the run in capitals after it may be the title, in
        // whichever cell of the line it stands.
        var sawRole = false
        var lastTitleLine = -2
        func removed(_ range: Range<Int>) -> Bool {
            (heading.map { $0.overlaps(range) } ?? false) || dockets.contains { $0.overlaps(range) }
                || citations.contains { $0.overlaps(range) }
        }
        let centered = isCentered(head)
        var flattenedDone = false
        var previousShouting: Bool? = nil
        for (position, index) in head.enumerated() {
            let line = lines.lines[index]
            // Two blank lines or more, or a line of the court's heading or the publisher's
            // furniture (`FOR THE NINTH CIRCUIT`, `NOT FOR PUBLICATION`, `Filed 10/4/96`), end any
            // name in progress.
            if position > 0, index - head[position - 1] > 2, words.last != "|" { words.append("|") }
            if !isFlattened(line), isHeadingOrFurniture(text.words(line.trimmed))
                || afterHeading && isHeadingDistrictOrCounty(text.words(line.trimmed)) {
                if words.last != "|" { words.append("|") }
                afterHeading = true
                continue
            }
            afterHeading = heading.map { $0.lowerBound <= line.trimmed.lowerBound && line.trimmed.upperBound <= $0.upperBound } ?? false
            let cells = Lines.cells(of: line, in: text)
            // Below the title, a long line of one cell is the body's first line, not the caption.
            if title != nil, position > lastTitleLine, cells.count == 1, line.trimmed.count >= 60, !isFlattened(line) { break }
            let rail = Lines.rail(of: line, in: text)
            for (cellIndex, wholeCell) in cells.enumerated() {
                let cell = wholeCell.lowerBound..<min(wholeCell.upperBound, wholeCell.lowerBound + Self.maximumCaption)
                let cellText = text.words(cell)
                let column = cell.lowerBound - line.range.lowerBound
                // The title: a cell in capitals opening with ORDER, MEMORANDUM, …; continued by
                // the cells in capitals right below it.
                if title == nil, isTitle(cellText) || cells.count == 1 && !isFlattened(line) && isAlone(index) && Self.isMixedCaseTitle(cellText) {
                    // `: DECISION AND` ⏎ `John Rankin, et al., : JUDGMENT ENTRY`: a title right of a
                    // `:` rail that opens its line; the rail is no part of it.
                    titleAfterRail = cellText.hasPrefix(": ")
                    title = titleAfterRail ? String(cellText.dropFirst(2)) : cellText
                    titleColumn = column
                    titleCenter = column + cell.count / 2
                    lastTitleLine = position
                    titleCell = cellIndex
                    continue
                }
                // `M E M O R A N D U M   O P I N I O N`: the converter's wide gap between letter-spaced
                // words splits a title into cells; the next cells of its line made of title words go on with it.
                if let open = titleCell, position == lastTitleLine, cellIndex == open + 1, isShouting(cellText),
                   cellText.splitOnSpaces().allSatisfy({ Self.titleWords.contains(String($0)) || ["AND", "&", "OF", "ON"].contains($0) }) {
                    title! += " " + cellText
                    titleCell = cellIndex
                    continue
                }
                // Its continuation is the last cell right of the rail on the next line, in capitals,
                // wherever the rail stands (a copy that closed up the spaces moves it).
                if titleAfterRail, position == lastTitleLine + 1, cellIndex == cells.count - 1, cellIndex > 0,
                   text.string(line.trimmed.lowerBound..<cell.lowerBound).hasSuffix(": "), isShouting(cellText), title!.count < 200 {
                    title! += " " + cellText
                    lastTitleLine = position
                    continue
                }
                // Line numbers stripped from pleading paper shift columns, so a continuation is the
                // rightmost cell of the next line, in capitals, near the title's column or right of
                // centre, or centred under it (`RULING AND ORDER ON PLAINTIFFS’ MOTION` ⏎ `TO
                // DETERMINE SUFFICIENCY OF DEFENDANTS’ RESPONSES`); a docket cite closing the title
                // (`… FOR ADMISSIONS [ECF No. 42]`) is no part of it.
                if let column = titleColumn, position == lastTitleLine + 1, cellIndex == cells.count - 1,
                   case let cellColumn = cell.lowerBound - line.range.lowerBound,
                   abs(column - cellColumn) <= 4 || cellColumn >= 25 || titleCenter.map({ abs($0 - (cellColumn + cell.count / 2)) <= 3 }) ?? false,
                   case let continued = Self.withoutClosingDocketCite(cellText), !continued.isEmpty,
                   isShouting(continued), title!.count < 200 {
                    title! += " " + continued
                    lastTitleLine = position
                    if continued != cellText { titleColumn = nil }
                    continue
                }
                // A role alone in the right column (`CHRISTINA RAMIREZ      PLAINTIFF`) closes the
                // name on its left.
                if cellIndex > 0 || column >= 36, PartyReader.isRolePhrase(cellText)
                    || (words.last.map { PartyReader.role($0) != nil } ?? false) && PartyReader.isRoleContinuation(cellText) {
                    words.append(contentsOf: cellText.splitOnSpaces().map(String.init))
                    continue
                }
                // `v.` alone in the caption's left column.
                if cellIndex == 0, !isFlattened(line), ["v.", "v", "vs.", "vs", "versus", "-v-", "-vs-"].contains(cellText.lowercased()) {
                    words.append(PartyReader.versusLine)
                    continue
                }
                // The right column (docket, title, judge) names no party: cells right of a rail, or
                // after the first cell, or alone far to the right.
                // A caption flattened onto one line has no columns: its `:` rails only part its
                // cells (`KILOLO KIJAKAZI,1 : Acting Commissioner … : Defendant. : MEMORANDUM
                // OPINION`), all read in order.
                // Only where no wide gap parts the line (a long line of an OCR'd page is no
                // flattened caption), and up to the first date past the first cell (`… JUDGE
                // November 30, 2021 This action was brought`, `Rendered on December 5, 2017 On
                // brief:`): the body or counsel follow it.
                // Nor past the body's first sentence of prose (`… ORDE R For the reasons stated on the
                // record at a telephone hearing …`): a role the converter set after the body
                // (`… DEFENDANTS PLAINTIFF`) closes no sentence of it into a party.
                let railsOnly = isFlattened(line) && !text.words(line.trimmed).isEmpty && !hasWideGap(line.trimmed)
                if railsOnly, flattenedDone { continue }
                if let rail, cell.lowerBound > rail, !railsOnly { continue }
                if cells.count > 1 && cellIndex > 0 && !railsOnly { continue }
                if railsOnly, case let reading = flattenedReading(of: cell, dated: cellIndex > 0, versusSeen: words.contains(where: Self.isVersusWord)),
                   reading.ended || reading.pieces.count > 1 {
                    for (position, piece) in reading.pieces.enumerated() {
                        if position > 0, words.last != "|" { words.append("|") }
                        appendWords(of: piece, skipping: removed, into: &words, title: &title, sawRole: &sawRole)
                    }
                    if reading.ended { flattenedDone = true }
                    continue
                }
                if cells.count == 1 && column >= 36 && !isFlattened(line) && !centered { continue }
                // A centered caption: a line in capitals after one that is not, or the reverse (`ELTON
                // BOWERS v. STATE OF TENNESSEE` ⏎ `Direct Appeal from …`), ends the name in progress.
                if centered, cells.count == 1, cellText.contains(" "), !PartyReader.isRolePhrase(cellText) {
                    let shouting = isShouting(cellText)
                    if let previous = previousShouting, previous != shouting, words.last != "|" { words.append("|") }
                    previousShouting = shouting
                }
                // `ROANOKE DIVISION`, `WESTERN DIVISION`: part of the court's heading.
                if cellText.hasSuffix("DIVISION") && isShouting(cellText) && cellText.splitOnSpaces().count <= 4 {
                    if words.last != "|" { words.append("|") }
                    continue
                }
                appendWords(of: cell, skipping: removed, into: &words, title: &title, sawRole: &sawRole)
                // `ELTON BOWERS v. STATE OF TENNESSEE` alone on its line: the whole caption, ended.
                if cells.count == 1, !isFlattened(line), isVersusLine(cellText), words.last != "|" { words.append("|") }
            }
        }
        return (PartyReader.read(words, flattened: head.contains { isFlattened(lines.lines[$0]) }), title.flatMap(Self.cleanTitle))
    }

    /// Whether three spaces in a row stand inside `range`.
    private func hasWideGap(_ range: Range<Int>) -> Bool {
        var run = 0
        for offset in range {
            run = text[offset] == 0x20 ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// Where the first date of `cell` begins: a month's name before a day (`November 30,`), or a
    /// numeric date (`12/05/2019`).
    private func firstDate(in cell: Range<Int>) -> Int? {
        var cursor = cell.lowerBound
        var previous: (range: Range<Int>, word: String)? = nil
        while cursor < cell.upperBound {
            cursor = text.skipSpaces(from: cursor)
            guard cursor < cell.upperBound else { break }
            var end = cursor
            while end < cell.upperBound && !ByteClass.isSpace(text[end]) { end += 1 }
            let word = text.string(cursor..<end)
            if let previous, DateWords.month(previous.word, strict: true) != nil, word.first?.isNumber == true { return previous.range.lowerBound }
            if DocketNumberReader.isDate(text, cursor..<end) { return cursor }
            previous = (cursor..<end, word)
            cursor = end
        }
        return nil
    }

    /// The stretches of a flattened cell that may hold the caption's names, and whether the
    /// caption ended inside it. Past the caption's `v.` (a publisher's preface comes before it),
    /// a run of prose parts them: ten words in a row that open in lower case, from the
    /// capitalized word that opens their sentence (a run after a comma or opening with a
    /// descriptor's word, `, individually and in his official capacity as the city manager of
    /// the`, describes a party). The caption ends at the first date past the cell's start
    /// (`dated`: `… JUDGE November 30, 2021 This action was brought`) or at the decree (`IT IS SO
    /// ORDERED`): the body, counsel or the signature follow.
    private func flattenedReading(of cell: Range<Int>, dated: Bool, versusSeen: Bool) -> (pieces: [Range<Int>], ended: Bool) {
        var end = cell.upperBound
        var ended = false
        if dated, let date = firstDate(in: cell) { end = date; ended = true }
        var pieces: [Range<Int>] = []
        var pieceStart = cell.lowerBound
        var cursor = cell.lowerBound
        var runStart: Int? = nil, run = 0
        var opener: Int? = nil
        var afterVersus = versusSeen, afterComma = false, descriptor = false
        var previous: [(word: String, start: Int)] = []
        func closeRun(at wordStart: Int) {
            if run >= 10, !descriptor, let start = runStart {
                if start > pieceStart { pieces.append(pieceStart..<start) }
                pieceStart = wordStart
            }
            run = 0
        }
        while cursor < end {
            cursor = text.skipSpaces(from: cursor)
            guard cursor < end else { break }
            var wordEnd = cursor
            while wordEnd < end && !ByteClass.isSpace(text[wordEnd]) { wordEnd += 1 }
            let word = text.string(cursor..<wordEnd)
            defer {
                afterComma = word.hasSuffix(",")
                previous = Array((previous + [(word, cursor)]).suffix(3))
                cursor = wordEnd
            }
            // `IT IS SO ORDERED`, `IT IS ORDERED`: the decree; the caption ended before it.
            let bare = word.uppercased().trimmedASCII(",.:;")
            if afterVersus, bare == "ORDERED", let opening = Self.decreeOpening(previous.map { $0.word.uppercased() }) {
                let start = previous[previous.count - opening].start
                run = 0
                end = start
                ended = true
                break
            }
            if Self.isVersusWord(word) {
                afterVersus = true
                closeRun(at: cursor)
                continue
            }
            guard afterVersus else { continue }
            if ByteClass.isLower(text[cursor]) {
                if run == 0 {
                    runStart = opener ?? cursor
                    descriptor = afterComma || Self.descriptorOpeners.contains(word)
                }
                run += 1
            } else {
                closeRun(at: cursor)
                opener = ByteClass.isUpper(text[cursor]) ? cursor : nil
            }
        }
        closeRun(at: end)
        if pieceStart < end { pieces.append(pieceStart..<end) }
        return (pieces, ended)
    }

    /// How many of the words before `ORDERED` open a decree (`IT IS SO`, `IT IS`), or nil.
    private static func decreeOpening(_ before: [String]) -> Int? {
        if before.suffix(3) == ["IT", "IS", "SO"] { return 3 }
        if before.suffix(2) == ["IT", "IS"] { return 2 }
        return nil
    }

    private static let descriptorOpeners: Set<String> = ["individually", "personally", "in", "as", "a", "an", "acting", "formerly", "doing", "now"]

    private static func isVersusWord(_ word: String) -> Bool {
        word == PartyReader.versusLine || ["v.", "vs.", "v", "vs", "versus", "-v-", "-vs-"].contains(word.lowercased())
    }

    /// Whether the caption is centered on the page rather than set in a left column: a line of one
    /// cell standing at column 30 or more that is a `v.` alone (`v.`, `VERSUS`), or names in
    /// capitals on either side of a `v.` (`ELTON BOWERS v. STATE OF TENNESSEE`), or a name set off
    /// by its role in lower case before a `v.` (`State of Nebraska, appellee, v.`). Its names then
    /// stand right of the column where a two-column caption's right cells do.
    private func isCentered(_ head: [Int]) -> Bool {
        // Twice a line's centre, in bytes from its line's start.
        func centre(_ index: Int) -> Int {
            let line = lines.lines[index]
            return 2 * (line.trimmed.lowerBound - line.range.lowerBound) + line.trimmed.count
        }
        for (position, index) in head.enumerated() {
            let line = lines.lines[index]
            guard !isFlattened(line), line.trimmed.lowerBound - line.range.lowerBound >= 30, line.trimmed.count <= 80 else { continue }
            let cells = Lines.cells(of: line, in: text)
            guard cells.count == 1 else { continue }
            let cell = text.words(cells[0])
            // A `versus` centered between names in a left column (the Fifth and Eleventh Circuits'
            // `CITY OF HOOVER, ALABAMA,` under it) is no centered caption: a line beside it must
            // be centered on it too.
            if ["v.", "v", "vs.", "vs", "versus"].contains(cell.lowercased()) {
                let neighbours = [position - 1, position + 1].filter { head.indices.contains($0) }.map { head[$0] }
                if neighbours.contains(where: { abs(centre($0) - centre(index)) <= 20 && !PartyReader.isRolePhrase(text.words(lines.lines[$0].trimmed)) }) {
                    return true
                }
                continue
            }
            if isVersusLine(cell) { return true }
            if cell.hasSuffix(", v."), let comma = cell.dropLast(4).lastIndex(of: ",") {
                let word = String(cell[cell.index(after: comma)...].dropLast(4)).trimmedASCII(" ")
                if !word.contains(" "), PartyReader.role(word.prefix(1).uppercased() + word.dropFirst()) != nil { return true }
            }
        }
        return false
    }

    /// `ELTON BOWERS v. STATE OF TENNESSEE`: names in capitals on either side of a `v.`, one of
    /// them of two words or more, nothing after the second (no comma leading to a role).
    private func isVersusLine(_ cell: String) -> Bool {
        guard cell.utf8.count <= 120, let last = cell.utf8.last, ByteClass.isAlphanumeric(last) || last == 0x2E else { return false }
        for versus in [" v. ", " vs. ", " V. ", " VS. "] {
            guard let range = cell.firstRangeBytes(of: versus) else { continue }
            let before = String(cell[..<range.lowerBound]), after = String(cell[range.upperBound...])
            if isShouting(before), isShouting(after), Self.commasBeforeSuffixesOnly(after), Self.commasBeforeSuffixesOnly(before),
               before.split(separator: " ").count >= 2 || after.split(separator: " ").count >= 2 { return true }
        }
        return false
    }

    /// `CARE ONE MANAGEMENT, LLC`: a side of a `v.` line whose commas only set off a name's suffix
    /// (`LLC`, `INC.`, `N.A.`, `JR.`), never a role or a descriptor (`JOHN DOE, Appellant`).
    static func commasBeforeSuffixesOnly(_ side: String) -> Bool {
        let words = side.splitOnSpaces()
        for (position, word) in words.enumerated() where word.contains(",") {
            guard word.hasSuffix(","), word.filter({ $0 == "," }).count == 1, position + 1 < words.count,
                  PartyReader.isNameSuffix(String(words[position + 1])) else { return false }
        }
        return true
    }

    /// A federal district or bankruptcy court's heading: a trial court, which names no court below.
    /// The J-number the Pennsylvania appellate courts print atop each page (`J-S60014-18`,
    /// `J-A22036-21`): the panel's list and the case's place on it, no docket number.
    static func isJNumber(_ written: String) -> Bool {
        let bytes = Array(written.utf8)
        guard bytes.count == 11, bytes[0] == 0x4A, bytes[1] == 0x2D, ByteClass.isUpper(bytes[2]), bytes[8] == 0x2D else { return false }
        return bytes[3..<8].allSatisfy(ByteClass.isDigit) && bytes[9...].allSatisfy(ByteClass.isDigit)
    }

    private static func isTrialHeading(_ heading: CourtHeading) -> Bool {
        heading.court.name.hasPrefix("United States District Court") || heading.court.name.hasPrefix("United States Bankruptcy Court")
    }

    /// A federal court of appeals' courts-db id (`ca1` … `ca11`, `cadc`, `cafc`); not `cand` or `caeb`.
    static func isCircuit(_ id: String) -> Bool {
        guard id.hasPrefix("ca") else { return false }
        let rest = id.dropFirst(2)
        return rest == "dc" || rest == "fc" || (!rest.isEmpty && rest.allSatisfy(\.isNumber))
    }

    /// `(W.D. Okla.)` in a head line: a court courts-db knows by that citation string.
    private func citedLowerCourt(in head: [Int]) -> Caption.Court? {
        for index in head {
            let range = lines.lines[index].trimmed
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                guard text[cursor] == 0x28 else { cursor += 1; continue }
                var end = cursor + 1
                while end < range.upperBound, end - cursor < 24, text[end] != 0x29 { end += 1 }
                if end < range.upperBound, text[end] == 0x29 {
                    let inside = text.words(cursor + 1..<end)
                    if inside.contains("."), !inside.contains("No"), let court = courts.court(citationString: inside), !Self.isCircuit(court.id) {
                        return Caption.Court(name: court.name, id: court.id, span: nil)
                    }
                }
                cursor = end
            }
        }
        return nil
    }

    /// A title standing alone below the caption, where the head reader stopped early (a long
    /// party list with descriptors, the counsel lines of an appellate opinion): a line in capitals
    /// that `isTitle` accepts, with a blank line before or after it, before the body's first
    /// paragraph (a line over 200 bytes, or two lines of prose in a row).
    private func titleAfterHead(from start: Int) -> String? {
        var proseRun = 0
        // Right after the justices' lines (Illinois's `JUSTICE LIU delivered the judgment of the
        // court, with opinion.` ⏎ `Justice Neville concurred …` ⏎ `OPINION`), a title needs no blank line.
        var afterJustices = false
        for index in start..<min(lines.lines.count, start + 80) {
            let line = lines.lines[index]
            guard !line.isBlank else { proseRun = 0; continue }
            if line.trimmed.count > 200 { return nil }
            let words = text.words(line.trimmed)
            if Self.isJusticesLine(words) {
                afterJustices = true
                continue
            }
            let wordCount = words.utf8.filter { $0 == 0x20 }.count + 1
            let lower = words.splitOnSpaces().filter { $0.first?.isLowercase == true }.count
            if wordCount >= 8 && lower * 2 >= wordCount {
                proseRun += 1
                afterJustices = false
                if proseRun >= 2 { return nil }
                continue
            }
            proseRun = 0
            let blankAround = (index > 0 && lines.lines[index - 1].isBlank) || (index + 1 < lines.lines.count && lines.lines[index + 1].isBlank)
            if line.trimmed.count <= 100, blankAround || afterJustices && isTitle(words),
               isTitle(words) || isAlone(index) && Self.isMixedCaseTitle(words) { return words }
            afterJustices = false
        }
        return nil
    }

    /// A line that says which justice or judge gave the judgment and who joined or dissented
    /// (`JUSTICE ROCHFORD delivered the judgment of the court, with opinion.`, `Presiding Justice
    /// Simon dissented, with opinion.`, `Justices Lampkin and Martin concurred in the judgment.`):
    /// no body prose, though it reads like it.
    static func isJusticesLine(_ words: String) -> Bool {
        let lower = words.lowercased()
        guard lower.count <= 160, ["justice ", "justices ", "judge ", "judges "].contains(where: { lower.hasPrefix($0) || lower.containsBytes("presiding " + $0) })
        else { return false }
        return ["delivered the judgment", "delivered the opinion", "concurred in the judgment", "concurred in the opinion",
                "specially concurred", "dissented", "concurred in part"].contains(where: lower.containsBytes)
    }

    /// Months as a title in capitals writes them (`FILED NOVEMBER 13, 2018`).
    private static let capitalMonths: Set<String> = Set(DateWords.months.map { $0.uppercased() })
    /// The marks that end an author's line (`SHOGAN, J.:`, `BY JUDGE:`).
    private static let authorMarks: Set<String> = ["J.:", "JJ.:", "P.J.:", "P.J.E.:", "C.J.:", "J:", "JUDGE:", "JUSTICE:"]

    /// The title without what runs into it on the next line or in a flattened caption: a footnote
    /// marker (`MEMORANDUM *`), the judge's line (`… JUDGMENT THOMAS B. MCNAMARA, BANKRUPTCY JUDGE`,
    /// `MEMORANDUM OPINION* BY JUDGE GLEN A. HUFF SEPTEMBER 13, 2022`), a date.
    static func cleanTitle(_ title: String) -> String? {
        var words = title.splitOnSpaces().map(String.init)
        if let by = words.indices.first(where: { words[$0] == "BY" && $0 + 1 < words.count && ["JUDGE", "JUSTICE"].contains(words[$0 + 1]) }) {
            words.removeSubrange(by...)
        }
        // A filing stamp after the title's first words (`OPINION FILED 02/24/10`) or the author's
        // line (`OPINION BY KING, J.:`): no title, but the stamp's and the author's line.
        if let filed = words.firstIndex(where: { ["FILED", "FILED:", "ENTERED", "ENTERED:"].contains($0) }), filed <= 2, filed + 1 < words.count,
           words[filed + 1].first?.isNumber == true || Self.capitalMonths.contains(words[filed + 1].trimmedASCII(".,")) {
            return nil
        }
        if words.count <= 6, let last = words.last, last.hasSuffix(":"), words.contains("BY"),
           Self.authorMarks.contains(last) || words.dropLast().last?.hasSuffix(",") == true && last.hasSuffix(".:") {
            return nil
        }
        // The author's line with its filing stamp after it (Pennsylvania's `MEMORANDUM BY SHOGAN,
        // J.: FILED NOVEMBER 13, 2018`): no title either.
        if let by = words.firstIndex(of: "BY"), by <= 2,
           words[min(by + 2, words.count)..<min(by + 5, words.count)].contains(where: Self.authorMarks.contains) {
            return nil
        }
        // A date is the judge's line's, but a title may name a filing's date (`… FIRST AMENDED
        // COMPLAINT FILED FEBRUARY 11, 2022`).
        if let month = words.indices.dropFirst().first(where: { Self.capitalMonths.contains(words[$0].trimmedASCII(".,")) && $0 + 1 < words.count
                                                                && words[$0 + 1].first?.isNumber == true }),
           !["FILED", "DATED", "ENTERED", "OF"].contains(words[month - 1]) {
            words.removeSubrange(month...)
        }
        let judgeTitles: Set<String> = ["UNITED", "STATES", "U.S.", "DISTRICT", "MAGISTRATE", "BANKRUPTCY", "CIRCUIT", "CHIEF", "SENIOR", "SENIOR,"]
        if let last = words.last, ["JUDGE", "JUDGE.", "JUDGE,", "JUSTICE", "JUSTICE."].contains(last) {
            var cut = words.count - 1
            while cut > 0, judgeTitles.contains(words[cut - 1].trimmedASCII(",")) { cut -= 1 }
            var names = 0
            // `… OF THE MAGISTRATE JUDGE` is the title's own phrase, not a judge's line.
            if cut > 0, ["THE", "A"].contains(words[cut - 1]) { cut = 0 }
            // `RODOLFO A. RUIZ II, UNITED STATES DISTRICT JUDGE`: a suffix is no name of its own.
            while cut > 0, ["II", "III", "IV", "JR.", "SR.", "JR", "SR"].contains(words[cut - 1].trimmedASCII(",")) { cut -= 1 }
            while cut > 0, names < 3, !titleWords.contains(words[cut - 1].trimmedASCII(",.:")), !words[cut - 1].hasSuffix("'S"),
                  !["OF", "THE", "AND", "FOR", "ON", "TO"].contains(words[cut - 1]),
                  !["JUDGMENT", "MOTION", "DISMISS", "RECOMMENDATION", "COMPLAINT", "STAY"].contains(words[cut - 1]) {
                cut -= 1
                names += 1
            }
            if names > 0 { words.removeSubrange(cut...) }
        }
        // The body's first words in capitals (`… OF DEBT THIS MATTER came before`).
        if let opening = words.indices.dropFirst().first(where: { ["THIS", "PENDING", "BEFORE", "PRESENTLY", "CURRENTLY"].contains(words[$0])
                                                                  && $0 + 1 < words.count && ["MATTER", "CAUSE", "ACTION", "CASE", "BEFORE", "THE"].contains(words[$0 + 1]) }) {
            words.removeSubrange(opening...)
        }
        while let last = words.last, last.allSatisfy({ $0 == "*" || $0 == "†" }) || ["and", "&", "+", "-", "A", "AN", "THE", "OF", "TO", "ON", "IN", "BY"].contains(last) {
            words.removeLast()
        }
        if var last = words.popLast() {
            while last.hasSuffix("*") || last.hasSuffix("†") { last.removeLast() }
            if !last.isEmpty { words.append(last) }
        }
        let cleaned = words.joined(separator: " ").trimmedASCII(" ,")
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A title in capitals with a judge's name (the signer's, the author's) run into it after its
    /// first words: the title before the name; nil when the title holds none.
    static func title(_ title: String, cutAtNameOf judges: [String]) -> String? {
        let words = title.splitOnSpaces().map(String.init)
        guard words.count >= 3 else { return nil }
        for judge in judges {
            let name = judge.uppercased().splitOnSpaces().map(String.init)
            guard name.count >= 2, name.count < words.count else { continue }
            for start in 1...(words.count - name.count) where (0..<name.count).allSatisfy({ words[start + $0].trimmedASCII(",") == name[$0].trimmedASCII(",") }) {
                return cleanTitle(words[..<start].joined(separator: " "))
            }
        }
        return nil
    }

    /// `Entered on FLSD Docket 07/23/2008`: the court a PACER page stamp names, when courts-db
    /// knows the abbreviation as an id.
    private func pacerCourt() -> Caption.Court? {
        for line in lines.lines.prefix(200) where isPacerHeader(at: line.trimmed.lowerBound) {
            let words = text.words(line.trimmed).splitOnSpaces().map(String.init)
            guard let docket = words.firstIndex(of: "Docket"), docket >= 2, words[docket - 2] == "on" else { continue }
            let abbreviation = words[docket - 1]
            guard abbreviation.count >= 3, abbreviation.allSatisfy(\.isUppercase),
                  let court = courts.court(id: abbreviation.lowercased()) else { continue }
            return Caption.Court(name: court.name, id: court.id, span: nil)
        }
        return nil
    }

    /// `Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16`: a PACER page stamp.
    private func isPacerHeader(at offset: Int) -> Bool {
        let start = text.skipSpaces(from: offset, limit: 4)
        guard text.has("Case ", at: start) else { return false }
        return text.words(start..<text.lineEnd(from: start)).containsBytes(" Document ")
    }

    private func isFlattened(_ line: Lines.Line) -> Bool { line.trimmed.count > 200 }

    /// Whether the number at `start` stands right under the name of another court in its column
    /// (an appellate caption's `Yuma County Superior` ⏎ `Court` ⏎ `Nos. S1400CR198311801`, Minnesota's
    /// `Ramsey County District Court` ⏎ `File No. C4-05-6998`): the court below's number. Only under
    /// an appellate writer's heading, and only a name in mixed case ending in `Court` (a court's own
    /// heading in capitals over its number stays the writer's). The column is `CourtBelowColumn`'s.
    private func isUnderCourtBelowName(_ start: Int, writer: CourtHeading?) -> Bool {
        // An appellate writer's; or, where no heading names the writer, a column that says `Appeal from`.
        let appellate = writer.map { writer in ["Appeal", "Supreme", "Appellate"].contains(where: { writer.court.name.contains($0) }) }
        guard appellate ?? true else { return false }
        let lineStart = text.lineStart(before: start, limit: 400)
        let column = start - lineStart
        func cell(of line: Range<Int>) -> String {
            CourtBelowColumn.cell(text, of: line, under: column).map { text.string($0).trimmedASCII(" ,") } ?? ""
        }
        // The column's cells above, nearest last: up to three lines of a name (`Yuma County
        // Superior` ⏎ `Court`; Illinois's `Appeal from the` ⏎ `Circuit Court of` ⏎ `Cook County.`),
        // one line whose cell holds only the rail (`v.   )`) passed over.
        var cells: [String] = []
        var cursor = start
        var passedRail = false
        while cells.count < 3, let above = CourtBelowColumn.neighbour(text, of: cursor, step: -1, skippingBlank: cells.isEmpty) {
            cursor = above.lowerBound
            let value = cell(of: above)
            if value.isEmpty {
                guard cells.isEmpty, !passedRail else { break }
                passedRail = true
                continue
            }
            cells.insert(value, at: 0)
        }
        // The nearest one, two or three cells of a column, read as one name.
        func named(_ column: [String]) -> Bool {
            column.indices.contains { first in
                let name = column[first...].joined(separator: " ")
                return (appellate == true || name.hasPrefix("Appeal from")) && Self.isCourtBelowName(name)
            }
        }
        if named(cells) { return true }
        // A railed caption whose columns a copy collapsed (`) Appeal from the` ⏎ `) Circuit Court
        // of` ⏎ `JOSHUA SAUNDERS, ) Cook County.` ⏎ `)` ⏎ `) No. 18 D 7500`): the words right of
        // each line's `)` are the column.
        func rightOfRail(_ line: Range<Int>) -> String? {
            guard let rail = line.reversed().first(where: { text[$0] == 0x29 }) else { return nil }
            return text.string(rail + 1..<line.upperBound).trimmedASCII(" ,")
        }
        guard let beforeNumber = rightOfRail(lineStart..<start), beforeNumber.isEmpty || beforeNumber.hasSuffix("No") else { return false }
        var railed: [String] = []
        var empties = 0
        cursor = start
        while railed.count < 3, let above = CourtBelowColumn.neighbour(text, of: cursor, step: -1, skippingBlank: false) {
            cursor = above.lowerBound
            guard let right = rightOfRail(above) else { break }
            if right.isEmpty {
                empties += 1
                if empties > 2 || !railed.isEmpty { break }
                continue
            }
            railed.insert(right, at: 0)
        }
        return named(railed)
    }

    /// `Cook County Circuit Court`, `Circuit Court of Cook County.` (an `Appeal from the` before it
    /// passed over): a trial court's name, in words of a column; no appellate court's.
    static func isCourtBelowName(_ written: String) -> Bool {
        var name = Substring(written)
        for lead in ["Appeal from the ", "Appeal from ", "On appeal from the ", "On Appeal from the "] where name.hasPrefix(lead) {
            name = name.dropFirst(lead.count)
            break
        }
        let trimmed = String(name).trimmedASCII(" ,.")
        guard trimmed.count <= 60, trimmed.hasSuffix("Court") || trimmed.contains("Court of ") && trimmed.hasSuffix("County"),
              !trimmed.hasPrefix("In the"), trimmed.contains(where: \.isLowercase),
              ["County", "Superior", "Circuit", "District", "Trial", "Probate", "Juvenile", "Family", "Municipal"].contains(where: { trimmed.contains($0) }),
              !["Supreme", "Appeal", "Appellate"].contains(where: { trimmed.contains($0) }) else { return false }
        return true
    }

    /// A docket match that fills its line (white space before it, at most a period after it) and
    /// whose number is no filing's (a dash, a letter or five digits and more: `26995-92`, not `45`).
    private func standsAlone(_ match: Match) -> Bool {
        guard let number = match.range(1) else { return false }
        let lineStart = text.lineStart(before: match.range.lowerBound, limit: 200)
        guard text.skipSpaces(from: lineStart, limit: match.range.lowerBound - lineStart) == match.range.lowerBound else { return false }
        var end = match.range.upperBound
        if end < text.count, text[end] == 0x2E { end += 1 }
        while end < text.count, text[end] == 0x20 || text[end] == 0x09 || text[end] == 0x0D { end += 1 }
        guard end == text.count || text[end] == 0x0A else { return false }
        let digits = number.filter { ByteClass.isDigit(text[$0]) }.count
        return number.contains { text[$0] == 0x2D || ByteClass.isLetter(text[$0]) } || digits >= 5
    }

    /// A name with a comma before a word in capitals that is neither a suffix (`, Inc.`) nor a
    /// state (`, Missouri`): two names run together, or a name with what is not one.
    static func joinsNames(_ name: String) -> Bool {
        let words = name.splitOnSpaces()
        for (position, word) in words.enumerated() where word.hasSuffix(",") && position + 1 < words.count {
            let next = String(words[position + 1])
            if next.first?.isUppercase == true, !PartyReader.isNameSuffix(next), !PartyReader.isStateName(next) { return true }
        }
        return false
    }

    /// A line of prose: eight words or more, half of them opening in lower case.
    private func isProse(_ index: Int) -> Bool {
        let words = text.words(lines.lines[index].trimmed).splitOnSpaces()
        return words.count >= 8 && words.filter { $0.first?.isLowercase == true }.count * 2 >= words.count
    }

    /// Words of a court's heading in capitals (`FOR THE NINTH CIRCUIT`, `PANAMA CITY DIVISION`,
    /// `UNITED STATES COURT OF APPEALS`) or of a publisher's note (`NOT FOR PUBLICATION`,
    /// `UNPUBLISHED`, `Filed 10/4/96`, a date): never a party's.
    private func isHeadingOrFurniture(_ line: String) -> Bool {
        // `En Banc`, `(EN BANC)`: the bench's line under the court's name.
        if line.utf8.count <= 12, line.lowercased().trimmedASCII("() .") == "en banc" { return true }
        // Most lines are neither: a line with lower case that is not `Filed …` or a short date is passed at once.
        if !isShouting(line) {
            return line.hasPrefix("Filed") || (line.utf8.count <= 20 && DateWords.isDateAlone(line))
        }
        let words = line.splitOnSpaces().map { $0.trimmedASCII(",.:;*") }
        guard !words.isEmpty else { return false }
        let upper = words.map { $0.uppercased() }
        // `OPINION OF THE COURT` (the Third Circuit's) is the writing's title, not the court's heading.
        if isShouting(line), upper.contains(where: { ["COURT", "CIRCUIT", "APPEALS", "DIVISION", "DEPARTMENT"].contains($0) }),
           upper.first != "IN" || upper.contains("COURT"), !Self.strongTitleWords.contains(upper[0]), !upper.contains(where: { ["PLAINTIFF", "DEFENDANT", "PETITIONER", "RESPONDENT", "APPELLANT", "APPELLEE", "V", "VS"].contains($0) }) {
            // `DEPARTMENT OF CORRECTIONS,` is a party: a heading has no comma at its end.
            return !line.hasSuffix(",") && (!upper.contains("OF") || upper.contains("COURT") || upper.contains("CIRCUIT") || upper.last == "DIVISION")
        }
        let joined = upper.joined(separator: " ")
        for note in ["NOT FOR PUBLICATION", "UNPUBLISHED", "PUBLISHED", "NOT PRECEDENTIAL", "PRECEDENTIAL", "NOT FINAL UNTIL", "FILED",
                     "CERTIFIED FOR PUBLICATION", "NOT TO BE PUBLISHED", "DO NOT PUBLISH", "NONPRECEDENTIAL", "NON-PRECEDENTIAL"] where joined.hasPrefix(note) {
            return true
        }
        // The notice over a South Carolina caption (`THIS OPINION HAS NO PRECEDENTIAL VALUE. IT SHOULD NOT BE CITED …`).
        if Self.isPublicationNotice(line) { return true }
        return DateWords.isDateAlone(line)
    }

    /// `FOURTH APPELLATE DISTRICT`, `FIRST JUDICIAL DISTRICT`, `PICKAWAY COUNTY`: a line in
    /// capitals of a court's district or county, read as heading only right under the heading
    /// (a name may run onto a line `JEFFERSON COUNTY` of its own).
    private func isHeadingDistrictOrCounty(_ line: String) -> Bool {
        guard isShouting(line), !line.hasSuffix(","), !line.hasSuffix(";") else { return false }
        let words = line.splitOnSpaces().map { $0.trimmedASCII(".:") }
        // The whole line is the district's words (not `)ss: NINTH JUDICIAL DISTRICT` right of a venue's rail).
        guard (2...4).contains(words.count), let last = words.last, last == "DISTRICT" || last == "COUNTY",
              words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        return !words.contains(where: { PartyReader.role($0) != nil || ["V", "VS", "OF", "AND", "&"].contains($0) })
    }

    /// Adds a cell's words; removed ranges (heading, docket numbers) become `|`. In a flattened
    /// caption the title is the run of words in capitals after the last role.
    private func appendWords(of cell: Range<Int>, skipping removed: (Range<Int>) -> Bool, into words: inout [String], title: inout String?,
                             sawRole: inout Bool) {
        var cursor = cell.lowerBound
        var titleRun: [String] = []
        // A run opened before any role (`DELBERT J. SMITH, 13 14 ORDER GRANTING … Plaintiff,`): the
        // parties' words go on after it.
        var runBeforeRole = false
        var previous = ""
        func endRun() {
            // Opened before any role, a title is two words or more (`OPINION NOT REPORTED` is a note).
            // `MEMORANDUM DECISION - NOT FOR PUBLICATION`: the note is no part of the title;
            // `OPINION NOT REPORTED` is a note, no title.
            if let note = titleRun.indices.first(where: { titleRun[$0] == "NOT" && $0 + 1 < titleRun.count
                                                           && ["FOR", "REPORTED", "PRECEDENTIAL", "TO", "FINAL"].contains(titleRun[$0 + 1]) }) {
                titleRun.removeSubrange(note...)
                while titleRun.last == "-" { titleRun.removeLast() }
                if titleRun.count < 2 { titleRun = []; return }
            }
            if runBeforeRole, titleRun.count < 2 { titleRun = []; return }
            if title == nil, titleRun.contains(where: { Self.titleWords.contains(String($0.trimmingASCII(",.:*"))) }),
               isTitle(titleRun.joined(separator: " ")) {
                title = titleRun.joined(separator: " ")
            }
            titleRun = []
        }
        while cursor < cell.upperBound {
            cursor = text.skipSpaces(from: cursor)
            guard cursor < cell.upperBound else { break }
            var end = cursor
            while end < cell.upperBound && !ByteClass.isSpace(text[end]) { end += 1 }
            var word = text.string(cursor..<end)
            // `lllllllllllllllllllllPlaintiff - Appellee`: a converter's leader of `l`s glued to the role.
            if word.hasPrefix("lllll"), let first = word.firstIndex(where: { $0 != "l" }) { word = String(word[first...]) }
            defer { previous = word }
            if removed(cursor..<end) {
                // `Defendant-Appellant.No. 3-08-0994`: a docket number glued by a copy's converter
                // after the role's period; the role before it is the caption's.
                let bytes = Array(word.utf8)
                if bytes.count > 7, let dot = (3..<(bytes.count - 3)).first(where: { bytes[$0] == 0x2E && bytes[$0 + 1] == 0x4E
                                                                                  && bytes[$0 + 2] | 0x20 == 0x6F && bytes[$0 + 3] == 0x2E }),
                   !removed(cursor..<(cursor + dot + 1)), case let role = String(decoding: bytes[...dot], as: UTF8.self),
                   PartyReader.role(role) != nil {
                    words.append(role)
                }
                if words.last != "|" { words.append("|") }
            } else if title == nil, !titleRun.isEmpty, isTitleRunWord(word, at: end, in: cell) {
                titleRun.append(word)
            } else if title == nil, titleRun.isEmpty, Self.titleWords.contains(String(word.trimmingASCII(",.:*"))), isShouting(word),
                      !["THE", "OF", "FROM", "A", "AN", "TO", "FOR", "ON", "THIS"].contains(previous),
                      // `DEPARTMENT A MEMORANDUM DECISION`: not from the middle of a title refused.
                      !Self.titleWords.contains(String(previous.trimmingASCII(",.:*"))),
                      sawRole || (Self.strongTitleWords.contains(String(word.trimmingASCII(",.:*"))) && titleRunLength(from: end, in: cell) >= 2) {
                runBeforeRole = !sawRole
                titleRun.append(word)
            } else if !titleRun.isEmpty && !runBeforeRole && (title != nil || !isTitle(titleRun.joined(separator: " "))) {
                break  // the title ended; prose follows
            } else {
                // A title run into the caption by a converter, after the roles (`…, Plaintiff, v.
                // ORDER 14 CALIFORNIA DEPARTMENT …, Defendants.`) or before them: the caption goes
                // on after it.
                if !titleRun.isEmpty {
                    let afterRole = !runBeforeRole
                    endRun()
                    runBeforeRole = false
                    if afterRole, words.last != "|" { words.append("|") }
                }
                // `Michael Sanchez and` ⏎ `North Charleston Police Department,`: two parties.
                let lineFinal = text.skipSpaces(from: end, limit: 3) >= cell.upperBound
                words.append(word == "and" && lineFinal && !words.isEmpty ? PartyReader.joiner : word)
                if PartyReader.role(word) != nil { sawRole = true }
            }
            cursor = end
        }
        // The run stands for a title only where it opens like one (`MEMORANDUM OPINION`, not
        // `OPINION NOT REPORTED`).
        if !titleRun.isEmpty { endRun() }
    }

    /// Whether blank lines stand above and below line `index` (a paragraph of one line).
    private func isAlone(_ index: Int) -> Bool {
        index > 0 && lines.lines[index - 1].isBlank && (index + 1 >= lines.lines.count || lines.lines[index + 1].isBlank)
    }

    /// A title in mixed case (`Memorandum Decision`, `Memorandum and Order On Plaintiff's Motion for a
    /// Preliminary Injunction`, `Order Granting Motion to Dismiss`): two to sixteen words, the first
    /// a document's noun, the second another title word, a joiner or a verb in -ing (so `Opinion
    /// Summary`, a site's furniture, and `Opinion of the Court`, a heading, are none), every word
    /// capitalized but the small ones, no digits, no closing period.
    static func isMixedCaseTitle(_ line: String) -> Bool {
        let words = line.splitOnSpaces().map(String.init)
        guard (2...16).contains(words.count), !line.hasSuffix("."), !line.hasSuffix(":"), !line.hasSuffix(","),
              !line.utf8.contains(where: ByteClass.isDigit), !line.utf8.allSatisfy({ !ByteClass.isLower($0) }) else { return false }
        let nouns: Set<String> = ["Memorandum", "Order", "Opinion", "Decision", "Judgment", "Ruling", "Report", "Findings"]
        guard nouns.contains(words[0]) else { return false }
        let small: Set<String> = ["and", "of", "on", "for", "a", "an", "the", "to", "in", "re", "re:", "with", "or", "by", "as", "&", "+", "upon", "from"]
        let second = words[1]
        guard titleWords.contains(second.uppercased()) || ["and", "&", "+", "on", "re", "re:", "regarding", "of", "upon"].contains(second.lowercased())
                || second.hasSuffix("ing") && second.first?.isUppercase == true else { return false }
        if words.count >= 4, words[1].lowercased() == "of", words[2].lowercased() == "the", words[3].hasPrefix("Court") { return false }
        return words.allSatisfy { word in
            small.contains(word) || word.first.map { $0.isUppercase || $0 == "(" || $0 == "\u{201C}" || $0 == "\"" } ?? false
        }
    }

    /// Title words that open a title before any role is seen in a flattened caption.
    private static let strongTitleWords: Set<String> = ["ORDER", "MEMORANDUM", "OPINION", "REPORT", "FINDINGS", "JUDGMENT", "DECISION", "RULING"]

    /// A word that goes on with a title run in capitals: a word in capitals, a short one (`ON`,
    /// `IN`, `OF`, `RE`, `[036]`), a connector before one in capitals (`ORDER and MAGISTRATE
    /// JUDGE'S …`, `DECISION + ORDER`).
    private func isTitleRunWord(_ word: String, at end: Int, in cell: Range<Int>) -> Bool {
        // A docket cite (`(ECF No. 21)`, `(DOCKET ENTRY # 90)`) or a publication note after the
        // title is no part of it.
        if word.hasPrefix("(") || word.hasSuffix(";") { return false }
        // `MEMORANDUM OPINION I. INTRODUCTION`: the body's first heading, numbered.
        if word.count >= 2, word.hasSuffix("."), word.dropLast().allSatisfy({ "IVX".contains($0) }) { return false }
        // The author's line run in after the title (`OPINION AND ORDER SMITH, Senior Judge This bid
        // protest …`): a name closed by a comma before a judge's title ends the title.
        if word.hasSuffix(","), case let next = text.skipSpaces(from: end), next < cell.upperBound {
            var nextEnd = next
            while nextEnd < cell.upperBound && !ByteClass.isSpace(text[nextEnd]) { nextEnd += 1 }
            let following = text.string(next..<nextEnd).trimmedASCII(",.:")
            if ["Judge", "JUDGE", "Senior", "SENIOR", "Chief", "CHIEF", "Circuit", "CIRCUIT", "District", "DISTRICT", "Magistrate", "MAGISTRATE",
                "Bankruptcy", "BANKRUPTCY", "J", "C.J", "P.J", "Justice", "JUSTICE"].contains(following) { return false }
        }
        if isShouting(word) { return true }
        let letters = word.utf8.filter(ByteClass.isLetter)
        if letters.isEmpty { return ["&", "+", "-"].contains(word) || (word.hasPrefix("[") && word.hasSuffix("]")) }
        if letters.count <= 2, letters.allSatisfy(ByteClass.isUpper) { return true }
        if word == "and" || word == "&" {
            let next = text.skipSpaces(from: end)
            var nextEnd = next
            while nextEnd < cell.upperBound && !ByteClass.isSpace(text[nextEnd]) { nextEnd += 1 }
            return next < cell.upperBound && isShouting(text.string(next..<nextEnd))
        }
        return false
    }

    /// How many words in capitals follow `end` in the cell (up to three).
    private func titleRunLength(from end: Int, in cell: Range<Int>) -> Int {
        var count = 1, cursor = end
        while count < 3 {
            cursor = text.skipSpaces(from: cursor)
            guard cursor < cell.upperBound else { break }
            var wordEnd = cursor
            while wordEnd < cell.upperBound && !ByteClass.isSpace(text[wordEnd]) { wordEnd += 1 }
            guard isShouting(text.string(cursor..<wordEnd)) else { break }
            count += 1
            cursor = wordEnd
        }
        return count
    }

    /// `ORDER`, `MEMORANDUM AND ORDER`, `SCREENING ORDER`: a short cell in capitals with a title
    /// word among its first four words.
    private func isTitle(_ cell: String) -> Bool {
        guard isShouting(cell) else { return false }
        guard cell.utf8.lazy.filter({ $0 == 0x20 }).count < 30 else { return false }
        // `O R D E R`: a title word spaced out letter by letter.
        if cell.utf8.count <= 40, cell.utf8.count >= 7, cell.utf8.enumerated().allSatisfy({ $0.offset % 2 == 0 ? ByteClass.isUpper($0.element) : $0.element == 0x20 }) {
            return Self.titleWords.contains(String(cell.filter { $0 != " " }))
        }
        let words = cell.splitOnSpaces(maxSplits: 6)
        let opening = words.prefix(4).map { String($0.trimmingASCII(",.:*")) }
        guard let first = opening.firstIndex(where: Self.titleWords.contains) else { return false }
        // Publication notes (tested last: most cells never get here).
        for note in ["NOT REPORTED", "NOT FOR PUBLICATION", "UNPUBLISHED", "NOT PRECEDENTIAL", "NOT FINAL", "NONPRECEDENTIAL", "NON-PRECEDENTIAL"]
        where cell.containsBytes(note) { return false }
        // A court's notice in capitals over its caption (`THIS OPINION HAS NO PRECEDENTIAL VALUE. IT
        // SHOULD NOT BE CITED …`, South Carolina) names the writing without being its title.
        if Self.isPublicationNotice(cell) { return false }
        // `FINAL`, `AMENDED`, `PRELIMINARY` open a title only before one of its nouns.
        if Self.titleAdjectives.contains(opening[first]) {
            return words.prefix(6).map { String($0.trimmingASCII(",.:*")) }.dropFirst(first + 1).contains(where: { Self.titleWords.contains($0) && !Self.titleAdjectives.contains($0) })
        }
        return true
    }

    /// Four in five letters are capitals (ASCII letters; other scripts do not count).
    private func isShouting(_ text: String) -> Bool {
        var letters = 0, capitals = 0
        for byte in text.utf8 where ByteClass.isLetter(byte) {
            letters += 1
            if ByteClass.isUpper(byte) { capitals += 1 }
        }
        return letters >= 3 && capitals * 10 >= letters * 8
    }
}
