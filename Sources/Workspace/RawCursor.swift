import GRDB
import GRDBSQLite

/// Steps a prepared statement through the SQLite C API, for bulk reads (millions of rows): no `Row` objects,
/// no `DatabaseValue` boxing.
///
/// Owns its GRDB ``Statement`` (which owns and finalizes the C handle).
final class RawCursor: RowCursor {
  private let statement: Statement
  private let handle: OpaquePointer
  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
  /// Whether the cursor is on a row.
  private(set) var hasRow = false

  /// Prepares `sql`, binds `arguments` to its `?` parameters in order, and moves to the first row.
  init(_ db: Database, sql: String, arguments: [SQLValue] = []) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    for (i, value) in arguments.enumerated() {
      let index = Int32(i + 1)
      switch value {
      case .null: sqlite3_bind_null(handle, index)
      case .integer(let v): sqlite3_bind_int64(handle, index, v)
      case .text(var v):
        v.withUTF8 { bytes in
          _ = sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
      }
    }
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
}
