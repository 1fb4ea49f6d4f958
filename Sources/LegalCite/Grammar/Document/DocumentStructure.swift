/// The document-level grammar stage: caption, signature and footnotes, and what they tell the
/// citation stages (the kind of case for bare rules, the footnote each mention stands in, the
/// filing a footnote's docket reference names).
enum DocumentStructure {
    struct Patterns: Sendable {
        let caption = CaptionReader.Patterns()
        let signature = SignatureReader.Patterns()
        let head = OpinionHeadReader.Patterns()
        let filing = try! Pattern(
            #"((?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:Order|Opinion|Memorandum|Judgment|Report\s+and\s+Recommendation))\s+(?:entered|filed|dated|issued)\s+(?:on\s+)?([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"#, requiring: ["entered", "filed", "dated", "issued"])

        /// The readers' patterns, each timed alone by `legalcite-bench` (on the whole text there,
        /// on a part of it in extraction).
        var stages: [TimedSearch] {
            [TimedSearch("pcre2: caption: district heading", caption.heading.district),
             TimedSearch("pcre2: caption: appeals heading", caption.heading.appeals),
             TimedSearch("pcre2: caption: supreme heading", caption.heading.supreme),
             TimedSearch("pcre2: caption: docket numbers", caption.docket),
             TimedSearch("pcre2: footnotes: filing", filing),
             TimedSearch("pcre2: signature: judge title", signature.judgeTitle),
             TimedSearch("pcre2: signature: short judge title", signature.shortJudgeTitle),
             TimedSearch("pcre2: signature: s/", signature.signed),
             TimedSearch("pcre2: signature: signed by name", signature.signedByName),
             TimedSearch("pcre2: signature: signed by", signature.signedBy),
             TimedSearch("pcre2: signature: day of", signature.dayOf),
             TimedSearch("pcre2: signature: dated", signature.dated),
             TimedSearch("pcre2: signature: date line", signature.dateLine),
             TimedSearch("pcre2: signature: slashed", signature.slashed),
             TimedSearch("pcre2: head: author line", head.author),
             TimedSearch("pcre2: head: inline author", head.inlineAuthor),
             TimedSearch("pcre2: head: by judge", head.byJudge),
             TimedSearch("pcre2: head: run-in author", head.runInAuthor),
             TimedSearch("pcre2: head: opinion by", head.byline),
             TimedSearch("pcre2: head: run-in opinion by", head.runInByline),
             TimedSearch("pcre2: head: run-in opinion by, name first", head.runInBylineNameFirst),
             TimedSearch("pcre2: head: opinion filed by", head.filedBy),
             TimedSearch("pcre2: head: writer after the title", head.titledRunInAuthor),
             TimedSearch("pcre2: head: writer before ¶ 1", head.beforeFirstParagraph),
             TimedSearch("pcre2: signature: place then date", signature.placeThenDate),
             TimedSearch("pcre2: head: per curiam", head.perCuriam),
             TimedSearch("pcre2: head: caption's judge", head.captionJudge),
             TimedSearch("pcre2: head: delivered", head.delivered),
             TimedSearch("pcre2: head: for the Court", head.forTheCourt),
             TimedSearch("pcre2: head: panel", head.panel),
             TimedSearch("pcre2: head: inline panel", head.inlinePanel),
             TimedSearch("pcre2: head: bench line", head.benchLine),
             TimedSearch("pcre2: head: closing panel", head.closingPanel),
             TimedSearch("pcre2: head: clerk's stamp date", head.stampDate),
             TimedSearch("pcre2: signature: J.S.C.", signature.justiceLine),
             TimedSearch("pcre2: head: labeled date", head.labeledDate),
             TimedSearch("pcre2: head: labeled m/d/y date", head.labeledSlashDate),
             TimedSearch("pcre2: head: labeled day-month date", head.labeledDayFirstDate),
             TimedSearch("pcre2: head: labeled ISO date", head.labeledISODate),
             TimedSearch("pcre2: head: date journalized", head.journalized),
             TimedSearch("pcre2: head: date line", head.dateLine),
             TimedSearch("pcre2: head: decision's day", head.decisionDay),
             TimedSearch("pcre2: head: date then label", head.dateThenLabel)]
        }
    }

    struct Result {
        let caption: Caption?
        let signature: Signature?
        let date: DocumentDate?
        let footnotes: [Footnote]
        let caseKind: RuleSetInference.CaseKind
        /// Normalized ranges of the notes, with labels, for placing mentions.
        let noteRanges: [(range: Range<Int>, label: String)]
        /// Descriptions for docket entries cited alone in a footnote, by the docket number: handed
        /// to the resolver, which gives them to the entries the text itself does not describe.
        let footnoteDescriptions: [String: String]

