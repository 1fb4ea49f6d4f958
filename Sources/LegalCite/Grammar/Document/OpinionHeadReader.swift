/// What the head of an opinion or order says besides its caption: who wrote it (`KATSAS, Circuit
/// Judge:`, `TOBY CROUSE UNITED STATES DISTRICT JUDGE.`, `PER CURIAM.`), the panel (`Before:
/// MARTIN, SILER and MOORE, Circuit Judges.`) and the date it was decided or filed (`Decided
/// March 12, 2010`, a casetext head's `05-07-2024`, a PACER stamp's `Filed 05/11/23`).
struct OpinionHeadReader {
    struct Patterns: Sendable {
        /// `KATSAS, Circuit Judge:`, `W. EUGENE DAVIS, Circuit Judge.`, `RICKMAN, Presiding Judge.`,
        /// `BEATTY BLUNT, J.`, `DAVIS, Acting P.J.`, `Robert S. Lasnik, United States District Judge.`,
        /// `ROSEANN A. KETCHMARK, JUDGE`, `TOBY CROUSE UNITED STATES DISTRICT JUDGE.`: a line of its own.
        let author = try! Pattern(
            #"(?m)^[ \t]*(?:(?:Opinion|OPINION)\s+(?:by|BY)\s+(?:(?:Judge|Justice|JUDGE|JUSTICE)\s+)?)?((?:[A-Z][A-Za-z'’.-]*\.?|[A-Z]')(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|[A-Z]\.|Mc[A-Z][a-z]+)){0,4}?(?:,[ \t]+(?:JR|Jr|SR|Sr|III|II)\.?)?),?[ \t]+((?:(?:Chief|Senior|Presiding|Associate|Acting|CHIEF|SENIOR|PRESIDING|ASSOCIATE|ACTING)[ \t]+)?(?:(?:United[ \t]+States|UNITED[ \t]+STATES|U\.[ \t]?S\.)[ \t]+)?(?:(?:District|Circuit|Magistrate|Bankruptcy|Appellate|DISTRICT|CIRCUIT|MAGISTRATE|BANKRUPTCY)[ \t]+)?(?:Judge|Justice|JUDGE|JUSTICE)|J\.|C\.[ \t]?J\.|P\.[ \t]?J\.)[ \t]*[.:]?\*?[ \t]*$"#,
            requiring: ["Judge", "JUDGE", "Justice", "JUSTICE", "J."])
        let perCuriam = try! Pattern(#"(?m)^[ \t]*(PER[ \t]+CURIAM|Per[ \t]+Curiam)[ \t]*(?:[.:]\*?[ \t]|[.:]?\*?[ \t]*$)"#, requiring: ["CURIAM", "Curiam"])
        /// `Justice Ginsburg delivered the opinion of the Court.`, `Mr. Justice John Conway Harrison
        /// delivered the Opinion`, `DAVID G. HAYES, J., delivered the opinion of the court`.
        let delivered = try! Pattern(
            #"(?:(?:(?:Mr\.|MR\.)\s+)?(?:(?:Chief|CHIEF)\s+)?(?:Justice|JUSTICE)\s+((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,3}?[A-Z][A-Za-z'’-]+)|((?:[A-Z][A-Za-z'’.-]*[ \t]+){0,3}?[A-Z][A-Za-z'’-]+),\s+(?:J\.|P\.\s?J\.|C\.\s?J\.|Judge|JUDGE|Justice|JUSTICE),?)\s+delivered\s+the\s+(?i:opinion)"#,
            requiring: ["delivered"])
        /// `Judge: John J. Kelley` (the New York Slip Opinion head).
        let judgeLabel = try! Pattern(#"(?m)^[ \t]*Judge:[ \t]+([A-Z][A-Za-z.'’ -]{2,60}?)[ \t]*$"#, requiring: ["Judge:"])
        /// `[June 23, 2017]`: the Supreme Court's slip opinion date.
        let bracketDate = try! Pattern(#"\[([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})\]"#)
        /// `Before: …` / `BEFORE …` / `Present: …` at the start of a line, read up to the end of
        /// its sentence (at most three lines).
        /// Also `Before:` inside a flattened caption, `Considered by EISENHAUER, P.J., …` (Iowa),
        /// `(By: Recktenwald, C.J., …)` (Hawaii).
        /// (Two patterns, so that each opens on bytes PCRE2's JIT can skip to.)
        let panel = try! Pattern(#"(?m)^[ \t]*(?:Before|BEFORE|Present|PRESENT)(?::|[ \t])[ \t]*([^\n]{3,200}(?:\n[^\n]{1,200}){0,2})"#,
                                 requiring: ["Before", "BEFORE", "Present", "PRESENT"])
        let inlinePanel = try! Pattern(#"(?:Before:|BEFORE:|Present:|PRESENT:|Considered[ \t]+by[ \t]+(?=[A-Z])|CONSIDERED[ \t]+BY[ \t]+|\(By:|\(BY:)[ \t]*([^\n]{3,200}(?:\n[^\n]{1,200}){0,2})"#,
                                       requiring: ["Before:", "BEFORE:", "Present:", "PRESENT:", "Considered", "CONSIDERED", "(By:", "(BY:"])
        /// `Decided March 12, 2010`, `Filed: June 4, 2012`, `Order filed November 6, 2014`, `Dated: …`.
        let labeledDate = try! Pattern(
            #"\b(Decided|DECIDED|Filed|FILED|filed|Dated|DATED|Entered|ENTERED|Submitted|SUBMITTED|Argued|ARGUED|Issued|ISSUED|Signed|SIGNED)\b:?[ \t]*(?:on[ \t]+)?([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),?[ \t]+(\d{4})"#)
        /// `Filed 10/4/96`, `Filed 05/11/23` (a PACER stamp), `FILED: 12/01/2021`.
        let labeledSlashDate = try! Pattern(#"\b(Decided|DECIDED|Filed|FILED|filed|Dated|DATED|Entered|ENTERED)(?:[ \t]+Date)?\b:?[ \t]+(\d{1,2})/(\d{1,2})/(\d{2,4})\b"#)
        /// A date alone on a line: `05-07-2024` (casetext), `March 12, 2010.`, `Jun 17, 1952`.
        let dateLine = try! Pattern(
            #"(?m)^[ \t]*(?:(\d{2})-(\d{2})-(\d{4})|([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),[ \t]*(\d{4})\.?)[ \t]*$"#)
    }

    let text: TextView
    let lines: Lines
    let patterns: Patterns

    /// How far into the document the head's author, panel and date may stand.
    static let headBytes = 12000

    private var head: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text.bytes[..<min(text.count, Self.headBytes)]) }

    /// The author line: the judge's name as written and the title (`PER CURIAM` has none), and
    /// where it stands (a normalized offset).
    func author() -> (name: String, title: String?, offset: Int)? {
        var found: (offset: Int, name: String, title: String?)? = nil
        if patterns.author.mayMatch(in: head, from: 0),
           let match = patterns.author.firstMatch(in: head, from: 0, using: MatchData(for: patterns.author)),
           let name = match.range(1), let title = match.range(2) {
            let written = text.words(name).trimmedASCII(" ,")
            if isName(written) { found = (match.range.lowerBound, written, text.words(title)) }
        }
        if patterns.perCuriam.mayMatch(in: head, from: 0),
           let match = patterns.perCuriam.firstMatch(in: head, from: 0, using: MatchData(for: patterns.perCuriam)),
           found == nil || match.range.lowerBound < found!.offset {
            found = (match.range.lowerBound, "PER CURIAM", nil)
        }
        // Who delivered the opinion, or the head's `Judge:` line, says it best.
        for pattern in [patterns.delivered, patterns.judgeLabel] {
            guard pattern.mayMatch(in: head, from: 0), let match = pattern.firstMatch(in: head, from: 0, using: MatchData(for: pattern)),
                  let name = match.range(1) ?? match.range(2) else { continue }
            let written = text.words(name).trimmedASCII(" ,")
            if isName(written), found == nil || match.range.lowerBound < found!.offset + 2000 {
                found = (match.range.lowerBound, written, found?.title)
                break
            }
        }
        return found.map { ($0.name, $0.title, $0.offset) }
    }

    /// Words a judge's name never is (`ORDER`, `Dated`, `United States`).
    private static let notNames: Set<String> = ["order", "the", "dated", "honorable", "hon.", "before", "united", "states",
                                                "district", "magistrate", "signed", "entered", "by", "of", "court", "and",
                                                "circuit", "chief", "senior", "memorandum", "opinion", "judgment", "filed"]

    private func isName(_ name: String) -> Bool {
        let words = name.splitOnSpaces()
        guard (1...6).contains(words.count), !name.contains(where: \.isNumber) else { return false }
        return !words.contains { Self.notNames.contains($0.lowercased()) }
    }

    /// `Before: MARTIN, SILER and MOORE, Circuit Judges.` → MARTIN, SILER, MOORE.
    func panel() -> [String] {
        let lineStart = patterns.panel.mayMatch(in: head, from: 0)
            ? patterns.panel.firstMatch(in: head, from: 0, using: MatchData(for: patterns.panel)) : nil
        let inline = patterns.inlinePanel.mayMatch(in: head, from: 0)
            ? patterns.inlinePanel.firstMatch(in: head, from: 0, using: MatchData(for: patterns.inlinePanel)) : nil
        let earliest = [lineStart, inline].compactMap { $0 }.min { $0.range.lowerBound < $1.range.lowerBound }
        guard let match = earliest, let body = match.range(1) else { return [] }
        var sentence = text.words(body)
        // The sentence ends at the first period that closes a title (`Judges.`, `JJ.`) or a line.
        for end in ["Judges.", "JUDGES.", "Judge.", "JUDGE.", "JJ.", "Justices.", "JUSTICES.", "Justice.", "J.)", "JJ.)", "S.J.", "P.J.)"] {
            if let range = sentence.firstRangeBytes(of: end) { sentence = String(sentence[..<range.upperBound]); break }
        }
        var names: [String] = []
        let titleWords: Set<String> = ["circuit", "district", "chief", "senior", "judge", "judges", "justice", "justices",
                                       "j.", "jj.", "c.j.", "p.j.", "presiding", "associate", "acting", "magistrate",
                                       "bankruptcy", "united", "states", "court", "of", "appeals", "the", "for", "sitting",
                                       "by", "designation", "judge.", "judges.", "justices.", "jj", "cj", "pj", "retired"]
        for piece in sentence.replacingAll(" and ", with: ",").replacingAll(" AND ", with: ",").replacingAll(";", with: ",").split(separator: ",") {
            let words = piece.splitOnSpaces().map { String($0).trimmedASCII("*.:") }.filter { !$0.isEmpty }
            let kept = words.filter { !titleWords.contains($0.lowercased()) && !titleWords.contains($0.lowercased() + ".") }
            guard !kept.isEmpty else { continue }
            // A piece in prose (`this panel has determined`) ends the list.
            guard kept.count <= 4, kept.allSatisfy({ $0.first?.isUppercase == true }) else { break }
            names.append(kept.joined(separator: " "))
        }
        return names.count >= 2 ? names : []
    }

    /// The date a researcher files the document under, and what kind of date it is.
    func date(signature: Signature?) -> DocumentDate? {
        var candidates: [(offset: Int, date: String, kind: DocumentDate.Kind)] = []
        patterns.labeledDate.forEachMatch(in: head, using: MatchData(for: patterns.labeledDate)) { match in
            guard let word = match.range(1), let kind = Self.kind(text.string(word).lowercased()),
                  let date = DateWords.iso(year: text.string(match.range(4)!), month: DateWords.month(text.string(match.range(2)!), strict: true),
                                      day: text.string(match.range(3)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        patterns.labeledSlashDate.forEachMatch(in: head, using: MatchData(for: patterns.labeledSlashDate)) { match in
            guard let word = match.range(1), let kind = Self.kind(text.string(word).lowercased()) else { return }
            var year = text.string(match.range(4)!)
            if year.count == 2 { year = DateWords.fullYear(year) }
            guard let date = DateWords.iso(year: year, month: Int(text.string(match.range(2)!)), day: text.string(match.range(3)!)) else { return }
            candidates.append((match.range.lowerBound, date, kind))
        }
        if let match = patterns.dateLine.firstMatch(in: UnsafeBufferPointer(rebasing: head[..<min(head.count, 2500)]), from: 0,
                                                    using: MatchData(for: patterns.dateLine)) {
            let date: String?
            if let month = match.range(1) {
                date = DateWords.iso(year: text.string(match.range(3)!), month: Int(text.string(month)), day: text.string(match.range(2)!))
            } else {
                date = DateWords.iso(year: text.string(match.range(6)!), month: DateWords.month(text.string(match.range(4)!), strict: true), day: text.string(match.range(5)!))
            }
            if let date { candidates.append((match.range.lowerBound, date, .decided)) }
        }
        if let match = patterns.bracketDate.firstMatch(in: head, from: 0, using: MatchData(for: patterns.bracketDate)),
           let date = DateWords.iso(year: text.string(match.range(3)!), month: DateWords.month(text.string(match.range(1)!), strict: true), day: text.string(match.range(2)!)) {
            candidates.append((match.range.lowerBound, date, .decided))
        }
        // Decided before filed before signed; the earliest of a kind.
        let order: [DocumentDate.Kind] = [.decided, .filed, .entered, .signed]
        for kind in order {
            if let first = candidates.filter({ $0.kind == kind }).min(by: { $0.offset < $1.offset }) {
                return DocumentDate(date: first.date, kind: kind)
            }
        }
        return signature?.date.map { DocumentDate(date: $0, kind: .signed) }
    }

    private static func kind(_ word: String) -> DocumentDate.Kind? {
        switch word {
        case "decided", "issued": .decided
        case "filed": .filed
        case "entered": .entered
        case "dated", "signed": .signed
        default: nil  // argued, submitted: not the date the document is filed under
        }
    }
}

/// The date a document is filed under (`date` at the top level of the JSON).
public struct DocumentDate: Sendable {
    public enum Kind: String, Sendable { case decided, filed, signed, entered }
    /// ISO 8601 (`2013-06-24`).
    public let date: String
    public let kind: Kind
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self
        while let range = rest.firstRangeBytes(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = String(rest[range.upperBound...])
        }
        return result + rest
    }
}
