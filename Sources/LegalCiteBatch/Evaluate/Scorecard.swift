import Foundation

/// Precision and recall of extracted documents against hand-written expectations, field by field.
///
/// An expectation states what a reader of the text finds. A key it leaves out is not scored; a key
/// it states as `null` (or `[]`) says the text holds no such thing, so anything the extractor puts
/// there is a false positive: precision first. Scalars (court id, title, judge, date) score one
/// true positive when equal; a wrong value is a false positive and a false negative. Lists
/// (docket numbers, parties, panel) score item by item. Names and judges compare without regard
/// to case, runs of white space or a converter's letter-spacing (`CLIFTON JEREL JONES` is `Clifton
/// Jerel Jones`, `B R A M M E R` is `BRAMMER`); titles and
/// docket numbers compare as written, white space folded.
///
/// Mentions score by kind and span, only when the expectation lists `citations` (a
/// caption-labelled document, `"labels": "caption"`, states none). A mention-labelled document
/// (`"labels": "mentions"`) lists every mention of the kinds its `mention_kinds` names and no
/// others, so only found mentions of those kinds are scored. A mention found at its span then
/// scores the fields its expectation states (`rule.rule_set`, `statute.section`,
/// `docket_entry.number`, …) as fields of their own: the right span with the wrong rule set is a
/// hit as a mention and a miss as a rule set.
public struct Scorecard {
    public struct Count: Equatable, Sendable {
        public var truePositive = 0, falsePositive = 0, falseNegative = 0
        public init(truePositive: Int = 0, falsePositive: Int = 0, falseNegative: Int = 0) {
            self.truePositive = truePositive
            self.falsePositive = falsePositive
            self.falseNegative = falseNegative
        }
        public var precision: Double { Double(truePositive) / Double(max(1, truePositive + falsePositive)) }
        public var recall: Double { Double(truePositive) / Double(max(1, truePositive + falseNegative)) }
        /// Whether anything was expected or found.
        public var isEmpty: Bool { truePositive + falsePositive + falseNegative == 0 }
    }

    /// Counts by mention kind (`case`, `rule`, …).
    public private(set) var mentions: [String: Count] = [:]
    /// Counts by field (`caption.court`, `caption.parties`, `signature.judge`, `date`, …).
    public private(set) var fields: [String: Count] = [:]
    /// One line per miss or false positive: `NAME: FIELD expected X, got Y`.
    public private(set) var misses: [String] = []
    public private(set) var documents = 0

    public init() {}

    /// The scalar fields scored, each with where it stands in the JSON and how it compares.
    private static let scalars: [(label: String, path: [String], folding: Bool)] = [
        ("caption.court", ["caption", "court", "id"], false),
        ("caption.title", ["caption", "title"], false),
        ("caption.lower_court", ["caption", "lower_court", "id"], false),
        ("signature.judge", ["signature", "judge"], true),
        ("signature.author", ["signature", "author"], true),
        ("signature.title", ["signature", "title"], true),
        ("signature.date", ["signature", "date"], false),
        ("signature.place", ["signature", "place"], true),
        ("date", ["date", "date"], false),
    ]

