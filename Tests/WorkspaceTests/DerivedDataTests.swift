import Foundation
import GRDB
import Generator
import TestSupport
import Testing
import Workspace

@Suite("Derived data")
struct DerivedDataTests {
  /// Each publication's citing workspace patents, by the definition in SQL (a correlated count, slow but plain).
  private static let definition = """
    SELECT p.id, (SELECT COUNT(DISTINCT c.patent_id) FROM citations c
                  WHERE c.cited_country = p.pub_country AND c.cited_number = p.pub_number)
    FROM patents p ORDER BY p.id
    """

  /// The stored forward-citation counts equal the definition on every patent, for the real corpora and for a
  /// generated corpus whose citations mostly resolve inside it.
  @Test(arguments: ["corpora", "generated"])
  func forwardCitationsMatchTheDefinition(_ which: String) throws {
    let workspace = try Self.workspace(which)
    let (expected, stored) = try TestWorkspace.query(workspace) { db in
      (
        try Row.fetchAll(db, sql: Self.definition).map { [$0[0] as Int64, $0[1] as Int64] },
        try Row.fetchAll(db, sql: "SELECT id, forward_citations FROM patents ORDER BY id").map {
          [$0[0] as Int64, $0[1] as Int64]
        }
      )
    }
    #expect(stored == expected)
    if which == "generated" { #expect(stored.map { $0[1] }.reduce(0, +) > 1000) }
  }

  /// Each entity's most frequent location and name by the definition in SQL (window functions, ties in byte
  /// order: known values first, then smaller country, province, city, province code; the smaller name).
  private static let profileDefinition = """
    WITH places AS (
      SELECT entity_id, country, province, province_code, region_city, COUNT(*) AS n FROM parties
      WHERE entity_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
    place AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY n DESC, country IS NULL, country,
        province IS NULL, province, region_city IS NULL, region_city, province_code IS NULL, province_code) AS r
      FROM places),
    names AS (
      SELECT entity_id, name_normalized, COUNT(*) AS n FROM parties WHERE entity_id IS NOT NULL GROUP BY 1, 2),
    name AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY n DESC, name_normalized) AS r FROM names)
    SELECT e.id, CASE WHEN e.aliased = 1 THEN e.name ELSE name.name_normalized END,
      place.country, place.province, place.province_code, place.region_city
    FROM entities e JOIN place ON place.entity_id = e.id AND place.r = 1
    JOIN name ON name.entity_id = e.id AND name.r = 1 ORDER BY e.id
    """

  /// The stored entity names and locations equal the definition on every entity with party rows, for the real
  /// corpora and a generated corpus (whose applicants have name variants and several addresses).
  @Test(arguments: ["corpora", "generated"])
  func entityProfilesMatchTheDefinition(_ which: String) throws {
    let workspace = try Self.workspace(which)
    let (expected, stored, contested) = try TestWorkspace.query(workspace) { db in
      (
        try Row.fetchAll(db, sql: Self.profileDefinition).map { Self.profile($0) },
        try Row.fetchAll(
          db,
          sql: """
            SELECT id, name, country, province, province_code, city FROM entities
            WHERE id IN (SELECT entity_id FROM parties) ORDER BY id
            """
        ).map { Self.profile($0) },
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(*) FROM (SELECT entity_id FROM parties WHERE entity_id IS NOT NULL GROUP BY entity_id
            HAVING COUNT(DISTINCT name_normalized) > 1 OR COUNT(DISTINCT coalesce(region_city, '')) > 1)
            """) ?? 0
      )
    }
    #expect(stored == expected)
    #expect(stored.count > 100)
    #expect(contested > 0)  // some entities have several spellings or places to choose from
    #expect(stored.filter { $0[2] != nil }.count > stored.count / 2)  // most entities are located
  }

  private static func profile(_ row: Row) -> [String?] {
    [String(row[0] as Int64), row[1], row[2], row[3], row[4], row[5]]
  }

  /// The workspace of all real corpora, or a new one holding a generated corpus of 2,000 patents.
  private static func workspace(_ which: String) throws -> SQLiteWorkspace {
    if which == "corpora" { return TestWorkspace.allSQLite }
    let workspace = try TestWorkspace.empty()
    _ = try workspace.ingest(
      try TestCorpora.generatedFiles(patents: 2000, seed: 3, profile: .scale), jobs: 1, progress: nil)
    return workspace
  }
}
