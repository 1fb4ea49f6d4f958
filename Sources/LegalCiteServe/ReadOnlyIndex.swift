import CSQLite
import Foundation

/// The server's own connection to an index, opened with `SQLITE_OPEN_READONLY` and never
/// written. An index at rest (no `-wal` beside it: a finished run) is opened as immutable, so
/// that SQLite creates no `-wal` or `-shm`; an index a run is writing is read as SQLite reads a
/// live database, through the files that run made. One connection, used under a lock: SQLite
/// connections are not shared between threads here.
final class ReadOnlyIndex: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    enum Value: Sendable, Equatable {
        case integer(Int64), text(String), null

        var text: String? {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            case .null: nil
            }
        }

        var integer: Int64? {
            if case .integer(let number) = self { return number }
            return nil
        }
    }

    typealias Row = [String: Value]

    private let handle: OpaquePointer
    private let lock = NSLock()
    let path: String

    init(path: String) throws {
        guard access(path, R_OK) == 0 else { throw Failure(description: "\(path): cannot read the index (\(String(cString: strerror(errno))))") }
        self.path = path
        let live = access(path + "-wal", F_OK) == 0
        let name = live ? path : "file:\(Self.uriEscaped(path))?mode=ro&immutable=1"
        var connection: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX | (live ? 0 : SQLITE_OPEN_URI)
        let status = sqlite3_open_v2(name, &connection, flags, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(connection)
            throw Failure(description: "\(path): \(message)")
        }
        handle = connection
        sqlite3_busy_timeout(handle, 2_000)
        do {
            _ = try rows("SELECT 1 FROM meta, documents, mentions, authorities, case_cites LIMIT 1")
        } catch {
            sqlite3_close_v2(handle)
            throw Failure(description: "\(path): not a legalcite index (\(error))")
        }
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `body` under the connection's lock: for the query layer's own connection, which is
    /// no more shared between threads than this one.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs a query with its values bound by position; every row as column name → value.
    func rows(_ sql: String, _ values: [Value] = []) throws -> [Row] {
        lock.lock()
        defer { lock.unlock() }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        defer { sqlite3_finalize(statement) }
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(statement, position, number)
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, legalcite_sqlite_transient())
            case .null: sqlite3_bind_null(statement, position)
            }
        }
        var result: [Row] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw Failure(description: String(cString: sqlite3_errmsg(handle))) }
            var row: Row = [:]
            for column in 0..<sqlite3_column_count(statement) {
                let name = String(cString: sqlite3_column_name(statement, column))
                switch sqlite3_column_type(statement, column) {
                case SQLITE_NULL: row[name] = .null
                case SQLITE_INTEGER: row[name] = .integer(sqlite3_column_int64(statement, column))
                default: row[name] = sqlite3_column_text(statement, column).map { .text(String(cString: $0)) } ?? .null
                }
            }
            result.append(row)
        }
        return result
    }

    private static func uriEscaped(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || "-._~/".utf8.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
