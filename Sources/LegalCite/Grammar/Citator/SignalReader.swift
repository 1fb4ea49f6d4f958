/// The signal that governs each citation (OUTPUT.md, `signal`): the words just before it when
/// they are a signal that opens a citation clause (`See`, `; see also`, `(cf.`), else the signal
/// of the cite before it in the same string cite (`See A; B`, `Compare A, with B`), else none.
///
/// Precision first: a signal counts only where a clause opens (after `.`, `;`, `:`, `(`, `[`, a
/// dash, a lower-case signal after a comma, or at a paragraph's start), so the verb `see` of prose
/// (`we see no error in Smith`) is never one; and a cite inside an explanatory parenthetical
/// (`(quoting B)`) does not inherit the signal outside it.
enum SignalReader {
    /// One signal or nil per find, in the order of `found`. `inheritsFrom` maps a history target
    /// (`aff'd, 600 U.S. 456`) to the cite whose history it is, which governs it.
    static func signals(_ text: TextView, found: [Found], inheritsFrom: [Int: Int] = [:]) -> [Signal?] {
        var signals = [Signal?](repeating: nil, count: found.count)
        // Where each find ends (a case with its court parenthetical), for finding the cite a `;` follows.
        var endingAt: [Int: Int] = [:]
        for (index, item) in found.enumerated() { endingAt[(item.fullRange ?? item.range).upperBound] = index }
        for (index, item) in found.enumerated() {
            if let anchor = inheritsFrom[index], anchor < index {
                signals[index] = signals[anchor]
                continue
            }
            // From the cite's start (its name's, where the name was read), then back over words
            // of a name the name reader did not take (`See United States v.⏎⏎Dyess, 478 F.3d`).
            var next: Int? = (item.fullRange ?? item.range).lowerBound
            // `id. § 1988`: the section's span starts at the mark; its signal stands before `id.`.
            if let mark = next, text[mark] == 0xC2, text[mark + 1] == 0xA7 {
                let idEnd = text.skipSpacesBackward(from: mark, limit: 3)
                if idEnd >= 3, text.has("id.", endingAt: idEnd) || text.has("Id.", endingAt: idEnd),
                   idEnd == 3 || !ByteClass.isAlphanumeric(text[idEnd - 4]) { next = idEnd - 3 }
            }
            let first = next
            // Strict words first (a name's capitalized words and connectors); where they reach
            // neither a signal nor the cite before, once more over the words a name may also hold
            // (`Am. Petrol. Inst.`, `(In re Softalk)`, `Syl. pt. 5,`, a star page, a page stamp).
            var reached = first ?? 0
            var decided = false
            for permissive in [false, true] {
                next = first
                var steps = 0
                decided = false
                while let start = next, steps < (permissive ? 24 : 13) {
                    steps += 1
                    reached = start
                    next = permissive ? wordBackAcross(text, from: start, origin: (item.fullRange ?? item.range).lowerBound)
                        : wordBack(text, from: start, origin: (item.fullRange ?? item.range).lowerBound)
                    if let direct = direct(text, before: start) {
                        signals[index] = direct
                        decided = true
                        break
                    }
                    if let (previous, joint) = previousInClause(text, before: start, endingAt: endingAt), previous < index {
                        switch joint {
                        case .semicolon: signals[index] = signals[previous]
                        case .with: signals[index] = signals[previous] == .compare ? .compare : nil
                        case .list where sameKind(found[previous].citation, item.citation): signals[index] = signals[previous]
                        case .list: break
                        }
                        decided = true
                        break
                    }
                }
                if decided { break }
            }
            // `See Code § 20-107.3(D); McDavid v. McDavid, 19 Va. App. 406`: after a `;` that follows
            // no cite read, the signal that opens the string cite or a part of it before.
            if !decided, let signal = signalOfStringCite(text, before: reached) { signals[index] = signal }
        }
        return signals
    }

