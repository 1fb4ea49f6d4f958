/// The rulings of the document's own court (OUTPUT.md, `rulings`), from the grammar of decretal
/// language, in three frames:
///
/// - passive, a thing ruled on and `is`/`are` (`is due to be`, `will be`, or `be` after `ORDERED`)
///   and the disposition: `Plaintiff's Motion for Discovery (ECF No. 21) is denied`, `the petition
///   for review is DENIED`, `the judgment of the court below be in all things affirmed`;
/// - active, the court (`we`, `the Court`, `I`) and a present-tense verb: `We affirm.`, `the Court
///   GRANTS Defendant's Motion to Dismiss (Doc. 12)`, and the verbs listed after it (`OVERRULES …,
///   ADOPTS …, and DISMISSES this action`);
/// - a disposition line standing alone: `AFFIRMED.`, `REVERSED AND REMANDED`, `PETITION FOR
///   REVIEW DENIED.`
///
/// Compounds are one ruling: `GRANTED in part and DENIED in part`, `affirmed in part and reversed
/// in part`, `reversed and remanded`, `DENIED as moot`. Precision first: nothing in a sentence
/// that recommends (`it is RECOMMENDED that the motion be granted`), inside a quotation, in the
/// past or conditional (`was denied`, `should be granted`, `would be dismissed`), a standard (`is
/// granted only if`), or of a thing no court rules on (`the second issue is overruled`).
struct RulingReader: Sendable {
    struct Found {
        let motion: String?
        let docketEntry: String?
        let disposition: Disposition
        let range: Range<Int>
    }

    let words: Pattern

