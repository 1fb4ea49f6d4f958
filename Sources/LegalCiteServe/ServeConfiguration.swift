/// How `legalcite serve` runs.
public struct ServeConfiguration: Sendable {
    /// The index written by `legalcite batch --index` or `legalcite index`, opened read-only.
    public var indexPath: String
    /// Loopback unless told otherwise.
    public var host: String
    /// 0 for a port the system chooses (tests).
    public var port: Int
    /// The largest request body accepted (an upload or a pasted text); larger is 413.
    public var maxUploadBytes: Int

    public init(indexPath: String, host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = 8 << 20) {
        self.indexPath = indexPath
        self.host = host
        self.port = port
        self.maxUploadBytes = maxUploadBytes
    }

    /// Whether `host` is a loopback address (`127.0.0.0/8`, `::1`, `localhost`).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
