import Foundation
import PatentModel
import TestSupport
import Testing
import Workspace

/// Schema version 2 (legal_events.new_owner) on a workspace made by version 1.
@Suite struct SchemaUpgradeTests {
  @Test func aVersion1WorkspaceIsUpgradedInPlace() throws {
    let path = try TestWorkspace.scratchDirectory().appendingPathComponent("v1.sqlite").path
    _ = try SQLiteWorkspace(path: path, reference: TestWorkspace.reference, create: true)
    // Turn it back into version 1: no new_owner column, v2 not applied.
    let downgrade = """
      ALTER TABLE legal_events DROP COLUMN new_owner; UPDATE meta SET value = '1' WHERE key = 'schema_version';
      DELETE FROM grdb_migrations WHERE identifier = 'v2';
      """
    #expect(try TestCorpora.sqlite(path, downgrade) == 0)
    let workspace = try SQLiteWorkspace(path: path, reference: TestWorkspace.reference, create: false)
    _ = try workspace.ingest([TestWorkspace.path("ops/epoops_get_family_with_legal.xml")], jobs: 1, progress: nil)
    var lines: [String] = []
    _ = try workspace.export(matching: PatentFilter(), format: .jsonl) { lines.append($0) }
    #expect(lines.contains { $0.contains("\"new_owner\":\"9SOLUTIONS OY, FINLAND\"") })
  }
}