    init() {
        do {
            words = try Pattern(#"(?<![\w'-])(grant(?:s|ed)?|den(?:y|ies|ied)|dismiss(?:es|ed)?|affirm(?:s|ed)?|revers(?:e|es|ed)|vacat(?:e|es|ed)|remand(?:s|ed)?|adopt(?:s|ed)?|accept(?:s|ed)?|overrul(?:e|es|ed)|sustain(?:s|ed)?|quash(?:es|ed)?|withdraw(?:s|n)?|set\s+aside|abated|stricken|moot|allowed)(?![\w'-])"#, caseless: true)
        } catch {
            fatalError("\(error)")  // a fixed pattern: a failure here is a programming error
        }
    }

    /// The rulings of `text`; `found` gives the docket entries a motion is cited by.
    func read(_ text: TextView, found: [LegalCite.Found]) -> [Found] {
        var matches: [Range<Int>] = []
        words.forEachMatch(in: text.bytes, from: 0) { if let range = $0.range(1) { matches.append(range) } }
        guard !matches.isEmpty else { return [] }
        let docketEntries = DocketEntries(found.filter { $0.docketEntry != nil }, text: text)
        var rulings: [Found] = []
        var consumed = 0
        // The sentence whose court spoke in the active voice, for the verbs listed after the first.
        var activeSentence = -1
        for range in matches where range.lowerBound >= consumed {
            guard let word = Word(text, range) else { continue }
            let written = text.string(range).lowercased()
            // `Defendants' motion to dismiss`, `ORDER … MOTION TO DISMISS`: the infinitive of a filing's
            // name rules on nothing.
            let previousWords = Self.wordsBefore(text, range.lowerBound, count: 2)
            if previousWords.count == 2, previousWords[0].word == "to",
               ["motion", "motions", "move", "moves", "moved", "petition", "application", "request", "requests"].contains(previousWords[1].word) { continue }
            // `The Partial Motion to Dismiss is ALLOWED` (Massachusetts and the First Circuit grant a
            // motion by allowing it); not `is allowed to amend`, `allowed in the amount of`, `as`.
            let allowed = written == "allowed"
            if allowed {
                let next = text.skipSpaces(from: range.upperBound, limit: 40)
                if text.hasCaseless("to ", at: next) || text.hasCaseless("in ", at: next) || text.hasCaseless("as ", at: next)
                    || text.hasCaseless("for ", at: next) || text.hasCaseless("under ", at: next) { continue }
            }
            // `accepts` adopts a report and recommendation, not a guilty plea or a finding.
            if text.string(range).lowercased().hasPrefix("accept") {
                let near = text.string(range.upperBound..<min(text.count, range.upperBound + 80)).lowercased()
                    + text.string(max(0, range.lowerBound - 120)..<range.lowerBound).lowercased()
                // (Or its initials: `The RR is hereby ACCEPTED`.)
                guard near.containsBytes("report") || near.containsBytes("recommendation") || near.containsBytes("r&r") || near.containsBytes("m&r")
                        || near.split(whereSeparator: { !$0.isLetter && $0 != "&" }).contains("rr") else { continue }
            }
            // Most disposition words stand in prose (`the district court granted`): a look at the
            // few words before sets them aside before any sentence is read.
            guard Self.mayRule(text, word) else { continue }
            let compound = Self.compound(text, from: word)
            let sentence = Self.sentenceStart(text, before: range.lowerBound)
            var phrase: Range<Int>? = nil
            var clauseCite: String? = nil
            /// Whether the sentence is one the court rules in: not a recommendation, a quotation,
            /// a block quotation or a list of recommendations.
            func speaksForItself() -> Bool {
                !Self.recommends(text, sentence..<range.lowerBound) && !Self.quoted(text, sentence..<range.lowerBound)
                    && !Self.blockQuoted(text, before: range.lowerBound)
                    && (compound.disposition == .adopted || !Self.recommendedList(text, before: sentence))
            }
            if let subject = passiveSubject(text, word: word, sentence: sentence, after: compound.end) {
                phrase = subject
            } else if let object = orderedObject(text, word: word, sentence: sentence) {
                phrase = object
            } else if word.isPresent, activeSubject(text, before: range.lowerBound, sentence: sentence)
                        || Self.listed(text, before: range.lowerBound) && (activeSentence == sentence || Self.coordinated(text, sentence: sentence, before: range.lowerBound)) {
                let object = Self.object(text, from: compound.end)
                let objectWords = " " + text.words(object).lowercased() + " "
                activeSentence = sentence
                // `We sustain Oncor's second issue`: an appellate issue is no ruling on a motion;
                // `we will reverse the trial court only when`, `We will affirm a dismissal if`: a standard.
                guard object.isEmpty || Self.namesRuledThing(text.words(object)) || !Self.namesIssue(text.words(object)) else { continue }
                let modal = Self.wordsBefore(text, range.lowerBound, count: 3).contains { $0.word == "will" || $0.word == "shall" }
                guard !modal || !(objectWords.hasPrefix(" a ") || objectWords.hasPrefix(" an ")),
                      ![" only ", " if ", " when ", " unless "].contains(where: objectWords.contains) else { continue }
                // `We reverse that order and remand for proceedings`: the remand is part of the reversal.
                if compound.disposition == .remanded, let last = rulings.last, last.range.lowerBound >= sentence,
                   [.reversed, .vacated, .affirmedInPart].contains(last.disposition) { continue }
                // A verb listed after `;` rules on the thing it names (not a page cut off after it).
                if object.isEmpty, text[text.skipSpacesBackward(from: range.lowerBound, limit: 3) - 1] == 0x3B { continue }
                phrase = object
                clauseCite = Self.clauseCite(text, after: object.upperBound, docketEntries: docketEntries)
                // `We further dismiss all other pending motions as moot`.
                if compound.disposition == .dismissed || compound.disposition == .denied,
                   text.hasCaseless("as moot", at: text.skipSpaces(from: object.upperBound, limit: 40)), speaksForItself() {
                    let (motion, docket) = Self.motion(text, object, docketEntries: docketEntries, subject: false)
                    rulings.append(Found(motion: motion, docketEntry: docket, disposition: .moot, range: range.lowerBound..<compound.end))
                    consumed = compound.end
                    continue
                }
            } else if let line = Self.standalone(text, word: word, end: compound.end) {
                phrase = line
            } else if let thing = Self.decretalThing(text, word: word, sentence: sentence, end: compound.end) {
                phrase = thing
            } else if let subject = Self.elidedSubject(text, word: word, sentence: sentence, after: rulings.last) {
                // `The disposition order is reversed and the matter remanded`: the remand is part of the reversal.
                if compound.disposition == .remanded, let last = rulings.last, [.reversed, .vacated, .affirmedInPart].contains(last.disposition) { continue }
                phrase = subject
            } else {
                continue
            }
            guard speaksForItself() else { continue }
            // A motion allowed is a filing named (`The Motion to Dismiss is ALLOWED`).
            if allowed, !(phrase.map { Self.namesFiling(text.words($0)) } ?? false) { continue }
            var (motion, docket) = Self.motion(text, phrase ?? compound.end..<compound.end, docketEntries: docketEntries, subject: phrase.map { $0.upperBound <= range.lowerBound } ?? false)
            if let clauseCite, motion != nil, let phrase, docketEntries.inside(phrase).isEmpty { docket = clauseCite }
            // An appellate disposition rules on the decision below (`We reverse the trial court's
            // grant of summary disposition`): a motion only where one is named first.
            if [.affirmed, .reversed, .vacated, .remanded, .affirmedInPart].contains(compound.disposition), let name = motion,
               !["motion", "motions", "petition", "application", "request", "objection", "objections", "report"].contains(where: { name.lowercased().hasPrefix($0) })
                || phrase.map({ Self.rulesOnDecisionBelow(text.words($0)) }) == true {
                motion = nil
            }
            // `The court ORDERS the appeal ABATED`, `the appeal is REINSTATED`: an order on the appeal
            // itself (not its disposition, where the appeal names no motion: `the appeal is dismissed`).
            if motion == nil, compound.disposition == .other, let phrase,
               ["appeal", "the appeal", "this appeal"].contains(text.words(phrase).lowercased().trimmedASCII(" ,")) { motion = "appeal" }
            rulings.append(Found(motion: motion, docketEntry: docket, disposition: compound.disposition, range: range.lowerBound..<compound.end))
            consumed = compound.end
        }
        return rulings
    }

    /// One disposition word: where it stands, what it disposes, and whether it is a participle.
    struct Word {
        let range: Range<Int>
        let base: Disposition
        let isPresent: Bool

        /// Each disposition word by its stem.
        private static let stems: [(String, Disposition)] = [
            ("grant", .granted), ("den", .denied), ("dismiss", .dismissed), ("affirm", .affirmed), ("revers", .reversed),
            ("vacat", .vacated), ("remand", .remanded), ("adopt", .adopted), ("accept", .adopted), ("overrul", .other),
            ("sustain", .other), ("quash", .other), ("withdraw", .withdrawn), ("set aside", .vacated), ("abated", .other), ("stricken", .other), ("moot", .moot),
            ("allowed", .granted),
        ]

        init?(_ text: TextView, _ range: Range<Int>) {
            let word = text.words(range).lowercased()
            self.range = range
            guard let stem = Self.stems.first(where: { word.hasPrefix($0.0) }) else { return nil }
            base = stem.1
            // (`set aside` is present here: `We set aside the award`; the participle is not read.)
            isPresent = !(word.hasSuffix("ed") || ["withdrawn", "stricken", "moot"].contains(word))
        }
    }

    /// Whether a frame can hold the word: `is`, `are` or `be` before a participle; `we`, `I` or
    /// `court` before a verb, or a list's comma; a line that starts with it or with capitals.
    static func mayRule(_ text: TextView, _ word: Word) -> Bool {
        let before = wordsBefore(text, word.range.lowerBound, count: 8).map { $0.word.trimmedASCII(",") }
        if word.isPresent {
            if before.contains(where: { $0 == "we" || $0 == "i" || $0 == "court" || $0 == "panel" || $0 == "undersigned" }) || listed(text, before: word.range.lowerBound) { return true }
        } else if before.contains(where: { $0 == "is" || $0 == "are" || $0 == "be" || $0 == "orders" || $0 == "order" }) {
            return true
        }
        // A line of its own: `AFFIRMED.`, `Affirmed by …`, or New York's `Order affirmed, with costs.`
        // (indented or not).
        var lineStart = text.lineStart(before: word.range.lowerBound, limit: 80)
        while lineStart < word.range.lowerBound && ByteClass.isHorizontalSpace(text[lineStart]) { lineStart += 1 }
        guard (lineStart..<word.range.lowerBound).allSatisfy({ !ByteClass.isLower(text[$0]) || ByteClass.isUpper(text[lineStart]) }) else { return false }
        // Texas's heading `Petition for Writ of Mandamus Denied and Memorandum Opinion filed …`.
        if ByteClass.isUpper(text[word.range.lowerBound]), opinionFiled(text, after: word.range.upperBound) { return true }
        if ByteClass.isUpper(text[word.range.lowerBound]) { return (lineStart..<word.range.lowerBound).allSatisfy { !ByteClass.isLower(text[$0]) } }
        let head = text.string(lineStart..<word.range.lowerBound).trimmedASCII(" ")
        if decretalThings.contains(head) { return true }
        // An entry's `Motion denied.` after the sentence that names the motion.
        if !word.isPresent, decretalThing(text, word: word, sentence: sentenceStart(text, before: word.range.lowerBound),
                                          end: compound(text, from: word).end) != nil { return true }
        // The court's own first person or third person, opening a sentence whose verbs it lists
        // (`The Court has reviewed the R&R and, finding no substantive error, adopts the R&R`).
        if word.isPresent, listed(text, before: word.range.lowerBound),
           coordinated(text, sentence: sentenceStart(text, before: word.range.lowerBound), before: word.range.lowerBound) { return true }
        return false
    }

    /// Whether `and Memorandum Opinion filed` or `and Opinion filed` follows (Texas's headings).
    static func opinionFiled(_ text: TextView, after end: Int) -> Bool {
        let next = text.skipSpaces(from: end, limit: 3)
        return text.hasCaseless("and memorandum opinion", at: next) || text.hasCaseless("and opinion", at: next)
    }

    /// What New York's decretal clauses name (`Order affirmed, with costs.`), as they write it.
    static let decretalThings: Set<String> = ["Order", "Judgment", "Orders", "Judgments", "Decree"]

    /// What an entry's sentence of two words names (the Ohio Supreme Court's `On motion to dismiss.
    /// Motion denied.`, `Writ denied.`): the thing opening the sentence, its participle ending it.
    static let entryThings: Set<String> = ["motion", "motions", "petition", "application", "writ", "request"]

    /// The thing of a decretal clause in New York's memorandum style, where the clause is the
    /// thing and its participle alone after a comma (`On review of submissions pursuant to section
    /// 500.4 …, order affirmed, with costs, for reasons stated …`): the range of `order`.
    /// Not the verb of prose (`the Appellate Division order affirmed the judgment`: an object follows).
    static func decretalThing(_ text: TextView, word: Word, sentence: Int, end: Int) -> Range<Int>? {
        guard !word.isPresent, ByteClass.isLower(text[word.range.lowerBound]) else { return nil }
        let thingEnd = text.skipSpacesBackward(from: word.range.lowerBound, limit: 3)
        let thingStart = text.wordStart(endingAt: thingEnd)
        let thing = text.string(thingStart..<thingEnd).lowercased()
        if thingStart < thingEnd, entryThings.contains(thing), thingStart == text.skipSpaces(from: sentence, limit: 200),
           ByteClass.isUpper(text[thingStart]), text[text.skipSpaces(from: end, limit: 3)] == 0x2E { return thingStart..<thingEnd }
        guard thingStart < thingEnd, decretalThings.contains(where: { $0.lowercased() == thing }) else { return nil }
        let before = text.skipSpacesBackward(from: thingStart, limit: 3)
        guard thingStart == text.skipSpaces(from: sentence, limit: 200) || text[before - 1] == 0x2C || text[before - 1] == 0x3B else { return nil }
        let next = text.skipSpaces(from: end, limit: 3)
        guard text[next] == 0x2C || text[next] == 0x2E || text[next] == 0x3B else { return nil }
        return thingStart..<thingEnd
    }

    /// The thing of a ruling whose `is` the sentence's previous ruling gave (`USCIS' Motion is
    /// granted and Plaintiff's Cross-Motion denied with respect to …`): the words between that
    /// ruling's `and` and this participle, where they name a thing ruled on and nothing else.
    static func elidedSubject(_ text: TextView, word: Word, sentence: Int, after previous: Found?) -> Range<Int>? {
        guard !word.isPresent, let previous, previous.range.lowerBound >= sentence, previous.range.upperBound < word.range.lowerBound,
              wordsBefore(text, previous.range.lowerBound, count: 3).contains(where: { ["is", "are"].contains($0.word) }) else { return nil }
        var start = text.skipSpaces(from: previous.range.upperBound, limit: 20)
        if text[start] == 0x2C { start = text.skipSpaces(from: start + 1, limit: 20) }
        guard text.hasCaseless("and ", at: start) else { return nil }
        start = text.skipSpaces(from: start + 4, limit: 20)
        let subject = start..<text.skipSpacesBackward(from: word.range.lowerBound, limit: 3)
        guard !subject.isEmpty, subject.count <= 120, !(subject).contains(where: { [0x2E, 0x3B, 0x3A, 0x2C].contains(text[$0]) }) else { return nil }
        let words = text.words(subject)
        let lower = words.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard lower.count <= 10, !lower.contains(where: { ["is", "are", "was", "were", "be", "been", "has", "have", "that", "which"].contains($0) }),
              !rulingWord(in: words), namesRuledThing(words) else { return nil }
        return subject
    }

    /// The disposition with the words that complete it (`in part and DENIED in part`, `as moot`,
    /// `and remanded`), and where they end.
    static func compound(_ text: TextView, from word: Word) -> (disposition: Disposition, end: Int) {
        var bases = [word.base]
        var inPart = false
        var end = word.range.upperBound
        var moot = false
        while true {
            var cursor = text.skipSpaces(from: end, limit: 40)
            if text.hasCaseless("in part", at: cursor), !ByteClass.isLetter(text[cursor + 7]) {
                inPart = true
                end = cursor + 7
                continue
            }
            if text.hasCaseless("as moot", at: cursor), !ByteClass.isLetter(text[cursor + 7]) {
                moot = true
                end = cursor + 7
                continue
            }
            // Texas's `reverse and render`: the judgment rendered is part of the reversal
            // (`We reverse and render in part and affirm in part`).
            if bases.last == .reversed, text.hasCaseless("and render", at: cursor) {
                var renderEnd = cursor + 10
                while ByteClass.isLetter(text[renderEnd]) { renderEnd += 1 }
                if text.string(cursor + 4..<renderEnd).lowercased().hasPrefix("render") {
                    end = renderEnd
                    continue
                }
            }
            var joined = false
            if text[cursor] == 0x2C || text[cursor] == 0x3B {
                joined = inPart || text[cursor] == 0x2C
                cursor = text.skipSpaces(from: cursor + 1, limit: 40)
            }
            // `GRANTED in part, DENIED in part`; `AFFIRMED in part; REVERSED in part`; `and`.
            let next: Int
            if text.hasCaseless("and ", at: cursor) {
                next = text.skipSpaces(from: cursor + 4, limit: 40)
            } else if joined {
                next = cursor
            } else {
                break
            }
            var wordEnd = next
            while ByteClass.isLetter(text[wordEnd]) { wordEnd += 1 }
            // `Judgment reversed and case remanded`, `REVERSED AND CAUSE REMANDED`: the thing remanded
            // named between (the case itself), with its participle.
            if [.reversed, .vacated, .affirmed].contains(bases.last), !word.isPresent {
                // (Not `reversed and the matter remanded`, an elided clause of its own subject.)
                let thing = next
                for noun in ["case ", "cause ", "matter "] as [StaticString] where text.hasCaseless(noun, at: thing) {
                    let participle = text.skipSpaces(from: thing + noun.utf8CodeUnitCount, limit: 3)
                    var participleEnd = participle
                    while ByteClass.isLetter(text[participleEnd]) { participleEnd += 1 }
                    if text.string(participle..<participleEnd).lowercased() == "remanded" {
                        bases.append(.remanded)
                        end = participleEnd
                    }
                }
                if end > wordEnd { continue }
            }
            guard wordEnd > next, let following = Word(text, next..<wordEnd), following.base != .moot,
                  following.isPresent == word.isPresent || following.base == .remanded else { break }
            // Without `and`, only a part of the same ruling (`DENIED in part`) continues it.
            if !text.hasCaseless("and ", at: cursor), !text.hasCaseless(" in part", at: wordEnd) { break }
            bases.append(following.base)
            end = wordEnd
        }
        let set = Set(bases)
        let disposition: Disposition
        if moot && (set.contains(.denied) || set.contains(.dismissed)) {
            disposition = .moot
        } else if set.contains(.granted) && (set.contains(.denied) || inPart) {
            disposition = .grantedInPart
        } else if set.contains(.affirmed) && (inPart || set.contains(.reversed) || set.contains(.vacated)) {
            disposition = .affirmedInPart
        } else if set.contains(.reversed) {
            disposition = .reversed
        } else if set.contains(.vacated) {
            disposition = .vacated
        } else {
            disposition = bases[0]
        }
        return (disposition, end)
    }

    // MARK: Frames


    /// Lower-case words before `end` in the same clause, nearest first, at most `count`.
    static func wordsBefore(_ text: TextView, _ end: Int, count: Int) -> [(word: String, start: Int)] {
        var words: [(word: String, start: Int)] = []
        var cursor = end
        while words.count < count {
            let wordEnd = text.skipSpacesBackward(from: cursor, limit: 40)
            let start = text.wordStart(endingAt: wordEnd)
            guard start < wordEnd, wordEnd - start < 40 else { break }
            let word = text.string(start..<wordEnd).lowercased()
            // A pleading paper's line number at the line's start (`3    ORDERED … is⏎⏎4    DENIED.`).
            var lineStart = start
            while lineStart > 0 && start - lineStart < 12 && ByteClass.isHorizontalSpace(text[lineStart - 1]) { lineStart -= 1 }
            if word.allSatisfy(\.isNumber), lineStart == 0 || text[lineStart - 1] == 0x0A {
                cursor = start
                continue
            }
            words.append((word, start))
            // A clause's punctuation ends the words of this clause.
            if let last = word.last, last == "," || last == ";" || last == ":" || last == "." { break }
            cursor = start
        }
        return words
    }

    /// For a participle after `is`/`are` (or `be` where the court orders it): the thing ruled on.
    func passiveSubject(_ text: TextView, word: Word, sentence: Int, after end: Int) -> Range<Int>? {
        guard !word.isPresent else { return nil }
        let before = Self.wordsBefore(text, word.range.lowerBound, count: 8)
        var index = 0
        // `is hereby summarily affirmed`, `be in all things affirmed`.
        // `the appeal is ordered dismissed` (Texas courts of appeals).
        while index < before.count, ["hereby", "therefore", "accordingly", "thus", "further", "also", "summarily", "respectfully",
                                      "things", "all", "in", "ordered"].contains(before[index].word) { index += 1 }
        guard index < before.count else { return nil }
        let auxiliary = before[index].word.trimmedASCII(",")
        // A subordinate clause is no ruling: `When a case is remanded`, `If the motion is granted`
        // (also after a paragraph's number: `[¶5.] When summary judgment is granted`).
        let first = Self.pastParagraphNumber(text, from: text.skipSpaces(from: sentence, limit: 200))
        let opening = text.string(first..<min(text.count, first + 12)).lowercased()
        if ["when ", "if ", "unless ", "once ", "where ", "whether ", "until ", "although ", "should "].contains(where: opening.hasPrefix) { return nil }
        switch auxiliary {
        case "is", "are":
            break
        case "be":
            let previous = index + 1 < before.count ? before[index + 1].word : ""
            let ordered = Self.ordered(text, sentence..<before[index].start)
            guard ["to", "will", "shall"].contains(previous) || (ordered && previous != "should" && previous != "would") else { return nil }
            if previous == "to" && !(index + 2 < before.count && before[index + 2].word == "due") { return nil }
        default:
            return nil
        }
        // A standard, not a ruling: `is granted only if`, `is denied when`.
        let next = text.skipSpaces(from: end, limit: 40)
        if Self.standard(text, at: next) { return nil }
        // `… is moot because …`: a reason; a motion found moot says it and stops there.
        if word.base == .moot, !(text[next] == 0x2E || text[next] == 0x3B || text[next] == 0x2C || text[next] == 0x0A || text[next] == 0) { return nil }
        var auxiliaryStart = before[index].start
        for offset in 1...3 where index + offset < before.count {
            let word = before[index + offset].word
            if ["due", "to", "will", "shall"].contains(word) { auxiliaryStart = before[index + offset].start } else { break }
        }
        var start = Self.clauseStart(text, sentence: sentence, before: auxiliaryStart)
        // `Because the motion is granted, …` gives a reason; `Because RG has identified no
        // evidence, TGW's motion … is granted` rules, after the reason's comma.
        if opening.hasPrefix("because ") {
            guard let comma = (start..<auxiliaryStart).last(where: { text[$0] == 0x2C }) else { return nil }
            start = text.skipSpaces(from: comma + 1, limit: 40)
        }
        // `The FPD's motion for leave to withdraw is GRANTED, counsel is excused …, and the APPEAL IS
        // DISMISSED`: a subject holds no clause of its own verb, so it starts after that clause.
        // (Not where what is left is a pronoun or a conjunction: `The motion … is also considered,
        // and it is GRANTED`; `this case is AFFIRMED as to the dismissal, but is REVERSED`.)
        if let after = Self.pastEarlierClause(text, start..<auxiliaryStart) {
            let rest = text.words(after..<auxiliaryStart).lowercased().split(whereSeparator: { !$0.isLetter }).filter { !["and", "but", "or"].contains($0) }
            if !rest.isEmpty, rest != ["it"], rest != ["they"] { start = after }
        }
        // `… deprives us of jurisdiction to consider this direct appeal, which is hereby DISMISSED`:
        // the thing is the noun before the relative `which`, from its determiner.
        if before[index + 1 < before.count ? index + 1 : index].word == "which",
           let comma = (start..<auxiliaryStart).last(where: { text[$0] == 0x2C }) {
            var head = comma
            while head > start {
                let wordEnd = text.skipSpacesBackward(from: head, limit: 40)
                let wordStart = text.wordStart(endingAt: wordEnd)
                guard wordStart < wordEnd, wordStart >= start else { break }
                head = wordStart
                let word = text.string(wordStart..<wordEnd).lowercased()
                if ["the", "this", "that", "these", "its", "his", "her", "their", "a", "an"].contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s") { break }
                if word.hasSuffix(",") || word.hasSuffix(")") { head = wordEnd; break }
            }
            start = head
            let subject = start..<text.skipSpacesBackward(from: comma, limit: 3)
            guard !subject.isEmpty, Self.namesRuledThing(text.words(subject)), word.base != .moot || Self.namesFiling(text.words(subject)) else { return nil }
            return subject
        }
        // `Counts I and II are DISMISSED …, while the remaining claims are DISMISSED`: the
        // conjunction opens the clause; the subject starts after it.
        for conjunction in ["while ", "whereas ", "and "] as [StaticString] where text.hasCaseless(conjunction, at: start) {
            start = text.skipSpaces(from: start + conjunction.utf8CodeUnitCount, limit: 40)
        }
        let subject = start..<max(start, text.skipSpacesBackward(from: auxiliaryStart, limit: 3))
        guard !subject.isEmpty, Self.namesRuledThing(text.words(subject)), !Self.holdsClause(text.words(subject)) else { return nil }
        // `The case is moot`, `the matter is moot`: a finding; only a filing is disposed of as moot
        // by the word alone (`Any pending motions are moot.`).
        if word.base == .moot, !Self.namesFiling(text.words(subject)) { return nil }
        return subject
    }

    /// Whether the thing an appellate court rules on is the decision below that disposed of a
    /// motion, not the motion: `We affirm the denial of plaintiff's motion for judgment interest`,
    /// `we reverse the trial court's order granting the motion`.
    static func rulesOnDecisionBelow(_ words: String) -> Bool {
        let decisions: Set<Substring> = ["denial", "grant", "granting", "denying", "order", "dismissal", "judgment", "decision", "ruling", "award"]
        let filings: Set<Substring> = ["motion", "motions", "petition", "application", "request", "objection", "objections"]
        for word in words.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if decisions.contains(word) { return true }
            if filings.contains(word) { return false }
        }
        return false
    }

