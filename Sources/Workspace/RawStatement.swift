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

  /// Prepares `sql` on `db`.
  init(_ db: Database, sql: String) throws {
    statement = try db.makeStatement(sql: sql)
    handle = statement.sqliteStatement
    self.sql = sql
  }

  deinit {
    // Text bound in place points into buffers that are gone by now.
    sqlite3_clear_bindings(handle)
  }

  /// Binds `count` bytes at `text` as text without a copy (`SQLITE_STATIC`): they must stay valid until the
  /// statement has run. A non-NULL pointer with `count` 0 is the empty text.
  func bindInPlace(_ i: Int32, _ text: UnsafePointer<UInt8>, _ count: Int32) {
    sqlite3_bind_text(handle, i, text, count, nil)
  }

  /// Binds an integer to the 1-based parameter `i`.
  func bind(_ i: Int32, _ value: Int64) { sqlite3_bind_int64(handle, i, value) }

  /// Binds NULL to the 1-based parameter `i`.
  func bindNull(_ i: Int32) { sqlite3_bind_null(handle, i) }

  /// Runs an `INSERT … ON CONFLICT …` and resets it; returns the rowid it inserted, or `nil` when the row
  /// existed (the conflict clause ran). Cheaper than `RETURNING id`, which makes SQLite build an ephemeral
  /// table per execution (about 2 µs per row, 4 s of the writer's CPU at 1 M patents).
  func insert() throws -> Int64? {
    let db = sqlite3_db_handle(handle)
    sqlite3_set_last_insert_rowid(db, 0)  // rowids start at 1: 0 after the step means nothing was inserted
    try run()
    let id = sqlite3_last_insert_rowid(db)
    return id == 0 ? nil : id
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
