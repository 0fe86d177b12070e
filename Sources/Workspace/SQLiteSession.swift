import GRDB

/// A GRDB database connection seen as a ``SQLSession``, for the read paths shared with PostgreSQL.
struct SQLiteSession: SQLSession {
  /// The connection (valid only inside the GRDB access block that produced it).
  let db: Database

  var dialect: SQLDialect { .sqlite }

  func cursor(_ sql: String, _ arguments: [SQLValue]) throws -> RawCursor {
    try RawCursor(db, sql: sql, arguments: arguments)
  }

  func execute(_ sql: String, _ arguments: [SQLValue]) throws {
    try db.execute(sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
  }
}

extension SQLValue {
  /// The value as GRDB binds it.
  var databaseValue: DatabaseValue {
    switch self {
    case .null: .null
    case .integer(let v): v.databaseValue
    case .text(let v): v.databaseValue
    }
  }
}