    /// The signal of the string cite a `;` just before `start` continues, where the cite before
    /// the `;` was not read: the last signal opening one of the string's parts, from the start of
    /// its sentence or its parenthesis (`(citing A; B)` has none), within 400 bytes.
    static func signalOfStringCite(_ text: TextView, before start: Int) -> Signal? {
        let semicolon = skipBack(text, from: start)
        guard semicolon > 0, text[semicolon - 1] == 0x3B else { return nil }
        // The parts' starts, nearest first: after each `;` at the depth of this one, back to the
        // `(` that opens it or the sentence's start.
        var starts: [Int] = []
        var depth = 0
        var cursor = semicolon - 1
        let limit = max(0, semicolon - 400)
        while cursor > limit {
            let byte = text[cursor - 1]
            if byte == 0x29 { depth += 1 } else if byte == 0x28 {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, byte == 0x3B {
                starts.append(cursor)
            } else if depth == 0, byte == 0x2E, ByteClass.isSpace(text[cursor]),
                      CaseNameFinder.endsSentence(text.string(text.wordStart(endingAt: cursor)..<cursor)) {
                break
            } else if byte == 0x0A, text[cursor - 2] == 0x0A, cursor >= 2, !ByteClass.isLower(text[text.skipSpaces(from: cursor, limit: 40)]) {
                break
            }
            cursor -= 1
        }
        guard cursor > limit || cursor == 0 else { return nil }
        starts.append(cursor)
        for partStart in starts {
            let words = wordsAfter(text, partStart, count: 3)
            for (spelling, signal) in Signal.spellings where spelling.count <= words.count {
                if zip(words.prefix(spelling.count), spelling).allSatisfy({ $0 == $1 }) { return signal }
            }
        }
        return nil
    }

    /// Up to `count` words from `start`, lower case, without emphasis and a trailing comma.
    private static func wordsAfter(_ text: TextView, _ start: Int, count: Int) -> [String] {
        var words: [String] = []
        var cursor = start
        while words.count < count {
            while cursor < text.count && (ByteClass.isSpace(text[cursor]) || isEmphasis(text[cursor])) { cursor += 1 }
            let wordStart = cursor
            while cursor < text.count && !ByteClass.isSpace(text[cursor]) && cursor - wordStart < 24 { cursor += 1 }
            guard cursor > wordStart else { break }
            var bytes = Array(text.bytes[wordStart..<cursor])
            while let last = bytes.last, last == 0x2C || isEmphasis(last) { bytes.removeLast() }
            // `(See Opp'n at 4) (acknowledging …); Fed. R. Civ. P. 36(a)(1)`: a part that opens
            // with its bracket (a record cite's, not read) opens with the signal inside it.
            if words.isEmpty, let first = bytes.first, first == 0x28 || first == 0x5B { bytes.removeFirst() }
            words.append(String(decoding: bytes, as: UTF8.self).lowercased())
        }
        return words
    }

    /// Like `wordBack`, but also over the words a name holds that a sentence's end may look like
    /// or that set a name off: a capitalized abbreviation (`Am. Petrol. Inst. v. EPA`), the
    /// parenthetical of a bankruptcy name (`Webb Co. v. First City Bank (In re Softalk Pub. Co.)`),
    /// West Virginia's `Syl. pt. 5,`, a star page (`*1095`), a glued `v.Boynton`, and a page's stamp
    /// between two lines of a name (`St. Paul Fire &⏎⏎ 8⏎\u{0C}Marine Ins. Co.`).
    static func wordBackAcross(_ text: TextView, from cursor: Int, origin: Int) -> Int? {
        var end = cursor
        while end > 0 && ByteClass.isSpace(text[end - 1]) && cursor - end < 40 { end -= 1 }
        // A page's stamp: a line of a page number alone (and the form feed after it).
        if end > 0, end < cursor, ByteClass.isDigit(text[end - 1]) {
            var digits = end
            while digits > 0 && ByteClass.isDigit(text[digits - 1]) && end - digits < 4 { digits -= 1 }
            var lineStart = digits
            while lineStart > 0 && ByteClass.isHorizontalSpace(text[lineStart - 1]) { lineStart -= 1 }
            let gap = text.string(end..<cursor)
            if lineStart > 0, text[lineStart - 1] == 0x0A, gap.contains("\n") || gap.contains("\u{0C}") {
                end = lineStart - 1
                while end > 0 && ByteClass.isSpace(text[end - 1]) && lineStart - end < 200 { end -= 1 }
            }
        }
        var from = cursor
        if end > 0, end < cursor, text.skipSpacesBackward(from: cursor, limit: 40) > end { from = end }
        guard end > 0, end < cursor || end == origin else { return nil }
        // A reporter's page of the opinion itself in brackets (`See [58 Va.App. 253] Travelers Prop.`,
        // as CAP and West texts mark their pages): back over it to the `[`.
        if text[end - 1] == 0x5D, let open = bracketedPage(text, close: end - 1) { return open }
        // `(In re Softalk Pub. Co., Inc.)`: the name's start stands inside a parenthesis.
        if text[end - 1] == 0x28, end == cursor,
           text.has("In re ", at: cursor) || text.has("in re ", at: cursor) || text.has("Ex parte ", at: cursor) { return end - 1 }
        if let strict = wordBack(text, from: from, origin: from == cursor ? origin : from) { return strict }
        let wordStart = text.wordStart(endingAt: end)
        guard wordStart < end, end - wordStart < 40 else { return nil }
        let word = text.string(wordStart..<end)
        let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
        guard let first = bare.unicodeScalars.first else { return nil }
        if bare != "G.", Signal.spellings.contains(where: { $0.words.last == bare.lowercased() }) { return nil }
        // `(In re Softalk Pub. Co., Inc.),` before the cite: back to the name before the parenthesis.
        if bare.hasSuffix(")"), let open = openingParenthesis(text, close: wordStart + bare.utf8.count - 1),
           text.has("(In re ", at: open) || text.has("(in re ", at: open) || text.has("(Ex parte ", at: open) { return open }
        // `Petrol.`, `Inst.`: a capitalized abbreviation of a name (not a number's period).
        if first.properties.isUppercase, bare.hasSuffix("."), bare.utf8.count <= 9,
           bare.dropLast().allSatisfy({ $0.isLetter || $0 == "." }) { return wordStart }
        if ["syl.", "pt.", "pts."].contains(bare.lowercased()) { return wordStart }
        // California's year between name and cite (`People v. Elize⏎(1999) 71 Cal.App.4th 605`).
        if bare.utf8.count == 6, bare.hasPrefix("("), bare.hasSuffix(")"), bare.dropFirst().dropLast().allSatisfy(\.isNumber) { return wordStart }
        // A star page (`*1095`, `**12`) and a name glued to its `v.` (`Jessie v.Boynton`).
        if first == "*", bare.dropFirst().drop(while: { $0 == "*" }).allSatisfy(\.isNumber), bare.count > 1 { return wordStart }
        if bare.hasPrefix("v."), bare.count > 2, bare.unicodeScalars.dropFirst(2).first?.properties.isUppercase == true { return wordStart }
        return nil
    }

    /// The `[` of a bracketed page closed at `close` (`[58 Va.App. 253]`, `[ 320 Pa. Super. 540 ]`):
    /// a volume, a reporter's letters and periods, a page, and nothing else, within 40 bytes of one line.
    static func bracketedPage(_ text: TextView, close: Int) -> Int? {
        guard text[close] == 0x5D else { return nil }
        var open = close - 1
        while open > 0, close - open < 40, text[open] != 0x5B, text[open] != 0x0A { open -= 1 }
        guard text[open] == 0x5B else { return nil }
        let words = text.string(open + 1..<close).split(separator: " ")
        guard words.count >= 3, let volume = words.first, let page = words.last,
              volume.allSatisfy(\.isNumber), page.allSatisfy(\.isNumber), volume.count <= 4, page.count <= 5,
              words.dropFirst().dropLast().allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "." || $0.isNumber } && $0.contains(where: \.isLetter) })
        else { return nil }
        return open
    }

    /// The `(` of the parenthetical closed at `close`, within 200 bytes and on no clause's `;`.
    private static func openingParenthesis(_ text: TextView, close: Int) -> Int? {
        guard text[close] == 0x29, let open = opening(text, close: close), close - open < 200,
              !(open..<close).contains(where: { text[$0] == 0x3B }) else { return nil }
        return open
    }

    /// The start of the word before `cursor` when it may be part of a case name the name reader
    /// did not take (a capitalized word, a number, a connector such as `v.` or `ex rel.`, a docket
    /// number `No. 13-11-00152-CV,`); nil at a sentence's end, a clause's punctuation or a signal.
    static func wordBack(_ text: TextView, from cursor: Int, origin: Int) -> Int? {
        var end = cursor
        while end > 0 && ByteClass.isSpace(text[end - 1]) && cursor - end < 40 { end -= 1 }
        guard end > 0, end < cursor || end == origin else { return nil }
        let wordStart = text.wordStart(endingAt: end)
        guard wordStart < end, end - wordStart < 40 else { return nil }
        // Cheap refusals first: a lower-case word that is no connector ends the name.
        let firstByte = text[wordStart]
        guard ByteClass.isUpper(firstByte) || ByteClass.isDigit(firstByte) || firstByte >= 0x80 || firstByte == 0x26 || ByteClass.isLower(firstByte) else { return nil }
        let word = text.string(wordStart..<end)
        let bare = word.hasSuffix(",") ? String(word.dropLast()) : word
        guard let first = bare.unicodeScalars.first,
              !bare.utf8.contains(0x3B), !bare.utf8.contains(0x28), !bare.utf8.contains(0x29), !bare.utf8.contains(0x22),
              first.properties.isUppercase || ("0"..."9").contains(first) || CaseNameFinder.connectors.contains(bare) || first == "&",
              !CaseNameFinder.endsSentence(bare) || bare == "No." else { return nil }
        // A signal is no word of a name: the start after it was the last to try.
        if bare != "G.", Signal.spellings.contains(where: { $0.words.last == bare.lowercased() }) { return nil }
        return wordStart
    }

    /// The signal written just before `start`, if it opens a citation clause.
    static func direct(_ text: TextView, before start: Int) -> Signal? {
        let words = wordsBefore(text, start, count: 3)
        guard !words.isEmpty else { return nil }
        for (spelling, signal) in Signal.spellings where spelling.count <= words.count {
            let candidate = words.suffix(spelling.count)
            guard zip(candidate, spelling).allSatisfy({ $0.bare == $1 }) else { continue }
            let first = candidate.first!
            // `See, e. g.,` of older opinions, in lower case only (not the initials of a name: `See E. G. Smith Co.`).
            if spelling.contains("g."), !candidate.allSatisfy({ $0.bare != "e." || ByteClass.isLower(text[$0.start]) }) { continue }
            // Inside the phrase, only the commas a signal is written with (`See, e.g.,`).
            guard opensClause(text, before: first.start, lowerCase: ByteClass.isLower(text[first.start])) else { return nil }
            return signal
        }
        return nil
    }

    /// A word before a cite: its start and its lower-case form without emphasis and trailing commas.
    struct Word { let start: Int; let bare: String }

    /// Up to `count` words ending before `end`, last word last; emphasis marks (`*See*`, `_cf._`)
    /// and a trailing comma dropped.
    static func wordsBefore(_ text: TextView, _ end: Int, count: Int) -> [Word] {
        var words: [Word] = []
        var cursor = end
        while words.count < count {
            while cursor > 0 && (ByteClass.isSpace(text[cursor - 1]) || isEmphasis(text[cursor - 1])) { cursor -= 1 }
            guard end - cursor < 64 else { break }
            let wordEnd = cursor
            while cursor > 0 && !ByteClass.isSpace(text[cursor - 1]) && wordEnd - cursor < 24 { cursor -= 1 }
            guard cursor < wordEnd else { break }
            var start = cursor
            while start < wordEnd, isEmphasis(text[start]) { start += 1 }
            // A footnote's superscript number glued to the word: `¹See`.
            while let marker = superscriptLength(text, at: start), start + marker < wordEnd { start += marker }
            var bytes = Array(text.bytes[start..<wordEnd])
            while let last = bytes.last, last == 0x2C || isEmphasis(last) { bytes.removeLast() }
            // `(see` and `[See`: the bracket opens the clause; the word starts after it.
            if let first = bytes.first, first == 0x28 || first == 0x5B { bytes.removeFirst(); start += 1 }
            // `fails—see` (the dash normalized to `-`): a dash glued before a signal's word opens
            // the clause; the word starts after it.
            if let dash = bytes.lastIndex(of: 0x2D), dash > 0, dash + 1 < bytes.count,
               Signal.spellings.contains(where: { $0.words.first == String(decoding: bytes[(dash + 1)...], as: UTF8.self).lowercased() }) {
                bytes.removeFirst(dash + 1)
                start += dash + 1
            }
            // A footnote's number glued to a signal's word, after a sentence's end or at the word's
            // start (`held.3See`, a superscript set in the line: `4See also`): the clause opens after
            // the number; the word starts after it.
            if let digit = bytes.firstIndex(where: ByteClass.isDigit),
               digit == 0 || [0x2E, 0x22, 0x27, 0x29, 0x5D].contains(bytes[digit - 1]) {
                var after = digit
                while after < bytes.count, ByteClass.isDigit(bytes[after]) { after += 1 }
                let word = String(decoding: bytes[after...], as: UTF8.self).lowercased()
                if after - digit <= 3, after < bytes.count, ByteClass.isLetter(bytes[after]),
                   Signal.spellings.contains(where: { $0.words.first == word }) {
                    bytes.removeFirst(after)
                    start += after
                }
            }
            words.insert(Word(start: start, bare: String(decoding: bytes, as: UTF8.self).lowercased()), at: 0)
            if start > cursor { break }
        }
        return words
    }

    /// Whether a clause can open at `start`: at the text's or a paragraph's start, or after a
    /// sentence's or clause's punctuation; after a comma only for a lower-case signal.
    static func opensClause(_ text: TextView, before start: Int, lowerCase: Bool) -> Bool {
        var cursor = start
        var newlines = 0
        while cursor > 0 {
            let byte = text[cursor - 1]
            if byte == 0x0A { newlines += 1 } else if !ByteClass.isSpace(byte) && !isEmphasis(byte) && byte != 0x22 && byte != 0x27 { break }
            cursor -= 1
        }
        if cursor == 0 || newlines >= 2 { return true }
        if superscriptLength(text, at: cursor - 2) == 2 || superscriptLength(text, at: cursor - 3) == 3 { return true }
        let byte = text[cursor - 1]
        switch byte {
        case 0x2E, 0x3B, 0x3A, 0x28, 0x5B, 0x3F, 0x21, 0x2D: return true
        case 0x2C: return lowerCase
        case 0x5D:
            // A footnote's bracketed number at a line's start or after a sentence (`[2] See`).
            var digits = cursor - 1
            while digits > 0 && ByteClass.isDigit(text[digits - 1]) && cursor - 1 - digits < 3 { digits -= 1 }
            guard digits < cursor - 1, digits > 0, text[digits - 1] == 0x5B else { return false }
            let before = text.skipSpacesBackward(from: digits - 1, limit: 40)
            return before == 0 || [0x0A, 0x2E, 0x22, 0x27].contains(text[before - 1])
        default:
            // A footnote's number at a line's start (`1 See`), or after a sentence or a quotation
            // (`held.12 See`, `vehicle,” 1 see`).
            guard ByteClass.isDigit(byte) else { return false }
            var digits = cursor - 1
            while digits > 0 && ByteClass.isDigit(text[digits - 1]) && cursor - digits < 3 { digits -= 1 }
            var lineStart = digits
            while lineStart > 0 && ByteClass.isHorizontalSpace(text[lineStart - 1]) { lineStart -= 1 }
            let before = text.skipSpacesBackward(from: digits, limit: 2)
            // (Or a footnote's marker as CourtListener and findacase write it: `*fn2 See`, `FN2 See`.)
            if digits >= 2, text[digits - 2] | 0x20 == 0x66, text[digits - 1] | 0x20 == 0x6E,
               digits == 2 || !ByteClass.isLetter(text[digits - 3]) { return true }
            return lineStart == 0 || text[lineStart - 1] == 0x0A || [0x2E, 0x22, 0x27].contains(text[before - 1])
        }
    }

    enum Joint { case semicolon, with, list }

    /// The cite before `start` in the same string cite: one that ends, past its explanatory
    /// parentheticals, just before the `;` (or `, with`, or the `,` or `and` of a list) that
    /// comes before `start`.
    static func previousInClause(_ text: TextView, before start: Int, endingAt: [Int: Int]) -> (Int, Joint)? {
        var cursor = skipBack(text, from: start)
        let joint: Joint
        if text[cursor - 1] == 0x3B {
            joint = .semicolon
            cursor -= 1
        } else if text.has("with", endingAt: cursor), !ByteClass.isLetter(text[cursor - 5]) {
            joint = .with
            cursor -= 4
            cursor = skipBack(text, from: cursor)
            if text[cursor - 1] == 0x2C || text[cursor - 1] == 0x3B { cursor -= 1 }
        } else if text[cursor - 1] == 0x2C {
            joint = .list
            cursor -= 1
        } else if text.has("and", endingAt: cursor) || text.has("or", endingAt: cursor) {
            joint = .list
            cursor = text.wordStart(endingAt: cursor)
            cursor = skipBack(text, from: cursor)
            if text[cursor - 1] == 0x2C { cursor -= 1 }
        } else {
            return nil
        }
        cursor = skipBack(text, from: cursor)
        // Explanatory parentheticals after the cite: `(quoting B)`, `(per curiam)`.
        // (A cite's own parenthetical, `(9th Cir. 2020)` or the `(6)` of `12(b)(6)`, ends the cite.)
        var parentheticals = 0
        while endingAt[cursor] == nil, text[cursor - 1] == 0x29, parentheticals < 4, let open = opening(text, close: cursor - 1) {
            cursor = skipBack(text, from: open)
            parentheticals += 1
        }
        guard let previous = endingAt[cursor] else { return nil }
        return (previous, joint)
    }

    private static func skipBack(_ text: TextView, from index: Int) -> Int {
        var cursor = index
        while cursor > 0 && (ByteClass.isSpace(text[cursor - 1]) || isEmphasis(text[cursor - 1])) && index - cursor < 40 { cursor -= 1 }
        return cursor
    }

    /// The `(` that opens the parenthetical closed at `close`, within 2,000 bytes.
    private static func opening(_ text: TextView, close: Int) -> Int? {
        var depth = 0
        var index = close
        while index >= 0 && close - index < 2000 {
            switch text[index] {
            case 0x29: depth += 1
            case 0x28:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index -= 1
        }
        return nil
    }

    /// The length of a superscript digit at `index` (`¹²³` and U+2070-2079), a footnote's marker.
    static func superscriptLength(_ text: TextView, at index: Int) -> Int? {
        if text[index] == 0xC2, text[index + 1] == 0xB9 || text[index + 1] == 0xB2 || text[index + 1] == 0xB3 { return 2 }
        if text[index] == 0xE2, text[index + 1] == 0x81, text[index + 2] & 0xF0 == 0xB0 { return 3 }
        return nil
    }

    private static func isEmphasis(_ byte: UInt8) -> Bool { byte == 0x2A || byte == 0x5F }

    /// Whether two cites are of one list (`§§ 1331, 1343`): the same kind, not cases.
    private static func sameKind(_ left: Citation, _ right: Citation) -> Bool {
        switch (left, right) {
        case (.statute, .statute), (.regulation, .regulation), (.rule, .rule), (.constitution, .constitution),
             (.docketEntry, .docketEntry): true
        default: false
        }
    }
}
