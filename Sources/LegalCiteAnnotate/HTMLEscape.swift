/// HTML escaping of text taken from documents: nothing a document holds is ever markup.
public enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`; a carriage return as `&#13;` so that a browser
    /// keeps it (the HTML parser folds a raw CR LF into LF).
    public static func text(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return out
    }

    public static func append(_ text: some StringProtocol, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\0": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// For an attribute value: as `text`, and a line break as `&#10;` (a hover of several lines).
    public static func attribute(_ text: some StringProtocol) -> String {
        self.text(text).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
