import Foundation
import CSQLite

/// A thin, owning wrapper over the system libsqlite3: a connection, prepared statements with
/// values bound by position (never spliced into SQL), and errors carrying SQLite's message.
///
/// libsqlite3 rather than GRDB.swift: the bulk loader reuses a handful of prepared statements
/// for millions of rows and needs nothing of GRDB's records, observation or pools; GRDB would
/// link the same system library underneath.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        /// SQLite's primary result code, 0 when the failure is not SQLite's.
        var code: Int32 = 0
    }

    let handle: OpaquePointer
    /// The run's lock on the file (`FileLock`), released only after the connection is closed:
    /// closing another descriptor of the file earlier would drop SQLite's own POSIX locks.
    private let lock: FileLock?

    /// - Parameter immutable: read the file as it is at rest, taking no locks and creating no
    ///   `-shm` or `-wal` (a read-only folder); a run's uncheckpointed WAL is not seen.
    init(path: String, readOnly: Bool = false, immutable: Bool = false, holding lock: FileLock? = nil) throws {
        var connection: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let name = immutable ? "file:\(Self.uriEscaped(path))?immutable=1" : path
        let status = sqlite3_open_v2(name, &connection, flags | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0), nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(connection)
            throw Failure(description: "\(path): \(message)", code: status & 0xFF)
        }
        handle = connection
        self.lock = lock
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Opens an index for reading only: as SQLite reads a live database (a running batch's WAL
    /// included), or, where that would need a file it cannot create or write (the `-shm` of an
    /// index shared read-only in a read-only folder), as an immutable file.
    static func reading(_ path: String) throws -> SQLiteDatabase {
        // An index in WAL mode with no WAL beside it (one written before indexes left WAL mode
        // at rest) has nothing but its file to read; read as a live database, SQLite would
        // create a `-wal` and `-shm` beside it, and fail on a read-only file.
        if isWALAtRest(path) {
            let database = try SQLiteDatabase(path: path, readOnly: true, immutable: true)
            try database.execute("SELECT count(*) FROM sqlite_master")
            return database
        }
        do {
            let database = try SQLiteDatabase(path: path, readOnly: true)
            try database.execute("SELECT count(*) FROM sqlite_master")
            return database
        } catch let error as Failure where error.code == SQLITE_READONLY || error.code == SQLITE_CANTOPEN {
            let database = try SQLiteDatabase(path: path, readOnly: true, immutable: true)
            try database.execute("SELECT count(*) FROM sqlite_master")
            return database
        }
    }

    /// Whether the file's header says WAL mode (bytes 18 and 19 are 2) and no WAL with content
    /// lies beside it.
    private static func isWALAtRest(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 20)
        guard pread(descriptor, &header, 20, 0) == 20, header[18] == 2, header[19] == 2 else { return false }
        var status = stat()
        return stat(path + "-wal", &status) != 0 || status.st_size == 0
    }

    /// A path as the `file:` URI SQLite reads: every byte but unreserved ones and `/` escaped.
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

    /// Runs SQL with no parameters and no rows (schema, pragmas, transactions).
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        if status != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastError
            sqlite3_free(message)
            throw Failure(description: text, code: status & 0xFF)
        }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement { try SQLiteStatement(database: self, sql: sql) }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
}

/// A prepared statement. `bind` then `step`/`rows`; `reset` makes it ready for the next row.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    fileprivate init(database: SQLiteDatabase, sql: String) throws {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK,
              let prepared
        else { throw SQLiteDatabase.Failure(description: "\(database.lastError) in: \(sql)") }
        self.statement = prepared
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// A value SQLite stores: nil becomes NULL.
    enum Value {
        case integer(Int64), text(String), null
    }

    @discardableResult
    func bind(_ values: [Value]) -> SQLiteStatement {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let position = Int32(offset + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(statement, position, number)
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, legalcite_sqlite_transient())
            case .null: sqlite3_bind_null(statement, position)
            }
        }
        return self
    }

    /// The columns a query gives, known before any row.
    var columnCount: Int { Int(sqlite3_column_count(statement)) }
    func columnName(_ column: Int) -> String { String(cString: sqlite3_column_name(statement, Int32(column))) }

    /// Runs a statement that returns no rows.
    func run(_ values: [Value] = []) throws {
        bind(values)
        let status = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard status == SQLITE_DONE || status == SQLITE_ROW else {
            throw SQLiteDatabase.Failure(description: database.lastError)
        }
    }

    /// Runs a query and hands each row to `body`.
    func rows(_ values: [Value] = [], _ body: (SQLiteRow) throws -> Void) throws {
        bind(values)
        defer { sqlite3_reset(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw SQLiteDatabase.Failure(description: database.lastError) }
            try body(SQLiteRow(statement: statement))
        }
    }

    /// The first column of the first row, as an integer, if there is a row.
    func integer(_ values: [Value] = []) throws -> Int64? {
        var result: Int64?
        try rows(values) { row in if result == nil { result = row.integer(0) } }
        return result
    }
}

/// One row of a result, read by column position.
struct SQLiteRow {
    fileprivate let statement: OpaquePointer

    var columnCount: Int { Int(sqlite3_column_count(statement)) }
    func name(_ column: Int) -> String { String(cString: sqlite3_column_name(statement, Int32(column))) }
    func isNull(_ column: Int) -> Bool { sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL }
    func integer(_ column: Int) -> Int64? { isNull(column) ? nil : sqlite3_column_int64(statement, Int32(column)) }
    /// The value as stored: integers as integers, everything else as text.
    func value(_ column: Int) -> SQLiteStatement.Value {
        switch sqlite3_column_type(statement, Int32(column)) {
        case SQLITE_NULL: .null
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, Int32(column)))
        default: .text(text(column) ?? "")
        }
    }

    func text(_ column: Int) -> String? {
        guard let pointer = sqlite3_column_text(statement, Int32(column)) else { return nil }
        return String(cString: pointer)
    }
}

extension SQLiteStatement.Value {
    init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
}
