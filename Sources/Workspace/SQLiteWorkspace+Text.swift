extension SQLiteWorkspace {
  /// For each keyword list, the selected patents whose title or abstract contains one of its keywords (see
  /// ``SelectionQueries/textMatches(_:_:)``): one scan of the selection's texts, O(text bytes).
  public func textMatches(_ lists: [[String]], matching filter: PatentFilter) throws -> [[Int64]] {
    try withSelection(filter) { db in try SelectionQueries.textMatches(SQLiteSession(db: db), lists) }
  }
}
