/// The read queries both workspace backends share, run over a ``SQLSession`` on which the selection's patent ids
/// are already in the dialect's selection table. Written once, with the dialect's spellings where SQLite and
/// PostgreSQL differ.
enum SelectionQueries {
  /// Workspace ids of the selected patents, ascending. O(selected).
  static func ids<S: SQLSession>(_ s: S) throws -> [Int64] {
    try s.all("SELECT id FROM \(s.dialect.selection) ORDER BY id") { $0.int64(0) }
  }
}
