/// What the read paths shared by both workspace backends need from a connection: parameterized queries read
/// through a ``RowCursor``, statements, and the few spellings where SQLite and PostgreSQL differ.
///
/// Queries are written once with `?` placeholders; the PostgreSQL session numbers them (`$1`, `$2`…).
protocol SQLSession {
  /// The backend's cursor type.
  associatedtype Cursor: RowCursor
  /// How this backend spells what differs.
  var dialect: SQLDialect { get }
  /// Runs a query and returns a cursor on its first row.
  func cursor(_ sql: String, _ arguments: [SQLValue]) throws -> Cursor
  /// Runs statements that return no rows.
  func execute(_ sql: String, _ arguments: [SQLValue]) throws
}

extension SQLSession {
  /// Every row of a query, mapped by `row`. O(rows); for results that fit in memory.
  func all<T>(_ sql: String, _ arguments: [SQLValue] = [], _ row: (Cursor) throws -> T) throws -> [T] {
    let cursor = try self.cursor(sql, arguments)
    var result: [T] = []
    while cursor.hasRow {
      result.append(try row(cursor))
      try cursor.advance()
    }
    return result
  }

  /// The first row of a query mapped by `row`, or `nil` when there is none.
  func first<T>(_ sql: String, _ arguments: [SQLValue] = [], _ row: (Cursor) throws -> T) throws -> T? {
    let cursor = try self.cursor(sql, arguments)
    return cursor.hasRow ? try row(cursor) : nil
  }

  /// The first column of the first row as an integer (0 when there is no row or it is NULL).
  func int(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int {
    try first(sql, arguments) { Int($0.int64(0)) } ?? 0
  }
}

/// The spellings that differ between SQLite and PostgreSQL, so that shared queries are written once.
struct SQLDialect: Sendable {
  /// The table holding the current selection's patent ids (`temp.selection` in SQLite).
  var selection: String
  /// Distinct values of `expression` joined with commas (`group_concat(DISTINCT x)`, `string_agg(DISTINCT x, ',')`).
  var distinctList: @Sendable (String) -> String
  /// A column reference the planner must not use an index for (SQLite's unary `+`; nothing in PostgreSQL).
  var noIndex: @Sendable (String) -> String

  /// SQLite.
  static let sqlite = SQLDialect(
    selection: "temp.selection", distinctList: { "group_concat(DISTINCT \($0))" }, noIndex: { "+" + $0 })
  /// PostgreSQL (and Citus).
  static let postgres = SQLDialect(
    selection: "patnav_selection", distinctList: { "string_agg(DISTINCT \($0), ',')" }, noIndex: { $0 })
}
