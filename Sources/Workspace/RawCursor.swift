import GRDB
import GRDBSQLite

/// Steps a prepared statement through the SQLite C API, for the corpus loader's bulk reads (millions of
/// rows): no `Row` objects, no `DatabaseValue` boxing.
///
/// Owns its GRDB ``Statement`` (which owns and finalizes the C handle). The statement must take no arguments.
final class RawCursor {
  private let statement: Statement
  private let handle: OpaquePointer
  /// Whether the cursor is on a row.
  private(set) var hasRow = false

  /// Prepares `sql` and moves to the first row.
  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    try advance()
  }

  /// Moves to the next row; `hasRow` is false at the end.
  func advance() throws {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: hasRow = true
    case SQLITE_DONE: hasRow = false
    default:
      throw WorkspaceError.database(operation: "read", reason: String(cString: sqlite3_errstr(code)))
    }
  }

  /// Column `i` as an integer (0 for NULL).
  func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }

  /// Whether column `i` is NULL.
  func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }

  /// Column `i`'s bytes, valid until the cursor moves (empty for NULL).
  func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let bytes = sqlite3_column_text(handle, i) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, i)))
  }

  /// Column `i` as text (`""` for NULL).
  func text(_ i: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, i) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, i))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
