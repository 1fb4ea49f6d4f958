import CCrypto

/// SHA-256 of a document, for the `source.sha256` that identifies it across runs. OpenSSL's
/// libcrypto computes it with the processor's SHA or vector instructions.
public enum SHA256 {
    public static func hex(_ data: UnsafeBufferPointer<UInt8>) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let empty: UInt8 = 0
        let succeeded = withUnsafePointer(to: empty) { emptyPointer in
            EVP_Digest(data.baseAddress ?? emptyPointer, data.count, &digest, &length, EVP_sha256(), nil) == 1
        }
        precondition(succeeded && length == 32, "libcrypto refused to compute SHA-256")
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(64)
        for byte in digest {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
