/// Reads the generated tab-separated tables (the first line names the columns) straight from the
/// UTF-8 bytes of the embedded literal: start-up cost matters for a command run once per file.
enum TSV {
    static func rows(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var rows: [[String]] = []
            var fields: [String] = []
            var fieldStart = 0
            var header = true
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x0A
                guard byte == 0x09 || byte == 0x0A else { continue }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
                fieldStart = index + 1
                if byte == 0x0A {
                    if !header && !(fields.count == 1 && fields[0].isEmpty) { rows.append(fields) }
                    header = false
                    fields.removeAll(keepingCapacity: true)
                }
            }
            return rows
        }
    }
}
