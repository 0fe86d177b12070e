import GRDB

/// One table's `INSERT … VALUES (…), (…) …` statements, prepared on first use for each number of rows (1 …
/// ``maxRows``), so that a batch of rows costs SQLite one statement run instead of one per row.
///
/// SQLite's fixed work per statement run (opening and closing a cursor, a `malloc` and `free` each, starting and
/// halting the VDBE, resetting) is about 2,700 instructions, as much as inserting a small row; with 32 rows per
/// run a 4-row-per-patent insert takes about a third fewer instructions (measured with callgrind on SQLite
/// 3.40). Rows of one statement are inserted in order, each meeting the conflict clause as if it ran alone.
struct MultiRowInsert {
  /// The most rows one statement takes.
  static let maxRows = 32

  /// Columns per row (the number of `?` in each row's parentheses).
  let columns: Int
  /// Everything before the first row, ending in `VALUES`.
  private let head: String
  /// The conflict clause, or empty.
  private let tail: String
  /// The statement for `n` rows at index `n`, once prepared.
  private var statements: [RawStatement?]

  /// An insert into `head` (ending in `VALUES`) of rows of `columns` values, with `tail` after the rows.
  init(_ head: String, columns: Int, _ tail: String = "") {
    self.head = head
    self.columns = columns
    self.tail = tail
    statements = Array(repeating: nil, count: Self.maxRows + 1)
  }

  /// The statement for `rows` rows (1 … ``maxRows``), prepared on `db` the first time. O(1) after that.
  mutating func statement(rows: Int, _ db: Database) throws -> RawStatement {
    precondition(rows >= 1 && rows <= Self.maxRows, "rows out of range")
    if let statement = statements[rows] { return statement }
    let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
    let sql = head + " " + Array(repeating: row, count: rows).joined(separator: ", ") + " " + tail
    let statement = try RawStatement(db, sql: sql)
    statements[rows] = statement
    return statement
  }
}
