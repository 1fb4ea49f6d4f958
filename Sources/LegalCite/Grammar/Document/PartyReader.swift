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
        // Michigan writes the counterclaim's posture in one word (`Plaintiffs/Counterdefendants-Appellants`).
        "counter-defendants": "counter-defendant", "counterdefendant": "counterdefendant", "counterdefendants": "counterdefendant",
        "counter-plaintiff": "counter-plaintiff", "counter-plaintiffs": "counter-plaintiff", "counterplaintiff": "counterplaintiff",
        "counterplaintiffs": "counterplaintiff",
        "third-party": "third-party", "garnishee": "garnishee", "relator": "relator", "creditor": "creditor",
    ]

    /// The stems every role word begins with, by initial (`a` = 0), for a test that allocates nothing.
    private static let stemsByInitial: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 26)
        for stem in ["plaintiff", "defendant", "petitioner", "respondent", "appell", "debtor", "movant", "claimant",
                     "intervenor", "counter", "third", "garnishee", "relator", "creditor", "cross-", "attorney-", "objector-"] {
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
        // `Respondents-Respondents-Cross-Appellants.[†]`: Wisconsin's three-part posture, a mark after it.
        guard count <= 48 else { return false }
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
        // `Appellant/` before `Cross Appellee`, `Plaintiff-` at a line's end: the joiner is trimmed.
        var bare = withoutFootnoteMark(word).trimmedASCII(",.;:/-").lowercased()
        // `Debtors.1`, `Plaintiff,2`: a footnote marker after the role.
        if let last = bare.last, last.isNumber, let cut = bare.lastIndex(where: { $0 == "." || $0 == "," }),
           bare[bare.index(after: cut)...].allSatisfy(\.isNumber) {
            bare = String(bare[..<cut])
        }
        if let role = roles[bare] { return role }
        let parts = bare.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        // `CROSS-APPELLANT,`, `Cross-Respondent.`: the cross posture standing alone as the role
        // (`THE STATE OF OHIO, CROSS-APPELLANT, v. WILLAN, CROSS-APPELLEE.`).
        // `Attorney-Appellant`, `Objector-Appellee` (counsel or an objector appealing in its own
        // name): the posture after a participant that is no role alone.
        if parts.count == 2, ["cross", "attorney", "objector"].contains(parts[0]), ["appellee", "appellant", "petitioner", "respondent"].contains(parts[1]) {
            return parts[1]
        }
        guard parts.count >= 2, let first = roles[parts[0]] else { return nil }
        for part in parts.dropFirst() where ["appellee", "appellant", "petitioner", "respondent"].contains(part) {
            return part
        }
        return parts.dropFirst().allSatisfy({ roles[$0] != nil || $0 == "cross" || $0 == "counter" }) ? first : nil
    }

    /// `Respondents-Cross-Appellants.[†]` → `Respondents-Cross-Appellants.`, `Appellee.[1]` →
    /// `Appellee.`: a copy's footnote mark in brackets after a role.
    static func withoutFootnoteMark(_ word: String) -> String {
        guard word.hasSuffix("]"), let open = word.lastIndex(of: "["), word.distance(from: open, to: word.endIndex) <= 5 else { return word }
        return String(word[..<open])
    }

    /// `in Error` at `index` (after a role word): the writ of error's posture (`Plaintiff in Error`).
    static func isInError(_ words: [String], at index: Int) -> Bool {
        index + 1 < words.count && isWord(words[index], "in") && isWord(words[index + 1].trimmedASCII(",.;:"), "error")
    }

    /// Stands for an `and` that ends a caption line: the names before and after it are two parties
    /// of the same role.
    static let joiner = "\u{1}and"

    /// Stands for a `v.` (`vs.`, `VERSUS`, `-v-`) alone on its caption line: the names on either
    /// side are a caption's, in whatever case they are written.
    static let versusLine = "\u{1}v."

    /// `words` is the caption's left column as words, with `|` standing for a removed docket
    /// number, heading or line of site furniture. `flattened`: the head was a page flattened onto
    /// one line (a transcription's `… Syllabus UNITED STATES v. STEVENS CERTIORARI TO …`), where
    /// a caption without roles stands amid the notice's prose and the court's words.
    static func read(_ words: [String], flattened: Bool = false) -> [Caption.Party] {
        // `Appellant.)`: a role run into the caption's `)` rail; the rail is no part of it.
        // `Respondent.Calbom`, `Defendant-Appellant.No.`: a role glued by a copy's converter to
        // the next field after its period; the role ends there.
        let words = withoutFinalityNotices(words.map(withoutStarPage)).flatMap { word -> [String] in
            guard word.utf8.count > 2, word.utf8.last == 0x29, !word.utf8.contains(0x28), role(String(word.dropLast())) != nil else {
                return gluedAfterRole(word)
            }
            return [String(word.dropLast()), ")"]
        }
        var parties: [Caption.Party] = []
        var pending: [String] = []
        var waiting: [[String]] = []
        // Each `v.` with the words before it and after it, for a caption that writes no roles.
        var sides: [(before: [String], after: [String]?, alone: Bool, listed: (before: [String], after: [String]?))] = []
        var semicolons = false
        // A side's whole list: the groups a semicolon or a line's `and` ended, then the last.
        func listed(_ pending: [String]) -> [String] {
            waiting.filter { !$0.isEmpty }.flatMap { semicolons ? $0.dropLast() + [$0.last! + ";"] : $0 + ["and"] } + pending
        }
        // A name that ended in a comma before a removed docket number or heading (`SAM MONET,
        // CIV. NO. 21-00368 LEK-KJM Plaintiff,`): its role may follow what was removed.
        var held: [[String]]? = nil
        // The names before a `v.` that no role closed (`UNITED STATES of America, v. Kevin
        // Patrick MALLORY, Defendant.`): parties without a role once the other side has one.
        var unroled: [[String]] = []
        var matters: [[String]] = []
        var closedByRole = false, afterRoled = false
        var trailing: [String]? = nil
        // The word before was a `v.` that followed a name no role closed.
        var afterOpenVersus = false
        // The word before was a `v.`; a court below's column was seen right of a name.
        var afterVersusWord = false, lowerCourtColumn = false
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
            let isVersus = versus || word == versusLine || isWord(word, "v") || isWord(word, "versus") || isWord(word, "against")
                || isWord(word, "-vs-") || isWord(word, "-v-")
            // `ACTION NO. 18-CR-00927`, `LC No. 04-042992-NP`: a docket number the caption reader
            // left (the court below's) parts names as a removed one does. Only a docket's number
            // (a hyphen among three digits or more, or five digits), not `SCHOOL DISTRICT NO. 283`.
            // A list of numbers (`Agency Nos. A79-475-106 & A79-475-107`) is left as it was.
            let docketLabel = ["no.", "nos."].contains(word.lowercased()) && index < words.count
                && (isDocketNumberWord(words[index])
                    // `CASE NO. 1D`, `No. SC W. RILEY ALLEN`: a cut number, a name after it.
                    || isCutDocketNumber(words[index]) && index + 1 < words.count && words[index + 1].first?.isUppercase == true
                    // `CASE NO. 21CA17`: after `CASE`, any number.
                    || pending.last.map({ isWord($0, "case") }) == true && words[index].contains(where: \.isNumber))
                && !words[index].hasSuffix(",") && !(index + 1 < words.count && ["&", "and"].contains(words[index + 1].lowercased()))
            if docketLabel {
                index += 1
                if pending.last.map({ isWord($0, "case") || isWord($0, "cause") }) == true { pending.removeLast() }
            }
            defer {
                afterOpenVersus = isVersus && !afterRoled && !(sides.last?.before.isEmpty ?? true)
                afterVersusWord = isVersus
            }
            if word == "|" || isVersus || docketLabel {
                // A caption that writes no roles (`UNITED STATES OF AMERICA v. MICHAEL K. JONES`):
                // the names on either side of a `v.`.
                if isVersus {
                    if let last = sides.indices.last, sides[last].after == nil {
                        sides[last].after = pending
                        sides[last].listed.after = listed(pending)
                    }
                    // `ANTHONY W. PERRY, PETITIONER v. MERIT SYSTEMS PROTECTION BOARD`: a side
                    // closed by its role, the other side may name no role.
                    afterRoled = pending.isEmpty && closedByRole
                    trailing = nil
                    sides.append((pending, nil, word == versusLine, (listed(pending), nil)))
                    let open = waiting + [pending]
                    if pending.last?.hasSuffix(",") == true { unroled = open } else { unroled = [] }
                    held = nil
                } else {
                    // `In re: JOHN DOE` ended by a docket number or a blank line with no role: the
                    // matter's party, unless a role names it later.
                    // `In the Matter of the Estate of` ⏎ `BEUFORD W. RICKABAUGH a/k/a B.W. RICKABAUGH,
                    // Deceased.`: the name's length is counted after the matter's words and kind.
                    // `IN THE INTEREST OF L.M.B., A CHILD On Appeal from …` (a Texas head flattened
                    // onto one line): the child's name ends where the words describing it begin.
                    if waiting.isEmpty, case let opening = matterWordCount(pending), opening > 0, pending.count > opening,
                       case let named = childDescribedName(Array(pending.dropFirst(opening))),
                       named != nil || withoutMatterKind(Array(pending.dropFirst(opening))).count <= 10
                           && !pending.contains(where: { $0.contains(where: \.isNumber) }) {
                        // `IN RE: CHAPTER 13 OSCAR CLEMONS, JR. CASE` ⏎ `NO. …`: a docket label's
                        // words the removed number left at the end are no part of the name.
                        var matter = named ?? Array(pending.dropFirst(opening))
                        while let last = matter.last, matter.count > 1, docketLabelWords.contains(last.lowercased().trimmedASCII(",:")) { matter.removeLast() }
                        matters.append(matter)
                    }
                    if let last = sides.indices.last, sides[last].after == nil, !pending.isEmpty {
                        sides[last].after = pending
                        sides[last].listed.after = listed(pending)
                    }
                    if afterRoled, trailing == nil, !pending.isEmpty { trailing = pending }
                    // `THOMAS WARD, ) ) Court of Appeals No. A-6842 Appellant,`: the number's label
                    // (`Court of Appeals`, `Trial Court`) after the name's comma is no part of it.
                    if let comma = pending.lastIndex(where: { $0.hasSuffix(",") }), comma < pending.count - 1, pending.count - comma <= 5,
                       pending[(comma + 1)...].contains(where: { ["court", "court:"].contains($0.lowercased()) }) {
                        pending.removeSubrange((comma + 1)...)
                    }
                    if pending.contains(where: { $0.hasSuffix(",") }), !isFragment(pending) {
                        held = waiting + [pending]
                    } else if word == "|", waiting.isEmpty, isBareNameLine(pending) {
                        // `MARCOS ANTONIO CELIS` ⏎ `APPELLANT` (a Texas caption's role alone on the
                        // line under the name): the name waits for the role on the next line.
                        held = [pending]
                    }
                }
                pending = []
                waiting = []
                continue
            }
            // `DOE DEFENDANTS 1-20`: a role's word inside a fictitious party's name.
            let fictitious = pending.last.map { ["doe", "does", "roe", "roes"].contains($0.lowercased()) } ?? false
            // `State of Nebraska, appellee, v.`: a role in lower case, set off by commas after a
            // name in capitals.
            let lowerRole = word.first?.isLowercase == true && (word.hasSuffix(",") || word.hasSuffix(".")) && pending.last?.hasSuffix(",") == true
                && pending.allSatisfy { $0.first?.isUppercase == true || connectors.contains($0) || ["etc.", "etc.,", "al.,"].contains($0) }
                && role(word.prefix(1).uppercased() + word.dropFirst()) != nil
            // A role word that opens a sentence of the body (`Plaintiff, who is housed at …`,
            // `Plaintiff Delbert J. Smith is appearing pro se`) names no caption's role.
            let next = index < words.count ? words[index] : ""
            let proseAfter = startsLowercase(next) && !["and", "v.", "v", "vs.", "vs", "versus", "et", "-v-", "-vs-", "&", "\u{1}and"].contains(next)
                && !isInError(words, at: index)
                && !(role(next.prefix(1).uppercased() + next.dropFirst()) != nil && next.hasSuffix(","))
            let nameAfter = !word.hasSuffix(",") && !word.hasSuffix(".") && pending.last?.hasSuffix(",") != true
                && next.first?.isUppercase == true && next.dropFirst().contains(where: \.isLowercase) && role(next) == nil
                && !["V.", "VS.", "Versus", "Cross"].contains(next)
                || !word.hasSuffix(",") && !word.hasSuffix(".") && next.hasPrefix("(") && trialRole(next) == nil  // `filed by Defendants (Dkt. 15)`
            // `APPELLANT PRO SE:`, `ATTORNEY FOR APPELLEE:` (Indiana's counsel block above the
            // caption): a heading of counsel's names, no role; what came before it is no party's.
            if role(word) != nil, word.first?.isUppercase == true,
               word.hasSuffix(":") || index + 1 < words.count && isWord(next, "pro") && isWord(words[index + 1].trimmedASCII(":,."), "se") {
                if !word.hasSuffix(":") { index += 2 }
                pending = []
                waiting = []
                held = nil
                unroled = []
                continue
            }
            if lowerRole || (role(word) != nil && word.first?.isUppercase == true && !fictitious && !proseAfter && !nameAfter) {
                // The whole role as the caption writes it: `Plaintiff - Appellant/ Cross Appellee`,
                // `Plaintiffs and Respondents`, `Petitioners, Appellants`.
                var phrase = [word]
                while index < words.count {
                    let next = words[index]
                    // A rail between the parts (`Plaintiff - Appellant/ *` ⏎ `Cross Appellee, *`).
                    if next == "*" || next == ")" || next == "§" || next == ":", index + 1 < words.count {
                        let after = words[index + 1].trimmedASCII(",.;:").lowercased()
                        if role(words[index + 1]) != nil || after.hasPrefix("cross") || ["-", "–", "/", "and", "&"].contains(after) {
                            index += 1
                            continue
                        }
                    }
                    let bare = next.trimmedASCII(",.;:").lowercased()
                    // `Plaintiff in Error,`, `Defendants in Error.` (the writ of error's parties, as
                    // Oklahoma's and older reports write them): the role is the three words.
                    if isInError(words, at: index) {
                        phrase += [next, words[index + 1]]
                        index += 2
                        break
                    }
                    // The trial-court role after the appellate one: `Appellant (Defendant),`
                    // closes the phrase; `Plaintiffs Below, Petitioners` goes on to the posture.
                    if trialRole(next) != nil {
                        phrase.append(next)
                        index += 1
                        break
                    }
                    if bare == "below", role(phrase.last!) != nil {
                        phrase.append(next)
                        index += 1
                        if next.hasSuffix(".") || next.hasSuffix(";") { break }
                        continue
                    }
                    // A role word joins without a joiner only as the appellate posture after the
                    // trial one (`Petitioners, Appellants`), never `Plaintiff, Defendant`.
                    let posture = role(next).map { ["appellant", "appellee", "respondent", "petitioner"].contains($0) } ?? false
                    // `Third-Party Defendants.`: the role after `Third-Party` is the party's.
                    let thirdParty = role(phrase.last!) == "third-party" && role(next).map { $0 != "third-party" } == true
                    if ["-", "–", "/", "and", "&"].contains(bare) || bare.hasPrefix("cross") || bare == "counter" || thirdParty
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
                // `…, Nominal Defendant.`: the modifier before the role word, after the name's
                // comma (or opening the group), is the role's first word.
                if let last = pending.last, last.first?.isUppercase == true, roleModifiers.contains(last.lowercased()),
                   pending.count == 1 || pending[pending.count - 2].hasSuffix(",") {
                    phrase.insert(pending.removeLast(), at: 0)
                }
                let role = rolePhrase(phrase)
                // `MAURICE GASAWAY v. APPELLANT APPEAL FROM …` (a two-column caption flattened with its
                // roles in the right column): a role right after the `v.` closes the name before it.
                if afterOpenVersus, pending.isEmpty, waiting.isEmpty, let last = sides.last, !isFragment(last.before) {
                    sides.removeLast()
                    pending = last.before
                    unroled = []
                }
                closedByRole = true
                afterRoled = false
                trailing = nil
                // `…, Burlington, VT, for Defendants.` is counsel's line, not a party.
                // `…, Atlanta, Georgia 30332, for Amicus Appellant.`: likewise, a role's modifier
                // between the `for` and the role.
                let counsel = pending.last?.lowercased() == "for"
                    || pending.count >= 2 && pending[pending.count - 2].lowercased() == "for" && pending.last?.first?.isUppercase == true
                        && ["amicus", "amici", "the", "intervenor", "respondent", "petitioner", "plaintiff", "defendant", "neutral", "other"].contains(pending.last!.lowercased())
                if !counsel {
                    // The other side's names, written before the `v.` without a role.
                    for group in unroled.flatMap({ splitList($0) }) {
                        if let party = party(from: group, role: nil), !parties.contains(where: { $0.name == party.name }) {
                            parties.append(party)
                        }
                    }
                    var groups = waiting + [pending]
                    // Only a fragment of a docket number or a label between the held name and the
                    // role: the held name is the party.
                    if let held, groups.allSatisfy({ $0.isEmpty || isFragment($0) }) { groups = held }
                    // `IN THE INTEREST OF D.T., J.B., and M.L., Minor Children, C.B., Mother,
                    // Appellant`: the matter's children, so described, name no role; the role is
                    // the parties' after them.
                    var subjects: [Caption.Party] = []
                    groups = groups.map { group in
                        guard let split = matterSubjects(group) else { return group }
                        for name in splitList(split.subjects) {
                            if let party = party(from: name, role: nil), !parties.contains(where: { $0.name == party.name }) { subjects.append(party) }
                        }
                        return split.rest
                    }
                    // `In re: JUAN ANTHONY ZAMORA and SHAMIKA FAYE ZAMORA, Debtors.`: the matter's
                    // words go before the list is split, so that each side is a person's name.
                    // `In re MARRIAGE OF ) JOSHUA SAUNDERS, ) Petitioner-Appellant`: the kind of
                    // matter after the `In re` goes too.
                    let items = groups.map { group in
                        matterWordCount(group) > 0 ? withoutMatterKind(withoutMatterWords(group)) : group
                    }.filter { !$0.isEmpty }
                    let semicolonList = semicolons && items.count >= 2
                    var found: [Caption.Party] = []
                    for group in items.flatMap({ splitList($0, semicolonItem: semicolonList) }) {
                        if let party = party(from: group, role: role),
                           !parties.contains(where: { $0.name == party.name && $0.role == party.role }) {
                            found.append(party)
                        }
                    }
                    parties += subjects + found
                }
                unroled = []
                held = nil
                semicolons = false
                pending = []
                waiting = []
                continue
            }
            if isWord(word, "and") && pending.isEmpty { continue }
            // `STATE OF OHIO )ss: COUNTY OF WAYNE )` (a venue block beside the court's heading): the
            // venue, no party; a name begins after the county.
            if [")ss:", "ss:", ")ss.", "ss.", ")ss"].contains(word.lowercased()) {
                pending = []
                waiting = []
                held = nil
                if index + 2 < words.count, isWord(words[index], "county"), isWord(words[index + 1], "of") { index += 3 }
                continue
            }
            // `ROBERT NORBERT NOVAK and Chapter 7 JENIFER JOAN NOVAK, Debtors.`: the bankruptcy
            // chapter of the right column, run into the names by a flattened page; no part of them.
            if isWord(word, "chapter"), index < words.count, ["7", "9", "11", "12", "13", "15"].contains(words[index].trimmedASCII(",.")),
               !pending.isEmpty, index + 1 < words.count, words[index + 1].first?.isUppercase == true {
                index += 1
                continue
            }
            // `JAMES EARL SMITH, APPEAL FROM THE 241ST` ⏎ `APPELLANT` ⏎ `V. JUDICIAL DISTRICT COURT OF` ⏎
            // `THE STATE OF TEXAS,` ⏎ `APPELLEE SMITH COUNTY, TEXAS` (a Texas court's three-column
            // caption, its spacing lost): the court below, in the right column, after the name's
            // comma; the name waits for its role, and the court's words after the `V.` are skipped.
            if word == "APPEAL", index < words.count, words[index] == "FROM", pending.last?.hasSuffix(",") == true {
                held = waiting + [pending]
                pending = []
                waiting = []
                while index < words.count, role(words[index]) == nil, !["V.", "v.", "VS.", "vs.", "|"].contains(words[index]) { index += 1 }
                lowerCourtColumn = true
                continue
            }
            if lowerCourtColumn, pending.isEmpty, afterVersusWord, ["JUDICIAL", "DISTRICT", "COUNTY", "COURT"].contains(word) {
                // `JUDICIAL DISTRICT COURT OF` after the `V.`: up to its `OF`.
                if let of = words[index...].prefix(4).firstIndex(of: "OF"),
                   words[index..<of].allSatisfy({ ["JUDICIAL", "DISTRICT", "COUNTY", "COURT"].contains($0) }) {
                    index = of + 1
                    continue
                }
            }
            // `IN RE THE MARRIAGE OF X AND Y ⏎ Upon the Petition of ⏎ X, ⏎ Petitioner-Appellee, ⏎ And
            // Concerning ⏎ Y, ⏎ Respondent-Appellant.` (Iowa's dissolution caption): the matter's
            // title names the spouses again below; each party begins after `Upon the Petition of`
            // or `Concerning`.
            if isWord(word, "upon"), index + 2 < words.count, isWord(words[index], "the"), isWord(words[index + 1], "petition"),
               isWord(words[index + 2], "of") {
                index += 3
                pending = []
                waiting = []
                continue
            }
            if isWord(word, "concerning"), pending.isEmpty, index < words.count, words[index].first?.isUppercase == true { continue }
            closedByRole = false
            // `DAVID GERTZ; HARMONY GROUP, LTD.; and …`: a semicolon ends one party of the list.
            if word.hasSuffix(";"), word.count > 1 {
                pending.append(String(word.dropLast()))
                waiting.append(pending)
                pending = []
                semicolons = true
                continue
            }
            // `Before: TALBOT, P.J., …`, `PER CURIAM`: the panel, not a party.
            if word == "Before:" || word == "BEFORE:" || word == "CURIAM" || word == "CURIAM." {
                pending = []
                waiting = []
                held = nil
                unroled = []
                continue
            }
            // `SUPREME COURT OF ARIZONA En Banc`: the bench's words end the heading; a name begins after them.
            if isWord(word, "en"), index < words.count, isWord(words[index].trimmedASCII(")"), "banc") {
                pending = []
                waiting = []
                index += 1
                continue
            }
            // `FOURTH APPELLATE DISTRICT SCIOTO COUNTY`, `NINTH JUDICIAL DISTRICT`: the court's
            // heading run into the caption; a name begins after it and the county's line.
            // Not a court named as a party (`SIXTH JUDICIAL DISTRICT COURT in and for …`).
            // Nor an office of the district (`18TH JUDICIAL DISTRICT ATTORNEY, Defendant.`).
            if word == "DISTRICT", let previous = pending.last, ["APPELLATE", "JUDICIAL"].contains(previous),
               index >= words.count || !words[index].uppercased().hasPrefix("COURT") && !isDistrictOffice(words[index]) {
                pending = []
                waiting = []
                if let county = words[index...].prefix(4).firstIndex(where: { $0 == "COUNTY" }), county + 1 < words.count,
                   words[index..<county].allSatisfy({ $0.count > 1 && !$0.contains(where: \.isLowercase) && !$0.hasSuffix(",") }),
                   words[county + 1].first?.isUppercase == true {
                    index = county + 1
                }
                continue
            }
            // `IN THE UNITED STATES DISTRICT COURT 2 FOR THE NORTHERN DISTRICT OF CALIFORNIA 3 4 5
            // SONG FI, INC.`: a court's heading the heading reader missed (a line number inside it)
            // ends at its state; a name begins after it.
            // `IN THE DISTRICT COURT OF APPEAL FIRST DISTRICT, STATE OF FLORIDA`: likewise, with the
            // state written as `STATE OF` after the district's comma.
            if word == "OF", pending.last == "DISTRICT" || pending.last == "DISTRICT,"
                || pending.last == "STATE" && pending.count >= 2 && ["DISTRICT", "DISTRICT,"].contains(pending[pending.count - 2]),
               pending.contains("COURT"), index < words.count,
               let length = (1...3).reversed().first(where: { length in
                   index + length <= words.count && words[index..<(index + length)].allSatisfy({ !$0.contains(where: \.isLowercase) && $0.utf8.allSatisfy(ByteClass.isLetter) })
                       && isStateName(NameCase.titleCaseIfShouting(words[index..<(index + length)].joined(separator: " ")))
               }) {
                pending = []
                waiting = []
                index += length
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
            // `KIJAKAZI,1`, `McNEIL,1`: a footnote marker after the comma.
            if let comma = word.lastIndex(of: ","), word.index(after: comma) < word.endIndex,
               word[word.index(after: comma)...].allSatisfy(\.isNumber), comma > word.startIndex {
                pending.append(String(word[...comma]))
            } else {
                pending.append(word)
            }
            // A long list of defendants with their capacities runs past a hundred words.
            if pending.count > 150 { pending.removeFirst() }
        }
        // The side after the last `v.` named no role: a party with none.
        if afterRoled, let names = trailing ?? (pending.isEmpty ? nil : pending), shoutingWords(names),
           let party = party(from: names, role: nil), party.name.split(separator: " ").count <= 8,
           !parties.contains(where: { $0.name == party.name }) {
            parties.append(party)
        }
        if parties.isEmpty {
            if let last = sides.indices.last, sides[last].after == nil {
                sides[last].after = pending
                sides[last].listed.after = listed(pending)
            }
            // Only names in capitals, as a caption writes them (not a title line's `Leszyk v Guthrie`),
            // or names on either side of a `v.` alone on its line; the first such pair.
            let shouting = shoutingWords
            for side in sides {
                guard !side.before.isEmpty, let after = side.after, !after.isEmpty,
                      side.alone || (shouting(side.before) && shouting(after)) else { continue }
                // `CARWELL ELEVATOR CO., INC., and Poinsett Rice & Grain, Inc. ⏎ v. ⏎ Timothy
                // LEATHERS, Commissioner of Revenue; and Arkansas Rice Research and Promotion
                // Board.`: each side a list of names, as a caption with roles lists them.
                if let first = unroledList(side.listed.before), let second = side.listed.after.flatMap(unroledList),
                   first.count + second.count >= 3 {
                    parties = first + second
                    break
                }
                guard let first = party(from: side.before, role: nil), let second = party(from: after, role: nil),
                      first.name.split(separator: " ").count <= 8, second.name.split(separator: " ").count <= 8 else { continue }
                parties = [first, second]
                break
            }
        }
        // A head flattened onto one line: the names in capitals right next to a `v.`, cut from the
        // prose, headings and dates around them; the first such pair.
        if parties.isEmpty, flattened {
            for side in sides {
                guard let after = side.after, let runs = shoutingRunsAround(before: side.before, after: after),
                      let first = party(from: runs.0, role: nil), let second = party(from: runs.1, role: nil),
                      first.name.split(separator: " ").count <= 8, second.name.split(separator: " ").count <= 8 else { continue }
                parties = [first, second]
                break
            }
        }
        // The `In re` names no role closed, first as the caption writes them.
        var matterParties: [Caption.Party] = []
        for matter in matters {
            for group in splitList(withoutMatterKind(matter)) {
                // `In re: Grand Jury Subpoena`: a matter that names no party.
                guard let opening = group.first, !matterWords.contains(opening.lowercased().trimmedASCII(",.:")),
                      let party = party(from: group, role: nil), shoutingWords(group) || group.allSatisfy({ $0.first?.isUppercase == true }),
                      !parties.contains(where: { $0.name.lowercased() == party.name.lowercased() }),
                      !matterParties.contains(where: { $0.name.lowercased() == party.name.lowercased() }) else { continue }
                matterParties.append(party)
            }
        }
        return matterParties + parties
    }

    /// The parties one side of a caption without roles lists (at its semicolons, then at its
    /// commas and `and`s, as `splitList` reads a list): nil unless each is of eight words or fewer.
    private static func unroledList(_ side: [String]) -> [Caption.Party]? {
        var items: [[String]] = [[]]
        for word in side {
            if word.hasSuffix(";"), word.count > 1 {
                items[items.count - 1].append(String(word.dropLast()))
                items.append([])
            } else {
                items[items.count - 1].append(word)
            }
        }
        items = items.filter { !$0.isEmpty }
        var found: [Caption.Party] = []
        for group in items.flatMap({ splitList($0, semicolonItem: items.count >= 2) }) {
            guard let party = party(from: group, role: nil), party.name.split(separator: " ").count <= 8 else { return nil }
            if !found.contains(where: { $0.name == party.name }) { found.append(party) }
        }
        return found.isEmpty ? nil : found
    }

    /// `[*1]Kathleen` → `Kathleen`: a reporter's star-page marker glued to the word it stands before
    /// (New York's slip opinions open their caption with one).
    static func withoutStarPage(_ word: String) -> String {
        guard word.hasPrefix("[*"), let close = word.firstIndex(of: "]") else { return word }
        let inside = word[word.index(word.startIndex, offsetBy: 2)..<close]
        let after = word[word.index(after: close)...]
        guard !inside.isEmpty, inside.allSatisfy(\.isNumber), after.first?.isLetter == true else { return word }
        return String(after)
    }

    /// `NOT FINAL UNTIL TIME EXPIRES TO FILE MOTION FOR REHEARING AND DISPOSITION THEREOF IF FILED`
    /// (a Florida appellate court's notice, set beside the caption and run into it when the page
    /// is flattened): publisher's furniture, read as a removed line (`|`), so that the name before
    /// it is held for the role after it.
    static func withoutFinalityNotices(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + 2 < words.count, isWord(words[index], "not"), isWord(words[index + 1], "final"), isWord(words[index + 2], "until"),
               let end = words[(index + 3)...].prefix(20).firstIndex(where: { ["filed", "determined"].contains($0.lowercased().trimmedASCII(".,")) }) {
                result.append("|")
                index = end + 1
                continue
            }
            result.append(words[index])
            index += 1
        }
        return result
    }

    /// `No. SC`, `CASE NO. 1D`: a docket label whose number a transcription cut to its court's
    /// letters (Florida's `SC16-1234`, `1D16-5678`): one to three capitals or digits, a letter among
    /// them, no roman numeral.
    static func isCutDocketNumber(_ word: String) -> Bool {
        (1...3).contains(word.utf8.count) && word.utf8.allSatisfy({ ByteClass.isUpper($0) || ByteClass.isDigit($0) })
            && word.utf8.contains(where: ByteClass.isUpper) && !["I", "II", "III", "IV", "V", "VI", "X"].contains(word)
    }

    /// `ATTORNEY`, `ATTORNEY'S`, `CLERK`: an office a judicial district holds, continuing a party's name
    /// after `… JUDICIAL DISTRICT` (`18TH JUDICIAL DISTRICT ATTORNEY`), never a court's heading.
    static func isDistrictOffice(_ word: String) -> Bool {
        let bare = String(word.trimmedASCII(",.;:").lowercased().map { $0 == "’" ? "'" : $0 })
        return ["attorney", "attorneys", "attorney's", "attorneys'", "clerk", "judge", "judges", "defender", "prosecutor",
                "commission", "board", "office", "council", "committee", "sheriff"].contains(bare)
    }

    /// `MARCOS ANTONIO CELIS`: a name in capitals alone on its line (two to six words, no comma,
    /// number, role or court's word), whose role may stand alone on the next line.
    static func isBareNameLine(_ words: [String]) -> Bool {
        guard (2...6).contains(words.count), shoutingWords(words), isPartyName(words) else { return false }
        return words.allSatisfy { word in
            word.first?.isLetter == true && !word.hasSuffix(",") && !word.contains(where: \.isNumber) && role(word) == nil
                && !["COURT", "DISTRICT", "COUNTY", "DIVISION", "CIRCUIT", "APPEALS", "APPEAL", "JUDICIAL", "APPELLATE",
                     "SUPREME", "OPINION", "MEMORANDUM", "ORDER"].contains(word.trimmedASCII("."))
        }
    }

    /// `Respondent.Calbom` → `Respondent.`, `Calbom`; `Defendant-Appellant.No.` → `Defendant-Appellant.`,
    /// `No.`: a role word, its period, then a capitalized word run on without a space. Not an
    /// abbreviation's periods (`U.S.A.`) nor a word that is no role before the period.
    static func gluedAfterRole(_ word: String) -> [String] {
        guard word.utf8.count > 6, mayBeRole(word.utf8), let dot = word.firstIndex(of: "."),
              case let after = word.index(after: dot), after < word.endIndex, word[after].isUppercase,
              word.distance(from: word.startIndex, to: dot) >= 5, role(String(word[..<dot])) != nil else { return [word] }
        return [String(word[...dot]), String(word[after...])]
    }

    /// Words that make the role after them a kind of that role (`Nominal Defendant`, `Intervening
    /// Plaintiff`, `Interested Party`): they open the role phrase, not a name.
    static let roleModifiers: Set<String> = ["nominal", "intervening", "involuntary", "additional"]

    /// How many words open `words` as a matter's caption: 2 for `In re`, `In re:`, `IN RE`; 4 for
    /// `In the Matter of`, `IN THE MATTER OF`, `IN THE INTEREST OF` (a child's matter); 0
    /// otherwise. The one test of a matter's opening.
    static func matterWordCount(_ words: [String]) -> Int {
        let lowered = words.prefix(4).map { $0.lowercased().trimmedASCII(":,") }
        if lowered.count >= 2, lowered[0] == "in", lowered[1] == "re" { return 2 }
        if lowered.count == 4, lowered[0] == "in", lowered[1] == "the", ["matter", "interest"].contains(lowered[2]), lowered[3] == "of" { return 4 }
        return 0
    }

    /// `words` without `In re` / `In re:` / `IN THE MATTER OF` opening them (when a name follows).
    private static func withoutMatterWords(_ words: [String]) -> [String] {
        let opening = matterWordCount(words)
        return opening > 0 && words.count > opening ? Array(words.dropFirst(opening)) : words
    }

    /// `IN THE INTEREST OF D.T., J.B., and M.L., Minor Children, C.B., Mother,` → `D.T., J.B., and
    /// M.L.,` and `C.B., Mother,`: a matter's words, its children's names up to the segment that
    /// describes them as children (`Minor Children`, `a Minor`, `A CHILD`), and the names after
    /// it. Nil unless a matter opens the words and names follow the children.
    static func matterSubjects(_ words: [String]) -> (subjects: [String], rest: [String])? {
        guard matterWordCount(words) > 0 else { return nil }
        let body = withoutMatterKind(withoutMatterWords(words))
        var start = 0
        for index in body.indices where body[index].hasSuffix(",") {
            var segment = body[start...index].map { $0.lowercased().trimmedASCII(",.;") }
            if segment.first == "a" || segment.first == "an" { segment.removeFirst() }
            if start > 0, !segment.isEmpty, segment.allSatisfy(childWords.contains) {
                return index + 1 < body.count ? (Array(body[..<start]), Array(body[(index + 1)...])) : nil
            }
            start = index + 1
        }
        return nil
    }

    /// `L.M.B., A CHILD On Appeal from …` → `L.M.B.,`: a matter's name, within its first six words,
    /// up to the comma before the words that describe it as a child (`A CHILD`, `a Minor`,
    /// `Minor Children`). Nil when no such words follow the first comma.
    static func childDescribedName(_ body: [String]) -> [String]? {
        guard let comma = body.prefix(6).firstIndex(where: { $0.hasSuffix(",") }), comma > 0 || body[0].count > 1,
              case let after = body[(comma + 1)...].drop(while: { ["a", "an"].contains($0.lowercased()) }),
              let next = after.first, childWords.contains(next.lowercased().trimmedASCII(",.;")) else { return nil }
        return Array(body[...comma])
    }

    /// The words that describe a matter's subject as a child (`Minor Children`, `a Minor`).
    private static let childWords: Set<String> = ["minor", "minors", "child", "children"]

    /// The words that describe a party as a child or a parent after its name (`C.B., Mother,`).
    private static let familyWords: Set<String> = ["minor", "minors", "child", "children", "mother", "father", "parent", "parents"]

    /// Kinds of matter written between `In re` and the party's name (`In re: Appeal of Jonnie Sue
    /// Staley`, `In re the Estate of X`): the party is the name after them.
    private static let matterKinds: Set<String> = ["appeal", "estate", "application", "petition", "guardianship", "conservatorship",
                                                   "adoption", "custody", "claim", "complaint", "marriage"]

    /// A matter's name after its `In re`, without the kind of matter (`Appeal of`, `the Estate of`).
    static func withoutMatterKind(_ words: [String]) -> [String] {
        var start = 0
        if words.count > 1, words[0].lowercased() == "the" { start = 1 }
        guard words.count > start + 2, matterKinds.contains(words[start].lowercased()), words[start + 1].lowercased() == "of" else { return words }
        return Array(words.dropFirst(start + 2))
    }

    /// `… for the convenience of the reader. SUPREME COURT OF THE UNITED STATES Syllabus UNITED STATES`
    /// ⏎ `STEVENS CERTIORARI TO THE …`: the words in capitals that end the side before a `v.` and
    /// open the side after it, up to the first word that is not (`Syllabus`, `No`, `Argued:`, a
    /// date's month) or that opens the court's words (`CERTIORARI`, `ON WRIT`, `APPEAL FROM`).
    /// `et al.`, `et ux.` go with the name. Nil where either run is empty, holds a number or
    /// names a court, a title or a role.
    static func shoutingRunsAround(before: [String], after: [String]) -> ([String], [String])? {
        func isCapital(_ word: String) -> Bool {
            let bare = word.trimmedASCII(",.;:")
            return bare.contains(where: \.isLetter) && !bare.contains(where: { $0.isLowercase || $0.isNumber })
                && !word.hasSuffix(":") && !word.hasPrefix("(") && !word.hasPrefix("[")
        }
        func isEtAl(_ words: [String], _ index: Int) -> Bool {
            let word = words[index].lowercased()
            if word == "et" { return index + 1 < words.count && ["al", "ux", "vir"].contains(where: words[index + 1].lowercased().hasPrefix) }
            return index > 0 && words[index - 1].lowercased() == "et" && ["al", "ux", "vir"].contains(where: word.hasPrefix)
        }
        var start = before.count
        while start > 0, isCapital(before[start - 1]) || isEtAl(before, start - 1) { start -= 1 }
        var end = 0
        while end < after.count, isCapital(after[end]) || isEtAl(after, end) {
            if courtOpeners.contains(after[end].trimmedASCII(",.").uppercased()) { break }
            end += 1
        }
        let first = Array(before[start...]), second = Array(after[..<end])
        for run in [first, second] {
            let bare = run.filter { !["et", "al.", "al", "al.,", "ux", "ux.", "vir", "vir,"].contains($0.lowercased()) }
            // A name, not the tail of one in mixed case (`The Ravenswood Inv. Co. L.P. v.`, `; C.A.
            // No.`): a word of three letters or more with no period inside it.
            guard bare.contains(where: { word in
                      let letters = word.trimmedASCII(",.;")
                      return letters.filter(\.isLetter).count >= 3 && !letters.contains(".")
                  }),
                  !bare.contains(where: { $0.trimmedASCII(",.").uppercased() == "COURT" }),
                  !titleOpeners.contains(bare[0].trimmedASCII(",.")), role(bare[bare.count - 1]) == nil else { return nil }
        }
        return (first, second)
    }

    /// The words that open the court's part after a flattened caption's names.
    private static let courtOpeners: Set<String> = ["CERTIORARI", "APPEAL", "APPEALED", "ARGUED", "SUBMITTED", "DECIDED", "FILED", "ON",
                                                    "BEFORE", "PRESENT", "NO", "NOS", "DOCKET", "SYLLABUS", "HEADNOTE", "OPINION"]

    /// Four in five letters are capitals.
    private static func shoutingWords(_ words: [String]) -> Bool {
        // `The STATE`, `STATE of Kansas`: a name's small words may be written in lower case.
        let letters = words.filter { !(connectors.contains($0.lowercased()) && $0.contains(where: \.isLowercase)) }.joined().utf8.filter(ByteClass.isLetter)
        return !letters.isEmpty && letters.filter(ByteClass.isUpper).count * 10 >= letters.count * 8
    }

    /// What a removed docket number leaves between a name and its role in a flattened caption:
    /// judges' initials (`LEK-KJM`, `DB P`), a parenthetical (`(JRT/RLE)`, `(Super. Ct. No.
    /// 18CV01618)`), a docket label (`Civil`, `CASE NO.:`), pleading line numbers.
    static func isFragment(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        var inParentheses = false
        var short = 0
        for word in words {
            if word.hasPrefix("(") { inParentheses = true }
            defer { if word.hasSuffix(")") || word.hasSuffix("),") { inParentheses = false } }
            if inParentheses || isLineNumber(word) || docketLabelWords.contains(word.lowercased().trimmedASCII(",:")) { continue }
            if word.hasSuffix(")") { continue }
            let core = word.trimmedASCII(",.:;")
            let letters = core.utf8.filter(ByteClass.isLetter)
            // Initials in capitals (`DB`, `P`, `LEK-KJM`, `TUC-CKJ`) or a number.
            if letters.allSatisfy(ByteClass.isUpper), core.utf8.count <= 8,
               letters.count <= 3 || core.contains("-") || core.contains(where: \.isNumber) {
                short += 1
                continue
            }
            return false
        }
        return short <= 3
    }

    /// `McCoy v. Michigan`: the names of a case's title (a research site's head line), for a
    /// document that writes no caption of its own, roles unsaid. Each side may list names at its
    /// commas (`Daniels v. Dunlap, M.D., Desai, M.D.`), a suffix (`, M.D.`, `, Inc.`) staying with
    /// the name before it; `In re Barrett`, `Matter of X`: the one name after the words. Nil
    /// unless every name is capitalized and short.
    static func fromTitle(_ title: String) -> [Caption.Party]? {
        if let prefix = matterPrefix(of: title) {
            var name = String(title.dropFirst(prefix)).trimmedASCII(" ,")
            // `In re Estate of X`: the party is X. `In re Grand Jury Subpoena`, `In re Marriage of
            // A and B`, `In re Application of …`: a matter, or names this form does not split: none.
            if name.hasPrefix("Estate of ") { name.removeFirst(10) }
            let opening = name.split(separator: " ").first.map { String($0).trimmedASCII(",.:").lowercased() } ?? ""
            guard name.first?.isUppercase == true, (1...6).contains(name.split(separator: " ").count),
                  !name.contains(" v. "), !name.contains(" of "), !name.contains(" and "), !matterWords.contains(opening),
                  !name.contains(where: \.isNumber) else { return nil }
            return [Caption.Party(name: name, role: nil, etAl: false)]
        }
        let sides = title.split(separator: " v. ", omittingEmptySubsequences: false).map(String.init)
        guard sides.count == 2 else { return nil }
        var names: [String] = []
        for side in sides {
            // Segments at commas; a suffix (or a lone initial run such as `M.D.`) joins the one before.
            var items: [String] = []
            for segment in side.split(separator: ",").map({ String($0).trimmedASCII(" ") }) where !segment.isEmpty {
                if nameSuffixes.contains(segment.lowercased().trimmedASCII(".")), let last = items.popLast() {
                    items.append(last + ", " + segment)
                } else {
                    items.append(segment)
                }
            }
            // A segment that does not open with a capital (`a Colorado corporation`) or a place
            // after a name (`City of Tucson, Arizona`) makes the side one name, as written.
            // `Jones, Warden`: a descriptor after the name is no party.
            items = items.enumerated().filter { $0.offset == 0 || !isDescriptor($0.element.split(separator: " ").map(String.init)) }.map(\.element)
            let listable = items.count >= 2 && items.allSatisfy { item in
                item.first?.isUppercase == true && !usStates.contains(item) && (1...8).contains(item.split(separator: " ").count)
            }
            if listable { names += items } else if let first = items.first, items.count == 1 { names.append(first) } else { names.append(side.trimmedASCII(" ,")) }
        }
        guard names.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 8 && $0.first?.isUppercase == true }) else { return nil }
        return names.map { Caption.Party(name: $0, role: nil, etAl: false) }
    }

    /// The length of `In re `, `In the Matter of `, `Matter of ` opening a case's title, or nil.
    static func matterPrefix(of title: String) -> Int? {
        for prefix in ["In re ", "In Re ", "IN RE ", "In the Matter of ", "Matter of ", "IN THE MATTER OF ", "MATTER OF "]
        where title.hasPrefix(prefix) { return prefix.utf8.count }
        return nil
    }

    /// First words after `In re` that name a matter, not a party (`In re Grand Jury Subpoena`).
    private static let matterWords: Set<String> = [
        "grand", "search", "subpoena", "subpoenas", "application", "applications", "petition", "complaint", "marriage",
        "guardianship", "adoption", "interest", "welfare", "custody", "disciplinary", "contempt", "proceedings", "motion",
        "request", "appeal", "investigation", "matter", "the", "a", "an", "sealed", "grievance", "termination", "commitment",
        "detention", "extradition", "arbitration", "certification", "charges", "conservatorship", "dependency", "discipline",
        "judicial", "inquiry", "liquidation", "receivership", "review", "seizure", "warrant", "will", "trust", "claims",
    ]

    /// States and territories written after a comma (`City of Tucson, Arizona`): a place, no party.
    private static let usStates: Set<String> = Set(StateData.byNameOrAbbreviation.values).union(["Puerto Rico", "Guam", "D.C."])

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

    /// `and Respondent,`, `- Appellee`, `Cross-Appellant.`: a cell that continues the role phrase of
    /// the cell before it (`Plaintiff   and Respondent,` split at its wide gap).
    static func isRoleContinuation(_ cell: String) -> Bool {
        let words = cell.splitOnSpaces()
        guard let first = words.first, words.count >= 2 || first.lowercased().hasPrefix("cross"), words.count <= 5 else { return false }
        let bare = first.trimmedASCII(",.;:").lowercased()
        guard ["and", "&", "-", "–", "/"].contains(bare) || bare.hasPrefix("cross") else { return false }
        let rest = words.dropFirst().joined(separator: " ")
        return rest.isEmpty || isRolePhrase(rest) || rest.lowercased().hasPrefix("cross") && isRolePhrase(String(rest.dropFirst(5)).trimmedASCII(" -"))
    }

    /// A role as written, in lower case and singular, its parts joined as the caption joins them:
    /// `Plaintiffs-Appellants` → `plaintiff-appellant`, `Plaintiff - Appellant/ Cross Appellee` →
    /// `plaintiff-appellant/cross-appellee`, `Plaintiffs and Respondents` → `plaintiff and
    /// respondent`, `Petitioners, Appellants` → `petitioner-appellant`.
    /// The role a parenthesized word names (`(Defendant),`, `(Plaintiffs).`), the trial-court
    /// role an appellate caption writes after the party's posture.
    static func trialRole(_ word: String) -> String? {
        let bare = word.trimmedASCII(",.;:")
        guard bare.hasPrefix("("), bare.hasSuffix(")"), bare.count > 2 else { return nil }
        return role(String(bare.dropFirst().dropLast()))
    }

    static func rolePhrase(_ words: [String]) -> String {
        // Words joined: no space around `-` and `/`; a comma between two roles is a hyphen;
        // `cross` and `counter` join the role after them.
        var text = ""
        for (index, raw) in words.enumerated() {
            var word = withoutFootnoteMark(raw).lowercased()
            if index == words.count - 1 { word = word.trimmedASCII(" ,.;:") }
            if word == "–" { word = "-" }
            let comma = word.hasSuffix(",")
            if comma { word.removeLast() }
            guard !word.isEmpty else { continue }
            let glued = text.isEmpty || text.hasSuffix("-") || text.hasSuffix("/") || word.hasPrefix("-") || word.hasPrefix("/")
                || text.hasSuffix("cross") || text.hasSuffix("counter")
            if !glued { text += " " } else if text.hasSuffix("cross") || text.hasSuffix("counter") { text += "-" }
            text += word
            // `Plaintiffs Below, Petitioners`: the comma after `below` is written.
            if comma && index < words.count - 1 { text += word == "below" ? "," : "-" }
        }
        // Each part singular: `defendants` → `defendant`.
        var result = ""
        var part = ""
        func flush() {
            if part.hasPrefix("("), part.hasSuffix(")"), let singular = roles[String(part.dropFirst().dropLast())] {
                result += "(" + singular + ")"
            } else if let singular = roles[part] { result += singular } else { result += part }
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

    /// `City Utilities of Springfield, Missouri`: whether `word` is a state's name, a place after a comma.
    static func isStateName(_ word: String) -> Bool { usStates.contains(word.trimmedASCII(",.")) }

    /// `Inc.`, `LLC`, `N.A.`, `L.L.C.`: an entity's suffix (not a person's `Jr.`, `M.D.`, whose name
    /// an office may follow: `Eric H. Holder, Jr., United States Attorney General`).
    static func isCorporateSuffix(_ word: String) -> Bool {
        let bare = word.lowercased().trimmedASCII(",.")
        return nameSuffixes.contains(bare) && !["jr", "sr", "ii", "iii", "iv", "m.d", "esq", "rn", "r.n", "d.o", "ph.d", "d.d.s", "cpa"].contains(bare)
    }

    /// `LLC`, `Inc.`, `N.A.`, `Jr.`: a suffix written after a name's comma.
    static func isNameSuffix(_ word: String) -> Bool { nameSuffixes.contains(word.lowercased().trimmedASCII(",.")) }

    /// Corporate and personal suffixes that stand after a comma inside one name.
    private static let nameSuffixes: Set<String> = ["inc", "llc", "l.l.c", "ltd", "co", "corp", "p.c", "pc", "l.p", "lp", "llp", "n.a",
                                                    "jr", "sr", "ii", "iii", "iv", "m.d", "esq", "p.a", "pllc", "plc", "s.a", "d/b/a",
                                                    "rn", "r.n", "d.o", "ph.d", "d.d.s", "cpa", "l.c", "p.l.l.c", "s.c", "a.p.c", "incorporated"]

    /// Words that open another name for the same party after a comma (`, a/k/a JACK'S CORNER
    /// STORE`, `, doing business as …`, `, ex rel. …`): the part stays with the name before it.
    private static let aliasOpeners: Set<String> = ["a/k/a", "aka", "d/b/a", "dba", "f/k/a", "fka", "f/d/b/a", "n/k/a", "nka", "doing",
                                                    "also", "formerly", "now", "ex", "t/a", "trading"]

    /// Words of a docket label (`Civil Action No.`, `CASE NO.`): never a party's segment alone.
    private static let docketLabelWords: Set<String> = ["civil", "criminal", "action", "case", "no", "no.", "nos.", "cause", "index",
                                                        "adversary", "chapter", "docket", "civ.", "cv", "proceeding", "misc.", "number"]

    /// Whether a comma segment is no name at all: a date (`July 15, 2010`), a publication note
    /// (`UNPUBLISHED`), a docket label or number (`Civil No. 09-3709`), a parenthetical
    /// (`(Super. Ct. No. 18CV01618)`), a year: what a caption flattened by a converter puts
    /// between a party's name and its role.
    static func isNotAName(_ segment: [String]) -> Bool {
        guard let first = segment.first else { return true }
        if first.hasPrefix("(") || first.hasPrefix("[") { return true }
        if containsDate(segment) { return true }
        if segment.contains(where: { ["No.", "NO.", "Nos.", "NOS."].contains($0.trimmedASCII(",")) }) { return true }
        if segment.contains(where: { ["UNPUBLISHED", "PUBLISHED", "PUBLICATION", "PRECEDENTIAL", "NONPRECEDENTIAL"].contains($0.trimmedASCII(",.")) }) { return true }
        if segment.allSatisfy({ docketLabelWords.contains($0.lowercased().trimmedASCII(",:"))
            || $0.contains(where: \.isNumber) && $0.filter(\.isLetter).count <= 2 }) { return true }
        if segment.count == 1, first.trimmedASCII(",.").utf8.allSatisfy(ByteClass.isDigit) { return true }
        return false
    }

    /// Whether a comma segment describes the name before it rather than naming a party: `in her
    /// official and individual capacities`, `individually`, `a Colorado corporation`, `deceased`.
    private static func isDescriptor(_ segment: [String], first isFirst: Bool = false) -> Bool {
        guard let first = segment.first else { return false }
        let word = first.lowercased().trimmedASCII(",.;")
        if aliasOpeners.contains(word) || word == "and" || word == "&" || word == "et" { return false }
        if startsLowercase(first) { return true }
        // `Acting Commissioner of Social Security`, `Warden`, `Social Security Commissioner`.
        if isFirst { return word == "individually" }
        if officeWords.contains(word) { return true }
        // `Mother`, `Minor Children`, `A CHILD`: a parent or a child, so described.
        if case let bare = segment.map({ $0.lowercased().trimmedASCII(",.;") }).drop(while: { $0 == "a" || $0 == "an" }),
           !bare.isEmpty, bare.count <= 2, bare.allSatisfy(familyWords.contains) { return true }
        // `Guardian of the Estate of …`, `Guardian ad Litem`: a representative, not `Guardian Life
        // Insurance Company`.
        if word == "guardian" || word == "conservator" || word == "receiver",
           segment.count == 1 || ["of", "ad", "and", "for"].contains(segment[1].lowercased()) { return true }
        if segment.count <= 4, let last = segment.last, officeWords.contains(last.lowercased().trimmedASCII(",.;")) { return true }
        if isOffice(segment) { return true }
        // `AS TRUSTEE FOR …`, `INDIVIDUALLY AND …`: a capacity in capitals as in lower case.
        if word == "as", segment.count >= 2 { return true }
        // `His Guardian`, `Its Successor`: a pronoun opens a descriptor, in capitals as in lower case.
        if ["his", "her", "its", "their"].contains(word), segment.count <= 4 { return true }
        // `City Clerk of the City of Tucson`, `County Sheriff`.
        if segment.count >= 2, ["city", "county", "state", "town"].contains(word), officeWords.contains(segment[1].lowercased().trimmedASCII(",.;")) { return true }
        return word == "individually" || word == "personally" || word == "deceased"
    }

    /// `TEXAS 77006`, `Arizona`, `OHIO`: a state's name, with a ZIP code or not: a place.
    static func isPlace(_ segment: [String]) -> Bool {
        var words = segment.map { $0.trimmedASCII(",.;") }
        if let last = words.last, last.utf8.count == 5, last.utf8.allSatisfy(ByteClass.isDigit) { words.removeLast() }
        guard (1...3).contains(words.count) else { return false }
        let name = words.joined(separator: " ")
        return usStates.contains(name) || usStates.contains(NameCase.titleCaseIfShouting(name))
    }

    /// `Leigh Anne Manlove`, `Debra Lee,`, `D. L. DeAZEVEDO`: two to four capitalized words, none an
    /// entity's or an office's word.
    static func isPersonName(_ words: [String]) -> Bool {
        (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
            && !words.contains { notPersonWords.contains($0.trimmedASCII(",.").lowercased()) || nameSuffixes.contains($0.trimmedASCII(",").lowercased().trimmedASCII(".")) }
    }

    /// `Wyoming Secretary of State`, `Laramie County District Attorney`, `Laramie County Clerk`,
    /// `City Manager`: an office written after a party's name, a place's words (capitalized) then
    /// the office's title, and `of …` after it. Not `Department of Transportation` (no office's
    /// title) nor a person (`Leigh Anne Manlove`).
    static func isOffice(_ segment: [String]) -> Bool {
        let lowered = segment.map { $0.lowercased().trimmedASCII(",.;") }
        guard (2...7).contains(lowered.count), segment.allSatisfy({ $0.first?.isUppercase == true || ["of", "the", "for", "and"].contains($0.lowercased()) }) else { return false }
        let ofIndex = lowered.firstIndex(of: "of") ?? lowered.count
        let head = lowered[..<ofIndex]
        guard let last = head.last, head.count >= 2 else { return false }
        let titles: Set<String> = ["secretary", "attorney", "clerk", "manager", "commissioner", "director", "treasurer", "auditor",
                                   "sheriff", "warden", "superintendent", "administrator", "recorder", "assessor", "comptroller",
                                   "controller", "mayor", "governor", "chief", "supervisor", "coroner", "marshal", "guardian", "general"]
        guard titles.contains(last) else { return false }
        // `District Attorney`, `Attorney General`-like titles after a place; a name's words (`Anne`)
        // are no place: the words before the title are a place or an office's own words.
        let officeWords: Set<String> = ["county", "city", "state", "district", "town", "village", "township", "parish", "deputy",
                                        "assistant", "acting", "general", "u.s", "united", "states", "chief", "executive", "police",
                                        "school", "public", "prosecuting", "circuit", "court", "tax", "register", "probate"]
        return head.dropLast().contains(where: officeWords.contains) || usStates.contains(segment[0].trimmedASCII(",.;"))
    }

    /// Offices a descriptor names after a party's name (never a party's own first word there).
    private static let officeWords: Set<String> = [
        "acting", "commissioner", "secretary", "director", "warden", "sheriff", "superintendent", "administrator", "trustee",
        "officer", "deputy", "executive", "president", "chairman", "chair", "mayor", "governor", "inspector", "former", "successor",
        "manager", "clerk", "administratrix", "executrix", "executor",
    ]

    /// One group of words as the parties it lists: `STEVE PETERSON, SAM EILERT, and RANDY HLAD`
    /// → three; `WILLIAM W. LISOWSKI and CLARA E. LISOWSKI` → two; `BONNIE MCLEAN, in her official
    /// capacity, CHRISTINA APOSTOLI, …, and JOHN DOE` → one per name; `JONES LAW FIRM, P.C.`,
    /// `JACK'S CORNER STORES, a/k/a JACK'S CORNER STORE, INC.`, `Commonwealth of Pennsylvania,
    /// Department of Transportation` and `Department of Health and Human Services` → one.
    /// `semicolonItem`: the group is one item of a list the caption divides by semicolons, whose
    /// commas then only set off descriptors (`PARRIS N. GLENDENING, State of Maryland, Governor`).
    static func splitList(_ words: [String], semicolonItem: Bool = false) -> [[String]] {
        // Segments at commas, and at a period that closes a word in lower case (`capacities.
        // JONES LAW FIRM`: a comma mistyped).
        var segments: [[String]] = [[]]
        // `Zdenek KIESLICH and, Susan A. Kieslich`: a comma slipped after the list's `and`; the
        // `and` opens the next name as in `A, and B`.
        var words = words
        // `3 4 5 SONG FI, INC., …`: pleading line numbers before the list are no part of its first
        // name (as `party(from:)` drops them from a name).
        while let first = words.first, isLineNumber(first), !first.hasSuffix(","), words.count > 1 { words.removeFirst() }
        for index in words.indices.dropFirst().dropLast().reversed() where words[index].lowercased() == "and,"
            && !words[index - 1].hasSuffix(",") && words[index + 1].first?.isUppercase == true {
            words[index - 1] += ","
            words[index] = "and"
        }
        for word in words {
            if segments[segments.count - 1].isEmpty, word == "," { continue }
            segments[segments.count - 1].append(word)
            let periodEnd = word.hasSuffix(".") && word.utf8.count > 5 && startsLowercase(word) && !connectors.contains(word)
            if word.hasSuffix(",") || periodEnd { segments.append([]) }
        }
        segments = segments.filter { !$0.isEmpty }
        // `INC. and STAR 9,`: a suffix, then the next name of the list.
        var split: [[String]] = []
        for segment in segments {
            if segment.count >= 3, nameSuffixes.contains(segment[0].trimmedASCII(",").lowercased().trimmedASCII(".")),
               ["and", "&"].contains(segment[1].lowercased()) {
                split.append([segment[0]])
                split.append(Array(segment[1...]))
            } else {
                split.append(segment)
            }
        }
        // Suffixes (`Inc.`, `Jr.`, `M.D.`) and other names of the same party (`a/k/a …`) join the
        // segment before them; descriptors and what is no name are marked.
        enum Kind { case name, descriptor, other }
        var merged: [(words: [String], kind: Kind)] = []
        for segment in split {
            let bare = segment[0].trimmedASCII(",").lowercased().trimmedASCII(".")
            let isSuffix = segment.count <= 2 && nameSuffixes.contains(bare)
            let isAlias = aliasOpeners.contains(bare) && (bare != "doing" || segment.count > 2 && segment[1].lowercased() == "business")
                && (bare != "also" && bare != "formerly" && bare != "now" || segment.count > 2 && ["known", "k/a"].contains(segment[1].lowercased()))
                && (bare != "ex" || segment.count > 1 && segment[1].lowercased().hasPrefix("rel"))
            // `, et al.,` stays with the name it follows.
            let isEtAl = bare == "et" && segment.count >= 2 && segment[1].lowercased().hasPrefix("al")
            if let last = merged.last, last.kind == .name, isSuffix || isAlias || isEtAl {
                merged[merged.count - 1].words = last.words + segment
            } else if isSuffix {
                merged.append((segment, .other))  // `Inc.` with no name before it
            } else if let last = merged.last, last.kind == .descriptor, ["by", "through"].contains(last.words[0].lowercased()),
                      last.words.last.map({ ["litem,", "friend,", "guardian,", "parent,", "parents,", "mother,", "father,", "representative,", "conservator,"].contains($0.lowercased()) }) == true {
                // `I.H., by and through her guardian ad litem, CHERYLL HUNTER`: the representative
                // the descriptor names is no party.
                merged.append((segment, .descriptor))
            } else if let last = merged.last, isPlace(segment), !(last.kind == .name && isPlace(last.words)) {
                // (A state after a state alone is the next of a list of states, `TEXAS, ALABAMA,
                // ARIZONA, Plaintiffs`, read below, not the first one's place.)
                // `…, Billings, Montana`, `…, HOUSTON, TEXAS 77006`: an address's city and state, no
                // party; `Houston County, Georgia`, `City Utilities of Springfield, Missouri`: the
                // state of the name before it, written with it.
                if last.kind == .name, last.words.count <= 2, merged.count >= 2 {
                    merged[merged.count - 1].kind = .other
                    merged.append((segment, .other))
                } else if last.kind == .name {
                    merged[merged.count - 1].words = last.words + segment
                } else {
                    merged.append((segment, .other))
                }
            } else if isDescriptor(segment, first: merged.isEmpty) {
                merged.append((segment, .descriptor))
            } else if isNotAName(segment) {
                merged.append((segment, .other))
            } else {
                merged.append((segment, .name))
            }
        }
        let names = merged.filter { $0.kind == .name }.map(\.words)
        guard !names.isEmpty else { return [] }
        func bareLast(_ segment: [String]) -> [String] {
            guard let last = segment.last, last.hasSuffix(",") else { return segment }
            return segment.dropLast() + [String(last.dropLast())]
        }
        func capitalized(_ segment: [String]) -> Bool {
            segment.first?.first?.isUppercase == true
                && segment.filter({ startsLowercase($0) && !connectors.contains($0) && $0 != "through" }).isEmpty
        }
        var groups: [[String]]
        // A list where `, and` says so, where a descriptor in lower case stands between two names
        // (`…, in her official capacity, CHRISTINA APOSTOLI,`), or `A, B, C and D`.
        let oxford = names.count >= 2 && names.dropFirst().contains { ["and", "&"].contains($0.first!.lowercased()) }
        let capacityOpeners: Set<String> = ["in", "as", "individually", "a", "an", "its", "his", "her", "their", "personally", "sued",
                                            "both", "deceased", "natural", "by", "through", "on"]
        let describedList = names.count >= 2 && names.allSatisfy { (1...8).contains($0.count) && capitalized($0) }
            && merged.indices.dropFirst().contains { index in
                merged[index].kind == .descriptor && merged[index - 1].kind == .name
                    && merged[(index + 1)...].contains { $0.kind == .name }
                    && (capacityOpeners.contains(merged[index].words[0].lowercased().trimmedASCII(",."))
                        // `Ed BUCHANAN, Wyoming Secretary of State, Leigh Anne Manlove, …`: an office
                        // between two people's names (not `City Manager, City of Medford`).
                        || isOffice(merged[index].words) && index + 1 < merged.count && merged[index + 1].kind == .name
                            && isPersonName(merged[index + 1].words))
            }
        let listLike = names.count >= 2 && names.dropLast().allSatisfy { (1...8).contains($0.count) && capitalized($0) }
            && names.last!.filter({ $0.lowercased() == "and" }).count == 1
        // … and only where nothing but names stands between them (not `KAPPOS, DIRECTOR, UNITED
        // STATES PATENT AND TRADEMARK OFFICE`).
        let lastName = merged.lastIndex { $0.kind == .name } ?? 0
        let consecutive = merged[..<lastName].allSatisfy { $0.kind == .name }
        let plain = listLike && consecutive
            && (names.count >= 3 || (2...4).contains(names[0].count) && names[0].allSatisfy { $0.first?.isUppercase == true })
        // In an item of a semicolon list, an office after the name (`, State of Maryland,
        // Governor`) makes the first segment the name; several names with no office, a list.
        let office = merged.dropFirst().contains { $0.words.count == 1 && descriptorWords.contains($0.words[0].lowercased().trimmedASCII(",.;")) }
        let semicolonNames = semicolonItem && names.count >= 3 && !office && names.allSatisfy { (1...8).contains($0.count) && capitalized($0) }
        // `GOOGLE, INC., YOUTUBE LLC`, `SONG FI, INC., JOSEPH N. BROTHERTON, …, RASTA ROCK, INC.`: a
        // name closed by its corporate suffix and more names after it, nothing else between: a list.
        let suffixClosed = names.count >= 2 && consecutive && names.allSatisfy { (1...8).contains($0.count) && capitalized($0) }
            && names.dropLast().contains { $0.count >= 2 && $0.last.map(isCorporateSuffix) == true }
        // `TEXAS, ALABAMA, ARIZONA`: states as parties, each its own.
        let states = names.count >= 2 && consecutive && names.allSatisfy { isPlace($0) && !$0.contains(where: { $0.contains(where: \.isNumber) }) }
        if semicolonItem && names.count >= 2 && !oxford && !plain && office {
            groups = [bareLast(names[0])]
        } else if oxford || describedList || plain || semicolonNames || suffixClosed || states {
            groups = names.map(bareLast)
            // `A, B, C and D`: the last `and` of a list is its joiner.
            if plain && !oxford && names.count >= 3, let last = groups.last, let and = last.firstIndex(where: { $0.lowercased() == "and" }),
               and > 0, and < last.count - 1 {
                groups[groups.count - 1] = Array(last[..<and])
                groups.append(Array(last[(and + 1)...]))
            }
        } else {
            // One name: every segment up to the first descriptor or the first that is no name.
            var kept: [String] = []
            for segment in merged {
                guard segment.kind == .name else { break }
                kept += segment.words
            }
            groups = [bareLast(kept.isEmpty ? names[0] : kept)]
        }
        groups = groups.map { group in
            var group = group
            if let first = group.first, ["and", "&"].contains(first.lowercased()) { group.removeFirst() }
            return group
        }.filter { !$0.isEmpty }
        // `A B and C D`: two parties when each side is a person (two to four capitalized words) or
        // plainly an entity (`BMV Consulting, Ltd.`, `City of New Richmond`, `… Airport
        // Commission`); `Department of Health and Human Services` stays one name.
        return groups.flatMap { group -> [[String]] in
            let ands = group.indices.filter { group[$0].lowercased() == "and" }
            guard ands.count == 1, let and = ands.first, and > 0, and < group.count - 1 else { return [group] }
            var left = Array(group[..<and]), right = Array(group[(and + 1)...])
            // `Jean Patterson as Executrix of …`: a side's descriptor is no part of the test.
            if let cut = descriptorStart(right), cut > 0 { right.removeSubrange(cut...) }
            if let cut = descriptorStart(left), cut > 0 { left.removeSubrange(cut...) }
            func person(_ side: [String]) -> Bool {
                // `R.L. AND A.L., MINOR CHILDREN`: a child's initials stand for a person.
                if side.count == 1, isInitials(side[0]) { return true }
                return (2...4).contains(side.count) && side.allSatisfy { $0.first?.isUppercase == true }
                    && !side.contains { nameSuffixes.contains($0.trimmedASCII(",").lowercased().trimmedASCII(".")) || $0.hasSuffix(",") && $0 != side.last }
                    && !side.contains { notPersonWords.contains($0.trimmedASCII(",.").lowercased()) }
            }
            func entity(_ side: [String]) -> Bool {
                guard (2...8).contains(side.count), side.first?.first?.isUppercase == true,
                      let last = side.last?.trimmedASCII(",").lowercased() else { return false }
                let first = side[0].lowercased()
                if ["city", "county", "state", "town", "village", "commonwealth", "borough", "township"].contains(first),
                   side[1].lowercased() == "of" { return true }
                // `DALLAS COUNTY SCHOOLS`, `Cook County`: a place's county or city, every word capitalized.
                if side.dropFirst().contains(where: { ["county", "city", "parish", "township"].contains($0.lowercased().trimmedASCII(",.")) }),
                   side.allSatisfy({ $0.first?.isUppercase == true }) { return true }
                return entityEndings.contains(last)
            }
            // `Arkansas Rice Research and Promotion Board`: a two-word body after the `and` is
            // the end of one entity's name, unless a corporate suffix closes it (`Acme Corp.`).
            if right.count == 2, !person(right), !isCorporateSuffix(right[1]) { return [group] }
            return (person(left) || entity(left)) && (person(right) || entity(right)) ? [Array(group[..<and]), Array(group[(and + 1)...])] : [group]
        }
    }

    /// `R.L.`, `L.E.C.,`: two to four capitals, each followed by its period (a child's or a
    /// party's initials, as a confidential caption writes them).
    static func isInitials(_ word: String) -> Bool {
        let bytes = Array(word.trimmedASCII(",;").utf8)
        guard (4...8).contains(bytes.count), bytes.count % 2 == 0 else { return false }
        return stride(from: 0, to: bytes.count, by: 2).allSatisfy { ByteClass.isUpper(bytes[$0]) && bytes[$0 + 1] == 0x2E }
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
        "district", "department", "schools",
    ]

    /// Words in capitals that open a document's title.
    private static let titleOpeners: Set<String> = ["ORDER", "MEMORANDUM", "OPINION", "REPORT", "FINDINGS", "JUDGMENT", "DECISION",
                                                    "RULING", "RECOMMENDATION", "NOTICE"]

    /// Words that open a descriptor after a comma (`, Warden`) or stand for one (`individually`).
    /// The first words of a military grade (`Lieutenant Colonel`, `Staff Sergeant`, `Seaman`).
    private static let rankWords: Set<String> = [
        "private", "specialist", "corporal", "sergeant", "staff", "master", "first", "second", "lance", "gunnery",
        "technical", "senior", "chief", "airman", "seaman", "petty", "lieutenant", "captain", "major", "colonel", "commander",
        "ensign", "warrant", "cadet", "midshipman", "general", "admiral", "hospitalman", "fireman", "boatswain's", "yeoman",
    ]

    /// Words naming an armed service after a grade, within its next six words (`U.S. Air Force`,
    /// `United States Army`, `USMC`).
    private static func isServiceLine(_ words: ArraySlice<String>) -> Bool {
        let lowered = words.prefix(6).map { $0.lowercased().trimmedASCII(",.;:") }
        let services: Set<String> = ["army", "navy", "air", "marine", "coast", "usmc", "usn", "usaf", "usa", "uscg"]
        for (position, word) in lowered.enumerated() where services.contains(word) {
            if ["usmc", "usn", "usaf", "uscg"].contains(word) { return true }
            let before = position > 0 ? lowered[position - 1] : ""
            if before == "u.s" || before == "states" { return true }
        }
        return false
    }

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
            // `Mark K. ARNESS, Lieutenant Colonel` ⏎ `U.S. Air Force`: a service member's rank and
            // service (a military caption's line), not the name.
            if afterComma, rankWords.contains(word), isServiceLine(words[(index + 1)...]) { return index }
            // `, natural parents of …`, `, deceased`, `, a Colorado corporation`: lower case after a comma.
            if afterComma, let first = words[index].first, first.isLowercase,
               !["and", "et", "d/b/a", "f/k/a", "a/k/a", "dba", "aka", "fka", "f/d/b/a", "also", "formerly", "doing", "now", "ex", "n/k/a"].contains(word) { return index }
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

    /// `Apr`, `Sept.`, `Dec`: a month's abbreviation, a date's word only beside a number (`Apr 30
    /// 2013, 9:20 am`, a filing stamp), where `Jan Novak` is a name.
    private static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// A numeric date (`03-20-2024`), or a month before or after a number (`July 15,`,
    /// `15 July`) or alone: a date's words, where `APRIL JONES` is a name.
    static func containsDate(_ words: [String]) -> Bool {
        for (position, word) in words.enumerated() where isDateWord(word) {
            if !word.contains(where: \.isLetter) { return true }
            if position + 1 < words.count, words[position + 1].first?.isNumber == true { return true }
            if position > 0, words[position - 1].first?.isNumber == true { return true }
            if words.count == 1 { return true }
        }
        for (position, word) in words.enumerated() where monthAbbreviations.contains(word.trimmedASCII(",.").lowercased()) {
            if position + 1 < words.count, words[position + 1].first?.isNumber == true, words[position + 1].count <= 3 { return true }
        }
        return false
    }

    /// Abbreviations a name may end with or hold before more words (`Sgt. Conrad`, `ex rel.`).
    private static let abbreviations: Set<String> = ["rel", "sgt", "bros", "dr", "mr", "mrs", "ms", "st", "ste", "mt", "ft", "assn", "ass'n",
                                                     "dept", "univ", "natl", "cnty", "twp", "comm", "commn", "com'n", "gen", "atty"]

    /// Words no party's name holds: a judge's (`Hon.`, `District Judge`), counsel's (`On brief:`,
    /// `Appearances:`), a motion's (`Cross-Motion for Summary Judgment`), a role inside the name
    /// (`Plaintiff-Appellant Wayne Okutsu sued`), a court's heading (`In the Court of Appeals of
    /// the State of Washington`), a connector opening it (`Of the Magistrate Judge`, `By Shogan`).
    static func isPartyName(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        let opening = first.lowercased().trimmedASCII(",.:")
        if ["of", "by", "on", "for", "to", "at", "honorable", "hon", "judge", "justice"].contains(opening), first.first?.isUppercase == true {
            return false
        }
        for (position, word) in words.enumerated() {
            let bare = word.trimmedASCII(",.;")
            if word.hasSuffix(":"), !["re:", "in re:"].contains(word.lowercased()), position > 0 || words.count > 1 { return false }
            if ["Judge", "JUDGE", "Motion", "MOTION", "Cross-Motion", "CROSS-MOTION"].contains(bare) { return false }
            if position > 0, position < words.count - 1, word.first?.isUppercase == true, role(word) != nil,
               !["doe", "does", "roe", "roes"].contains(words[position - 1].lowercased()) { return false }
        }
        let joined = " " + words.map { $0.trimmedASCII(",.;") }.joined(separator: " ").lowercased() + " "
        for court in [" district court ", " court of appeals ", " supreme court ", " court of the ", " bankruptcy court ", " circuit court "]
        where joined.contains(court) {
            return false
        }
        return true
    }

    /// `18-CR-00927`, `291020`, `04-042992-NP`: a docket's number after `No.` (a hyphen among
    /// three digits or more, or five digits or more); not `283` of `SCHOOL DISTRICT NO. 283`.
    static func isDocketNumberWord(_ word: String) -> Bool {
        let core = word.trimmedASCII(",.;:")
        let digits = core.utf8.filter(ByteClass.isDigit).count
        guard core.utf8.count <= 24, core.utf8.allSatisfy({ ByteClass.isAlphanumeric($0) || $0 == 0x2D || $0 == 0x2F }) else { return false }
        return digits >= 5 || (digits >= 3 && core.utf8.contains(0x2D))
    }

    /// `13`, `14`: one or two digits, as pleading paper numbers its lines.
    private static func isLineNumber(_ word: String) -> Bool {
        let core = word.trimmedASCII(",")
        return (1...2).contains(core.utf8.count) && core.utf8.allSatisfy(ByteClass.isDigit)
    }

    private static func party(from words: [String], role: String?) -> Caption.Party? {
        var words = words
        var etAl = false
        // `ON WRIT OF CERTIORARI TO …`, `ON APPEAL FROM …` after the last name: the court's words.
        if let on = words.indices.dropFirst().first(where: { words[$0].lowercased() == "on" && $0 + 1 < words.count
                                                             && ["writ", "appeal", "petition", "certiorari", "review"].contains(words[$0 + 1].lowercased()) }) {
            words.removeSubrange(on...)
        }
        // `et al.`, `ET AL.,`; `ET VIR,`, `et ux.` (and spouse)
        while let index = words.firstIndex(where: { $0.lowercased() == "et" }), index + 1 < words.count,
              ["al", "vir", "ux"].contains(where: words[index + 1].lowercased().hasPrefix) {
            if words[index + 1].lowercased().hasPrefix("al") { etAl = true }
            words.removeSubrange(index...(index + 1))
        }
        // `, Acting Commissioner of Social Security`, `, in his official capacity as …`,
        // `, individually and as …`, `, a Colorado corporation`: descriptors, not the name.
        if let cut = descriptorStart(words) { words.removeSubrange(cut...) }
        // `DELBERT J. SMITH, ORDER GRANTING …`: a title run into the name in a flattened caption.
        if let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && titleOpeners.contains(words[$0]) }) {
            words.removeSubrange(cut...)
        }
        // `OAKLAND SCHOOL FOR THE ARTS, et al., Re: Dkt. No. 22`: a docket text's `Re:` and what
        // follows it end the name (not `In re:` opening a matter).
        if let cut = words.indices.dropFirst().first(where: { words[$0].lowercased() == "re:" && words[$0 - 1].lowercased() != "in" }) {
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
        if containsDate(words) { return nil }
        // A run of pleading line numbers inside a flattened caption (`SMITH, 13 14 ORDER …`).
        words = words.enumerated().filter { position, word in
            !(isLineNumber(word) && ((position > 0 && isLineNumber(words[position - 1])) || (position + 1 < words.count && isLineNumber(words[position + 1]))))
        }.map(\.element)
        // A lone pleading line number inside a name in capitals (`CORRECTIONS AND 15 REHABILITATION`).
        words = words.enumerated().filter { position, word in
            !(isLineNumber(word) && !word.hasSuffix(",") && position > 0 && position + 1 < words.count
              && words[position - 1].count > 1 && !words[position - 1].contains(where: \.isLowercase)
              && words[position + 1].count > 2 && !words[position + 1].contains(where: \.isLowercase)
              && !["THROUGH", "AND", "TO"].contains(words[position + 1]))
        }.map(\.element)
        // A docket number before the name (`A-3947-13T2 WILLIAM W. LISOWSKI`, `A21A0259.`,
        // `ORD SCEC-22-0000734 GARY ARTHUR CORDERY`): the name begins after it.
        // An ordinal (`114TH DISTRICT COURT`) is a name's word.
        func ordinal(_ word: String) -> Bool {
            let lower = word.lowercased().trimmedASCII(",")
            return ["st", "nd", "rd", "th"].contains(where: lower.hasSuffix) && lower.dropLast(2).allSatisfy(\.isNumber) && lower.count > 2
        }
        // A street's or a name's own number after a word of the name (`BAGBY 3015, LLC`,
        // `OCCUPANTS OF 3015 BAGBY`) is the name's: only digits, after a word of letters.
        func namesNumber(_ position: Int) -> Bool {
            let core = words[position].trimmedASCII(",")
            guard position > 0, (3...5).contains(core.utf8.count), core.utf8.allSatisfy(ByteClass.isDigit) else { return false }
            let before = words[position - 1]
            return before.utf8.allSatisfy(ByteClass.isLetter) && before.utf8.count >= 2
        }
        if let docket = words.indices.last(where: { position in
            let word = words[position]
            return !ordinal(word) && word.filter(\.isNumber).count >= 3 && (word.contains("-") || word.first?.isNumber == true || word.count >= 6)
                && !namesNumber(position)
        }), docket < words.count - 1 {
            words.removeSubrange(...docket)
        }
        // `ORD SCEC-22-0000734`: nothing but a docket number and its label (not `DOE DEFENDANTS 120`).
        if let last = words.last, last.contains("-"), last.contains(where: \.isLetter), last.filter(\.isNumber).count >= 5 { return nil }
        while let first = words.first, !ordinal(first), first.filter(\.isNumber).count >= 3 { words.removeFirst() }
        // `In re: JUAN ANTHONY ZAMORA`, `IN THE MATTER OF`: the matter's words, not the name.
        words.removeFirst(matterWordCount(words))
        // Counsel's lines (`…, Salt Lake City, for plaintiffs.`) are no party.
        if let forIndex = words.firstIndex(where: { $0.lowercased() == "for" }), forIndex + 1 < words.count,
           Self.role(words[forIndex + 1].prefix(1).uppercased() + words[forIndex + 1].dropFirst()) != nil { return nil }
        while let first = words.first, isLineNumber(first) { words.removeFirst() }
        while let last = words.last, isLineNumber(last) { words.removeLast() }
        if let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && titleOpeners.contains(words[$0]) }) {
            words.removeSubrange(cut...)
        }
        guard !words.isEmpty, words.count <= 25 else { return nil }
        // `Winford Calvin Fowlkes. Record No. 0201-22-4`: a sentence's period ends the name.
        if let stop = words.indices.dropLast().first(where: { position in
            let word = words[position]
            let core = word.dropLast().filter { $0 != "," }
            return word.hasSuffix(".") && core.count > 2 && !core.contains(".") && !nameSuffixes.contains(core.lowercased())
                && !abbreviations.contains(core.lowercased()) && words[position + 1].first?.isUppercase == true
                && words[position + 1].filter(\.isLetter).count >= 3 && !words[position + 1].hasSuffix(".")
        }) {
            words.removeSubrange((stop + 1)...)
        }
        if !isPartyName(words) { return nil }
        // A name that is only a descriptor (`Individually`).
        if words.count == 1, !words[0].lowercased().hasPrefix("tdcj"), descriptorWords.contains(words[0].lowercased().trimmedASCII(",.")) { return nil }
        // A caption name is mostly capitalized words; prose is not.
        let lowercase = words.filter { startsLowercase($0) && !connectors.contains($0) }
        guard lowercase.count * 4 <= words.count else { return nil }
        // `No DAVID MEYER`: a docket label whose number the text lost.
        if words.count > 2, ["No", "NO"].contains(words[0]) { words.removeFirst() }
        var name = words.joined(separator: " ").trimmedASCII(" ,;")
        if name.hasSuffix(",") { name.removeLast() }
        // `Cleveland LAWSON.`: the sentence's period, not an abbreviation's (`INC.`, `J.`, `U.S.A.`).
        if name.hasSuffix("."), let last = words.last {
            let core = last.trimmedASCII(",.;")
            if core.utf8.count > 2, !core.contains("."), !nameSuffixes.contains(core.lowercased()), !abbreviations.contains(core.lowercased()) {
                name.removeLast()
            }
        }
        guard hasLetter(name) else { return nil }
        return Caption.Party(name: NameCase.titleCaseIfShouting(name), role: role, etAl: etAl)
    }
}

/// Names written in capitals (`STATE OF KANSAS`) are given ordinary capitalization
/// (`State of Kansas`); acronyms and initials (`LLC`, `P.A.`, `U.S.`, `T.D.C.J.`: one letter
/// between periods) stay as they are.
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
        if keep.contains(core) || (core.contains(".") && core.filter(\.isLetter).count <= 8 && !core.hasSuffix("..")
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
        if keep.contains(String(core)) || (core.utf8.contains(0x2E) && letters <= 8 && !core.hasSuffix("..")
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
