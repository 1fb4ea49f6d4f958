/// The words of dates, shared by the readers of the signature and of the opinion's head:
/// month names, ISO 8601 from parts, two-digit years, a date standing alone.
enum DateWords {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    /// The verbs of a decision's `day of` (`The Opinions handed down on the 18th day of September,
    /// 2017`, Louisiana's head): the writing's date, never a signing's.
    static let decisionVerbs = ["handed down", "rendered", "decided", "released"]

    /// `Nov.`, `November`, `nov` → 11. `strict`: a longer word must be the whole name (`Janu` is
    /// no month), as the head reader wants for words standing in front of a number.
    static func month(_ name: String, strict: Bool = false) -> Int? {
        let lower = name.lowercased().trimmedASCII(".")
        guard lower.count >= 3 else { return nil }
        if strict, lower.count > 3, !months.contains(lower), lower != "sept" { return nil }
        return months.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    /// `2012-11-26`, or nil when a part is out of range.
    static func iso(year: String, month: Int?, day: String) -> String? {
        guard let month, let dayNumber = Int(day), (1...31).contains(dayNumber), (1...12).contains(month),
              let yearNumber = Int(year), (1700...2100).contains(yearNumber) else { return nil }
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(yearNumber)-\(twoDigits(month))-\(twoDigits(dayNumber))"
    }

    /// `96` → `1996`, `17` → `2017`: a two-digit year (past 50 is the last century).
    static func fullYear(_ year: String) -> String {
        guard year.count == 2, let value = Int(year) else { return year }
        return (value > 50 ? "19" : "20") + year
    }

    /// `07-10-2023`, `1952-06-17`, `Mar 12, 2010`, `June 11, 1943.`: the words are a date and
    /// nothing else.
    static func isDateAlone(_ words: String) -> Bool {
        let parts = words.trimmedASCII(" .").splitOnSpaces()
        if parts.count == 1 {
            let pieces = parts[0].split(separator: "-")
            return pieces.count == 3 && pieces.allSatisfy { $0.allSatisfy(\.isNumber) } && (pieces[2].count == 4 || pieces[0].count == 4)
        }
        return parts.count == 3 && month(String(parts[0]), strict: true) != nil && parts[2].count == 4 && parts[2].allSatisfy(\.isNumber)
    }
}
