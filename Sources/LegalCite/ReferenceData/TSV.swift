/// Reads the generated tab-separated tables: the first line names the columns.
enum TSV {
    static func rows(_ text: String) -> [[Substring]] {
        var rows: [[Substring]] = []
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if first { first = false; continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return rows
    }
}
