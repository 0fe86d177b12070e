/// Facts computed from the stored contents after each ingest (besides families and forward citations): each
/// entity's most frequent location and name. Stored so that loading a corpus reads one column
/// instead of aggregating millions of rows.
enum DerivedData {
  /// Sets `entities.country/province/province_code/city` to the most frequent location among the entity's
  /// applicant and assignee rows (ties: known values before unknown, then
  /// alphabetical, the same in SQLite and PostgreSQL). One grouping pass over `parties`, O(parties log parties).
  static func rebuildEntityLocations<S: SQLSession>(_ s: S) throws {
    try s.execute(
      """
      WITH counts AS (
        SELECT entity_id, country, province, province_code, region_city, COUNT(*) AS n FROM parties
        WHERE entity_id IS NOT NULL GROUP BY entity_id, country, province, province_code, region_city),
      ranked AS (
        SELECT *, ROW_NUMBER() OVER (
          PARTITION BY entity_id ORDER BY n DESC, country IS NULL, country, province IS NULL, province,
            region_city IS NULL, region_city) AS r FROM counts)
      UPDATE entities SET country = ranked.country, province = ranked.province,
        province_code = ranked.province_code, city = ranked.region_city
      FROM ranked WHERE ranked.entity_id = entities.id AND ranked.r = 1
      """, [])
  }

  /// Sets each entity's display name (unless an alias gave it one) to the normalized spelling most of its
  /// applicant and assignee rows use, ties by the smaller, so the name does not depend on which file came first.
  /// One grouping pass over `parties`.
  static func rebuildEntityNames<S: SQLSession>(_ s: S) throws {
    try s.execute(
      """
      WITH names AS (
        SELECT entity_id, name_normalized, COUNT(*) AS n FROM parties WHERE entity_id IS NOT NULL
        GROUP BY entity_id, name_normalized),
      ranked AS (
        SELECT entity_id, name_normalized, ROW_NUMBER() OVER (
          PARTITION BY entity_id ORDER BY n DESC, name_normalized) AS r FROM names)
      UPDATE entities SET name = ranked.name_normalized FROM ranked
      WHERE ranked.entity_id = entities.id AND ranked.r = 1 AND entities.aliased = 0
        AND entities.name <> ranked.name_normalized
      """, [])
  }
}
