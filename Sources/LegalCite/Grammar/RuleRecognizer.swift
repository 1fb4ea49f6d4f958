/// Court rules: the Federal Rules in every spelling (`Fed. R. Civ. P. 26(f)`, `Fed.R.Civ.P.
/// 12(b)(6)`, `Fed. Rule Civ. P. 34`, `Federal Rule of Civil Procedure 26(f)`, `Fed. R. Civ. P.
/// Rule 26(d)(1)`, `Fed. R. Evid. 702`), bare `Rule 26(f)` and `Rules 26 and 34`, local rules
/// (`D. Kan. Rule 7.1(c)`, `Local Rule 230(1)`, `L.Civ.R. 72.1(c)(1)(A)`, `N.D. IA. L.R. 7.1`) and
/// the Sentencing Guidelines (`U.S.S.G. § 2B1.1`).
struct RuleRecognizer: CitationForm {
    private static let number = #"(\d{1,4}(?:\.\d+)*)(?![\w-]|\.\d)((?:\s?\([A-Za-z0-9]{1,4}\))*)"#

    static let federalPattern =
        #"(?<![\w.])Fed(?:eral|\.)?\s*R(?:ules?|\.)?\s*(?:of\s+)?"#
        + #"(Civ(?:il|\.)?|Crim(?:inal|\.)?|App(?:ellate|\.)?|Bankr(?:uptcy|\.)?|Evid(?:ence|\.)?)"#
        + #"\s*(?:P(?:roc(?:edure|\.)?|\.)?)?\s*(?:R(?:ule|\.)\s*)?"# + number

    static let localPattern =
        #"(?<![\w.])(?:((?:[NSEWCM]\.\s?)?D\.\s?[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.)?)\s+)?"#
        + #"(L\.\s?(?:Civ\.\s?|Cr\.\s?|Crim\.\s?|B\.\s?|Bankr\.\s?|Cv\.\s?)?R\.|L\.\s?R\.|LR|LCvR|LCrR|Loc\.\s?R\.|"#
        + #"Local\s+(?:Civil\s+|Criminal\s+|Bankruptcy\s+|Patent\s+)?Rules?|(?:Civil|Criminal)\s+Local\s+Rules?|"#
        + #"Rules?)\s*"# + number

    static let barePattern = #"(?<![\w.])(Rules?)\s+"# + number

    static let guidelinesPattern =
        #"(?<![\w.])(?:U\.\s?S\.\s?S\.\s?G\.|USSG|(?:U\.\s?S\.\s+)?Sentencing\s+Guidelines(?:\s+Manual)?)\s*(?:\xC2\xA7\s*)+"#
        + #"(\d[A-Z]\d(?:\.\d+)?)((?:\([A-Za-z0-9]{1,4}\))*)"#

    let federalSearch: Pattern
    let localSearch: Pattern
    let bareSearch: Pattern
    let guidelinesSearch: Pattern
    let courts: CourtTable

    init(tables: ReferenceTables) throws {
        federalSearch = try Pattern(Self.federalPattern)
        localSearch = try Pattern(Self.localPattern)
        bareSearch = try Pattern(Self.barePattern)
        guidelinesSearch = try Pattern(Self.guidelinesPattern, requiring: ["\u{A7}"])
        courts = tables.courts
    }

