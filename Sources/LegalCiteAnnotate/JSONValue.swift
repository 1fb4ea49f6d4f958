/// Any JSON value, decoded without a schema: the annotator reads the fields it knows by name and
/// keeps the rest for the hover text, so fields added to the contract later (`signal`,
/// `history`, `rulings`, authority `id`) are shown when present and never required.
public enum JSONValue: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue], order: [String])

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            var values: [String: JSONValue] = [:]
            // The keys as the decoder lists them; JSONDecoder keeps no order, so fields are
            // later shown in the order of `allKeys`, sorted for a stable page.
            let keys = object.allKeys.map(\.stringValue).sorted()
            for key in keys { values[key] = try object.decode(JSONValue.self, forKey: Key(stringValue: key)) }
            self = .object(values, order: keys)
        } else if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
            self = .array(values)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let value = try? single.decode(Bool.self) { self = .bool(value) }
            else if let value = try? single.decode(Double.self) { self = .number(value) }
            else { self = .string(try single.decode(String.self)) }
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let values, _) = self { return values[key] }
        return nil
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var int: Int? {
        if case .number(let number) = self, number == number.rounded(), abs(number) < 1e15 { return Int(number) }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// A span `[start, end]`.
    public var span: Range<Int>? {
        guard let values = array, values.count == 2, let start = values[0].int, let end = values[1].int, start <= end, start >= 0
        else { return nil }
        return start..<end
    }

    /// The value as a short text for a hover: strings as they are, numbers without `.0`,
    /// lists joined with commas; nil for null and objects.
    public var display: String? {
        switch self {
        case .null, .object: nil
        case .bool(let value): value ? "yes" : "no"
        case .number: int.map(String.init) ?? { if case .number(let n) = self { return String(n) } else { return nil } }()
        case .string(let text): text
        case .array(let values):
            values.isEmpty ? nil : values.compactMap(\.display).joined(separator: ", ")
        }
    }
}
