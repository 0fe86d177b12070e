import GRDB
import GRDBSQLite

/// A prepared write statement driven through the SQLite C API: values are bound one by one and the statement
/// is stepped and reset, with no argument arrays or boxed values per row (the ingest inserts millions of rows).
///
/// Owns its GRDB ``Statement``, which owns and finalizes the C handle.
final class RawStatement {
  private let statement: Statement
  private let handle: OpaquePointer
  private let sql: String
  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

  /// Prepares `sql` on `db`.
  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    self.sql = sql
  }

  /// Binds text (or NULL) to the 1-based parameter `i`.
  func bind(_ i: Int32, _ value: String?) {
    guard var value else {
      sqlite3_bind_null(handle, i)
      return
    }
    value.withUTF8 { bytes in
      _ = sqlite3_bind_text(handle, i, bytes.baseAddress, Int32(bytes.count), Self.transient)
    }
  }

  /// Binds an integer (or NULL).
  func bind(_ i: Int32, _ value: Int?) {
    if let value { sqlite3_bind_int64(handle, i, Int64(value)) } else { sqlite3_bind_null(handle, i) }
  }

  /// Binds an integer.
  func bind(_ i: Int32, _ value: Int64) { sqlite3_bind_int64(handle, i, value) }

  /// Binds a boolean as 0/1 (or NULL).
  func bind(_ i: Int32, _ value: Bool?) {
    if let value { sqlite3_bind_int64(handle, i, value ? 1 : 0) } else { sqlite3_bind_null(handle, i) }
  }

  /// Binds `values` to parameters 1… in order, runs the statement and resets it; returns the first column of
  /// the first row when there is one (`RETURNING id`).
  @discardableResult
  func run(_ values: (any RawBindable)?...) throws -> Int64? {
    for (i, value) in values.enumerated() {
      if let value { value.bind(to: self, at: Int32(i + 1)) } else { sqlite3_bind_null(handle, Int32(i + 1)) }
    }
    return try run()
  }

  /// Runs the statement and resets it; returns the first column of the first row when there is one.
  @discardableResult
  func run() throws -> Int64? {
    defer { sqlite3_reset(handle) }
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
    case SQLITE_DONE: return nil
    default:
      let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
      throw WorkspaceError.database(operation: "write", reason: "\(message) (\(sql.prefix(60))…)")
    }
  }
}

/// A Swift value ``RawStatement`` can bind.
protocol RawBindable {
  /// Binds self to the 1-based parameter `index`.
  func bind(to statement: RawStatement, at index: Int32)
}

extension String: RawBindable {
  func bind(to statement: RawStatement, at index: Int32) { statement.bind(index, self) }
}

extension Int: RawBindable {
  func bind(to statement: RawStatement, at index: Int32) { statement.bind(index, self) }
}

extension Int64: RawBindable {
  func bind(to statement: RawStatement, at index: Int32) { statement.bind(index, self) }
}

extension Bool: RawBindable {
  func bind(to statement: RawStatement, at index: Int32) { statement.bind(index, self) }
}