    func recognize(_ text: TextView, into found: inout [Found]) {
        federalSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.federal(text, match: $0)) }
        localSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.local(text, match: $0, courts: courts)) }
        bareSearch.forEachMatch(in: text.bytes, from: 0) { found.append(contentsOf: Self.bare(text, match: $0)) }
        guidelinesSearch.forEachMatch(in: text.bytes, from: 0) { if let item = Self.guidelines(text, match: $0) { found.append(item) } }
    }

    var stages: [TimedSearch] {
        [TimedSearch("pcre2: federal rules", federalSearch), TimedSearch("pcre2: local rules", localSearch),
         TimedSearch("pcre2: bare rules", bareSearch), TimedSearch("pcre2: guidelines", guidelinesSearch)]
    }

    static func federal(_ text: TextView, match: Match) -> [Found] {
        guard let setRange = match.range(1), let rule = match.range(2) else { return [] }
        let set: RuleSet
        switch text[setRange.lowerBound] {
        case UInt8(ascii: "C") where text[setRange.lowerBound + 1] == UInt8(ascii: "i"): set = .frcp
        case UInt8(ascii: "C"): set = .frcrp
        case UInt8(ascii: "A"): set = .frap
        case UInt8(ascii: "B"): set = .frbp
        default: set = .fre
        }
        return withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
            RuleCitation(ruleSet: set, rule: $0, subdivision: $1, courtText: nil, court: nil, bare: false)
        }
    }

    static func local(_ text: TextView, match: Match, courts: CourtTable) -> [Found] {
        guard let designation = match.range(2), let rule = match.range(3) else { return [] }
        var courtText = match.range(1).map { text.words($0) }
        let designated = text.string(designation)
        // `Local Civil Rule 73.02(B)(2) (D. S.C.)`: the court written after the rule.
        if courtText == nil {
            let open = text.skipSpaces(from: match.range.upperBound, limit: 2)
            if text[open] == 0x28, let close = Balanced.closing(text, open: open, limit: 24) {
                let inside = text.words(open + 1..<close)
                if courts.court(citationString: inside) != nil { courtText = inside }
            }
        }
        // `Rule 7.1` after a court only: without the court it is a bare rule, handled elsewhere.
        if designated.hasPrefix("Rule"), courtText == nil { return [] }
        let court = courtText.flatMap { courts.court(citationString: $0)?.id }
        return withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(4)) {
            RuleCitation(ruleSet: .local, rule: $0, subdivision: $1, courtText: courtText, court: court, bare: false)
        }
    }

    /// `Rule 26(f)`, `Rules 26 and 34`. The set is inferred later from the document; `Rule 11 of
    /// the club` is not a court rule, `Rule 26 of the Federal Rules of Civil Procedure` is FRCP.
    static func bare(_ text: TextView, match: Match) -> [Found] {
        guard let rule = match.range(2) else { return [] }
        let after = text.skipSpaces(from: match.range.upperBound, limit: 2)
        var set: RuleSet? = nil
        let following = text.words(match.range.upperBound..<min(text.count, match.range.upperBound + 60))
        // `Rule 4 of the Rules Governing § 2254 Cases`, `Rule 4, Rules Governing Section 2255 Proceedings`.
        if let governing = following.firstRangeBytes(of: "Rules Governing"),
           following.distance(from: following.startIndex, to: governing.lowerBound) <= 9 {
            let rest = following[governing.upperBound...]
            if rest.hasPrefix(" § 2254") || rest.hasPrefix(" Section 2254") { set = .section2254 }
            if rest.hasPrefix(" § 2255") || rest.hasPrefix(" Section 2255") { set = .section2255 }
        }
        if set == nil, text.has("of ", at: after) {
            let rest = text.words(after..<min(text.count, after + 60))
            if rest.hasPrefix("of the Federal Rules of Civil") { set = .frcp }
            else if rest.hasPrefix("of the Federal Rules of Criminal") { set = .frcrp }
            else if rest.hasPrefix("of the Federal Rules of Evidence") { set = .fre }
            else if rest.hasPrefix("of the Federal Rules of Appellate") { set = .frap }
            else if rest.hasPrefix("of the Federal Rules of Bankruptcy") { set = .frbp }
            else { return [] }
        }
        return withList(text, first: match.range.lowerBound, rule: rule, subdivision: match.range(3)) {
            RuleCitation(ruleSet: set, rule: $0, subdivision: $1, courtText: nil, court: nil, bare: set == nil)
        }
    }

    static func guidelines(_ text: TextView, match: Match) -> Found? {
        guard let rule = match.range(1) else { return nil }
        let subdivision = match.range(2).flatMap { $0.isEmpty ? nil : text.string($0) }
        return Found(citation: .rule(RuleCitation(ruleSet: .ussg, rule: text.string(rule), subdivision: subdivision,
                                                  courtText: nil, court: nil, bare: false)), range: match.range)
    }

    /// The first rule, then any more joined by `, `, ` and `, `, and `, ` & `, ` or `.
    private static func withList(_ text: TextView, first start: Int, rule: Range<Int>, subdivision: Range<Int>?,
                                 _ make: (String, String?) -> RuleCitation) -> [Found] {
        func subdivisionText(_ range: Range<Int>?) -> String? {
            guard let range, !range.isEmpty else { return nil }
            return text.string(range).filter { $0 != " " }
        }
        var found = [Found(citation: .rule(make(text.string(rule), subdivisionText(subdivision))),
                           range: start..<(subdivision?.upperBound ?? rule.upperBound))]
        var cursor = found[0].range.upperBound
        while true {
            guard let next = ListJoin.next(text, after: cursor), ByteClass.isDigit(text[next]) else { break }
            var end = next
            while ByteClass.isDigit(text[end]) || (text[end] == 0x2E && ByteClass.isDigit(text[end + 1])) { end += 1 }
            guard end - next <= 6, !ByteClass.isLetter(text[end]) else { break }
            // `Rules 26 and 34` but not `Rule 26, 2012 WL 1234` or `Rule 12, 28 U.S.C.`.
            if CiteLookahead.opensCitation(text, after: end) { break }
            let subdivisions = SectionList.subsections(text, at: end)
            let rangeEnd = subdivisions?.upperBound ?? end
            found.append(Found(citation: .rule(make(text.string(next..<end), subdivisionText(subdivisions))),
                               range: next..<rangeEnd))
            cursor = rangeEnd
        }
        return found
    }
}

extension RuleCitation: CitationKind {
    var kind: String { "rule" }
    static let precedence = 3

    var authority: Authority? { .rule(ruleSet: ruleSet, rule: rule, court: court, courtAsWritten: courtText) }

    func encodeFields(_ json: inout JSONWriter) {
        json.field("rule_set", ruleSet?.rawValue)
        json.field("rule", rule)
        json.field("subdivision", subdivision)
        if ruleSet == .local {
            json.field("court", court)
            json.field("court_as_written", courtText)
        }
        if bare { json.field("inferred_rule_set", true) }
    }
}
