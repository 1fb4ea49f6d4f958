/// Parties and their roles from the caption's left column (or a caption flattened onto one line):
/// names run until a role word (`Plaintiff,`, `Defendants.`, `Plaintiff-Appellee,`), and `v.`,
/// `and`, docket numbers and the court heading separate them.
enum PartyReader {
    private static let roles: [String: String] = [
        "plaintiff": "plaintiff", "plaintiffs": "plaintiff", "defendant": "defendant", "defendants": "defendant",
        "petitioner": "petitioner", "petitioners": "petitioner", "respondent": "respondent", "respondents": "respondent",
        "appellant": "appellant", "appellants": "appellant", "appellee": "appellee", "appellees": "appellee",
        "debtor": "debtor", "debtors": "debtor", "movant": "movant", "movants": "movant", "claimant": "claimant",
        "intervenor": "intervenor", "intervenors": "intervenor", "counter-defendant": "counter-defendant",
        "third-party": "third-party", "garnishee": "garnishee", "relator": "relator", "creditor": "creditor",
    ]

    /// The stems every role word begins with, by initial (`a` = 0), for a test that allocates nothing.
    private static let stemsByInitial: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 26)
        for stem in ["plaintiff", "defendant", "petitioner", "respondent", "appell", "debtor", "movant", "claimant",
                     "intervenor", "counter", "third", "garnishee", "relator", "creditor"] {
            table[Int(stem.utf8.first! - 0x61)].append(Array(stem.utf8))
        }
        return table
    }()

    /// Whether a word, as bytes, can name a role: capitalized, short, opening with a role stem.
    /// Most words fail here, on their first byte, before any string is made of them.
    static func mayBeRole<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
        guard let first = word.first, ByteClass.isUpper(first) else { return false }
        let stems = stemsByInitial[Int(first - 0x41)]
        guard !stems.isEmpty else { return false }
        let count = word.count
        guard count <= 40 else { return false }
        return stems.contains { stem in
            guard count >= stem.count else { return false }
            var index = word.startIndex
            for expected in stem {
                guard word[index] | 0x20 == expected else { return false }
                index = word.index(after: index)
            }
            return true
        }
    }

    /// The role a word names, with the appellate posture winning (`Plaintiff-Appellee` → appellee).
    static func role(_ word: String) -> String? {
        guard mayBeRole(word.utf8) else { return nil }
        var bare = word.trimmedASCII(",.;:").lowercased()
        // `Debtors.1`, `Plaintiff,2`: a footnote marker after the role.
        if let last = bare.last, last.isNumber, let cut = bare.lastIndex(where: { $0 == "." || $0 == "," }),
           bare[bare.index(after: cut)...].allSatisfy(\.isNumber) {
            bare = String(bare[..<cut])
        }
        if let role = roles[bare] { return role }
        let parts = bare.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count >= 2, let first = roles[parts[0]] else { return nil }
        for part in parts.dropFirst() where ["appellee", "appellant", "petitioner", "respondent"].contains(part) {
            return part
        }
        return parts.dropFirst().allSatisfy({ roles[$0] != nil || $0 == "cross" || $0 == "counter" }) ? first : nil
    }

    /// Stands for an `and` that ends a caption line: the names before and after it are two parties
    /// of the same role.
    static let joiner = "\u{1}and"

    /// `words` is the caption's left column as words, with `|` standing for a removed docket
    /// number, heading or line of site furniture.
    static func read(_ words: [String]) -> [Caption.Party] {
        var parties: [Caption.Party] = []
        var pending: [String] = []
        var waiting: [[String]] = []
        var versusCount = 0
        var beforeVersus: [String] = []
        var afterVersus: [String]? = nil
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == joiner {
                if !pending.isEmpty { waiting.append(pending) }
                pending = []
                continue
            }
            // `V.` inside a name in progress is a middle initial (`PATRICIA V. TRUMBULL`).
            let nextIsInitial = index < words.count && words[index].count == 2 && words[index].hasSuffix(".") && words[index].first!.isUppercase
            let versus = word == "v." || word == "vs." || ((word == "V." || word == "VS.") && pending.isEmpty && !nextIsInitial)
            let isVersus = versus || isWord(word, "v") || isWord(word, "versus") || isWord(word, "against") || isWord(word, "-vs-") || isWord(word, "-v-")
            if word == "|" || isVersus {
                // A caption that writes no roles (`UNITED STATES OF AMERICA v. MICHAEL K. JONES`):
                // the names on either side of the one `v.`.
                if isVersus { versusCount += 1; beforeVersus = pending } else if versusCount == 1, afterVersus == nil, !pending.isEmpty {
                    afterVersus = pending
                }
                pending = []
                waiting = []
                continue
            }
            if role(word) != nil, word.first?.isUppercase == true {
                // The whole role as the caption writes it: `Plaintiff - Appellant/ Cross Appellee`,
                // `Plaintiffs and Respondents`, `Petitioners, Appellants`.
                var phrase = [word]
                while index < words.count {
                    let next = words[index]
                    let bare = next.trimmedASCII(",.;:").lowercased()
                    // A role word joins without a joiner only as the appellate posture after the
                    // trial one (`Petitioners, Appellants`), never `Plaintiff, Defendant`.
                    let posture = role(next).map { ["appellant", "appellee", "respondent", "petitioner"].contains($0) } ?? false
                    if ["-", "–", "/", "and", "&"].contains(bare) || bare.hasPrefix("cross") || bare == "counter"
                        || (posture && next.first?.isUppercase == true && role(next) != role(phrase.last!)) {
                        // A joiner must lead to another role word.
                        if ["-", "–", "/", "and", "&"].contains(bare) || bare == "cross" || bare == "counter" {
                            guard index + 1 < words.count, role(words[index + 1]) != nil || words[index + 1].lowercased().hasPrefix("cross") else { break }
                        }
                        phrase.append(next)
                        index += 1
                        if next.hasSuffix(".") || next.hasSuffix(";") { break }
                        continue
                    }
                    break
                }
                let role = rolePhrase(phrase)
                // `…, Burlington, VT, for Defendants.` is counsel's line, not a party.
                if pending.last?.lowercased() != "for" {
                    for group in (waiting + [pending]).flatMap(splitList) {
                        if let party = party(from: group, role: role),
                           !parties.contains(where: { $0.name == party.name && $0.role == party.role }) {
                            parties.append(party)
                        }
                    }
                }
                pending = []
                waiting = []
                continue
            }
            if isWord(word, "and") && pending.isEmpty { continue }
            // `DAVID GERTZ; HARMONY GROUP, LTD.; and …`: a semicolon ends one party of the list.
            if word.hasSuffix(";"), word.count > 1 {
                pending.append(String(word.dropLast()))
                waiting.append(pending)
                pending = []
                continue
            }
            // `Before: TALBOT, P.J., …`, `PER CURIAM`: the panel, not a party.
            if word == "Before:" || word == "BEFORE:" || word == "CURIAM" || word == "CURIAM." {
                pending = []
                waiting = []
                continue
            }
            // `PANAMA CITY DIVISION`: the heading's end; a name begins after it (not inside
            // `PAROLE DIVISION AGENCY`).
            if word == "DIVISION" || word == "DIVISION,", index >= words.count || !["AGENCY", "OF", "AGENCY,"].contains(words[index]) {
                pending = []
                waiting = []
                // `DIVISION TWO`, `DIVISION 1`: the division's number too.
                if index < words.count, ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "I", "II", "III", "IV", "V", "VI"]
                    .contains(words[index].trimmedASCII(",.")) || words[index].allSatisfy(\.isNumber) { index += 1 }
                continue
            }
            // Ornaments and rails (`* * *`, `)`, `|`) are no part of a name.
            let hasLetterOrDigit = word.utf8.allSatisfy { $0 < 0x80 }
                ? word.utf8.contains { ByteClass.isAlphanumeric($0) }
                : word.contains { $0.isLetter || $0.isNumber }
            if !hasLetterOrDigit && !(word == "&" && !pending.isEmpty) { continue }
            // `x` standing alone opens the rail of a Southern District of New York caption.
            if pending.isEmpty && (word == "x" || word == "X") { continue }
            pending.append(word)
            if pending.count > 30 { pending.removeFirst() }
        }
        if parties.isEmpty, versusCount == 1, !beforeVersus.isEmpty {
            let after = afterVersus ?? pending
            // Only names in capitals, as a caption writes them (not a title line's `Leszyk v Guthrie`).
            func shouting(_ words: [String]) -> Bool {
                let letters = words.joined().utf8.filter(ByteClass.isLetter)
                return !letters.isEmpty && letters.filter(ByteClass.isUpper).count * 10 >= letters.count * 8
            }
            if shouting(beforeVersus), shouting(after),
               let first = party(from: beforeVersus, role: nil), let second = party(from: after, role: nil),
               first.name.split(separator: " ").count <= 8, second.name.split(separator: " ").count <= 8 {
                parties = [first, second]
            }
        }
        return parties
    }

    /// `McCoy v. Michigan`: the two names of a case's title (a research site's head line), for a
    /// document that writes no caption of its own. Nil unless the title is two names and a `v.`.
    static func fromTitle(_ title: String) -> [Caption.Party]? {
        let sides = title.split(separator: " v. ", omittingEmptySubsequences: false).map(String.init)
        guard sides.count == 2 else { return nil }
        let names = sides.map { $0.trimmedASCII(" ,") }
        guard names.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 8 && $0.first?.isUppercase == true }) else { return nil }
        return names.map { Caption.Party(name: $0, role: nil, etAl: false) }
    }

    /// `Plaintiff`, `Plaintiff - Appellant,`, `Defendants and Respondents.`: a cell that is a role
    /// and nothing else.
    static func isRolePhrase(_ cell: String) -> Bool {
        let words = cell.splitOnSpaces()
        guard let first = words.first, role(String(first)) != nil, words.count <= 6 else { return false }
        return words.allSatisfy { word in
            let bare = word.trimmedASCII(",.;:").lowercased()
            return role(String(word)) != nil || ["-", "–", "/", "and", "&"].contains(bare) || bare.hasPrefix("cross") || bare == "counter"
        }
    }

    /// A role as written, in lower case and singular, its parts joined as the caption joins them:
    /// `Plaintiffs-Appellants` → `plaintiff-appellant`, `Plaintiff - Appellant/ Cross Appellee` →
    /// `plaintiff-appellant/cross-appellee`, `Plaintiffs and Respondents` → `plaintiff and
    /// respondent`, `Petitioners, Appellants` → `petitioner-appellant`.
    static func rolePhrase(_ words: [String]) -> String {
        // Words joined: no space around `-` and `/`; a comma between two roles is a hyphen;
        // `cross` and `counter` join the role after them.
        var text = ""
        for (index, raw) in words.enumerated() {
            var word = raw.lowercased()
            if index == words.count - 1 { word = word.trimmedASCII(" ,.;:") }
            if word == "–" { word = "-" }
            let comma = word.hasSuffix(",")
            if comma { word.removeLast() }
            guard !word.isEmpty else { continue }
            let glued = text.isEmpty || text.hasSuffix("-") || text.hasSuffix("/") || word.hasPrefix("-") || word.hasPrefix("/")
                || text.hasSuffix("cross") || text.hasSuffix("counter")
            if !glued { text += " " } else if text.hasSuffix("cross") || text.hasSuffix("counter") { text += "-" }
            text += word
            if comma && index < words.count - 1 { text += "-" }
        }
        // Each part singular: `defendants` → `defendant`.
        var result = ""
        var part = ""
        func flush() {
            if let singular = roles[part] { result += singular } else { result += part }
            part = ""
        }
        for character in text {
            if character == "-" || character == "/" || character == " " { flush(); result.append(character) } else { part.append(character) }
        }
        flush()
        return result
    }

    /// `word` is `lowercase` in any mix of ASCII cases (`VERSUS`, `Versus`).
    private static func isWord(_ word: String, _ lowercase: StaticString) -> Bool {
        word.utf8.count == lowercase.utf8CodeUnitCount
            && zip(word.utf8, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount))
                .allSatisfy { ($0 | 0x20) == $1 && (ByteClass.isLetter($0) || $0 == $1) }
    }

    /// Lower-case words a party's name may hold.
    private static let connectors: Set<String> = ["of", "the", "and", "for", "in", "ex", "rel.", "dba", "d/b/a", "a/k/a", "aka", "on",
                                                  "behalf", "as", "known", "also", "by", "through", "al.", "et"]

    /// Whether the first character is lower case (on the byte when it is ASCII).
    private static func startsLowercase(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        return byte < 0x80 ? ByteClass.isLower(byte) : word.first!.isLowercase
    }

    /// Whether any character is a letter (bytes first: any ASCII letter answers).
    private static func hasLetter(_ name: String) -> Bool {
        if name.utf8.contains(where: ByteClass.isLetter) { return true }
        return !name.utf8.allSatisfy { $0 < 0x80 } && name.contains(where: \.isLetter)
    }

    /// Corporate and personal suffixes that stand after a comma inside one name.
    private static let nameSuffixes: Set<String> = ["inc", "llc", "l.l.c", "ltd", "co", "corp", "p.c", "pc", "l.p", "lp", "llp", "n.a",
                                                    "jr", "sr", "ii", "iii", "iv", "m.d", "esq", "p.a", "pllc", "plc", "s.a", "d/b/a"]

    /// One group of words as the parties it lists: `STEVE PETERSON, SAM EILERT, and RANDY HLAD`
    /// → three; `WILLIAM W. LISOWSKI and CLARA E. LISOWSKI` → two; `JONES LAW FIRM, P.C.` and
    /// `Department of Health and Human Services` → one.
    static func splitList(_ words: [String]) -> [[String]] {
        // Segments at commas, a suffix (`Inc.`, `Jr.`) kept with the name before it.
        var segments: [[String]] = [[]]
        for word in words {
            let bare = word.trimmedASCII(",").lowercased().trimmedASCII(".")
            if segments[segments.count - 1].isEmpty, bare == "and", segments.count > 1 { continue }
            segments[segments.count - 1].append(word)
            if word.hasSuffix(",") { segments.append([]) }
            _ = bare
        }
        segments = segments.filter { !$0.isEmpty }
        var merged: [[String]] = []
        for segment in segments {
            let bare = segment.first!.trimmedASCII(",").lowercased().trimmedASCII(".")
            if let last = merged.last, segment.count <= 2, nameSuffixes.contains(bare) || segment.first!.hasPrefix("d/b/a") {
                merged[merged.count - 1] = last + segment
            } else {
                merged.append(segment)
            }
        }
        // A list only where `, and` says so (`Patent and Trademark Office` is one name).
        let oxford = words.indices.dropFirst().contains { words[$0].lowercased() == "and" && words[$0 - 1].hasSuffix(",") }
        // `A, B, C and D`: two commas or more between people, the last pair joined by `and`.
        let plain = merged.count >= 3 && merged.dropLast().allSatisfy { segment in
            (2...4).contains(segment.count) && segment.allSatisfy { $0.first?.isUppercase == true }
        } && merged.last!.contains { $0.lowercased() == "and" }
        let shortPlain = merged.count == 2 && (2...4).contains(merged[0].count) && merged[0].allSatisfy { $0.first?.isUppercase == true }
            && merged[1].contains { $0 == "and" }
        let listed = (oxford || plain) && merged.count >= 3 || shortPlain
        let groups = listed ? merged.map { segment in segment.last!.hasSuffix(",") ? segment.dropLast() + [String(segment.last!.dropLast())] : segment } : [words]
        // `A B and C D`: two parties when each side is a person (two to four capitalized words) or
        // plainly an entity (`BMV Consulting, Ltd.`, `City of New Richmond`, `… Airport
        // Commission`); `Department of Health and Human Services` stays one name.
        return groups.flatMap { group -> [[String]] in
            let ands = group.indices.filter { group[$0].lowercased() == "and" }
            guard ands.count == 1, let and = ands.first else { return [group] }
            let left = Array(group[..<and]), right = Array(group[(and + 1)...])
            func person(_ side: [String]) -> Bool {
                (2...4).contains(side.count) && side.allSatisfy { $0.first?.isUppercase == true }
                    && !side.contains { nameSuffixes.contains($0.trimmedASCII(",").lowercased().trimmedASCII(".")) || $0.hasSuffix(",") && $0 != side.last }
                    && !side.contains { notPersonWords.contains($0.trimmedASCII(",.").lowercased()) }
            }
            func entity(_ side: [String]) -> Bool {
                guard (2...8).contains(side.count), side.first?.first?.isUppercase == true,
                      let last = side.last?.trimmedASCII(",").lowercased() else { return false }
                let first = side[0].lowercased()
                if ["city", "county", "state", "town", "village", "commonwealth", "borough", "township"].contains(first),
                   side[1].lowercased() == "of" { return true }
                return entityEndings.contains(last)
            }
            return (person(left) || entity(left)) && (person(right) || entity(right)) ? [left, right] : [group]
        }
    }

    /// Words no person's name holds (`SECRETARY OF HEALTH AND HUMAN SERVICES`, `BRANCH BANKING
    /// AND TRUST COMPANY` are one name each, in capitals as in lower case).
    private static let notPersonWords: Set<String> = [
        "of", "the", "for", "de", "bank", "banking", "trust", "company", "services", "service", "insurance", "health",
        "human", "group", "holdings", "partners", "associates", "systems", "national", "american", "united", "states",
        "america", "international", "financial", "capital", "management", "industries", "enterprises", "products",
        "realty", "properties", "investors", "ventures", "fund", "department", "court", "district", "county", "city",
        "state", "office", "commission", "board", "secretary", "commissioner", "attorney", "general", "people",
    ]

    /// Last words that make a name an entity's (`Ltd.`, `Commission`).
    private static let entityEndings: Set<String> = [
        "inc.", "inc", "ltd.", "llc", "l.l.c.", "corp.", "corporation", "co.", "company", "p.c.", "l.p.", "llp", "n.a.",
        "commission", "board", "authority", "agency", "association", "university", "hospital", "bank", "foundation",
        "district", "department",
    ]

    /// Words in capitals that open a document's title.
    private static let titleOpeners: Set<String> = ["ORDER", "MEMORANDUM", "OPINION", "REPORT", "FINDINGS", "JUDGMENT", "DECISION",
                                                    "RULING", "RECOMMENDATION", "NOTICE"]

    /// Words that open a descriptor after a comma (`, Warden`) or stand for one (`individually`).
    private static let descriptorWords: Set<String> = [
        "acting", "commissioner", "secretary", "director", "warden", "sheriff", "superintendent", "administrator",
        "attorney", "chief", "trustee", "officer", "individually", "in", "as", "a", "an", "its", "his", "her",
        "their", "personally", "deputy", "executive", "president", "chairman", "chair", "mayor", "governor",
        "inspector", "acting,", "former", "successor", "by", "through", "id", "#", "no.", "tdcj", "tdcj-cid", "inmate",
        "prisoner", "reg.", "register", "personal", "special", "general", "next",
    ]

    /// Where a descriptor begins: a comma followed by a descriptor word (`…, Warden`), or
    /// `individually`, `in his official capacity` anywhere after the first word.
    private static func descriptorStart(_ words: [String]) -> Int? {
        for index in words.indices.dropFirst() {
            let word = words[index].lowercased().trimmedASCII(",;")
            let afterComma = words[index - 1].hasSuffix(",")
            if word == "as", index + 1 < words.count,
               ["executrix", "executor", "administrator", "administratrix", "trustee", "personal", "guardian", "next", "parent",
                "representative", "successor", "special", "receiver", "conservator"].contains(words[index + 1].lowercased().trimmedASCII(",")) {
                return index
            }
            if word == "individually" || (word == "in" && index + 1 < words.count
                                           && ["his", "her", "their", "its", "the"].contains(words[index + 1].lowercased())) {
                return index
            }
            if afterComma, descriptorWords.contains(word) { return index }
            // `, natural parents of …`, `, deceased`, `, a Colorado corporation`: lower case after a comma.
            if afterComma, let first = words[index].first, first.isLowercase,
               !["and", "et", "d/b/a", "f/k/a", "a/k/a", "dba", "aka", "fka", "f/d/b/a", "also", "formerly", "doing", "now"].contains(word) { return index }
        }
        return nil
    }

    /// `03-20-2024`, `10/4/96`, `February`: a date's word (`MAY` is left out: it names people).
    private static func isDateWord(_ word: String) -> Bool {
        let core = word.trimmedASCII(",.;")
        let pieces = core.split(whereSeparator: { $0 == "-" || $0 == "/" })
        if pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return true }
        let lower = core.lowercased()
        return lower != "may" && DateWords.months.contains(lower)
    }

    /// `13`, `14`: one or two digits, as pleading paper numbers its lines.
    private static func isLineNumber(_ word: String) -> Bool {
        let core = word.trimmedASCII(",")
        return (1...2).contains(core.utf8.count) && core.utf8.allSatisfy(ByteClass.isDigit)
    }

    private static func party(from words: [String], role: String?) -> Caption.Party? {
        var words = words
        var etAl = false
        // `et al.`, `ET AL.,`
        if let index = words.firstIndex(where: { $0.lowercased() == "et" }), index + 1 < words.count,
           words[index + 1].lowercased().hasPrefix("al") {
            etAl = true
            words.removeSubrange(index...(index + 1))
        }
        // `, Acting Commissioner of Social Security`, `, in his official capacity as …`,
        // `, individually and as …`, `, a Colorado corporation`: descriptors, not the name.
        if let cut = descriptorStart(words) { words.removeSubrange(cut...) }
        // `DELBERT J. SMITH, ORDER GRANTING …`: a title run into the name in a flattened caption.
        if let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && titleOpeners.contains(words[$0]) }) {
            words.removeSubrange(cut...)
        }
        // `(Super. Ct. No. 18CV01618)`: a number's words, not a name.
        // A reference in parentheses after the name (`C. HERNANDEZ, et al., (ECF Nos. 19, 22)`)
        // ends it; a bare `No. …` among the words (`Muskegon Circuit Court LC No. …`) is no name.
        if let reference = words.firstIndex(where: { ["(ECF", "(Doc.", "(Dkt.", "(Docs."].contains($0) }), reference > 0 {
            words.removeSubrange(reference...)
            while let last = words.last, last == "," || last == "and" || last == "&" { words.removeLast() }
        }
        if words.contains(where: { ["No.", "NO.", "(No.", "Nos.", "(ECF", "(Doc.", "(Dkt."].contains($0) || $0.hasPrefix("(Super") }) { return nil }
        // `MCNEIL,1`: a footnote marker after the comma.
        if let last = words.last, let comma = last.lastIndex(of: ","), last[last.index(after: comma)...].allSatisfy(\.isNumber),
           last.index(after: comma) < last.endIndex {
            words[words.count - 1] = String(last[..<comma])
        }
        while let last = words.last, last == "," || last == "and" || last == "&" || last == ";" { words.removeLast() }
        // A pleading line number or a date is never part of a name.
        if words.contains(where: isDateWord) { return nil }
        // A run of pleading line numbers inside a flattened caption (`SMITH, 13 14 ORDER …`).
        words = words.enumerated().filter { position, word in
            !(isLineNumber(word) && ((position > 0 && isLineNumber(words[position - 1])) || (position + 1 < words.count && isLineNumber(words[position + 1]))))
        }.map(\.element)
        // A docket number before the name (`A-3947-13T2 WILLIAM W. LISOWSKI`, `A21A0259.`,
        // `ORD SCEC-22-0000734 GARY ARTHUR CORDERY`): the name begins after it.
        // An ordinal (`114TH DISTRICT COURT`) is a name's word.
        func ordinal(_ word: String) -> Bool {
            let lower = word.lowercased().trimmedASCII(",")
            return ["st", "nd", "rd", "th"].contains(where: lower.hasSuffix) && lower.dropLast(2).allSatisfy(\.isNumber) && lower.count > 2
        }
        if let docket = words.lastIndex(where: { !ordinal($0) && $0.filter(\.isNumber).count >= 3 && ($0.contains("-") || $0.first?.isNumber == true || $0.count >= 6) }),
           docket < words.count - 1 {
            words.removeSubrange(...docket)
        }
        while let first = words.first, !ordinal(first), first.filter(\.isNumber).count >= 3 { words.removeFirst() }
        // `In re: JUAN ANTHONY ZAMORA`, `IN THE MATTER OF`: the matter's words, not the name.
        let lowered = words.prefix(4).map { $0.lowercased().trimmedASCII(":,") }
        if lowered.count >= 2, lowered[0] == "in", lowered[1] == "re" { words.removeFirst(2) }
        else if lowered.count >= 4, lowered[0] == "in", lowered[1] == "the", lowered[2] == "matter", lowered[3] == "of" { words.removeFirst(4) }
        // Counsel's lines (`…, Salt Lake City, for plaintiffs.`) are no party.
        if let forIndex = words.firstIndex(where: { $0.lowercased() == "for" }), forIndex + 1 < words.count,
           Self.role(words[forIndex + 1].prefix(1).uppercased() + words[forIndex + 1].dropFirst()) != nil { return nil }
        while let first = words.first, isLineNumber(first) { words.removeFirst() }
        while let last = words.last, isLineNumber(last) { words.removeLast() }
        if let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && titleOpeners.contains(words[$0]) }) {
            words.removeSubrange(cut...)
        }
        guard !words.isEmpty, words.count <= 25 else { return nil }
        // A name that is only a descriptor (`Individually`).
        if words.count == 1, descriptorWords.contains(words[0].lowercased().trimmedASCII(",.")) { return nil }
        // A caption name is mostly capitalized words; prose is not.
        let lowercase = words.filter { startsLowercase($0) && !connectors.contains($0) }
        guard lowercase.count * 4 <= words.count else { return nil }
        var name = words.joined(separator: " ").trimmedASCII(" ,;")
        if name.hasSuffix(",") { name.removeLast() }
        guard hasLetter(name) else { return nil }
        return Caption.Party(name: NameCase.titleCaseIfShouting(name), role: role, etAl: etAl)
    }
}

