import Foundation

/// A connection to an index that is only ever read, for front ends outside this module (the local
/// web page): opened as `SQLiteDatabase.reading` opens one (an index at rest as the one file it
/// is, nothing created beside it; a running batch's WAL seen), checked to be a legalcite index,
/// and used under a lock, since its connection is not shared between threads otherwise.
public final class ReadOnlyConnection: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A value as the index stores it.
    public enum Value: Sendable, Equatable {
        case integer(Int64), text(String), null

        public var text: String? {
            switch self {
            case .text(let text): text
            case .integer(let number): String(number)
            case .null: nil
            }
        }

        public var integer: Int64? {
            if case .integer(let number) = self { return number }
            return nil
        }
    }

    /// A row as column name → value.
    public typealias Row = [String: Value]

    private let database: SQLiteDatabase
    private let lock = NSLock()
    public let path: String

    public init(path: String) throws {
        guard access(path, R_OK) == 0 else { throw Failure(description: withSystemReason("\(path): cannot read the index")) }
        self.path = path
        do {
            database = try SQLiteDatabase.reading(path)
            try database.execute("SELECT 1 FROM meta, documents, mentions, authorities, case_cites LIMIT 1")
        } catch {
            throw Failure(description: "\(path): not a legalcite index (\(error))")
        }
    }

    /// Runs a query with its values bound by position.
    public func rows(_ sql: String, _ values: [Value] = []) throws -> [Row] {
        lock.lock()
        defer { lock.unlock() }
        do {
            let statement = try database.prepare(sql)
            var result: [Row] = []
            try statement.rows(values.map(\.bound)) { row in
                var named: Row = [:]
                for column in 0..<row.columnCount {
                    switch row.value(column) {
                    case .integer(let number): named[row.name(column)] = .integer(number)
                    case .text(let text): named[row.name(column)] = .text(text)
                    case .null: named[row.name(column)] = .null
                    }
                }
                result.append(named)
            }
            return result
        } catch let failure as SQLiteDatabase.Failure {
            throw Failure(description: failure.description)
        }
    }
}

private extension ReadOnlyConnection.Value {
    var bound: SQLiteStatement.Value {
        switch self {
        case .integer(let number): .integer(number)
        case .text(let text): .text(text)
        case .null: .null
        }
    }
}
