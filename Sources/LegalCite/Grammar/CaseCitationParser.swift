/// Reporter cites, full and short: the reporter trie's tokens, read by `CaseCitationParser`.
struct CaseCitationRecognizer: CitationForm {
    let scanner: ReporterScanner
    let courts: CourtTable
    /// Looseleaf services cited by paragraph with no volume: `Bankr. L. Rep. (CCH) ¶ 67,488`.
    let looseleaf: Pattern
    /// Their editions, by spelling without white space.
    let looseleafEditions: [String: ReporterTable.Edition]
    /// Louisiana's public-domain cite of its courts of appeal, reporters-db's `full_cite_louisiana`:
    /// `2009 1359R (La.App. 1 Cir. 05/10/10)`, `2009-1359 (La. App. 1 Cir. 5/10/10)`.
    let louisiana: Pattern
    let louisianaEditions: [String: ReporterTable.Edition]

    init(tables: ReferenceTables) throws {
        scanner = ReporterScanner(table: tables.reporters)
        courts = tables.courts
        let table = tables.reporters
        var editions: [String: ReporterTable.Edition] = [:]
        var spellings: [String] = []
        for (index, spelling) in table.spellings.enumerated() {
            guard let edition = table.candidates[index].first(where: { table.editions[$0].byParagraph }) else { continue }
            editions[Self.key(spelling)] = table.editions[edition]
            spellings.append(spelling)
        }
        looseleafEditions = editions
        var circuits: [String: ReporterTable.Edition] = [:]
        for (index, spelling) in table.spellings.enumerated() {
            for candidate in table.candidates[index] where table.editions[candidate].name.hasPrefix("La.App. ")
                && table.editions[candidate].name.hasSuffix(" Cir.") {
                circuits[Self.key(spelling)] = table.editions[candidate]
            }
        }
        louisianaEditions = circuits
        let circuitNumbers = Set(circuits.keys.compactMap { $0.first(where: \.isNumber) }).sorted().map(String.init).joined()
        louisiana = try Pattern(#"(?<![\w-])(\d{4})[- ](\d{2,5}[A-Z]?) \((La\.\s?App\.\s?["# + circuitNumbers + #"]\s?Cir\.) (\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\)"#,
                                requiring: ["La."])
        let alternatives = spellings.sorted { $0.utf8.count > $1.utf8.count }.map { spelling in
            spelling.split(separator: " ").map { word in
                word.map { "\\.^$|?*+()[]{}".contains($0) ? "\\\($0)" : String($0) }.joined()
            }.joined(separator: #"\s*"#)
        }
        // The paragraph: `¶ 67,488`, `P12,345`, `par. 78,056`, `P 80679`.
        looseleaf = try Pattern(#"(?<![\w.])("# + alternatives.joined(separator: "|") + #")\s*(?:¶|P|par\.)\s?(\d{1,3},\d{3}|\d{4,6})(?![\w,])"#,
                                requiring: ["Rep", "Add."])
    }

    private static func key(_ spelling: String) -> String { spelling.filter { !$0.isWhitespace } }

    func recognize(_ text: TextView, into found: inout [Found]) {
        let parser = CaseCitationParser(text: text, reporters: scanner.table, courts: courts)
        found.append(contentsOf: parser.parse(scanner.scan(text.bytes)))
        looseleaf.forEachMatch(in: text.bytes, from: 0) { match in
            guard let reporter = match.range(1), let page = match.range(2),
                  let edition = looseleafEditions[Self.key(text.string(reporter))] else { return }
            found.append(parser.paragraphCite(edition: edition, reporter: reporter, page: page, end: match.range.upperBound))
        }
        louisiana.forEachMatch(in: text.bytes, from: 0) { match in
            guard let volume = match.range(1), let page = match.range(2), let reporter = match.range(3), let year = match.range(6),
                  let edition = louisianaEditions[Self.key(text.string(reporter))] else { return }
            found.append(parser.louisianaCite(edition: edition, volume: volume, page: page, reporter: reporter, year: year,
                                              end: match.range.upperBound, found: found))
        }
    }

    var stages: [TimedSearch] {
        [TimedSearch("scan: reporter trie") { [scanner] in scanner.scan($0).count }, TimedSearch("pcre2: looseleaf", looseleaf)]
    }
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
                    if !onlyComma(previous.end..<member.volume.lowerBound) && !opensBracket(previous.end..<member.volume.lowerBound)
                        && !(opensParenthesis(previous.end..<member.volume.lowerBound) && text[page.upperBound] == 0x29)
                        && !michiganParallel(previous.token, member, between: previous.end..<member.volume.lowerBound) { break }
                }
                var end = page.upperBound
                var pin: Range<Int>? = nil
                let nextVolume = cursor + 1 < tokens.count ? tokens[cursor + 1].volume.lowerBound : nil
                // A blank volume has no pages to pin but a blank one: `___ Pa. ___, ___, 232 A.3d 547`,
                // never `___ Ohio St.3d ___, 2017-Ohio-6876`.
                if let range = PinCite.after(text, end: end, unless: nextVolume), !isBlank(member) || text[range.lowerBound] == 0x5F {
                    pin = range
                    end = range.upperBound
                }
                members.append((member, end, pin))
                cursor += 1
            }
            index = cursor
            var last = members[members.count - 1].end
            // `___ U.S. ___, 144 S. Ct. 2312`: a blank cite beside a real one adds nothing to it (its
            // words are passed over, for the name before and the parenthetical after); standing
            // alone (`Smith v. Arizona, ___ U.S. ___ (2024)`) it is the case's only cite.
            let hasRealCite = members.contains { !isBlank($0.token) }
            // A blank cite before a cite of another form (`___ Ohio St.3d ___, 2017-Ohio-6876`) adds
            // nothing to it either.
            let beforeOtherCite = !hasRealCite && text[last] == 0x2C && ByteClass.isDigit(text[text.skipSpaces(from: last + 1, limit: 2)])
            // Past the `]` closing a bracketed parallel, to the parenthetical after it.
            if members.count > 1, text[last] == 0x5D, opensBracket(members[members.count - 2].end..<members[members.count - 1].token.volume.lowerBound) {
                last += 1
            }
            // Georgia's parallel in parentheses: `286 Ga. 216, 218 (1) (686 SE2d 786) (2009)`.
            if members.count > 1, text[last] == 0x29, opensParenthesis(members[members.count - 2].end..<members[members.count - 1].token.volume.lowerBound) {
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
            var name = CaseNameFinder.find(before: members[0].token.volume.lowerBound, in: text)
            // `Saucier, 533 U.S. at 201, 121 S.Ct. 2151`: a parallel cite right after a named short
            // cite is a cite of that case.
            if name == nil, let last = found.last, case .shortCase(let previous) = last.citation, let previousName = previous.name,
               onlyComma(last.range.upperBound..<members[0].token.volume.lowerBound) {
                name = CaseNameFinder.Name(plaintiff: nil, defendant: nil, name: previousName, start: members[0].token.volume.lowerBound)
            }
            let courtFromText = (parenthetical?.courtText ?? name?.courtText).flatMap { courts.court(citationPrefix: $0)?.id }
            let fullRange = (name?.start ?? members[0].token.volume.lowerBound)..<closing
            for member in members {
                let token = member.token
                // Alone, it needs a name or a court and year to say anything (a slip opinion's own
                // `___ N.W.2d ___` under its caption says nothing).
                if isBlank(token) && (hasRealCite || beforeOtherCite || (name == nil && parenthetical == nil)) { continue }
                let edition = reporters.edition(forSpelling: token.spelling, year: parenthetical?.year ?? name?.year)
                let page = text.string(token.page!)
                let pin = member.pin.map { text.words($0) }
                let range = token.volume.lowerBound..<member.end
                if isBlank(token) && (edition.isJournal || edition.citeType == .legSession || edition.citeType == .adminRegister) { continue }
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
                    volume: isBlank(token) ? nil : text.string(token.volume), reporter: edition.name,
                    reporterAsWritten: text.words(token.reporter),
                    page: page.first == "_" || page.first == "-" ? nil : page, pin: pin,
                    year: parenthetical?.year ?? name?.year ?? neutralYear(edition, volume: token.volume), court: courtFromText ?? edition.court,
                    plaintiff: name?.plaintiff, defendant: name?.defendant, caseName: name?.name,
                    parenthetical: explanation, citeType: edition.citeType, parallelGroup: group)
                citation.courtHistory = parenthetical?.history ?? []
                found.append(Found(citation: .fullCase(citation), range: range, fullRange: fullRange))
            }
            group += 1
        }
        return found
    }

    private func isBlank(_ token: ReporterScanner.Token) -> Bool {
        let first = text[token.volume.lowerBound]
        return first == 0x5F || first == 0x2D
    }

    /// `Bankr. L. Rep. (CCH) ¶ 67,488 (Bankr. S.D.N.Y. 1997)`: a looseleaf service's paragraph,
    /// with no volume.
    func paragraphCite(edition: ReporterTable.Edition, reporter: Range<Int>, page: Range<Int>, end: Int) -> Found {
        let parenthetical = CourtParenthetical.read(text, at: end)
        let name = CaseNameFinder.find(before: reporter.lowerBound, in: text)
        let citation = CaseCitation(
            volume: nil, reporter: edition.name, reporterAsWritten: text.words(reporter), page: text.string(page), pin: nil,
            year: parenthetical?.year ?? name?.year, court: parenthetical?.courtText.flatMap { courts.court(citationPrefix: $0)?.id },
            plaintiff: name?.plaintiff, defendant: name?.defendant, caseName: name?.name, parenthetical: nil,
            citeType: edition.citeType, parallelGroup: Int.max / 2 + reporter.lowerBound)
        return Found(citation: .fullCase(citation), range: reporter.lowerBound..<end,
                     fullRange: (name?.start ?? reporter.lowerBound)..<(parenthetical?.range.upperBound ?? end))
    }

    /// `Smith v. Jones, 2009-1359 (La. App. 1 Cir. 5/10/10), 40 So. 3d 123`: the docket's year and
    /// number, the circuit and the date; one case with the reporter cite after it, when one follows.
    func louisianaCite(edition: ReporterTable.Edition, volume: Range<Int>, page: Range<Int>, reporter: Range<Int>, year: Range<Int>,
                       end: Int, found: [Found]) -> Found {
        let after = text.skipSpaces(from: end + 1, limit: 2)
        let parallel: CaseCitation? = text[end] != 0x2C ? nil : found.lazy.compactMap { item -> CaseCitation? in
            guard item.range.lowerBound == after, case .fullCase(let cite) = item.citation else { return nil }
            return cite
        }.first
        let name = CaseNameFinder.find(before: volume.lowerBound, in: text)
        var decided = Int(text.string(year))
        if let two = decided, two < 100 { decided = two + (two <= 50 ? 2000 : 1900) }
        let citation = CaseCitation(
            volume: text.string(volume), reporter: edition.name, reporterAsWritten: text.words(reporter), page: text.string(page),
            pin: nil, year: decided, court: nil, plaintiff: name?.plaintiff ?? parallel?.plaintiff,
            defendant: name?.defendant ?? parallel?.defendant, caseName: name?.name ?? parallel?.caseName, parenthetical: nil,
            citeType: edition.citeType, parallelGroup: parallel?.parallelGroup ?? Int.max / 2 + volume.lowerBound)
        return Found(citation: .fullCase(citation), range: volume.lowerBound..<end, fullRange: (name?.start ?? volume.lowerBound)..<end)
    }

    /// A public-domain cite's volume is its year: `2020 ND 12`, `2017 IL App (1st) 143684-B`.
    private func neutralYear(_ edition: ReporterTable.Edition, volume: Range<Int>) -> Int? {
        guard edition.citeType == .neutral, volume.count == 4, let year = Int(text.string(volume)),
              edition.covers(year), year >= 1990, year <= 2100 else { return nil }
        return year
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

    /// ` (` between two cites, after a division or two (` (1) (`, ` (2) (a) (`): Georgia's
    /// parallel in parentheses.
    private func opensParenthesis(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        guard range.count >= 2, text[range.upperBound - 1] == 0x28 else { return false }
        while index < range.upperBound - 1 {
            if ByteClass.isSpace(text[index]) { index += 1; continue }
            // A division: `(1)`, `(a)`, `(iii)`.
            guard text[index] == 0x28 else { return false }
            var close = index + 1
            while close < range.upperBound && ByteClass.isAlphanumeric(text[close]) && close - index <= 4 { close += 1 }
            guard close > index + 1, close < range.upperBound - 1, text[close] == 0x29 else { return false }
            index = close + 1
        }
        return ByteClass.isSpace(text[range.upperBound - 2])
    }

    /// `233 Mich App 143; 594 NW2d 74`: Michigan's courts join a case's Michigan and North
    /// Western cites with `;` (Michigan Appellate Opinion Manual style), one case.
    private func michiganParallel(_ first: ReporterScanner.Token, _ second: ReporterScanner.Token, between: Range<Int>) -> Bool {
        var semicolons = 0
        for index in between {
            if text[index] == 0x3B { semicolons += 1 } else if !ByteClass.isSpace(text[index]) { return false }
        }
        guard semicolons == 1 else { return false }
        func bare(_ range: Range<Int>) -> String { String(text.string(range).filter { $0 != " " && $0 != "." }) }
        return ["Mich", "MichApp"].contains(bare(first.reporter)) && ["NW", "NW2d", "NW3d"].contains(bare(second.reporter))
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
        let name = ShortName.read(before: token.volume.lowerBound, in: text) ?? ShortName.bare(before: token.volume.lowerBound, in: text)
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
    /// Signals and prose words that open the words before a short form and are no part of its name
    /// (`As Smith, supra, held`).
    static let openers: Set<String> = ["See", "Cf.", "But", "Accord", "Compare", "Also", "In", "And", "As", "Under", "Unlike",
                                       "Like", "Following", "Citing", "Quoting", "Contra", "Per"]

    /// Words that stand capitalized before a volume without naming a case: `the Court 556 U.S.`.
    private static let notBareNames: Set<String> = ["The", "Id", "Ibid", "This", "That", "Court", "Circuit", "Section", "Rule", "Title",
                                                    "Part", "Chapter", "Volume", "Note", "Page", "Supp", "Jan", "Feb", "Mar", "Apr",
                                                    "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec", "January", "February",
                                                    "March", "April", "August", "September", "October", "November", "December"]

    /// `before Foo 1 U. S., at 2`: a short cite's name written without its comma, one capitalized
    /// word (not all capitals, no period) after a lower-case word.
    static func bare(before end: Int, in text: TextView) -> (text: String, start: Int)? {
        let cursor = text.skipSpacesBackward(from: end, limit: 2)
        guard cursor < end, cursor > 0 else { return nil }
        let start = text.wordStart(endingAt: cursor)
        guard start < cursor, cursor - start >= 2, ByteClass.isUpper(text[start]) else { return nil }
        var lower = false
        for index in start + 1..<cursor {
            let byte = text[index]
            if ByteClass.isLower(byte) { lower = true } else if !ByteClass.isUpper(byte) && byte != 0x27 && byte != 0x2D { return nil }
        }
        let word = text.string(start..<cursor)
        guard lower, !openers.contains(word), !notBareNames.contains(word) else { return nil }
        let before = text.skipSpacesBackward(from: start, limit: 2)
        guard before < start, before > 0 else { return nil }
        let previous = text.wordStart(endingAt: before)
        guard previous < before, ByteClass.isLower(text[previous]) else { return nil }
        return (word, start)
    }

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
            // `Grant v. Esquire, Inc., supra`: the comma before a company's suffix stays in the name.
            var bare = word
            if bare.hasSuffix(","), let last = words.last, ["Inc.", "Co.", "Corp.", "LLC", "Ltd.", "L.P.", "N.A.", "L.L.C."].contains(last.0) {
                bare.removeLast()
            }
            if !isName || bare.utf8.contains(where: { ByteClass.isNameBreak($0) || $0 == 0x2C }) { break }
            if Self.openers.contains(word) { break }
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
