import GRDB

extension SQLiteWorkspace {
  /// Counts over the selection; failures and files are for the whole workspace.
  public func stats(matching filter: PatentFilter) throws -> WorkspaceStats {
    try withSelection(filter) { db in
      func counts(_ sql: String) throws -> [WorkspaceStats.Count] {
        try Row.fetchAll(db, sql: "SELECT CAST(q.label AS TEXT), q.n FROM (\(sql)) q").map {
          WorkspaceStats.Count(label: $0[0] ?? "unknown", count: $0[1])
        }
      }
      func scalar(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
      let failures = try Row.fetchAll(
        db, sql: "SELECT path, document_index, line, severity, message FROM failures ORDER BY id"
      ).map {
        WorkspaceStats.Failure(file: $0[0], documentIndex: $0[1], line: $0[2], severity: $0[3], message: $0[4])
      }
      let selected = "SELECT p.* FROM patents p JOIN temp.selection s ON s.id = p.id"
      return WorkspaceStats(
        selection: filter.summary,
        patents: try scalar("SELECT COUNT(*) FROM temp.selection"),
        sourceRecords: try scalar(
          "SELECT COUNT(*) FROM patent_sources ps JOIN temp.selection s ON s.id = ps.patent_id"),
        simpleFamilies: try scalar("SELECT COUNT(DISTINCT simple_family) FROM (\(selected))"),
        extendedFamilies: try scalar("SELECT COUNT(DISTINCT extended_family) FROM (\(selected))"),
        entities: try scalar(
          "SELECT COUNT(DISTINCT a.entity_id) FROM parties a JOIN temp.selection s ON s.id = a.patent_id"),
        files: try scalar("SELECT COUNT(*) FROM files"),
        byFormat: try counts(
          """
          SELECT format AS label, COUNT(*) AS n FROM patent_sources ps JOIN temp.selection s ON s.id = ps.patent_id
          GROUP BY format ORDER BY COUNT(*) DESC, format
          """),
        byCountry: try counts(
          "SELECT pub_country AS label, COUNT(*) AS n FROM (\(selected)) GROUP BY pub_country ORDER BY COUNT(*) DESC, pub_country"
        ),
        byKind: try counts(
          "SELECT kind AS label, COUNT(*) AS n FROM (\(selected)) GROUP BY kind ORDER BY COUNT(*) DESC, kind"),
        byYear: try counts(
          "SELECT pub_year AS label, COUNT(*) AS n FROM (\(selected)) GROUP BY pub_year ORDER BY pub_year"),
        topIPCSubclasses: try counts(
          """
          SELECT c.subclass AS label, COUNT(DISTINCT c.patent_id) AS n FROM classifications c JOIN temp.selection s ON s.id = c.patent_id
          WHERE c.scheme = 'IPC' GROUP BY c.subclass ORDER BY COUNT(DISTINCT c.patent_id) DESC, c.subclass LIMIT 20
          """),
        entitiesByType: try counts(
          """
          SELECT e.type AS label, COUNT(DISTINCT e.id) AS n FROM entities e JOIN parties a ON a.entity_id = e.id
          JOIN temp.selection s ON s.id = a.patent_id GROUP BY e.type ORDER BY COUNT(DISTINCT e.id) DESC, e.type
          """),
        failures: failures)
    }
  }
}
