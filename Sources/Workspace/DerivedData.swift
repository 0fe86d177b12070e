import GRDB

/// Facts computed from the stored contents after each ingest (besides families): each entity's most frequent
/// location and each publication's forward-citation count. Stored so that loading a corpus reads one column
/// instead of aggregating millions of rows.
enum DerivedData {
  /// Sets `entities.country/province/province_code/city` to the most frequent location among the entity's
  /// applicant and assignee rows (ties: alphabetical). O(parties) via the `parties_entity` index.
  static func rebuildEntityLocations(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE entities SET (country, province, province_code, city) = (
          SELECT a.country, a.province, a.province_code, a.region_city FROM parties a WHERE a.entity_id = entities.id
          GROUP BY a.country, a.province, a.province_code, a.region_city
          ORDER BY COUNT(*) DESC, a.country, a.province, a.region_city LIMIT 1)
        """)
  }

  /// Sets `patents.forward_citations` to the number of workspace patents citing the publication (same office and
  /// number, any kind). One index probe per patent on `citations_cited`.
  static func rebuildForwardCitations(_ db: Database) throws {
    try db.execute(
      sql: """
        UPDATE patents SET forward_citations = (
          SELECT COUNT(DISTINCT c.patent_id) FROM citations c
          WHERE c.cited_country = patents.pub_country AND c.cited_number = patents.pub_number)
        """)
  }
}
