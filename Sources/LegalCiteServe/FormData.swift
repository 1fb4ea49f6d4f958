/// Request parameters: `application/x-www-form-urlencoded` (queries and posted forms) and
/// `multipart/form-data` (an uploaded file), decoded into names and byte values. Anything
/// malformed or not UTF-8 where text is required is a `BadRequest`, answered with 400.
struct FormData {
    struct BadRequest: Error, CustomStringConvertible {
        let description: String
    }

    /// Name → value bytes, the first of each name.
    private(set) var fields: [String: [UInt8]] = [:]
    /// The file name a multipart part gave, by field name.
    private(set) var fileNames: [String: String] = [:]

    init() {}

    /// The value of `name` as text: nil when absent or blank, a `BadRequest` when not UTF-8.
    func text(_ name: String) throws -> String? {
        guard let bytes = fields[name] else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BadRequest(description: "the parameter \(name) is not UTF-8 text")
        }
        let trimmed = text.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    func bytes(_ name: String) -> [UInt8]? { fields[name] }

    /// `a=1&b=x+y%2Fz`: `+` is a space, `%XX` a byte.
    init(urlEncoded query: some Collection<UInt8>) throws {
        for pair in query.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let nameBytes = try Self.percentDecoded(parts[0])
            guard let name = String(validating: nameBytes, as: UTF8.self) else {
                throw BadRequest(description: "a parameter name is not UTF-8")
            }
            let value = parts.count > 1 ? try Self.percentDecoded(parts[1]) : []
            if fields[name] == nil { fields[name] = value }
        }
    }

    static func percentDecoded(_ bytes: some Collection<UInt8>) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): out.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw BadRequest(description: "a malformed %-escape in the parameters")
                }
                out.append(high << 4 | low)
            default: out.append(byte)
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// A `multipart/form-data` body (RFC 7578) with the boundary of its content type.
    init(multipart body: [UInt8], contentType: String) throws {
        guard let boundaryParameter = contentType.split(separator: ";").dropFirst()
            .map({ $0.trimmingWhitespace }).first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { throw BadRequest(description: "a multipart form without a boundary") }
        var boundary = String(boundaryParameter.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { throw BadRequest(description: "a malformed multipart boundary") }
        let delimiter = Array("--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else { throw BadRequest(description: "a multipart form without parts") }
        position += delimiter.count
        while true {
            // After a delimiter: `--` ends the body, a line break opens a part.
            if body[position...].starts(with: Array("--".utf8)) { return }
            guard body[position...].starts(with: [0x0D, 0x0A]) else { throw BadRequest(description: "a malformed multipart form") }
            position += 2
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position) else {
                throw BadRequest(description: "a multipart part without its headers' end")
            }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = Self.find([0x0D, 0x0A] + delimiter, in: body, from: contentStart) else {
                throw BadRequest(description: "a multipart form cut short")
            }
            var name: String?
            var fileName: String?
            for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = Self.parameter("name", in: line)
                fileName = Self.parameter("filename", in: line)
            }
            if let name, fields[name] == nil {
                fields[name] = Array(body[contentStart..<next])
                if let fileName { fileNames[name] = fileName }
            }
            position = next + 2 + delimiter.count
        }
    }

    /// `name="value"` in a Content-Disposition line.
    private static func parameter(_ key: String, in line: Substring) -> String? {
        for part in line.split(separator: ";").dropFirst() {
            let pair = part.trimmingWhitespace
            guard pair.hasPrefix(key + "=") else { continue }
            var value = String(pair.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// The first offset of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