    public mutating func add(name: String, expected: [String: Any], got: [String: Any]) {
        documents += 1
        if expected["labels"] as? String == "citator" { return scoreCitator(name, expected: expected, got: got) }
        if let want = expected["citations"] as? [[String: Any]] {
            var have = got["citations"] as? [[String: Any]] ?? []
            if let kinds = expected["mention_kinds"] as? [String] { have = have.filter { kinds.contains($0["kind"] as? String ?? "") } }
            scoreMentions(name, want, have)
        }
        for scalar in Self.scalars {
            guard let want = Self.value(expected, scalar.path) else { continue }  // not stated
            let have = Self.value(got, scalar.path) ?? NSNull()
            score(name, scalar.label, want: Self.text(want, folding: scalar.folding), have: Self.text(have, folding: scalar.folding))
        }
        if let want = Self.value(expected, ["caption", "docket_numbers"]) {
            scoreList(name, "caption.docket_numbers", want: Self.strings(want, folding: false), have: Self.strings(Self.value(got, ["caption", "docket_numbers"]), folding: false))
        }
        if let want = Self.value(expected, ["caption", "parties"]) {
            scoreList(name, "caption.parties", want: Self.parties(want), have: Self.parties(Self.value(got, ["caption", "parties"])))
            scoreList(name, "caption.party_names", want: Self.parties(want, roles: false), have: Self.parties(Self.value(got, ["caption", "parties"]), roles: false))
        }
        if let want = Self.value(expected, ["caption", "panel"]) {
            scoreList(name, "caption.panel", want: Self.strings(want, folding: true), have: Self.strings(Self.value(got, ["caption", "panel"]), folding: true))
        }
        // The existing Corpus/ expectations state footnotes whole.
        if let want = expected["footnotes"] {
            let right = Self.canonical(want) == Self.canonical(got["footnotes"] ?? NSNull())
            var count = fields["footnotes", default: Count()]
            // A document's footnotes are right or wrong as a whole; wrong is both a miss and a
            // false find, so precision can fall too.
            if right { count.truePositive += 1 } else {
                count.falseNegative += 1
                count.falsePositive += 1
                misses.append("\(name): footnotes differ")
            }
            fields["footnotes"] = count
        }
    }