    /// Past a paragraph's number at a sentence's start: `[¶5.]`, `{¶2}`, `¶ 50`, `[3]`.
    static func pastParagraphNumber(_ text: TextView, from start: Int) -> Int {
        var cursor = start
        let open = text[cursor] == 0x5B || text[cursor] == 0x7B
        if open { cursor += 1 }
        if text.has("¶", at: cursor) { cursor += 2 } else if !open { return start }
        cursor = text.skipSpaces(from: cursor, limit: 8)
        let digits = cursor
        while ByteClass.isDigit(text[cursor]) || text[cursor] == 0x2E { cursor += 1 }
        guard cursor > digits else { return start }
        if open {
            guard text[cursor] == 0x5D || text[cursor] == 0x7D else { return start }
            cursor += 1
        }
        return text.skipSpaces(from: cursor, limit: 40)
    }

    /// Where the subject before `range.upperBound` starts when an earlier clause with its own `is` or
    /// `are` (not a relative clause's: `Motion, which is unopposed, is GRANTED`) stands in it: after
    /// that clause's comma or `and`; nil when there is none.
    static func pastEarlierClause(_ text: TextView, _ range: Range<Int>) -> Int? {
        var verbEnd: Int? = nil
        var cursor = range.lowerBound
        while cursor + 3 < range.upperBound {
            if cursor > range.lowerBound, ByteClass.isSpace(text[cursor - 1]) {
                for verb in ["is ", "are "] as [StaticString] where text.hasCaseless(verb, at: cursor) {
                    let previousEnd = text.skipSpacesBackward(from: cursor, limit: 40)
                    let previous = text.string(text.wordStart(endingAt: previousEnd)..<previousEnd).lowercased()
                    if !["which", "that", "who", "what", "it"].contains(previous) { verbEnd = cursor + verb.utf8CodeUnitCount }
                }
            }
            cursor += 1
        }
        guard let verbEnd else { return nil }
        var index = verbEnd
        while index < range.upperBound {
            if text[index] == 0x2C || text[index] == 0x3B { return text.skipSpaces(from: index + 1, limit: 40) }
            // (`Counts I and II are DISMISSED for failure to state a claim while the remaining claims are …`.)
            if text.hasCaseless(" while ", at: index) || text.hasCaseless(" whereas ", at: index) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Whether the words of a subject hold a clause's word (a subordinator or a modal): `the length of
    /// a stay should depend on the reason abeyance`, `the court will not address the merits if the case`.
    /// (A relative clause may hold any of them: `the opinion …, which addresses whether …, is vacated`.)
    static func holdsClause(_ words: String) -> Bool {
        let clauseWords: Set<Substring> = ["if", "when", "unless", "because", "whether", "although", "though", "until", "should", "would",
                                           "could", "might", "must"]
        let split = words.lowercased().split(whereSeparator: { !$0.isLetter })
        if split.contains(where: { ["which", "who", "whom", "whose"].contains($0) }) { return false }
        return split.contains(where: clauseWords.contains)
    }

    /// Whether the words name a filing a party makes (a motion, petition, application, request or
    /// objection).
    static func namesFiling(_ words: String) -> Bool {
        let filings: Set<Substring> = ["motion", "motions", "petition", "petitions", "application", "applications", "request", "requests",
                                       "objection", "objections"]
        return words.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: filings.contains)
    }

    /// For a participle after the court's `ORDERS` and its object (`The court ORDERS the appeal
    /// ABATED`, `we order the appeal dismissed`): the object.
    func orderedObject(_ text: TextView, word: Word, sentence: Int) -> Range<Int>? {
        guard !word.isPresent else { return nil }
        let before = Self.wordsBefore(text, word.range.lowerBound, count: 8)
        guard let verb = before.firstIndex(where: { $0.word == "orders" || $0.word == "order" }), verb >= 1,
              activeSubject(text, before: before[verb].start, sentence: sentence) else { return nil }
        let start = text.skipSpaces(from: before[verb].start + before[verb].word.utf8.count, limit: 40)
        let object = start..<max(start, text.skipSpacesBackward(from: word.range.lowerBound, limit: 40))
        guard !object.isEmpty, Self.namesRuledThing(text.words(object)) else { return nil }
        return object
    }

    /// `only`, `if`, `when`, `where`, `unless` after the disposition: a rule of law, not a ruling.
    static func standard(_ text: TextView, at index: Int) -> Bool {
        for word in ["only", "if", "when", "where", "unless"] {
            let bytes = Array(word.utf8)
            if (0..<bytes.count).allSatisfy({ text[index + $0] | 0x20 == bytes[$0] }), !ByteClass.isLetter(text[index + bytes.count]) { return true }
        }
        return false
    }

    /// `We`, `I`, `the Court`, `this Court` (with `hereby`, `will`, `therefore`) before a verb.
    func activeSubject(_ text: TextView, before start: Int, sentence: Int) -> Bool {
        let before = Self.wordsBefore(text, start, count: 6)
        var index = 0
        var modal = false
        while index < before.count {
            let word = before[index].word
            if ["hereby", "therefore", "accordingly", "thus", "further", "also", "now", "will", "shall", "must", "respectfully", "wholly",
                "fully", "summarily", "and", "with", "agrees"].contains(word) {
                if word == "will" || word == "shall" || word == "must" { modal = true }
                index += 1
            } else if word == "to", index + 2 < before.count, ["constrained", "compelled", "obliged", "bound"].contains(before[index + 1].word),
                      ["are", "am", "is"].contains(before[index + 2].word) {
                // `we are constrained to affirm`: bound to rule, and ruling.
                modal = true
                index += 3
            } else {
                break
            }
        }
        guard index < before.count else { return false }
        let word = before[index].word
        // `Although the court will grant`, `if convinced …, the court will grant`: no ruling yet.
        var first = text.skipSpaces(from: sentence, limit: 200)
        // Past an opening quotation mark (`“Unless the ALJ has failed …,” this Court must affirm`).
        if text[first] == 0x22 || text[first] == 0x27 || text[first] == 0x28 { first += 1 }
        if text.has("“", at: first) { first += 3 }
        let opening = text.string(first..<max(first, min(start, first + 12))).lowercased()
        // (`Because the district court did not abuse its discretion, we affirm.` is a ruling.)
        if ["when ", "if ", "unless ", "once ", "whether ", "until ", "although ", "though ", "while "].contains(where: opening.hasPrefix) { return false }
        if modal, text.containsCaseless(" if ", in: sentence..<start) || text.containsCaseless(" if,", in: sentence..<start)
            || text.containsCaseless(" when ", in: sentence..<start) || text.containsCaseless(" unless ", in: sentence..<start) { return false }
        // `requested that the Court grant him leave`: a party's request, not the court's ruling.
        func requested(_ position: Int) -> Bool { position < before.count && before[position].word == "that" && !Self.ordered(text, sentence..<start) }
        let verb = text.string(text.skipSpaces(from: start, limit: 1)..<min(text.count, start + 12)).lowercased().prefix { $0.isLetter }
        if word == "we" || word == "i" { return !requested(index + 1) && (!verb.hasSuffix("s") || verb.hasSuffix("ss")) }
        // The court speaks in the third person (`the Court GRANTS`); `the Court REVERSE` in a
        // list of recommendations is the subjunctive of a request.
        if word == "court" || word == "panel" || word == "undersigned", index + 1 < before.count {
            return ["the", "this"].contains(before[index + 1].word) && !requested(index + 2) && (modal || verb.hasSuffix("s") && !verb.hasSuffix("ss"))
        }
        return false
    }

    /// Whether the sentence before `end` is the court's own, its subject the court (`We`, `I`, `The
    /// Court`, `This Court`) and its verb at `end` agreeing with it, with no clause of another
    /// subject: `We have jurisdiction under 28 U.S.C. § 1291 and affirm`, `The Court has reviewed
    /// the R&R and finding no substantive error, clear or otherwise, adopts the R&R`.
    static func coordinated(_ text: TextView, sentence: Int, before end: Int) -> Bool {
        var first = text.skipSpaces(from: sentence, limit: 200)
        // A paragraph number first (`[¶2]`).
        if text[first] == 0x5B, let close = (first..<min(end, first + 12)).first(where: { text[$0] == 0x5D }) { first = text.skipSpaces(from: close + 1, limit: 20) }
        // Not another court (`The court of appeals`, `the court below`, `The court in Smith`).
        let verb = text.string(end..<min(text.count, end + 16)).lowercased().prefix { $0.isLetter }
        let thirdPerson = verb.hasSuffix("s") && !verb.hasSuffix("ss")
        if text.hasCaseless("the court ", at: first) || text.hasCaseless("this court ", at: first) {
            guard thirdPerson else { return false }
            let next = text.skipSpaces(from: first + (text.hasCaseless("the ", at: first) ? 10 : 11), limit: 3)
            let nextWord = text.string(next..<min(end, next + 7)).lowercased()
            if ["of ", "in ", "below", "'s ", "’s ", "a quo"].contains(where: nextWord.hasPrefix) { return false }
        } else if !text.hasCaseless("we ", at: first) && !text.has("I ", at: first) || thirdPerson {
            return false
        }
        guard end - first < 200 else { return false }
        let clause = first..<end
        let subordinates: [StaticString] = [" that ", " which ", " who ", " because ", " if ", " when ", " unless ", ";"]
        return !subordinates.contains { text.containsCaseless($0, in: clause) }
    }

    /// A verb listed after another of the court's (`OVERRULES …, ADOPTS …, and DISMISSES`).
    static func listed(_ text: TextView, before start: Int) -> Bool {
        let end = text.skipSpacesBackward(from: start, limit: 3)
        // (`the Court DENIES … [#42]; GRANTS IN PART and DENIES IN PART …`: a `;` between the verbs too.)
        if text[end - 1] == 0x2C || text[end - 1] == 0x3B { return true }
        return text.has("and", endingAt: end) && (text[end - 4] == 0x20 || text[end - 4] == 0x2C || text[end - 4] == 0x0A)
    }

    /// A line holding a disposition alone: `AFFIRMED.`, `REVERSED AND REMANDED`, `PETITION FOR
    /// REVIEW DENIED.`, `Affirmed by unpublished per curiam opinion.`; the words before the
    /// disposition (the thing ruled on), possibly empty.
    static func standalone(_ text: TextView, word: Word, end: Int) -> Range<Int>? {
        let lineStart = text.lineStart(before: word.range.lowerBound, limit: 80)
        var start = lineStart
        while start < word.range.lowerBound && ByteClass.isSpace(text[start]) { start += 1 }
        var lineEnd = text.lineEnd(from: end)
        let head = text.string(start..<word.range.lowerBound)
        // `Order affirmed, with costs, for reasons stated in the memorandum at the Appellate
        // Division …`: past its comma, New York's line runs on with the reasons.
        if lineEnd - start > 80, !word.isPresent, ["Order", "Judgment", "Orders", "Judgments"].contains(head.trimmedASCII(" ")),
           text[end] == 0x2C { lineEnd = end + 1 }
        // (Texas's `Petition for Writ of Mandamus Denied and Memorandum Opinion filed October 14, 2004.`
        // runs longer, its thing and its date on one line.)
        let opinionHeading = opinionFiled(text, after: end)
        guard lineEnd - start <= (opinionHeading ? 120 : 80) else { return nil }
        // What follows on the line, up to a `;` (`REVERSE AND RENDER; Opinion Filed …`).
        let rawTail = text.string(end..<lineEnd).trimmedASCII(" ")
        let tail = String(rawTail.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmedASCII(" .")
        let written = text.string(word.range)
        let capitals = written == written.uppercased()
        // Before it, only the thing ruled on in capitals (`PETITION FOR REVIEW`).
        // (Or, for a participle in lower case, New York's `Order`, checked below.)
        guard head.isEmpty || (capitals && head == head.uppercased() && head.contains(where: \.isLetter) && namesRuledThing(head))
                || written.first?.isLowercase == true
                || opinionHeading && written.first?.isUppercase == true && head.first?.isUppercase == true && namesFiling(head) else { return nil }
        // An assignment of error in capitals (`THE TRIAL COURT ERRED WHEN IT DENIED [ROBINSON]'S
        // MOTION`) is a sentence, not a thing ruled on.
        if capitals, holdsClause(head) || head.uppercased().split(separator: " ").contains(where: { ["ERRED", "IT", "THAT", "WHICH"].contains($0) }) { return nil }
        // A form's row of boxes (`GRANTED    X  DENIED    GRANTED IN PART    OTHER`): another
        // disposition on the line after the compound is a choice offered, not a ruling.
        if capitals, rulingWord(in: tail) { return nil }
        // Texas's `Dismissed and Memorandum Opinion filed September 8, 2005`.
        let opinionFiled = tail.lowercased().hasPrefix("and memorandum opinion") || tail.lowercased().hasPrefix("and opinion")
        if capitals {
            guard tail.isEmpty || tail == tail.uppercased() || tail.lowercased().hasPrefix("for lack") || opinionFiled else { return nil }
        } else if written.first?.isUppercase == true {
            // (Texas's `Affirmed as Modified.`, `Affirmed as reformed`.)
            let asModified = ["as modified", "as reformed"].contains(tail.lowercased())
            guard head.isEmpty || opinionHeading, tail.isEmpty || tail.hasPrefix("by ") || opinionFiled || asModified else { return nil }
        } else {
            // New York's `Order affirmed, with costs.`: the thing and its participle alone.
            guard !word.isPresent, let thing = head.split(separator: " ").first, head.split(separator: " ").count == 1,
                  decretalThings.contains(String(thing)),
                  rawTail.isEmpty || rawTail.hasPrefix(",") || rawTail.hasPrefix(".") else { return nil }
        }
        return start..<max(start, text.skipSpacesBackward(from: word.range.lowerBound, limit: 3))
    }

    /// Whether a disposition word stands among `words`.
    static func rulingWord(in words: String) -> Bool {
        let participles: Set<Substring> = ["granted", "denied", "dismissed", "affirmed", "reversed", "vacated", "remanded"]
        return words.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: participles.contains)
    }

    // MARK: The sentence

    /// Abbreviations of citations and names whose period ends no sentence.
    private static let citationAbbreviations: Set<String> = ["no.", "nos.", "v.", "u.s.", "u.s.c.", "p.", "r.", "civ.", "inc.", "co.", "corp.",
                                                            "dkt.", "doc.", "mr.", "ms.", "dr.", "st."]

    /// Where the sentence holding `index` starts: after a blank line, or a period that ends a
    /// sentence, looking back at most 600 bytes.
    static func sentenceStart(_ text: TextView, before index: Int) -> Int {
        var cursor = index
        let limit = max(0, index - 600)
        while cursor > limit {
            let byte = text[cursor - 1]
            // A blank line, unless the line before it stops mid-sentence (double-spaced pages),
            // also in a word broken at its hyphen (`IPS’ cross-⏎⏎Motion for summary judgment`).
            if byte == 0x0A && text[cursor - 2] == 0x0A {
                let last = text[text.skipSpacesBackward(from: cursor, limit: 40) - 1]
                if !ByteClass.isLower(last) && last != 0x2C && last != 0x2D { return cursor }
            }
            // `… or "Mot.").)  For the reasons`: a period inside quotes and parentheses ends it too.
            if (byte == 0x29 || byte == 0x22) && ByteClass.isSpace(text[cursor]) {
                var inner = cursor - 1
                while inner > limit && (text[inner] == 0x29 || text[inner] == 0x22 || text[inner] == 0x27) { inner -= 1 }
                if text[inner] == 0x2E && inner < cursor - 1 && ByteClass.isUpper(text[text.skipSpaces(from: cursor, limit: 8)]) { return cursor }
            }
            if (byte == 0x2E || byte == 0x3F || byte == 0x21) && ByteClass.isSpace(text[cursor]) {
                let wordStart = text.wordStart(endingAt: cursor)
                let word = text.string(wordStart..<cursor)
                if word.hasSuffix(").") || word.hasSuffix("\".") || word.hasSuffix(".\"") { return cursor }
                if !Self.citationAbbreviations.contains(word.lowercased())
                    && CaseNameFinder.endsSentence(word) { return cursor }
            }
            cursor -= 1
        }
        return limit
    }

    /// Where the clause before `end` starts: after `that` (`ORDERED that …`), `;`, `:`, a list's
    /// `and` between two rulings (`… is GRANTED and IPS' Cross-Motion … is DENIED`), or a list
    /// number at a line's start.
    static func clauseStart(_ text: TextView, sentence: Int, before end: Int) -> Int {
        var cursor = end
        while cursor > sentence {
            let byte = text[cursor - 1]
            if byte == 0x3B || byte == 0x3A { return cursor }
            if byte == 0x20 || byte == 0x0A {
                let wordStart = text.wordStart(endingAt: cursor - 1)
                let word = text.string(wordStart..<cursor - 1).lowercased()
                if word == "accordingly," || word == "therefore," || word == "thus," { return cursor }
                // `… is GRANTED and IPS' Cross-Motion … is DENIED`: `and` after another ruling.
                if word == "and" {
                    let previousEnd = text.skipSpacesBackward(from: wordStart, limit: 3)
                    let previous = text.wordStart(endingAt: previousEnd)
                    let end = text[previousEnd - 1] == 0x2C || text[previousEnd - 1] == 0x3B ? previousEnd - 1 : previousEnd
                    if previous < end, Word(text, previous..<end) != nil { return cursor }
                }
                // `ORDERED that …`, `the Court finds that …`; not `any stay that the Court granted`.
                if word == "that" {
                    let previous = text.string(text.wordStart(endingAt: text.skipSpacesBackward(from: wordStart, limit: 3))..<text.skipSpacesBackward(from: wordStart, limit: 3))
                    if ["ordered", "ordered,", "adjudged", "adjudged,", "decreed", "decreed,", "orders", "directs", "finds", "concludes", "holds", "determines",
                        "extent"].contains(previous.lowercased()) { return cursor }
                }
                // `1.  The motion to dismiss (doc. 29) is GRANTED`.
                if word.hasSuffix("."), word.dropLast().allSatisfy(\.isNumber), !word.dropLast().isEmpty { return cursor }
            }
            if byte == 0x2C, cursor - sentence > 1 {
                // `For the reasons that follow, the Plaintiffs' Motion is GRANTED`: the comma that closes
                // the opening phrase (the first), not one inside the clause (`Accordingly, IT IS HEREBY
                // ORDERED that Defendant's Motion … be, and hereby is, GRANTED`).
                let before = text.string(sentence..<cursor - 1).lowercased()
                if !before.contains(","), before.hasPrefix("for ") || before.hasPrefix("in sum") || before.hasPrefix("accordingly") || before.hasPrefix("therefore")
                    || before.hasPrefix("based on") || before.hasPrefix("in light of") || before.hasPrefix("on order of") { return cursor }
            }
            cursor -= 1
        }
        return sentence
    }

    /// Whether the words name a thing a court rules on: a motion, petition, application, request,
    /// objection, report and recommendation, the judgment or decision below, the appeal or case,
    /// a complaint, claim or count; never an appellate issue.
    static func namesRuledThing(_ words: String) -> Bool {
        var words = words
        return words.withUTF8 { bytes in
            // Part by part between commas: `on the issue of …, CIA's Motion for summary judgment`.
            guard bytes.contains(0x2C) else { return namesRuledThing(part: bytes[...]) }
            return bytes.split(separator: 0x2C).contains { namesRuledThing(part: $0) }
        }
    }

    /// One part of `namesRuledThing`: at most 30 words, not opening with `a`/`an`, naming no
    /// issue, and one of `things` among them (or `R & R`).
    private static func namesRuledThing(part bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var count = 0
        var named = false
        var first: PackedWord? = nil
        var issue = false
        // Words are runs of letters and `&` (an issue's words: runs of letters only).
        let whole = forEachWord(in: bytes, joining: 0x26) { word, isFirst in
            count += 1
            if isFirst { first = word }
            if !named, let word, things.contains(word) { named = true }
            return count <= 30
        }
        guard whole, count > 0, first != PackedWord("a"), first != PackedWord("an") else { return false }
        // An issue's word after a filing's name is part of it (`request for oral argument`).
        _ = forEachWord(in: bytes, joining: nil) { word, _ in
            if let word, filings.contains(word) { return false }
            if let word, issues.contains(word) { issue = true; return false }
            return true
        }
        if issue { return false }
        return named || containsCaseless(bytes, "r & r")
    }

    private static let things: Set<PackedWord> = Set(["motion", "motions", "petition", "petitions", "application", "applications", "request", "requests",
                                              "objection", "objections", "report", "recommendation", "recommendations", "r&r", "m&r", "judgment",
                                              "decision", "order", "appeal", "appeals", "case", "action", "complaint", "claim", "claims", "count",
                                              "counts", "stay", "writ", "matter", "cause", "relief", "it", "remaining", "suit", "defendants",
                                              "defendant", "sentence", "conviction", "convictions", "commitment", "certificate", "leave", "status",
                                              "answer", "subpoena", "sanctions", "fees", "award", "injunction", "findings", "recommendations", "rr"].compactMap(PackedWord.init))

    /// The things a party files, whose names may hold an issue's word.
    private static let filings: Set<PackedWord> = Set(["motion", "motions", "petition", "application", "request", "requests"].compactMap(PackedWord.init))

    private static let issues: Set<PackedWord> = Set(["issue", "issues", "point", "points", "ground", "grounds", "argument", "arguments", "contention"].compactMap(PackedWord.init))

    /// Whether the words name an appellate issue, point or argument.
    static func namesIssue(_ words: String) -> Bool {
        var words = words
        return words.withUTF8 { bytes in
            var issue = false
            _ = forEachWord(in: bytes[...], joining: nil) { word, _ in
                if let word, issues.contains(word) { issue = true; return false }
                return true
            }
            return issue
        }
    }

    /// Calls `body` with each word of `bytes` (a run of letters, and of `joiner` where one is
    /// given), as a packed lower-case word (nil when longer than a packed word holds or not
    /// ASCII), and whether it is the first; stops when `body` returns false, and returns whether
    /// every word was seen. A letter is a Unicode letter, as `Character.isLetter` says.
    private static func forEachWord(in bytes: Slice<UnsafeBufferPointer<UInt8>>, joining joiner: UInt8?,
                                    _ body: (PackedWord?, Bool) -> Bool) -> Bool {
        var index = bytes.startIndex
        var isFirst = true
        while index < bytes.endIndex {
            // Skip what is not a letter.
            var (letter, length) = letterAt(bytes, index, joiner)
            while index < bytes.endIndex && !letter {
                index += length
                if index < bytes.endIndex { (letter, length) = letterAt(bytes, index, joiner) }
            }
            guard index < bytes.endIndex else { break }
            let start = index
            while index < bytes.endIndex {
                (letter, length) = letterAt(bytes, index, joiner)
                guard letter else { break }
                index += length
            }
            if !body(PackedWord(bytes[start..<index]), isFirst) { return false }
            isFirst = false
        }
        return true
    }

    /// Whether the character at `index` is a letter (or the joiner), and its length in bytes.
    private static func letterAt(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ index: Int, _ joiner: UInt8?) -> (Bool, Int) {
        let byte = bytes[index]
        if byte == joiner { return (true, 1) }
        if byte < 0x80 {
            // A combining mark after an ASCII letter is part of its character.
            if index + 1 < bytes.endIndex, bytes[index + 1] >= 0x80 { return characterAt(bytes, index) }
            return (ByteClass.isLetter(byte) || byte == joiner, 1)
        }
        return characterAt(bytes, index)
    }

    /// The letter test and length of the whole character (grapheme cluster) at `index`.
    private static func characterAt(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ index: Int) -> (Bool, Int) {
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[index...].prefix(32)), as: UTF8.self)
        guard let character = rest.first else { return (false, 1) }
        return (character.isLetter, max(1, character.utf8.count))
    }

    /// Whether `bytes` contain `needle` (ASCII, lower case) in any case.
    private static func containsCaseless(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard bytes.count >= pattern.count else { return false }
        var start = bytes.startIndex
        while start + pattern.count <= bytes.endIndex {
            if (0..<pattern.count).allSatisfy({ (ByteClass.isUpper(bytes[start + $0]) ? bytes[start + $0] | 0x20 : bytes[start + $0]) == pattern[$0] }) { return true }
            start += 1
        }
        return false
    }

    /// `ORDERED`, `ADJUDGED` or `DECREED` before in the sentence: the court's order, where `be
    /// granted` is a ruling.
    static func ordered(_ text: TextView, _ range: Range<Int>) -> Bool {
        text.contains("ORDERED", in: range) || text.contains("ADJUDGED", in: range) || text.contains("DECREED", in: range)
            || text.contains("Ordered", in: range) || text.containsCaseless("it is ordered", in: range)
    }

    /// A recommendation (`it is RECOMMENDED that the motion be granted`), not the court's ruling;
    /// a `Report and Recommendation` named is no recommendation.
    static func recommends(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard text.containsCaseless("recommend", in: range) else { return false }
        return text.containsCaseless("recommended that", in: range) || text.containsCaseless("recommends that", in: range)
            || text.containsCaseless("recommend that", in: range) || text.containsCaseless("is recommended", in: range)
            || text.containsCaseless("be recommended", in: range) || text.containsCaseless("recommending", in: range)
    }

    /// Whether `RECOMMENDED that:` or `RECOMMENDS that` opens a list that runs up to `index`
    /// (items ending in `;`), with no `ORDERED` between.
    static func recommendedList(_ text: TextView, before index: Int) -> Bool {
        let window = max(0, index - 1500)..<index
        guard text.containsCaseless("recommend", in: window) else { return false }
        var opening: Int?
        for phrase in ["RECOMMENDED that", "RECOMMENDS that", "recommended that:", "RECOMMENDED:"] as [StaticString] {
            // The last place the phrase stands in the window.
            var cursor = window.upperBound - phrase.utf8CodeUnitCount
            while cursor >= window.lowerBound && !text.has(phrase, at: cursor) { cursor -= 1 }
            if cursor >= window.lowerBound { opening = max(opening ?? cursor, cursor) }
        }
        guard let opening else { return false }
        let after = opening..<index
        return !text.contains("ORDERED", in: after) && !text.containsCaseless("it is ordered", in: after) && !text.contains("\n\n\n\n", in: after)
    }

    /// A paragraph set off as a quotation: the one before it ends with a verb of saying and a colon
    /// (`this Court held:`, `the court explained:`), as block quotations of earlier orders are.
    static func blockQuoted(_ text: TextView, before index: Int) -> Bool {
        var cursor = index
        let limit = max(0, index - 3000)
        while cursor > limit && !(text[cursor - 1] == 0x0A && text[cursor - 2] == 0x0A) { cursor -= 1 }
        guard cursor > limit else { return false }
        let end = text.skipSpacesBackward(from: cursor, limit: 40)
        guard text[end - 1] == 0x3A else { return false }
        let words = text.string(text.lineStart(before: end, limit: 200)..<end - 1).lowercased().split(separator: " ")
        guard let verb = words.last else { return false }
        // (Not `ORDERED:`, which opens the court's own list of rulings.)
        return ["held", "holding", "stated", "explained", "reasoned", "ruled", "noted", "wrote", "concluded", "observed", "said"].contains(String(verb))
    }

    /// An odd number of double quotation marks before the word in its sentence.
    static func quoted(_ text: TextView, _ range: Range<Int>) -> Bool {
        var quotes = 0
        for index in range where text[index] == 0x22 { quotes += 1 }
        return quotes % 2 == 1
    }

    /// The one docket cite between an object's end and its clause's (a `;`, a sentence's end),
    /// within 200 bytes and with no other ruling word between: `DENIES Defendant's Motion to Exclude
    /// Punitive Damages …, in the alternative, Bifurcate … [#42]; GRANTS …`.
    static func clauseCite(_ text: TextView, after start: Int, docketEntries: DocketEntries) -> String? {
        var end = start
        while end < text.count, end - start < 200, text[end] != 0x3B, !(text[end] == 0x2E && ByteClass.isSpace(text[end + 1])) { end += 1 }
        guard end < text.count, end - start < 200 else { return nil }
        let cites = docketEntries.inside(start..<end)
        guard cites.count == 1, let cite = cites.first, !rulingWord(in: text.string(start..<cite.range.lowerBound)) else { return nil }
        return cite.docketEntry?.number
    }

    /// The object of an active verb: to the clause's end.
    static func object(_ text: TextView, from start: Int) -> Range<Int> {
        // ` and ` before another of the court's verbs (`affirm the judgment and remand`), not inside
        // a name (`the Report and Recommendation`).
        func andBeforeRuling(_ index: Int) -> Bool {
            guard text.hasCaseless(" and ", at: index) else { return false }
            var next = text.skipSpaces(from: index + 5, limit: 40)
            for adverb in ["also ", "further ", "hereby "] as [StaticString] where text.hasCaseless(adverb, at: next) { next += adverb.utf8CodeUnitCount }
            var end = next
            while ByteClass.isLetter(text[end]) { end += 1 }
            // (Or the court's `ORDER` in capitals: `We GRANT Ms. Kindle’s request and ORDER the reporter’s record be filed`.)
            return end > next && (Word(text, next..<end) != nil || text.hasCaseless("render", at: next)
                                  || (text.has("ORDER ", at: next) || text.has("ORDERS ", at: next) || text.has("DIRECT", at: next)) && ByteClass.isUpper(text[next + 1]))
        }
        var cursor = text.skipSpaces(from: start, limit: 40)
        let begin = cursor
        var depth = 0
        while cursor < text.count && cursor - begin < 240 {
            let byte = text[cursor]
            if byte == 0x28 || byte == 0x5B { depth += 1 } else if byte == 0x29 || byte == 0x5D { depth -= 1 }
            if depth <= 0 {
                // (`ADOPTS the Report and Recommendations as follows: The Motion …`.)
                if byte == 0x3B || byte == 0x2C || byte == 0x3A { break }
                if byte == 0x2E && (ByteClass.isSpace(text[cursor + 1]) || text[cursor + 1] == 0) {
                    let word = text.string(text.wordStart(endingAt: cursor + 1)..<cursor + 1)
                    // (And a report's initials, `the R&R.`, `the M&R.`: never inside a name.)
                    if CaseNameFinder.endsSentence(word) || word.count <= 2 || word.contains("&") && !word.contains(where: \.isLowercase) { break }
                }
                if andBeforeRuling(cursor) || text.hasCaseless(" to the extent", at: cursor) || text.hasCaseless(" as to ", at: cursor)
                    || text.hasCaseless(" but ", at: cursor) || text.hasCaseless(" as moot", at: cursor) || text.hasCaseless(" for lack", at: cursor)
                    || text.hasCaseless(" for want", at: cursor) || text.hasCaseless(" because ", at: cursor)
                    // What the ruling does to it, not its name: `I dismiss the claim without prejudice to re-filing if …`.
                    || text.hasCaseless(" without prejudice", at: cursor) || text.hasCaseless(" with prejudice", at: cursor)
                    || text.hasCaseless(" as follows", at: cursor) { break }
                // A footnote set between the lines of the sentence (`claim for ⏎⏎4 This does not …`).
                if byte == 0x0A, text[cursor + 1] == 0x0A, ByteClass.isDigit(text[text.skipSpaces(from: cursor, limit: 40)]) { break }
            }
            cursor += 1
        }
        return begin..<cursor
    }

    /// The thing ruled on, as a motion's name, and the docket entry cited in it.
    /// The document's docket-entry finds in text order, and what the text says each one is
    /// (`Motion for Discovery (ECF No. 21)`), lower case, read once per document.
    struct DocketEntries {
        let finds: [LegalCite.Found]
        let described: [(description: String, number: String, at: Int)]
        /// Each entry cited alone (not in a list, no attachment) and the words of its sentence
        /// before it, lower case, or of the sentence before when the cite stands alone
        /// (`Before the Court is Defendant's Motion to Dismiss for lack of personal jurisdiction.
        /// ECF No. 54.`): where a filing named later by its name or kind (`the Motion`) was cited.
        let introduced: [(words: String, number: String)]
        /// The short names the text gives a filing where it cites it, lower case, each to the one
        /// entry it names (`(Mot. to Determine …, ECF No. 42) hereinafter “Motion”`, `Motion to
        /// Dismiss ("MTD"), [ECF No. 15]`, `Mot. to Dismiss, ECF No. 5 (“MTD”)`).
        let defined: [String: String]

        init(_ finds: [LegalCite.Found], text: TextView) {
            self.finds = finds
            var defined: [String: String] = [:]
            var doubtful: Set<String> = []
            for (index, find) in finds.enumerated() {
                guard let entry = find.docketEntry, entry.through == nil else { continue }
                // A list (`Dkts. 62, 63 (“Motion”)`) says not which entry the name is.
                if index > 0, find.range.lowerBound - finds[index - 1].range.upperBound < 12 { continue }
                if index + 1 < finds.count, finds[index + 1].range.lowerBound - find.range.upperBound < 12 { continue }
                for term in Self.definedTerms(text, after: find.range.upperBound) + Self.definedTerms(text, before: find.range.lowerBound) {
                    if let number = defined[term], number != entry.number { doubtful.insert(term) }
                    defined[term] = entry.number
                }
            }
            for term in doubtful { defined[term] = nil }
            self.defined = defined
            described = finds.compactMap { find in
                guard let entry = find.docketEntry, let description = entry.description else { return nil }
                return (description.lowercased(), entry.number, find.range.lowerBound)
            }
            var introduced: [(words: String, number: String)] = []
            for (index, find) in finds.enumerated() {
                guard let entry = find.docketEntry, entry.attachment == nil, entry.through == nil else { continue }
                // `(Dkts. 102, 107)`: a list says not which filing is which.
                if index > 0, find.range.lowerBound - finds[index - 1].range.upperBound < 12 { continue }
                if index + 1 < finds.count, finds[index + 1].range.lowerBound - find.range.upperBound < 12 { continue }
                // A line without a lower-case letter is a page's stamp (`NYSCEF DOC. NO. 80`) or a heading.
                let lineStart = text.lineStart(before: find.range.lowerBound, limit: 200)
                var lineEnd = find.range.upperBound
                while lineEnd < text.count && text[lineEnd] != 0x0A && lineEnd - find.range.upperBound < 200 { lineEnd += 1 }
                if !(lineStart..<lineEnd).contains(where: { ByteClass.isLower(text[$0]) }) { continue }
                var start = RulingReader.sentenceStart(text, before: find.range.lowerBound)
                if text.words(start..<find.range.lowerBound).filter(\.isLetter).count < 12 {
                    let previousEnd = text.skipSpacesBackward(from: start, limit: 40)
                    if previousEnd > 1 { start = RulingReader.sentenceStart(text, before: previousEnd - 1) }
                }
                start = max(start, find.range.lowerBound - 400)
                introduced.append((" " + text.words(start..<find.range.lowerBound).lowercased() + " ", entry.number))
            }
            self.introduced = introduced
        }

        /// The quoted names a parenthesis right after a docket cite gives (`ECF No. 42) hereinafter
        /// “Motion” or “Mot.”`, `ECF No. 5 (“MTD”)`), lower case.
        static func definedTerms(_ text: TextView, after end: Int) -> [String] {
            var cursor = end
            var steps = 0
            while steps < 3, cursor < text.count, text[cursor] == 0x29 || text[cursor] == 0x5D || text[cursor] == 0x2C || ByteClass.isSpace(text[cursor]) {
                cursor += 1
                steps += 1
            }
            cursor = text.skipSpaces(from: cursor, limit: 3)
            var opened = false
            if text[cursor] == 0x28 { opened = true; cursor = text.skipSpaces(from: cursor + 1, limit: 2) }
            if text.hasCaseless("hereinafter", at: cursor) {
                opened = true
                cursor = text.skipSpaces(from: cursor + 11, limit: 3)
                if text[cursor] == 0x2C { cursor = text.skipSpaces(from: cursor + 1, limit: 3) }
            }
            guard opened else { return [] }
            var terms: [String] = []
            while terms.count < 3, let (term, close) = quoted(text, at: cursor) {
                terms.append(term)
                cursor = text.skipSpaces(from: close, limit: 3)
                guard text.has("or ", at: cursor) else { break }
                cursor = text.skipSpaces(from: cursor + 3, limit: 3)
            }
            return terms
        }

        /// The quoted name in a parenthesis right before a docket cite (`Motion to Dismiss ("MTD"),
        /// [ECF No. 15]`), lower case.
        static func definedTerms(_ text: TextView, before start: Int) -> [String] {
            var cursor = start
            var steps = 0
            while steps < 4, cursor > 0, text[cursor - 1] == 0x28 || text[cursor - 1] == 0x5B || text[cursor - 1] == 0x2C || ByteClass.isSpace(text[cursor - 1]) {
                cursor -= 1
                steps += 1
            }
            guard cursor > 2, text[cursor - 1] == 0x29 else { return [] }
            let close = cursor - 1
            var open = close - 1
            while open > 0, close - open < 48, text[open] != 0x28 { open -= 1 }
            guard text[open] == 0x28, let (term, end) = quoted(text, at: text.skipSpaces(from: open + 1, limit: 2)), text.skipSpaces(from: end, limit: 2) == close else { return [] }
            return [term]
        }

        /// A name in quotation marks (straight or curly) at `start`, lower case, and where its
        /// closing mark ends: letters, spaces and periods only, up to 40 bytes.
        private static func quoted(_ text: TextView, at start: Int) -> (String, Int)? {
            let curly = text.has("\u{201C}", at: start)
            guard curly || text[start] == 0x22 else { return nil }
            let from = start + (curly ? 3 : 1)
            var cursor = from
            while cursor < text.count, cursor - from <= 40 {
                if curly ? text.has("\u{201D}", at: cursor) : text[cursor] == 0x22 {
                    let term = text.words(from..<cursor)
                    guard term.contains(where: \.isLetter), term.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." || $0 == "&" }) else { return nil }
                    return (term.lowercased(), cursor + (curly ? 3 : 1))
                }
                cursor += 1
            }
            return nil
        }

        /// The one entry whose sentence names one of `keys` (a filing's name or kind, lower case),
        /// if only one does; where the ruling names whose filing it is (`TGW's motion`), a sentence
        /// naming the filing of another party (`Plaintiff RG Golf Warehouse, Inc.'s motion`) is not it.
        func introducing(_ keys: [String], possessor: String?) -> String? {
            let numbers = Set(introduced.filter { entry in
                guard keys.contains(where: { entry.words.containsBytes(" " + $0 + " ") || entry.words.containsBytes(" " + $0 + ",")
                    || entry.words.containsBytes(" " + $0 + ".") || entry.words.containsBytes(" " + $0 + "(") }) else { return false }
                guard let possessor, entry.words.containsBytes("'s ") || entry.words.containsBytes("s' ") else { return true }
                return entry.words.containsBytes(" " + possessor + " ") || entry.words.containsBytes(" " + possessor + "'")
                    || entry.words.containsBytes(" " + possessor + ",") || entry.words.containsBytes("(" + possessor)
            }.map(\.number))
            return numbers.count == 1 ? numbers.first : nil
        }

        /// The finds that start inside `range` (binary search: finds are in text order).
        func inside(_ range: Range<Int>) -> ArraySlice<LegalCite.Found> {
            var low = 0, high = finds.count
            while low < high {
                let middle = (low + high) / 2
                if finds[middle].range.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < finds.count && finds[end].range.lowerBound < range.upperBound { end += 1 }
            return finds[low..<end]
        }
    }

    /// Words after `for` that give a claim's reason (`for failure to state a claim`, `for two reasons`).
    private static let reasons: Set<String> = ["failure", "lack", "want", "two", "three", "these", "those", "several", "the", "that", "this"]

    /// A filing named by its kind alone, and the words a description of that kind holds.
    private static let genericFilings: [String: [String]] = [
        "motion": ["motion"], "petition": ["petition"], "application": ["application"],
        "r & r": ["report and recommendation", "r & r", "r&r"], "r&r": ["report and recommendation", "r & r", "r&r"],
        "report and recommendation": ["report and recommendation"], "report": ["report and recommendation"],
    ]

    private static let strong: Set<String> = ["motion", "motions", "petition", "application", "request", "objection", "objections", "report", "r&r", "m&r", "complaint"]

    /// Words that end a motion's name, lower case, split once.
    private static let stops: [[String]] = ["dated", "filed", "docketed", "pursuant", "in this", "to the extent", "with respect", "in favor", "for the reasons",
        "as to", "in accordance", "with prejudice", "without prejudice", "is", "are", "be", "as the", "in its", "in full", "that", "for consideration",
        "for entry", "for further", "and his", "and her", "and its", "and their", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december"].map { $0.split(separator: " ").map(String.init) }

    static func motion(_ text: TextView, _ phrase: Range<Int>, docketEntries: DocketEntries, subject: Bool) -> (String?, String?) {
        guard !phrase.isEmpty else { return (nil, nil) }
        let cites = docketEntries.inside(phrase)
        var docket = cites.first?.docketEntry?.number
        // The words without the docket cites and the brackets around them.
        var bytes: [UInt8] = []
        var index = phrase.lowerBound
        while index < phrase.upperBound {
            if let cite = cites.first(where: { $0.range.lowerBound == index || (text[index] == 0x28 || text[index] == 0x5B) && $0.range.lowerBound == text.skipSpaces(from: index + 1, limit: 2) }) {
                var end = cite.range.upperBound
                if text[end] == 0x29 || text[end] == 0x5D { end += 1 }
                index = end
                continue
            }
            bytes.append(text[index])
            index += 1
        }
        // Of the parts between commas, the one naming the motion (`on the issue of …, CIA's Motion
        // for summary judgment`; `the Report and Recommendation, dated February 4, 2022`).
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: ",").map(String.init)
        // The subject stands last before its verb, an object first after it.
        let ordered = subject ? Array(parts.reversed()) : parts
        let part = ordered.first(where: { part in
            part.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" }).contains { strong.contains(String($0)) } || part.containsBytes("R & R")
        })
            ?? ordered.first(where: namesRuledThing) ?? ordered.first ?? ""
        var words = part.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        // A word broken at its hyphen at a line's end is one word (`cross-⏎Motion`).
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.count > 1, last.hasSuffix("-"), last.first?.isLetter == true, word.first?.isLetter == true {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        words = joined
        var lower = words.map { $0.lowercased() }
        for stopWords in stops {
            if let at = (1..<max(1, words.count)).first(where: { position in
                position + stopWords.count <= words.count && (0..<stopWords.count).allSatisfy { lower[position + $0] == stopWords[$0] }
            }) {
                words = Array(words[..<at])
                lower = Array(lower[..<at])
            }
        }
        // A claim's reasons are no part of its name (`the IIED claim for failure to state a claim`);
        // a motion's are (`Motion to Dismiss for Failure to State a Claim`).
        if let head = lower.first(where: { !["the", "any", "all", "plaintiff's", "defendant's"].contains($0) }), !strong.contains(head),
           let at = (1..<max(1, lower.count)).first(where: { $0 + 1 < lower.count && lower[$0] == "for" && Self.reasons.contains(lower[$0 + 1]) }) {
            words = Array(words[..<at])
            lower = Array(lower[..<at])
        }
        // A list's number (`(2) Plaintiffs' cross-motion`).
        if let first = words.first, first.count <= 4, first.trimmingASCII("()").allSatisfy({ $0.isNumber || ("a"..."z").contains($0) }),
           first.hasSuffix(")"), words.count > 1 {
            words.removeFirst()
            lower.removeFirst()
        }
        // Past the possessor: `Plaintiff's`, `Defendants'`, `IPS'` (the first: `defendant's Motion to
        // Dismiss Plaintiff's Complaint`).
        var possessorWord: String? = nil
        // (Texas's old slip opinions write the apostrophe as `=`: `relator=s petition`.)
        if let possessive = words.firstIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("s'") || $0.hasSuffix("S'") || $0.hasSuffix("'S")
            || $0.count > 3 && $0.hasSuffix("=s") && $0.dropLast(2).allSatisfy(\.isLetter) }) {
            possessorWord = words[possessive]
            words = Array(words[(possessive + 1)...])
        }
        // A heading glued before the sentence (`Conclusion This matter`): from the determiner on.
        if words.count > 2, words[0].first?.isUppercase == true,
           let determiner = words.dropFirst().firstIndex(where: { ["The", "This", "These", "That"].contains($0) }) {
            words = Array(words[determiner...])
        }
        while let first = words.first, words.count > 1,
              ["the", "any", "this", "that", "its", "his", "her", "their", "our", "said", "a", "an", "and", "plaintiff", "plaintiffs", "defendant", "defendants",
               "petitioner", "respondent", "appellant", "appellee", "movant"].contains(first.lowercased()) {
            // `any pending motion for a stay` is a motion for a stay; `any pending motions`, named by
            // their kind alone, and `the parties' pending motions for …` keep the word.
            if ["any", "all"].contains(first.lowercased()), words.count > 3, words[1].lowercased() == "pending" { words.removeFirst() }
            words.removeFirst()
        }
        // Words a name does not end on (`application for leave to appeal the` before a date).
        while let last = words.last, words.count > 1, ["the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "with", "by"].contains(last.lowercased()) {
            words.removeLast()
        }
        var name = words.joined(separator: " ").trimmedASCII(" ,.;:()[]")
        // `we affirm for the reasons stated`, `we affirm without comment`: no thing named.
        if let first = words.first?.lowercased(), ["for", "on", "in", "as", "with", "without", "because", "based", "under", "to"].contains(first) { name = "" }
        // `adopt it as my decision`: a pronoun names nothing.
        if let first = words.first?.lowercased(), words.count > 1, ["it", "them"].contains(first) { name = "" }
        // The short name the text gave the filing where it cited it (`… ECF No. 42) hereinafter
        // “Motion”` … `the Plaintiffs’ Motion is GRANTED IN PART`).
        if docket == nil, let number = docketEntries.defined[name.lowercased()] { docket = number }
        // The docket entry a motion named without its number was filed as, where the text said
        // (`Motion for Discovery (ECF No. 21)` earlier, `the Motion for Discovery is denied` here).
        if docket == nil, name.split(separator: " ").count >= 2 {
            let key = name.lowercased()
            // Of two reports and recommendations described alike (each adopted in its paragraph, on
            // its motion), the one described last before the ruling. (Motions described alike are
            // told apart by their parties, which a description leaves out: the first stays.)
            let matching = docketEntries.described.filter { $0.description == key || $0.description.hasSuffix(" " + key) }
            docket = key.hasPrefix("report") && Set(matching.map(\.number)).count > 1 && Set(matching.map(\.description)).count == 1
                ? matching.last(where: { $0.at < phrase.lowerBound })?.number
                : matching.first?.number
        }
        // `the Motion`, `the R & R`: the one filing of that kind the document describes, if one.
        if docket == nil, let kinds = Self.genericFilings[name.lowercased()] {
            let numbers = Set(docketEntries.described.filter { entry in kinds.contains { entry.description.containsBytes($0) } }.map(\.number))
            if numbers.count == 1 { docket = numbers.first }
        }
        // A filing named where its docket entry was cited, and later by its name or its kind
        // alone: `Defendant's Motion to Dismiss … ECF No. 54.` … `the Court will GRANT the Motion`.
        if docket == nil, !name.isEmpty {
            let key = name.lowercased()
            // The word of the party whose filing it is (`TGW` of `TGW's motion`), if the phrase names one.
            let possessor = possessorWord.map { String($0.lowercased().prefix { $0 != "'" && $0 != "’" }) }
                .flatMap { ["the", "plaintiff", "plaintiffs", "defendant", "defendants", ""].contains($0) ? nil : $0 }
            if let kinds = Self.genericFilings[key] {
                docket = docketEntries.introducing(kinds, possessor: possessor)
            } else if name.split(separator: " ").count >= 2, Self.strong.contains(String(key.split(separator: " ")[0])) {
                docket = docketEntries.introducing([key], possessor: possessor)
            }
        }
        let named = name.lowercased()
        let whole = String(decoding: bytes, as: UTF8.self).lowercased()
        // The appeal or case itself, however described (`the above captioned appeal`, `this direct
        // appeal`): no filing ruled on.
        let nameWords = named.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        let itself = nameWords.last.map { ["appeal", "case", "action", "matter", "cause", "suit"].contains($0) } == true
            && !nameWords.contains { ["of", "for", "to", "from", "on"].contains($0) || strong.contains(String($0)) }
        if name.isEmpty || itself || ["judgment", "case", "action", "matter", "appeal", "cause", "it", "this case", "this action", "this appeal"].contains(named)
            || named.hasPrefix("judgment of") || named.hasPrefix("trial court") || named.hasPrefix("district court")
            || named.containsBytes("order of the") || named.containsBytes("judgment of the") || whole.containsBytes("court's judgment") || whole.containsBytes("court's order") {
            return (nil, docket)
        }
        return (name, docket)
    }
}