        func footnoteLabel(forNormalized offset: Int) -> String? {
            noteRanges.first { $0.range.contains(offset) }?.label
        }
    }

    static func read(_ text: TextView, map: OffsetMap, courts: CourtTable, patterns: Patterns, citations: [Found]) -> Result {
        let lines = Lines(text)
        let notes = FootnoteReader.read(text, lines: lines)
        let spacing = LetterSpacing.collapse(text.bytes, map: map)
        let cited = citations.map { $0.fullRange ?? $0.range }
        var caption: Caption?
        if let spacing {
            // The caption is read where letter-spaced words are joined (`S t a t e o f Alabama`,
            // `O R D E R`), and its words given back as the page spaces them.
            caption = spacing.bytes.withUnsafeBufferPointer { buffer in
                let joined = TextView(bytes: buffer)
                let read = CaptionReader(text: joined, lines: Lines(joined), patterns: patterns.caption, courts: courts,
                                         citations: cited.map { spacing.range(ofNormalized: $0) }).read()
                return read.map { spaced($0, joined: joined, text: text, spacing: spacing) }
            }
        } else {
            caption = CaptionReader(text: text, lines: lines, patterns: patterns.caption, courts: courts, citations: cited,
                                    citedCourt: ownNeutralCite(citations, lines: lines)).read()
        }
        // The judges and dates are read where a converter's letter-spaced words are joined
        // (`B R A M M E R, Presiding Judge`), through a map that still leads to the original.
        let judges: (signature: Signature?, panel: [String], date: DocumentDate?)
        if let spacing {
            judges = spacing.bytes.withUnsafeBufferPointer { buffer in
                let joined = TextView(bytes: buffer)
                return readJudges(joined, lines: Lines(joined), map: spacing.map, notes: notes.map { spacing.range(ofNormalized: $0.range) },
                                  courts: courts, patterns: patterns)
            }
        } else {
            judges = readJudges(text, lines: lines, map: map, notes: notes.map(\.range), courts: courts, patterns: patterns)
        }
        let signature = judges.signature
        // The judge's line run into a flattened title (`MEMORANDUM OPINION AND ORDER AMY J. ST. EVE`).
        if let old = caption, let title = old.title, let cut = CaptionReader.title(title, cutAtNameOf: [signature?.judge, signature?.author].compactMap { $0 }) {
            caption!.title = cut
        }
        if !judges.panel.isEmpty {
            // A head whose caption was not read still has its bench.
            if caption == nil { caption = Caption(court: nil, lowerCourt: nil, docketNumbers: [], parties: [], title: nil) }
            caption!.panel = judges.panel
        }
        let date = judges.date
        let footnotes = notes.map { note in
            Footnote(label: note.label, span: Span(map.original(note.range)), markerSpan: note.marker.map { Span(map.original($0)) })
        }
        return Result(caption: caption, signature: signature, date: date, footnotes: footnotes, caseKind: caseKind(caption, courts: courts),
                      noteRanges: notes.map { ($0.range, $0.label) },
                      footnoteDescriptions: descriptions(text, notes: notes, citations: citations, pattern: patterns.filing))
    }

    /// The court of a neutral cite on one of the first lines (`2015 IL App (1st) 141051` over an
    /// Illinois opinion, `In re Tamera W., 2012 IL App (2d) 111131` under its reporter's banner):
    /// the writing's own cite, whose state is the case's.
    private static func ownNeutralCite(_ citations: [Found], lines: Lines) -> String? {
        let head = lines.lines.lazy.filter { !$0.isBlank }.prefix(8).map(\.range)
        guard let end = head.last?.upperBound else { return nil }
        for found in citations where found.range.upperBound <= end {
            if case .fullCase(let cite) = found.citation, cite.citeType == .neutral, let court = cite.court { return court }
        }
        return nil
    }