    private mutating func scoreMentions(_ name: String, _ want: [[String: Any]], _ have: [[String: Any]]) {
        func key(_ mention: [String: Any]) -> String { "\(mention["kind"] ?? "")|\(mention["span"] ?? "")" }
        let wantKeys = Set(want.map(key))
        let haveByKey = Dictionary(have.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        for mention in want {
            let kind = mention["kind"] as? String ?? "?"
            if let found = haveByKey[key(mention)] {
                mentions[kind, default: Count()].truePositive += 1
                scoreMentionFields(name, kind, want: mention, have: found)
            } else {
                mentions[kind, default: Count()].falseNegative += 1
                misses.append("\(name): missed \(kind) \(mention["text"] ?? "")")
            }
        }
        for mention in have where !wantKeys.contains(key(mention)) {
            let kind = mention["kind"] as? String ?? "?"
            mentions[kind, default: Count()].falsePositive += 1
            misses.append("\(name): extra \(kind) \(mention["text"] ?? "")")
        }
    }

    /// The fields of a mention scored once its span is found, where the expectation states them.
    private static let mentionFields: [String: [String]] = [
        "rule": ["rule_set", "rule", "subdivision"],
        "statute": ["title", "section", "subsection"],
        "regulation": ["title", "section", "subsection"],
        "docket_entry": ["number", "attachment", "pin", "through"],
    ]

    private mutating func scoreMentionFields(_ name: String, _ kind: String, want: [String: Any], have: [String: Any]) {
        for field in Self.mentionFields[kind] ?? [] {
            guard let stated = want[field] else { continue }
            score("\(name) at \(want["span"] ?? "")", "\(kind).\(field)", want: Self.text(stated, folding: false),
                  have: Self.text(have[field] ?? NSNull(), folding: false))
        }
    }

    /// Adds to the counts of `label`, and `miss` to the misses when given.
    mutating func count(_ label: String, truePositive: Int = 0, falsePositive: Int = 0, falseNegative: Int = 0, miss: String? = nil) {
        fields[label, default: Count()].truePositive += truePositive
        fields[label, default: Count()].falsePositive += falsePositive
        fields[label, default: Count()].falseNegative += falseNegative
        if let miss { misses.append(miss) }
    }

    /// A scalar stated (or stated null) against the one found.
    mutating func tally(_ name: String, _ label: String, want: String?, have: String?) { score(name, label, want: want, have: have) }

    private mutating func score(_ name: String, _ label: String, want: String?, have: String?) {
        var count = fields[label, default: Count()]
        switch (want, have) {
        case (nil, nil): break
        case (let want?, let have?) where want == have: count.truePositive += 1
        case (let want?, nil): count.falseNegative += 1; misses.append("\(name): \(label) expected \(quoted(want)), got nothing")
        case (nil, let have?): count.falsePositive += 1; misses.append("\(name): \(label) expected nothing, got \(quoted(have))")
        case (let want?, let have?):
            count.falsePositive += 1
            count.falseNegative += 1
            misses.append("\(name): \(label) expected \(quoted(want)), got \(quoted(have))")
        }
        fields[label] = count
    }

    private mutating func scoreList(_ name: String, _ label: String, want: [String], have: [String]) {
        var count = fields[label, default: Count()]
        var unmatched = have
        for item in want {
            if let index = unmatched.firstIndex(of: item) {
                count.truePositive += 1
                unmatched.remove(at: index)
            } else {
                count.falseNegative += 1
                misses.append("\(name): \(label) missed \(quoted(item))")
            }
        }
        for item in unmatched {
            count.falsePositive += 1
            misses.append("\(name): \(label) extra \(quoted(item))")
        }
        fields[label] = count
    }

    private func quoted(_ value: String) -> String { "\"\(value)\"" }

    /// The value at `path`, `NSNull()` when a step on the way is `null`, nil when a key is absent.
    static func value(_ object: [String: Any], _ path: [String]) -> Any? {
        var current: Any = object
        for step in path {
            if current is NSNull { return NSNull() }
            guard let dictionary = current as? [String: Any], let next = dictionary[step] else { return nil }
            current = next
        }
        return current
    }

    /// A scalar as comparable text; nil for `null`. Letter-spaced words are joined on both sides
    /// (`B R A M M E R` is `BRAMMER`): the caption gives a name back as the page spaces it, the
    /// signature joined, and labels may write either; the letters are what is scored.
    static func text(_ value: Any, folding: Bool) -> String? {
        if value is NSNull { return nil }
        let raw: String
        if let string = value as? String { raw = string } else if let number = value as? NSNumber { raw = number.stringValue } else { raw = "\(value)" }
        let folded = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return folding ? joiningLetterSpacing(folded).lowercased() : folded
    }

    /// A converter's letter-spaced word joined (`B R A M M E R` → `BRAMMER`, `J u d g e` → `Judge`):
    /// a run of three single letters or more, one space apart. A name labeled as the page spaces it
    /// and the same name read joined compare equal.
    static func joiningLetterSpacing(_ folded: String) -> String {
        let words = folded.split(separator: " ", omittingEmptySubsequences: false)
        var result: [String] = []
        var index = 0
        while index < words.count {
            var end = index
            while end < words.count, words[end].count == 1, words[end].first!.isLetter { end += 1 }
            if end - index >= 3 {
                result.append(words[index..<end].joined())
                index = end
            } else {
                result.append(String(words[index]))
                index += 1
            }
        }
        return result.joined(separator: " ")
    }

    static func strings(_ value: Any?, folding: Bool) -> [String] {
        (value as? [Any] ?? []).compactMap { text($0, folding: folding) }
    }

    /// Parties as `name|role`, folded (or names alone). A role's dashes are folded too: an en or
    /// em dash (`Plaintiff–Appellant`, as a label may copy it from the page) compares as the
    /// hyphen the extractor's normalizer writes (`plaintiff-appellant`); the name is compared as
    /// written.
    static func parties(_ value: Any?, roles: Bool = true) -> [String] {
        (value as? [[String: Any]] ?? []).map { party in
            let name = text(party["name"] ?? NSNull(), folding: true) ?? ""
            guard roles else { return name }
            let role = (text(party["role"] ?? NSNull(), folding: true) ?? "")
                .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
            return name + "|" + role
        }
    }

    private static func canonical(_ value: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])) ?? Data()
    }
}
