extension SQLiteWorkspace {
  /// Counts over the selection; failures and files are for the whole workspace.
  public func stats(matching filter: PatentFilter) throws -> WorkspaceStats {
    try withSelection(filter) { db in
      try SelectionQueries.stats(
        SQLiteSession(db: db), selection: filter.summary, catalog: reference.legalEvents)
    }
  }

  /// Whole-workspace totals and the first `failures` recorded failures.
  public func totals(failures: Int) throws -> WorkspaceTotals {
    try read { db in try SelectionQueries.totals(SQLiteSession(db: db), failures: failures) }
  }
}

extension SQLiteWorkspace {
  /// The selection's aggregates, computed by SQLite (see ``SelectionQueries/aggregates(_:)``).
  public func aggregates(matching filter: PatentFilter) throws -> WorkspaceAggregates {
    try withSelection(filter) { db in try SelectionQueries.aggregates(SQLiteSession(db: db)) }
  }
}
