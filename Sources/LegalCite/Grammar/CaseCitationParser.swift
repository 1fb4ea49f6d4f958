/// Reporter cites, full and short: the reporter trie's tokens, read by `CaseCitationParser`.
struct CaseCitationRecognizer: CitationForm {
    let scanner: ReporterScanner
    let courts: CourtTable

    init(tables: ReferenceTables) {
        scanner = ReporterScanner(table: tables.reporters)
        courts = tables.courts
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        found.append(contentsOf: CaseCitationParser(text: text, reporters: scanner.table, courts: courts)
            .parse(scanner.scan(text.bytes)))
    }

    var stages: [TimedSearch] { [TimedSearch("scan: reporter trie") { [scanner] in scanner.scan($0).count }] }
}

/// Turns reporter tokens into full and short case citations: pins, parallel cites, the court and
/// year parenthetical, the explanatory parenthetical and the case name.
struct CaseCitationParser {
    let text: TextView
    let reporters: ReporterTable
    let courts: CourtTable

    func parse(_ tokens: [ReporterScanner.Token]) -> [Found] {
        var found: [Found] = []
        var group = 0
        var index = 0
        var covered = 0  // where the last citation ended: a token starting before it is inside it
        while index < tokens.count {
            let token = tokens[index]
            if token.volume.lowerBound < covered {
                index += 1
                continue
            }
            guard token.page != nil else {
                if var short = shortCite(token) {
                    // `Newbold, 105 Idaho at 667, 672 P2d at 235`: a parallel short cite is named
                    // like the one it follows.
                    if case .shortCase(let citation) = short.citation, citation.name == nil, let last = found.last,
                       case .shortCase(let previous) = last.citation, previous.name != nil,
                       onlyComma(last.range.upperBound..<token.volume.lowerBound) {
                        short = Found(citation: .shortCase(ShortCaseCitation(volume: citation.volume, reporter: citation.reporter,
                                                                             reporterAsWritten: citation.reporterAsWritten,
                                                                             pin: citation.pin, name: previous.name)),
                                      range: short.range, fullRange: short.fullRange)
                    }
                    found.append(short)
                    covered = short.range.upperBound
                }
                index += 1
                continue
            }
            // Collect the parallel cites: full cites separated only by `, `.
            var members: [(token: ReporterScanner.Token, end: Int, pin: Range<Int>?)] = []
            var cursor = index
            while cursor < tokens.count, let page = tokens[cursor].page {
                let member = tokens[cursor]
                if let previous = members.last {
                    if member.volume.lowerBound < previous.end { cursor += 1; continue }
                    // `1 U.S. 1, 4 [92 Cal.Rptr.3d 784]`: California's bracketed parallel is one too.
                    if !onlyComma(previous.end..<member.volume.lowerBound) && !opensBracket(previous.end..<member.volume.lowerBound) { break }
                }
                var end = page.upperBound
                var pin: Range<Int>? = nil
                let nextVolume = cursor + 1 < tokens.count ? tokens[cursor + 1].volume.lowerBound : nil
                if let range = PinCite.after(text, end: end, unless: nextVolume) {
                    pin = range
                    end = range.upperBound
                }
                members.append((member, end, pin))
                cursor += 1
            }
            index = cursor
            var last = members[members.count - 1].end
            // Past the `]` closing a bracketed parallel, to the parenthetical after it.
            if members.count > 1, text[last] == 0x5D, opensBracket(members[members.count - 2].end..<members[members.count - 1].token.volume.lowerBound) {
                last += 1
            }
            covered = last
            let parenthetical = CourtParenthetical.read(text, at: last)
            var explanation: String? = nil
            var closing = parenthetical?.range.upperBound ?? last
            if let parenthetical {
                let open = text.skipSpaces(from: parenthetical.range.upperBound, limit: 3)
                if text[open] == 0x28, let close = Balanced.closing(text, open: open, limit: 2000) {
                    explanation = text.words(open + 1..<close)
                }
                closing = parenthetical.range.upperBound
            }
            let name = CaseNameFinder.find(before: members[0].token.volume.lowerBound, in: text)
            let courtFromText = parenthetical?.courtText.flatMap { courts.court(citationPrefix: $0)?.id }
            let fullRange = (name?.start ?? members[0].token.volume.lowerBound)..<closing
            for member in members {
                let token = member.token
                let edition = reporters.edition(forSpelling: token.spelling, year: parenthetical?.year ?? name?.year)
                let page = text.string(token.page!)
                let pin = member.pin.map { text.words($0) }
                let range = token.volume.lowerBound..<member.end
                if edition.citeType == .legSession || edition.citeType == .adminRegister {
                    // `94 Stat. 3305`, `82 Fed. Reg. 13,209`: a compilation's volume and page.
                    let law = LawCitation(lawKind: edition.citeType == .legSession ? .sessionLaw : .register, code: edition.name, title: text.string(token.volume), section: page,
                                          subsection: nil, jurisdiction: nil, etSeq: false)
                    found.append(Found(citation: law.citation, range: range))
                    continue
                }
                if edition.isJournal {
                    found.append(Found(citation: .journal(JournalCitation(
                        volume: text.string(token.volume), journal: edition.name,
                        journalAsWritten: text.words(token.reporter), page: page, pin: pin,
                        year: parenthetical?.year)), range: range))
                    continue
                }
                var citation = CaseCitation(
                    volume: text.string(token.volume), reporter: edition.name,
                    reporterAsWritten: text.words(token.reporter),
                    page: page.first == "_" || page.first == "-" ? nil : page, pin: pin,
                    year: parenthetical?.year ?? name?.year, court: courtFromText ?? edition.court,
                    plaintiff: name?.plaintiff, defendant: name?.defendant, caseName: name?.name,
                    parenthetical: explanation, citeType: edition.citeType, parallelGroup: group)
                citation.courtHistory = parenthetical?.history ?? []
                found.append(Found(citation: .fullCase(citation), range: range, fullRange: fullRange))
            }
            group += 1
        }
        return found
    }

