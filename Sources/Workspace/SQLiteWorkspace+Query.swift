import GRDB

extension SQLiteWorkspace {
  /// Workspace ids of the selected patents, ascending.
  public func patentIDs(matching filter: PatentFilter) throws -> [Int64] {
    try withSelection(filter) { db in try SelectionQueries.ids(SQLiteSession(db: db)) }
  }

  /// Runs `body` with the selection in `temp.selection(id)`; the table is dropped afterwards.
  func withSelection<T>(_ filter: PatentFilter, _ body: (Database) throws -> T) throws -> T {
    let sql = try FilterSQL(
      filter, harmonizer: harmonizer(), divisions: reference.chinaDivisions, pinyin: reference.pinyin)
    return try query {
      try queue.inDatabase { db in
        try Self.makeSelection(db, sql)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.selection") }
        return try Self.inReadTransaction(db, path: path, body)
      }
    }
  }

  /// Runs `body`, reporting SQLite's errors as ``WorkspaceError/database(operation:reason:)`` of a query.
  func query<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.database(operation: "query \(path)", reason: "\(error)")
    }
  }

  /// `body`'s value, computed in one deferred (read) transaction on `db`.
  static func inReadTransaction<T>(_ db: Database, path: String, _ body: (Database) throws -> T) throws -> T {
    var result: T?
    try db.inTransaction(.deferred) {
      result = try body(db)
      return .commit
    }
    guard let result else { throw WorkspaceError.database(operation: "query \(path)", reason: "no result") }
    return result
  }

  /// Fills `temp.selection(id)` with the ids of the patents matching `sql`. O(patents scanned).
  static func makeSelection(_ db: Database, _ sql: FilterSQL) throws {
    try db.execute(sql: "DROP TABLE IF EXISTS temp.selection; CREATE TEMP TABLE selection (id INTEGER PRIMARY KEY)")
    try db.execute(
      sql: "INSERT INTO temp.selection SELECT p.id FROM patents p WHERE \(sql.condition)",
      arguments: StatementArguments(sql.values.map(\.databaseValue)))
  }
}