    /// A caption read in the joined text, in the normalized text's terms: docket spans moved back,
    /// and each party's name and the title as the normalized text writes them, where they hold a
    /// joined word (`Stateof Alabama` read → `S t a t e o f Alabama` given: words spaced with no
    /// gap between them are not split back by guessing).
    private static func spaced(_ caption: Caption, joined: TextView, text: TextView, spacing: LetterSpacing) -> Caption {
        let limit = min(joined.count, 3 * CaptionReader.maximumCaption)
        func written(_ value: String) -> String {
            let wanted = Array(value.utf8)
            guard !wanted.isEmpty else { return value }
            var start = 0
            while start < limit {
                // A space of the value matches any run of white space in the text.
                var cursor = start, index = 0
                while index < wanted.count, cursor < joined.count {
                    if wanted[index] == 0x20 {
                        guard ByteClass.isSpace(joined[cursor]) else { break }
                        while cursor < joined.count, ByteClass.isSpace(joined[cursor]) { cursor += 1 }
                    } else {
                        // Any case: a name in capitals is given back title-cased (`NameCase`).
                        guard joined[cursor] | 0x20 == wanted[index] | 0x20, ByteClass.isLetter(joined[cursor]) || joined[cursor] == wanted[index] else { break }
                        cursor += 1
                    }
                    index += 1
                }
                // The first place the value was joined from (`M E M O R A N D U M`, not a site
                // line's `Memorandum Opinion filed` above it).
                let whole = (start == 0 || !ByteClass.isLetter(joined[start - 1])) && (cursor >= joined.count || !ByteClass.isLetter(joined[cursor]))
                if index == wanted.count, whole, case let range = spacing.normalized(ofRange: start..<cursor), range.count > cursor - start {
                    let spaced = text.words(range)
                    return joined.words(start..<cursor) == value ? spaced : NameCase.titleCaseIfShouting(spaced)
                }
                start += 1
            }
            return value
        }
        func spaced(_ number: Caption.DocketNumber) -> Caption.DocketNumber {
            let range = spacing.normalized(ofRange: number.span.start..<number.span.end)
            return Caption.DocketNumber(text: number.text, normalized: number.normalized, office: number.office, year: number.year, type: number.type,
                                        sequence: number.sequence, judges: number.judges, span: Span(range.lowerBound, range.upperBound))
        }
        func court(_ court: Caption.Court?) -> Caption.Court? {
            court.map { court in
                Caption.Court(name: written(court.name), id: court.id,
                              span: court.span.map { span in let range = spacing.normalized(ofRange: span.start..<span.end); return Span(range.lowerBound, range.upperBound) })
            }
        }
        var result = caption
        result.court = court(caption.court)
        result.lowerCourt = court(caption.lowerCourt)
        result.docketNumbers = caption.docketNumbers.map(spaced)
        result.lowerCourtDocketNumbers = caption.lowerCourtDocketNumbers.map(spaced)
        result.parties = caption.parties.map { Caption.Party(name: written($0.name), role: $0.role, etAl: $0.etAl) }
        result.title = caption.title.map(written)
        return result
    }

    /// The signature, the head's author, panel and date, read in `text` (whose offsets `map` leads
    /// back to the original; `notes` are the footnotes' ranges in it).
    private static func readJudges(_ text: TextView, lines: Lines, map: OffsetMap, notes: [Range<Int>], courts: CourtTable,
                                   patterns: Patterns) -> (signature: Signature?, panel: [String], date: DocumentDate?) {
        var signature = SignatureReader(text: text, patterns: patterns.signature, courtsStates: courts.stateAbbreviations)
            .read(excluding: notes + pacerHeaders(text, lines: lines))
        let signedAt = signature?.position
        // The signature's position, read in the normalized text, as an offset of the original.
        if let at = signature?.position { signature!.position = map.originalStart(at) }
        let head = OpinionHeadReader(text: text, lines: lines, patterns: patterns.head)
        let author = head.author()
        if let author {
            if signature == nil {
                signature = Signature(judge: nil, title: author.title, date: nil, place: nil)
                signature!.position = map.originalStart(author.offset)
            }
            signature!.author = author.name
            // A dating line above the author's line (`DECISION AND JOURNAL ENTRY` ⏎ `Dated: August 26,
            // 2019` ⏎ `TEODOSIO, Presiding Judge.`, Ohio) dates the head, not a signing, where no judge
            // signed: a short text's signature window reaches the head.
            if signature!.judge == nil, signature!.date != nil, let at = signedAt, at < author.offset {
                let position = signature!.position
                signature = Signature(judge: nil, title: signature!.title, date: nil, place: nil, author: author.name)
                signature!.position = position
            }
            // A signature block without its title (`/s/ X` alone) has the author's, when the
            // author signed or nobody is named.
            if signature!.title == nil, let title = author.title,
               signature!.judge.map({ $0.lowercased().hasSuffix(author.name.lowercased()) }) ?? true {
                let position = signature!.position
                signature = Signature(judge: signature!.judge, title: title, date: signature!.date, place: signature!.place, author: author.name)
                signature!.position = position
            }
            // The author line read as a signature (`SHARON JOHNSON COLEMAN UNITED STATES DISTRICT
            // JUDGE` atop a casetext page) with no date or place of signing: nobody signed. A
            // signature block at the end by the author stays (`DAVID G. HAYES, JUDGE`).
            // The same judge's fuller title from the author's line (`JOSEPH F. BIANCO, District Judge:`
            // over the docket text's `Ordered by Judge Joseph F. Bianco`).
            if let title = signature!.title, let fuller = author.title, fuller.count > title.count,
               fuller.lowercased().hasSuffix(" " + title.lowercased()),
               signature!.judge.map({ $0.lowercased() == author.name.lowercased() }) == true {
                let position = signature!.position
                signature = Signature(judge: signature!.judge, title: fuller, date: signature!.date, place: signature!.place, author: author.name)
                signature!.position = position
            }
            // A `/s/` line is a signing, whatever line the head reader took for the author's.
            let slashSigned = signedAt.map { at in
                SignatureReader.signedMarks.contains { text.has($0, at: text.skipSpaces(from: at, limit: 80)) }
            } ?? false
            if let judge = signature!.judge, judge.lowercased() == author.name.lowercased(), signature!.date == nil, signature!.place == nil,
               !slashSigned, signedAt.map({ abs($0 - author.offset) < 3000 }) ?? true {
                signature = Signature(judge: nil, title: signature!.title, date: nil, place: nil, author: author.name)
                signature!.position = map.originalStart(author.offset)
            }
        }
        return (signature, head.panel(), head.date(signature: signature))
    }