    /// ` [` or `, [` between two cites: the second is a bracketed parallel.
    private func opensBracket(_ range: Range<Int>) -> Bool {
        var brackets = 0
        for index in range {
            let byte = text[index]
            if byte == 0x5B { brackets += 1 } else if byte != 0x2C && !ByteClass.isSpace(byte) { return false }
        }
        return brackets == 1 && text[range.upperBound - 1] == 0x5B
    }

    private func onlyComma(_ range: Range<Int>) -> Bool {
        var commas = 0
        for index in range {
            let byte = text[index]
            if byte == 0x2C { commas += 1 } else if !ByteClass.isSpace(byte) { return false }
        }
        return commas == 1
    }

    /// `Iqbal, 556 U.S. at 678`: the name is the words before the comma.
    private func shortCite(_ token: ReporterScanner.Token) -> Found? {
        guard let pin = PinCite.read(text, at: token.end) else { return nil }
        let edition = reporters.edition(forSpelling: token.spelling, year: nil)
        let name = ShortName.read(before: token.volume.lowerBound, in: text)
        let citation = ShortCaseCitation(volume: text.string(token.volume), reporter: edition.name,
                                         reporterAsWritten: text.words(token.reporter),
                                         pin: text.words(pin), name: name?.text)
        return Found(citation: .shortCase(citation), range: token.volume.lowerBound..<pin.upperBound,
                     fullRange: (name?.start ?? token.volume.lowerBound)..<pin.upperBound)
    }
}

/// The antecedent name of a short form: `Iqbal` in `Iqbal, 556 U.S. at 678`, `Twombly` in
/// `Twombly, supra`. One to four capitalized words before a comma; signals dropped.
enum ShortName {
    static func read(before end: Int, in text: TextView, requireComma: Bool = true) -> (text: String, start: Int)? {
        var cursor = text.skipSpacesBackward(from: end, limit: 3)
        if text[cursor - 1] == 0x2C { cursor -= 1 } else if requireComma { return nil }
        // `Kaiser Foundation, supra, 13 Cal.App.5th at 1146`: the name before the `supra`.
        if requireComma, cursor >= 5, text.has("supra", at: cursor - 5) {
            cursor = text.skipSpacesBackward(from: cursor - 5, limit: 2)
            if text[cursor - 1] == 0x2C { cursor -= 1 }
        }
        var words: [(String, Int)] = []
        while words.count < 4 {
            let start = text.wordStart(endingAt: cursor)
            guard start < cursor else { break }
            var word = text.string(start..<cursor)
            // `(Newbold, 105 Idaho at 667`: the name opens after the parenthesis.
            let opens = word.utf8.first == 0x28 || word.utf8.first == 0x5B
            if opens { word.removeFirst() }
            guard let first = word.unicodeScalars.first else { break }
            let isName = first.properties.isUppercase || word == "v." || word == "of" || word == "&"
            if !isName || word.utf8.contains { ByteClass.isNameBreak($0) || $0 == 0x2C } { break }
            if ["See", "Cf.", "But", "Accord", "Compare", "Also", "In", "And"].contains(word) { break }
            words.append((word, opens ? start + 1 : start))
            if opens { break }
            cursor = text.skipSpacesBackward(from: start, limit: 3)
            if word.hasSuffix(".") && word.count > 6 { break }
        }
        // `the case of Foo v. Bar, supra`: the name opens at its first capitalized word.
        while let last = words.last, last.0.first?.isLowercase == true { words.removeLast() }
        guard let first = words.last else { return nil }
        return (words.reversed().map(\.0).joined(separator: " "), first.1)
    }
}

extension CaseCitation: CitationKind {
    var kind: String { "case" }
    static let precedence = 0

    func encodeFields(_ json: inout JSONWriter) {
        json.field("volume", volume)
        json.field("reporter", reporter)
        json.field("reporter_as_written", reporterAsWritten)
        json.field("page", page)
        json.field("pin", pin)
        json.field("year", year)
        json.field("court", court)
        json.field("plaintiff", plaintiff)
        json.field("defendant", defendant)
        json.field("name", caseName)
        json.field("parenthetical", parenthetical)
        json.field("cite_type", citeType.rawValue)
    }
}

extension ShortCaseCitation: CitationKind {
    var kind: String { "short_case" }
    static let precedence = 0

    func encodeFields(_ json: inout JSONWriter) {
        json.field("volume", volume)
        json.field("reporter", reporter)
        json.field("reporter_as_written", reporterAsWritten)
        json.field("pin", pin)
        json.field("name", name)
    }
}

extension JournalCitation: CitationKind {
    var kind: String { "journal" }
    static let precedence = 0

    var authority: Authority? {
        let cite = "\(volume) \(journal) \(page)"
        return .journal(cite: cite, year: year)
    }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("volume", volume)
        json.field("journal", journal)
        json.field("journal_as_written", journalAsWritten)
        json.field("page", page)
        json.field("pin", pin)
        json.field("year", year)
    }
}
