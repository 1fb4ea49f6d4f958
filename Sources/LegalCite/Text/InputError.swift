/// Why a document could not be read as court text. Each case has a one-line description.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8; `offset` is the first byte that breaks the encoding.
    case invalidUTF8(offset: Int)
    /// The bytes look like a binary file (NUL bytes or mostly control characters).
    case binary(offset: Int)
    /// The document is larger than the configured limit.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .invalidUTF8(let offset): "not valid UTF-8 (first bad byte at offset \(offset))"
        case .binary(let offset): "binary data, not text (NUL or control bytes near offset \(offset))"
        case .tooLarge(let bytes, let limit): "document of \(bytes) bytes exceeds the limit of \(limit) bytes"
        }
    }
}
