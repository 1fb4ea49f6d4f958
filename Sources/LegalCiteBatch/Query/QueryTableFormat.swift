/// A query's answer as text: an aligned table for a terminal, JSON or CSV for programs.
extension QueryTable {
    /// Columns padded to their widest cell, white space in cells folded, long cells cut to
    /// `maxCellWidth` with `…`; a `context` cell is cut around the mention's `text`. The table
    /// is meant for a terminal: what documents and member names hold that a terminal would obey
    /// (escape sequences, other controls, bidirectional overrides) is shown escaped.
    public func table(maxCellWidth: Int = 60) -> String {
        func fold(_ text: String) -> String {
            TerminalText.escaped(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " "))
        }
        func cut(_ text: String) -> String {
            text.count <= maxCellWidth ? text : String(text.prefix(maxCellWidth - 1)) + "…"
        }
        let textColumn = columns.firstIndex(of: "text")
        func around(_ context: String, _ mention: String) -> String {
            guard context.count > maxCellWidth, let range = context.range(of: mention) else { return cut(context) }
            let side = max(0, (maxCellWidth - mention.count) / 2)
            let start = context.index(range.lowerBound, offsetBy: -side, limitedBy: context.startIndex) ?? context.startIndex
            let end = context.index(range.upperBound, offsetBy: side, limitedBy: context.endIndex) ?? context.endIndex
            return (start == context.startIndex ? "" : "…") + context[start..<end] + (end == context.endIndex ? "" : "…")
        }
        let cells = rows.map { row in
            row.enumerated().map { column, cell in
                if columns[column] == "context", let textColumn { return around(fold(cell.display), fold(row[textColumn].display)) }
                return cut(fold(cell.display))
            }
        }
        var widths = columns.map(\.count)
        for row in cells {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                column == values.count - 1 ? value : value + String(repeating: " ", count: widths[column] - value.count)
            }.joined(separator: "  ")
        }
        var out = line(columns) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        out += "(\(rows.count) \(rows.count == 1 ? "row" : "rows"))\n"
        return out
    }

    /// One JSON array of objects, one line per row.
    public func json() -> String {
        var out = "["
        for (index, row) in rows.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "{" + zip(columns, row).map { column, cell in
                let value = switch cell {
                case .integer(let number): String(number)
                case .text(let text): Self.quoted(text)
                case .null: "null"
                }
                return Self.quoted(column) + ": " + value
            }.joined(separator: ", ") + "}"
        }
        return out + (rows.isEmpty ? "]\n" : "\n]\n")
    }

    /// RFC 4180: a header line, fields quoted when they hold a comma, quote or line break.
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var out = columns.map(field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map { field($0.display) }.joined(separator: ",") + "\r\n" }
        return out
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
