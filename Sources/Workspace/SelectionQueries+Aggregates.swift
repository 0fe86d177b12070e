extension SelectionQueries {
  /// ``WorkspaceAggregates`` as SQL over the selection: eight grouping queries whose results are aggregates
  /// (one row per label, pair or cited family), so the client receives O(labels), not O(rows). Each query joins
  /// child tables to `patents` on `patent_id` only (co-located under Citus; see `docs/postgres.md`).
  static func aggregates<S: SQLSession>(_ s: S) throws -> WorkspaceAggregates {
    let selection = s.dialect.selection
    let selected = "patents p JOIN \(selection) s ON s.id = p.id"
    let ipc = "classifications c JOIN patents p ON p.id = c.patent_id JOIN \(selection) s ON s.id = p.id"
    func counts(_ sql: String) throws -> [WorkspaceAggregates.Count] {
      try s.all(sql) { .init(label: $0.optionalText(0) ?? "unknown", count: Int($0.int64(1))) }
    }
    // Distinct (family, main group) pairs once, then families per label at each level from them: one pass over
    // the classifications instead of four.
    var levels = [[WorkspaceAggregates.Count]](repeating: [], count: 4)
    let perLevel = try s.cursor(
      """
      WITH fc AS (SELECT DISTINCT p.extended_family AS f, c.subclass || c.main_group AS g FROM \(ipc)
        WHERE c.scheme = 'IPC'),
      levels AS (
        SELECT DISTINCT 0 AS level, f, substr(g, 1, 1) AS label FROM fc
        UNION ALL SELECT DISTINCT 1, f, substr(g, 1, 3) FROM fc
        UNION ALL SELECT DISTINCT 2, f, substr(g, 1, 4) FROM fc
        UNION ALL SELECT 3, f, g FROM fc)
      SELECT level, label, COUNT(*) FROM levels GROUP BY level, label
      """, [])
    while perLevel.hasRow {
      levels[Int(perLevel.int64(0))].append(.init(label: perLevel.text(1), count: Int(perLevel.int64(2))))
      try perLevel.advance()
    }
    let pairs = try s.all(
      """
      WITH fs AS (SELECT DISTINCT p.extended_family AS f, substr(c.compact, 1, 4) AS sc FROM \(ipc)
        WHERE c.scheme = 'IPC')
      SELECT a.sc, b.sc, COUNT(*) FROM fs a JOIN fs b ON a.f = b.f AND a.sc < b.sc GROUP BY a.sc, b.sc
      """
    ) { WorkspaceAggregates.Pair(first: $0.text(0), second: $0.text(1), families: Int($0.int64(2))) }
    return WorkspaceAggregates(
      patents: try s.int("SELECT COUNT(*) FROM \(selection)"),
      families: try s.int("SELECT COUNT(DISTINCT p.extended_family) FROM \(selected)"),
      ipcSections: WorkspaceAggregates.ranked(levels[0]),
      ipcClasses: WorkspaceAggregates.ranked(levels[1]),
      ipcSubclasses: WorkspaceAggregates.ranked(levels[2]),
      ipcMainGroups: WorkspaceAggregates.ranked(levels[3]),
      applicants: WorkspaceAggregates.ranked(
        try counts(
          """
          SELECT e.key, COUNT(DISTINCT p.extended_family) FROM \(selected)
          JOIN parties a ON a.patent_id = p.id JOIN entities e ON e.id = a.entity_id
          WHERE a.role = 'applicant' OR (a.role = 'assignee' AND NOT EXISTS (
            SELECT 1 FROM parties b WHERE b.patent_id = a.patent_id AND b.role = 'applicant' AND b.entity_id IS NOT NULL))
          GROUP BY e.key
          """)),
      familiesByPriorityYear: WorkspaceAggregates.byYear(
        try counts(
          """
          SELECT CAST(q.y AS TEXT), COUNT(*) FROM (
            SELECT MIN(p.priority_year) AS y FROM \(selected) GROUP BY p.extended_family) q GROUP BY q.y
          """)),
      patentsByPublicationYear: WorkspaceAggregates.byYear(
        try counts("SELECT CAST(p.pub_year AS TEXT), COUNT(*) FROM \(selected) GROUP BY p.pub_year")),
      familiesByOffice: WorkspaceAggregates.ranked(
        try counts("SELECT p.pub_country, COUNT(DISTINCT p.extended_family) FROM \(selected) GROUP BY p.pub_country")),
      ipcPairs: WorkspaceAggregates.ranked(pairs),
      citedFamilies: WorkspaceAggregates.ranked(
        try counts(
          """
          SELECT MIN(p.publication), SUM(p.forward_citations) FROM \(selected)
          GROUP BY p.extended_family HAVING SUM(p.forward_citations) > 0
          """)))
  }
}
