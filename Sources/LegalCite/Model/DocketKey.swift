/// Where two spellings of one docket number meet (`caption.dockets[].key`): `12-2486-KHV-DJW`
/// and `2:12-cv-02486` in the District of Kansas are both `ksd/12/2486`, the court's id, the
/// two-digit year and the sequence as a number. The divisional office (`2:`), the judges'
/// initials, a criminal defendant's number (`-1`) and the zeros of the sequence are no part of
/// it. The case type (`cv`, `cr`), when the number writes one, refines a match but never
/// contradicts one: it is kept beside the key (`type`), not in it, so a number written without
/// its type still meets the one written with it.
///
/// Only numbers of the year-and-sequence shape federal courts and many others use have a key:
/// a year of two digits (or four, 19xx or 20xx), a sequence of at most six digits, and no
/// further number after them, unless a type was written and the number is a defendant's
/// (`5:07-CR-50072-1`). Texas's `04-20-00613-CV`, Illinois's `1-23-0093`, `805340/2024` or
/// `B299907` have none.
public struct DocketKey: Hashable, Sendable {
    /// courts-db id; nil when the caption's court is not known (then there is no `text`).
    public let court: String?
    /// 0–99.
    public let year: Int
    public let sequence: Int
    /// `cv`, `cr`, `mc`, … (`civ` and `c` read as `cv`, `crim` as `cr`), when written.
    public let type: String?

    /// `ksd/12/2486`; nil without a court, since the same number in two courts is two cases.
    public var text: String? {
        court.map { "\($0)/\(year < 10 ? "0" : "")\(year)/\(sequence)" }
    }

    /// The key of a number read from a caption of `court`.
    public init?(_ number: Caption.DocketNumber, court: String?) {
        guard let year = number.year, let sequence = number.sequence else { return nil }
        self.init(written: number.text, year: year, sequence: sequence, type: number.type, court: court)
    }

    /// The key of a number as a user writes it (`2:12-cv-02486`, `12-2486`), read as captions
    /// are read; `court` nil matches any court.
    public init?(reading text: String, court: String? = nil) {
        let bytes = Array(text.utf8)
        let number = bytes.withUnsafeBufferPointer { DocketNumberReader.parse(TextView(bytes: $0), 0..<$0.count) }
        guard let number else { return nil }
        self.init(number, court: court)
    }

    /// A key as `text` writes it (`ksd/12/2486`), for links that carry it.
    public init?(key text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }),
              parts[1].count == 2, let year = Int(parts[1]), parts[2].count <= 6, let sequence = Int(parts[2]), sequence >= 0,
              parts[1].allSatisfy(\.isASCII), parts[2].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        court = String(parts[0])
        self.year = year
        self.sequence = sequence
        type = nil
    }

    private init?(written: String, year: String, sequence: String, type: String?, court: String?) {
        // Runs of digits after the office: the year, the sequence, and what follows them.
        var text = Substring(written)
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isASCII && $0.isNumber }) {
            text = text[text.index(after: colon)...]
        }
        let runs = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
        guard runs.count >= 2, runs[0] == year, runs[1] == sequence else { return nil }
        let rest = runs.dropFirst(2)
        guard rest.isEmpty || type != nil && rest.count == 1 && rest.first!.count <= 2 else { return nil }
        let yearDigits: Substring
        switch year.count {
        case 2: yearDigits = Substring(year)
        case 4 where year.hasPrefix("19") || year.hasPrefix("20"): yearDigits = Substring(year).suffix(2)
        default: return nil
        }
        guard (1...6).contains(sequence.count), let yearValue = Int(yearDigits), let sequenceValue = Int(sequence) else { return nil }
        self.court = court
        self.year = yearValue
        self.sequence = sequenceValue
        self.type = type.map(Self.caseType)
    }

    /// Whether two keys can name one docket: the same year and sequence, the same court where
    /// both know theirs, the same type where both write one.
    public func matches(_ other: DocketKey) -> Bool {
        year == other.year && sequence == other.sequence
            && (court == nil || other.court == nil || court == other.court)
            && (type == nil || other.type == nil || type == other.type)
    }

    private static func caseType(_ written: String) -> String {
        switch written.lowercased() {
        case "cv", "civ", "c": "cv"
        case "cr", "crim": "cr"
        case let other: other
        }
    }
}
