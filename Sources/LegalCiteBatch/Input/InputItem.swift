/// One document as the reader hands it to the workers, numbered in input order.
struct InputItem: Sendable {
    enum Payload: Sendable {
        /// The document's bytes, not yet checked for text.
        case document([UInt8])
        /// A line of a JSONL input, decoded by the worker (`JSONLDocument`).
        case jsonLine([UInt8])
        /// Could not be read at all: an error record with this reason.
        case failure(String, bytes: Int?)
    }

    /// Position in the input order, from 0; the output has exactly one record per number.
    let sequence: Int
    /// `folder/order.txt`, `orders.zip!2012/order.txt`, `orders.jsonl:17` or a JSONL `id`.
    let name: String
    let payload: Payload
    /// Bytes of input files consumed once this item was read (compressed bytes for archives):
    /// the progress bar's position.
    let consumed: Int64

    var size: Int {
        switch payload {
        case .document(let bytes), .jsonLine(let bytes): bytes.count
        case .failure: 0
        }
    }
}

/// How much the reader accepts, so that a hostile archive cannot exhaust memory.
public struct InputLimits: Sendable {
    /// A document (file, archive member or JSONL line) larger than this gets an error record.
    public var maxDocumentBytes: Int
    /// Bytes decompressed from one archive, all members together (a zip bomb's defence); the
    /// rest of an archive past this gets one error record.
    public var maxArchiveBytes: Int64

    /// Past this many bytes decompressed from one archive, more than 200 bytes out for each byte
    /// in marks a decompression bomb (text compresses about 4 to 10 times).
    public var bombFloorBytes: Int64

    public init(maxDocumentBytes: Int = 64 << 20, maxArchiveBytes: Int64 = 64 << 30, bombFloorBytes: Int64 = 256 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxArchiveBytes = maxArchiveBytes
        self.bombFloorBytes = bombFloorBytes
    }
}
