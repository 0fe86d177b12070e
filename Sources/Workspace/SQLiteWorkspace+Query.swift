import GRDB

extension SQLiteWorkspace {
  /// Workspace ids of the selected patents, ascending.
  public func patentIDs(matching filter: PatentFilter) throws -> [Int64] {
    try withSelection(filter) { db in try SelectionQueries.ids(SQLiteSession(db: db)) }
  }

  /// Runs `body` with the selection in `temp.selection(id)`; the table is dropped afterwards.
  func withSelection<T>(_ filter: PatentFilter, _ body: (Database) throws -> T) throws -> T {
    let sql = try FilterSQL(filter, harmonizer: harmonizer(), divisions: reference.chinaDivisions)
    do {
      return try queue.inDatabase { db in
        try Self.makeSelection(db, sql)
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.selection") }
        var result: T?
        try db.inTransaction(.deferred) {
          result = try body(db)
          return .commit
        }
        guard let result else { throw WorkspaceError.database(operation: "query \(path)", reason: "no result") }
        return result
      }
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.database(operation: "query \(path)", reason: "\(error)")
    }
  }

  /// Fills `temp.selection(id)` with the ids of the patents matching `sql`. O(patents scanned).
  static func makeSelection(_ db: Database, _ sql: FilterSQL) throws {
    try db.execute(sql: "DROP TABLE IF EXISTS temp.selection; CREATE TEMP TABLE selection (id INTEGER PRIMARY KEY)")
    try db.execute(
      sql: "INSERT INTO temp.selection SELECT p.id FROM patents p WHERE \(sql.condition)",
      arguments: StatementArguments(sql.values.map(\.databaseValue)))
  }
}
