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
    let workspace: SQLiteWorkspace
    if which == "corpora" {
      workspace = TestWorkspace.allSQLite
    } else {
      workspace = try TestWorkspace.empty()
      _ = try workspace.ingest(
        try TestCorpora.generatedFiles(patents: 2000, seed: 3, profile: .scale), jobs: 1, progress: nil)
    }
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
}