/// Names written in capitals (`STATE OF KANSAS`) are given ordinary capitalization
/// (`State of Kansas`); acronyms and initials (`LLC`, `P.A.`, `U.S.`) stay as they are.
enum NameCase {
    private static let keep: Set<String> = ["LLC", "LLP", "LP", "PLLC", "PC", "USA", "II", "III", "IV", "VI", "VII",
                                            "FBI", "IRS", "SEC", "NLRB", "EEOC", "FDIC", "USPS", "DOES", "N.A.", "P.A.",
                                            "U.S.", "P.C.", "L.P.", "L.L.C.", "N.V.", "S.A.", "UPS", "BNSF", "AT&T"]
    private static let small: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "by", "to", "a", "an", "de", "ex", "rel.", "dba", "et", "al."]

    static func titleCaseIfShouting(_ name: String) -> String {
        // Mixed-case words stay; words entirely in capitals are recased one by one.
        guard name.utf8.contains(where: ByteClass.isUpper) else { return name }
        return name.splitOnSpaces().enumerated().map { index, word in
            word.utf8.allSatisfy { $0 < 0x80 } ? recasedASCII(word, isFirst: index == 0) : recased(String(word), isFirst: index == 0)
        }.joined(separator: " ")
    }

    /// One word in any script: character by character.
    static func recased(_ text: String, isFirst: Bool) -> String {
        let core = text.trimmedASCII(",;:")
        let letters = core.utf8.filter(ByteClass.isLetter)
        guard core.utf8.count > 1, !letters.isEmpty, !letters.contains(where: ByteClass.isLower) else { return text }
        if keep.contains(core) || (core.contains(".") && core.filter(\.isLetter).count <= 3 && !core.hasSuffix("..")
                                    && core.split(separator: ".").allSatisfy { $0.count <= 1 }) {
            return text
        }
        let lower = text.lowercased()
        if !isFirst && small.contains(lower.trimmedASCII(",;:")) { return lower }
        return capitalizeParts(lower)
    }

    /// One word of ASCII: the same decisions as `recased`, on bytes (most caption words; the
    /// character-by-character path cost a twentieth of the extraction of a short order).
    static func recasedASCII(_ word: Substring, isFirst: Bool) -> String {
        let core = word.trimmingASCII(",;:")
        let letters = core.utf8.lazy.filter(ByteClass.isLetter).count
        guard core.utf8.count > 1, letters > 0, !core.utf8.contains(where: ByteClass.isLower) else { return String(word) }
        if keep.contains(String(core)) || (core.utf8.contains(0x2E) && letters <= 3 && !core.hasSuffix("..")
                                           && core.utf8.split(separator: 0x2E).allSatisfy { $0.count <= 1 }) {
            return String(word)
        }
        func lowercase(_ byte: UInt8) -> UInt8 { ByteClass.isUpper(byte) ? byte | 0x20 : byte }
        var lower = word.utf8.map(lowercase)
        if !isFirst && small.contains(String(decoding: core.utf8.map(lowercase), as: UTF8.self)) {
            return String(decoding: lower, as: UTF8.self)
        }
        // `o'neill` → `O'Neill`, `smith-jones` → `Smith-Jones`.
        var capitalizeNext = true
        var previous: UInt8 = 0x20
        // `114TH` → `114th`: letters after a number stay small.
        if let first = lower.first, ByteClass.isDigit(first) { capitalizeNext = false }
        for index in lower.indices {
            let byte = lower[index]
            if capitalizeNext && ByteClass.isLetter(byte) {
                lower[index] = byte & ~0x20
                capitalizeNext = false
            }
            if byte == 0x2D || byte == 0x2F || (byte == 0x27 && previous == 0x6F) { capitalizeNext = true }
            previous = byte
        }
        return String(decoding: lower, as: UTF8.self)
    }

    /// `o'neill` → `O'Neill`, `smith-jones` → `Smith-Jones`, `mcdonald's` → `Mcdonald's`.
    private static func capitalizeParts(_ word: String) -> String {
        var result = ""
        var capitalizeNext = word.first?.isASCII != true || word.first?.isNumber != true
        var previous: Character = " "
        for character in word {
            if capitalizeNext && character.isLetter {
                result += character.uppercased()
                capitalizeNext = false
            } else {
                result.append(character)
            }
            if character == "-" || character == "/" || (character == "'" && previous == "o") { capitalizeNext = true }
            previous = character
        }
        return result
    }
}
