import Foundation

/// Names as the index compares them (case names, judges, parties): Unicode case and diacritics
/// folded (`JIMÉNEZ`, `Jiménez` and `Jimenez` alike), every run of what is not a letter or digit
/// one space (`Ashcroft v. Iqbal` and `Ashcroft v Iqbal` alike), with a space at each end so
/// that a pattern can ask for whole words. The index stores the folded form beside the name and
/// a query folds its text the same way, so SQLite's ASCII-only `LIKE` never decides case.
public enum NameFolding {
    public static func folded(_ name: String) -> String {
        let base = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = " "
        var pendingSpace = false
        var empty = true
        for character in base {
            if character.isLetter || character.isNumber {
                if pendingSpace && !empty { out.append(" ") }
                pendingSpace = false
                empty = false
                // ß and other letters whose case folding is longer than their lower case.
                out += character.lowercased()
            } else if character != "'" && character != "’" {
                // An apostrophe joins its word (O'Brien, Jones's), as people type it without.
                pendingSpace = true
            }
        }
        return out + " "
    }

    /// The `LIKE` pattern (escape `\`) for names holding `text` as a run of whole or partial words.
    static func pattern(_ text: String) -> String {
        let folded = folded(text).trimmingCharacters(in: .whitespaces)
        let escaped = folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
