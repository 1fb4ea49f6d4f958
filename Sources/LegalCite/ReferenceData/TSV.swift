/// Reads the generated tab-separated tables (the first line names the columns) straight from the
/// UTF-8 bytes of the embedded literal: start-up cost matters for a command run once per file, so
/// a row's fields are byte ranges, decoded only when a table asks for them.
enum TSV {
    /// One row: `row[i]` decodes field `i`; `row.int(i)` and `row.isEmpty(i)` read its bytes.
    struct Row {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let fields: UnsafeBufferPointer<Range<Int>>

        var count: Int { fields.count }

        subscript(_ index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
        }

        func isEmpty(_ index: Int) -> Bool { fields[index].isEmpty }

        /// Field `index` as bytes, valid only inside the row's closure.
        func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[fields[index]]) }

        func equals(_ index: Int, _ literal: StaticString) -> Bool {
            let field = fields[index]
            guard field.count == literal.utf8CodeUnitCount else { return false }
            return zip(bytes[field], UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)).allSatisfy { $0 == $1 }
        }

        /// True when field `index` is `text`, byte for byte (no `String` is made for the field).
        func equals(_ index: Int, _ text: String) -> Bool {
            let field = fields[index]
            return field.count == text.utf8.count && bytes[field].elementsEqual(text.utf8)
        }

        /// A decimal field (`1938`); nil when empty or not all digits.
        func int(_ index: Int) -> Int? {
            let field = fields[index]
            guard !field.isEmpty, field.count <= 18 else { return nil }
            var value = 0
            for byte in bytes[field] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
    }

    /// Calls `body` with each row after the header; blank lines are skipped.
    static func forEachRow(_ text: String, _ body: (Row) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var fields: [Range<Int>] = []
            fields.reserveCapacity(16)
            var fieldStart = 0
            var header = true
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x0A
                guard byte == 0x09 || byte == 0x0A else { continue }
                fields.append(fieldStart..<index)
                fieldStart = index + 1
                if byte == 0x0A {
                    if !header && !(fields.count == 1 && fields[0].isEmpty) {
                        fields.withUnsafeBufferPointer { body(Row(bytes: bytes, fields: $0)) }
                    }
                    header = false
                    fields.removeAll(keepingCapacity: true)
                }
            }
        }
    }

    /// Every row after the header, each field decoded.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        forEachRow(text) { row in rows.append((0..<row.count).map { row[$0] }) }
        return rows
    }
}
