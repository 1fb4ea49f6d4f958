/// A path as the file system spells it: bytes, which need not be UTF-8 (Linux file names and tar
/// member names are any bytes but NUL). Files are opened by these bytes; records name them by
/// `name`, which keeps UTF-8 as it is and writes each byte that is not UTF-8 as `\xNN` and a
/// backslash as `\\`, so that two different paths never share a name and the bytes can be
/// recovered from it.
struct RawPath: Sendable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(_ path: String) { bytes = Array(path.utf8) }

    /// `self/component`.
    func appending(_ component: [UInt8]) -> RawPath {
        RawPath(bytes: bytes.last == 0x2F ? bytes + component : bytes + [0x2F] + component)
    }

    var name: String { Self.name(bytes) }

    /// The bytes as a C string, for open(2), stat(2) and libarchive.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    static func name(_ bytes: [UInt8]) -> String {
        if !bytes.contains(0x5C), let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : (0xC2...0xDF).contains(lead) ? 2 : (0xE0...0xEF).contains(lead) ? 3 : (0xF0...0xF4).contains(lead) ? 4 : 0
            if lead == 0x5C {
                out += "\\\\"
                index += 1
            } else if length > 0, index + length <= bytes.count, let scalar = String(validating: bytes[index..<index + length], as: UTF8.self) {
                out += scalar
                index += length
            } else {
                out += "\\x" + (lead < 0x10 ? "0" : "") + String(lead, radix: 16, uppercase: true)
                index += 1
            }
        }
        return out
    }
}
