import ReferenceData

extension SelectionQueries {
  /// Counts over the selection; failures and files are for the whole workspace. A dozen grouping queries, each
  /// O(selected rows) or O(selected rows · log) for the distinct counts.
  static func stats<S: SQLSession>(
    _ s: S, selection label: String, catalog: LegalEventCatalog
  ) throws -> WorkspaceStats {
    let selection = s.dialect.selection
    func counts(_ sql: String) throws -> [WorkspaceStats.Count] {
      try s.all("SELECT CAST(q.label AS TEXT), q.n FROM (\(sql)) q") {
        WorkspaceStats.Count(label: $0.optionalText(0) ?? "unknown", count: Int($0.int64(1)))
      }
    }
    let failures = try s.all("SELECT path, document_index, line, severity, message FROM failures ORDER BY id") {
      WorkspaceStats.Failure(
        file: $0.text(0), documentIndex: $0.optionalInt(1), line: $0.optionalInt(2), severity: $0.text(3),
        message: $0.text(4))
    }
    let selected = "(SELECT p.* FROM patents p JOIN \(selection) s ON s.id = p.id) p"
    var unmapped: [String: Int] = [:]
    let codes = try s.all(
      """
      SELECT l.country, p.pub_country, l.code, COUNT(*) FROM legal_events l JOIN \(selection) s ON s.id = l.patent_id
      JOIN patents p ON p.id = l.patent_id GROUP BY l.country, p.pub_country, l.code
      """
    ) { ($0.text(0), $0.text(1), $0.text(2), Int($0.int64(3))) }
    for (country, office, code, n) in codes
    where catalog.entry(authority: country, code: code) == nil && catalog.entry(authority: office, code: code) == nil {
      unmapped[(country.isEmpty ? office : country) + " " + code, default: 0] += n
    }
    var stats = WorkspaceStats(
      selection: label,
      patents: try s.int("SELECT COUNT(*) FROM \(selection)"),
      sourceRecords: try s.int(
        "SELECT COUNT(*) FROM patent_sources ps JOIN \(selection) s ON s.id = ps.patent_id"),
      simpleFamilies: try s.int("SELECT COUNT(DISTINCT simple_family) FROM \(selected)"),
      extendedFamilies: try s.int("SELECT COUNT(DISTINCT extended_family) FROM \(selected)"),
      entities: try s.int(
        "SELECT COUNT(DISTINCT a.entity_id) FROM parties a JOIN \(selection) s ON s.id = a.patent_id"),
      files: try s.int("SELECT COUNT(*) FROM files"),
      byFormat: try counts(
        """
        SELECT format AS label, COUNT(*) AS n FROM patent_sources ps JOIN \(selection) s ON s.id = ps.patent_id
        GROUP BY format ORDER BY COUNT(*) DESC, format
        """),
      byCountry: try counts(
        "SELECT pub_country AS label, COUNT(*) AS n FROM \(selected) GROUP BY pub_country ORDER BY COUNT(*) DESC, pub_country"
      ),
      byKind: try counts(
        "SELECT kind AS label, COUNT(*) AS n FROM \(selected) GROUP BY kind ORDER BY COUNT(*) DESC, kind"),
      byYear: try counts(
        "SELECT pub_year AS label, COUNT(*) AS n FROM \(selected) GROUP BY pub_year ORDER BY pub_year IS NULL DESC, pub_year"
      ),
      topIPCSubclasses: try counts(
        """
        SELECT c.subclass AS label, COUNT(DISTINCT c.patent_id) AS n FROM classifications c
        JOIN \(selection) s ON s.id = c.patent_id
        WHERE c.scheme = 'IPC' GROUP BY c.subclass ORDER BY COUNT(DISTINCT c.patent_id) DESC, c.subclass LIMIT 20
        """),
      entitiesByType: try counts(
        """
        SELECT e.type AS label, COUNT(DISTINCT e.id) AS n FROM entities e JOIN parties a ON a.entity_id = e.id
        JOIN \(selection) s ON s.id = a.patent_id GROUP BY e.type ORDER BY COUNT(DISTINCT e.id) DESC, e.type
        """),
      failures: failures)
    stats.entitiesWithoutLocation = try s.int(
      """
      SELECT COUNT(DISTINCT e.id) FROM entities e JOIN parties a ON a.entity_id = e.id
      JOIN \(selection) s ON s.id = a.patent_id WHERE e.country IS NULL
      """)
    stats.unmappedEventCodes = unmapped.map { WorkspaceStats.Count(label: $0.key, count: $0.value) }
      .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    return stats
  }

  /// Whole-workspace totals and the first `failures` failures: five counts, none grouping more than the
  /// patents table (O(patents log patents) for the distinct families).
  static func totals<S: SQLSession>(_ s: S, failures limit: Int) throws -> WorkspaceTotals {
    WorkspaceTotals(
      files: try s.int("SELECT COUNT(*) FROM files"),
      sourceRecords: try s.int("SELECT COUNT(*) FROM patent_sources"),
      patents: try s.int("SELECT COUNT(*) FROM patents"),
      simpleFamilies: try s.int("SELECT COUNT(DISTINCT simple_family) FROM patents"),
      failureCount: try s.int("SELECT COUNT(*) FROM failures"),
      failures: try s.all(
        "SELECT path, document_index, line, severity, message FROM failures ORDER BY id LIMIT \(max(0, limit))"
      ) {
        WorkspaceStats.Failure(
          file: $0.text(0), documentIndex: $0.optionalInt(1), line: $0.optionalInt(2), severity: $0.text(3),
          message: $0.text(4))
      })
  }
}
