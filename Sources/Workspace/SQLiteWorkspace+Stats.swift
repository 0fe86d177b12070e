extension SQLiteWorkspace {
  /// Counts over the selection; failures and files are for the whole workspace.
  public func stats(matching filter: PatentFilter) throws -> WorkspaceStats {
    try withSelection(filter) { db in try SelectionQueries.stats(SQLiteSession(db: db), selection: filter.summary) }
  }
}