    /// `Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 4`, a court of appeals'
    /// `Case: 12-40605 Document: 00512089761 Page: 2 Date Filed: 12/19/2012`: the filing stamp of
    /// each page, whose dates are not the signature's.
    private static func pacerHeaders(_ text: TextView, lines: Lines) -> [Range<Int>] {
        lines.lines.filter { line in
            (text.has("Case ", at: line.trimmed.lowerBound) && text.words(line.trimmed).containsBytes(" Document "))
                || (text.has("Case: ", at: line.trimmed.lowerBound) && text.words(line.trimmed).containsBytes(" Document: "))
        }.map(\.range)
    }

    /// Civil or criminal, for placing bare rules in the federal sets: never in a state court's
    /// writing (`Rule 12(b)(1)` in a Delaware Chancery opinion is the court's own rule).
    private static func caseKind(_ caption: Caption?, courts: CourtTable) -> RuleSetInference.CaseKind {
        guard let caption else { return .unknown }
        if let id = caption.court?.id, let court = courts.court(id: id), !court.isFederal { return .unknown }
        // The case's own numbers first; on appeal, the court below's tell the kind as well.
        for number in caption.docketNumbers + caption.lowerCourtDocketNumbers {
            if number.type == "cv" || number.type == "civ" { return .civil }
            if number.type == "cr" { return .criminal }
        }
        // The first part of a compound role (`plaintiff-appellee`) says which side.
        let roles = Set(caption.parties.compactMap { $0.role.map { String($0.prefix { $0.isLetter }) } })
        let government = caption.parties.first { $0.role?.hasPrefix("plaintiff") == true }.map {
            ["United States", "People of", "State of", "Commonwealth", "USA"].contains(where: $0.name.contains)
        } ?? false
        if roles.contains("plaintiff") && roles.contains("defendant") && !government { return .civil }
        return .unknown
    }

    /// A note that only cites a docket entry (`See ECF No. 26.`) names the filing the sentence
    /// carrying its marker speaks of (`in an Order entered October 31, 2012, … discovery.¹`).
    private static func descriptions(_ text: TextView, notes: [FootnoteReader.Note], citations: [Found], pattern: Pattern) -> [String: String] {
        var result: [String: String] = [:]
        let data = MatchData(for: pattern)
        for note in notes {
            guard let marker = note.marker else { continue }
            let inside = citations.filter { note.range.contains($0.range.lowerBound) }
            guard inside.count == 1, case .docketEntry(let entry) = inside[0].citation, entry.description == nil else { continue }
            let from = max(0, marker.lowerBound - 400)
            var latest: String? = nil
            let slice = UnsafeBufferPointer(rebasing: text.bytes[..<marker.lowerBound])
            pattern.forEachMatch(in: slice, from: from, using: data) { match in
                latest = text.words(match.range(1)!.lowerBound..<match.range.upperBound)
            }
            if let latest { result[entry.number] = latest }
        }
        return result
    }
}
