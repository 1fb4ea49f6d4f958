/// Text from documents and names made safe to show on a terminal, which would obey what they
/// may hold: C0 and C1 controls and DEL are shown as `\x1B`, bidirectional controls and line
/// separators as `\u{202E}`; everything else as it is. For the query table and error lines;
/// JSON and CSV, which programs read, keep the text exact.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if isControl(value) {
                out += "\\x" + (value < 0x10 ? "0" : "") + String(value, radix: 16, uppercase: true)
            } else if isFormatting(value) {
                out += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar.value) || isFormatting(scalar.value) }

    private static func isControl(_ value: UInt32) -> Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// U+061C, U+200E, U+200F, U+2028–U+202E, U+2066–U+2069.
    private static func isFormatting(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
