import LegalCite

/// One document for `legalcite extract`, read as `batch` reads a file of that name: a `.gz`,
/// `.bz2`, `.xz` or `.zst` file is decompressed (a compressed document is no "binary data").
public enum SingleDocument {
    /// Whether `path` names a compressed document (not an archive, not JSONL).
    public static func isCompressed(_ path: String) -> Bool {
        InputReader.kind(of: path) == .compressedDocument
    }

    /// The decompressed bytes of a compressed document; throws a one-line reason (a corrupt
    /// stream, a bomb, more than the limit).
    public static func decompress(_ path: String, limit: Int) throws -> [UInt8] {
        var limits = InputLimits()
        limits.maxDocumentBytes = limit
        var result: Result<[UInt8], ReadFailure>?
        let sink = ItemSink(skip: 0, check: { _, _, _ in true }) { item in
            switch item.payload {
            case .document(let bytes): result = .success(bytes)
            case .jsonLine(let bytes): result = .success(bytes)
            case .failure(let reason, _): result = .failure(ReadFailure(description: reason))
            }
            return false
        }
        do {
            try ArchiveReader(name: path, path: RawPath(path), single: true, jsonl: false, limits: limits).read(into: sink)
        } catch is ItemSink.Stopped {
        }
        switch result {
        case .success(let bytes)?: return bytes
        case .failure(let failure)?: throw failure
        case nil: throw ReadFailure(description: "empty compressed file")
        }
    }
}

/// What a document that is not text most likely is, and what to do about it: the error line
/// of `extract` and the error record of `batch` for UTF-16 text or a compressed file (a PDF is
/// read as one, `PDFReader`, and says itself what is wrong with it).
public enum NotTextHint {
    public static func describe(_ error: InputError, _ bytes: [UInt8], name: String?) -> String {
        guard case .binary = error else {
            if case .invalidUTF8 = error, isUTF16(bytes) { return utf16 }
            return error.description
        }
        if isUTF16(bytes) { return utf16 }
        if bytes.starts(with: [0x1F, 0x8B]) || bytes.starts(with: Array("BZh".utf8)) || bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A])
            || bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) {
            return "compressed data, not text: name it .gz, .bz2, .xz or .zst to have it decompressed"
        }
        return error.description
    }

    private static let utf16 = "UTF-16 text, not UTF-8: re-encode it first (iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt)"

    /// A byte-order mark of UTF-16, or NULs at every other byte of the first kilobyte.
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = bytes.prefix(1024)
        guard head.count >= 16 else { return false }
        let evenNULs = stride(from: head.startIndex, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
        let oddNULs = stride(from: head.startIndex + 1, to: head.endIndex, by: 2).filter { head[$0] == 0 }.count
        let half = head.count / 2
        return max(evenNULs, oddNULs) * 10 >= half * 9 && min(evenNULs, oddNULs) * 10 <= half
    }
}
