import Foundation

/// One line of JSONL input: `{"id": …, "text": …}`. The name is the `id` (or `name`), else
/// `file:line`; a line that is not such an object is a failure with a reason, never a gap.
public enum JSONLDocument {
    public enum Decoded {
        case document(name: String, text: [UInt8])
        case failure(name: String, reason: String)
    }

    /// True for a line with nothing but white space: not a document.
    public static func isBlank(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }
    }

    public static func decode(_ line: [UInt8], fallbackName: String) -> Decoded {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .failure(name: fallbackName, reason: "not a JSON object")
        }
        let name = name(of: object) ?? fallbackName
        guard let text = object["text"] as? String else {
            return .failure(name: name, reason: "no \"text\" string field")
        }
        return .document(name: name, text: Array(text.utf8))
    }

    static func name(of object: [String: Any]) -> String? {
        if let id = object["id"], !(id is NSNull) { return "\(id)" }
        return object["name"] as? String
    }
}
