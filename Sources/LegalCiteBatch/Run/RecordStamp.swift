import Foundation
import LegalCite

/// What a kept record of a resumed run says about its input, to tell whether the input now at
/// its place is the one it was made from: the name, the size and the SHA-256 of the document
/// (an error record has no SHA-256: its name and size). 24 bytes a record, hashes of the strings.
struct RecordStamp {
    /// A record's `source` object is at its start; this much of a line is read to find it.
    static let headLimit = 1 << 20

    struct Source {
        let name: String
        let bytes: Int?
        let sha256: String?
    }

    private let name: UInt64
    private let bytes: Int64
    private let sha256: UInt64

    init(_ source: Source?) {
        name = source.map { Self.hash($0.name) } ?? 0
        bytes = source?.bytes.map(Int64.init) ?? -1
        sha256 = source?.sha256.map(Self.hash) ?? 0
    }

    /// Whether `payload`, read under `name` at this record's place, is what the record was made
    /// from: nil when the name differs (other inputs), false when the content does (a changed input).
    func matches(name itemName: String, _ payload: InputItem.Payload) -> (name: String, same: Bool)? {
        let content: (name: String, bytes: Int?, text: [UInt8]?)
        switch payload {
        case .document(let bytes):
            content = (itemName, bytes.count, bytes)
        case .failure(_, let bytes):
            content = (itemName, bytes, nil)
        case .jsonLine(let line):
            switch JSONLDocument.decode(line, fallbackName: itemName) {
            case .document(let name, let text): content = (name, text.count, text)
            case .failure(let name, _): content = (name, line.count, nil)
            }
        }
        guard Self.hash(content.name) == name else { return nil }
        guard Int64(content.bytes ?? -1) == bytes else { return (content.name, false) }
        // A document's record has its SHA-256; an error record (a binary file, one over the
        // limit) only its size, which was compared.
        guard sha256 != 0 else { return (content.name, true) }
        guard let text = content.text else { return (content.name, false) }
        return (content.name, text.withUnsafeBufferPointer { Self.hash(SHA256.hex($0)) } == sha256)
    }

    /// The `source` object at the start of a record (`{"schema":…,"source":{"name":…}`).
    static func source(ofLine line: [UInt8]) -> Source? {
        let key = Array("\"source\":".utf8)
        guard line.count > key.count, let keyStart = (0...line.count - key.count).first(where: { line[$0..<$0 + key.count].elementsEqual(key) }),
              keyStart + key.count < line.count, line[keyStart + key.count] == 0x7B else { return nil }
        // The object has no nested objects: its end is the first `}` outside a string.
        var index = keyStart + key.count + 1
        var inString = false
        while index < line.count {
            let byte = line[index]
            if inString {
                if byte == 0x5C { index += 1 } else if byte == 0x22 { inString = false }
            } else if byte == 0x22 {
                inString = true
            } else if byte == 0x7D {
                break
            }
            index += 1
        }
        guard index < line.count,
              let object = try? JSONSerialization.jsonObject(with: Data(line[(keyStart + key.count)...index])) as? [String: Any],
              let name = object["name"] as? String else { return nil }
        return Source(name: name, bytes: object["bytes"] as? Int, sha256: object["sha256"] as? String)
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value == 0 ? 1 : value
    }
}
