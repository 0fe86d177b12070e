import Applicants
import Foundation
import GRDB
import ReferenceData

/// A workspace in one SQLite file (WAL journal while open), read and written through GRDB.
///
/// One owner of the database connection per instance. Writers take an exclusive lock file (`<path>.lock`) for
/// the whole ingest, so two ingests into one workspace never interleave: the second fails at once with
/// ``WorkspaceError/busy(path:holder:)``. Readers need no lock.
public final class SQLiteWorkspace: WorkspaceStore {
  /// The workspace file.
  public let path: String
  /// The workspace file, for messages.
  public var location: String { path }
  /// Reference data used for harmonization, locations and legal-event meanings.
  public let reference: ReferenceData
  let queue: DatabaseQueue

  /// Opens a workspace, creating it when `create` is set (ingest) and migrating it to the current schema.
  /// `maxPages` caps the database file (SQLite `max_page_count`, 4 KiB pages): writes beyond it fail as a full
  /// disk would, which is how the tests simulate one.
  public init(path: String, reference: ReferenceData, create: Bool = false, maxPages: Int? = nil) throws {
    if !create, !FileManager.default.fileExists(atPath: path) { throw WorkspaceError.notFound(path: path) }
    self.path = path
    self.reference = reference
    var config = Configuration()
    config.busyMode = .timeout(30)
    config.prepareDatabase { db in
      try db.execute(
        sql:
          "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY"
      )
      if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
    }
    do {
      queue = try DatabaseQueue(path: path, configuration: config)
    } catch {
      throw WorkspaceError.cannotOpen(path: path, reason: "\(error)")
    }
    let version = try read { db in
      try db.tableExists("meta")
        ? Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") ?? "0") ?? 0 : 0
    }
    if version > Schema.version { throw WorkspaceError.newerSchema(path: path, version: version) }
    if version < Schema.version {
      do {
        try Schema.migrator.migrate(queue)
      } catch {
        throw WorkspaceError.database(operation: "create schema in \(path)", reason: "\(error)")
      }
    }
  }

  /// Runs a read, mapping SQLite errors to ``WorkspaceError``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.database(operation: "read \(path)", reason: "\(error)")
    }
  }

  /// Runs a write transaction, mapping SQLite errors to ``WorkspaceError``.
  func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.write(body)
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.database(operation: operation, reason: "\(error)")
    }
  }

  /// The aliases stored in the workspace (applied at ingest and by ``setAliases(_:)``).
  public func aliases() throws -> AliasTable {
    try read { db in
      let rows = try Row.fetchAll(db, sql: "SELECT variant, canonical, type FROM aliases ORDER BY canonical, variant")
      return AliasTable(
        aliases: rows.map {
          AliasTable.Alias(variant: $0[0], canonical: $0[1], type: ($0[2] as String?).flatMap(EntityType.init))
        })
    }
  }

  /// Checks the database file (`PRAGMA integrity_check`) and its references (`PRAGMA foreign_key_check`: ingest
  /// writes with enforcement off, see ``ingest(_:jobs:progress:)``); returns `ok` or the findings.
  public func integrityCheck() throws -> String {
    try read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
        let table: String = row[0]
        let rowid: Int64? = row[1]
        let parent: String = row[2]
        return "\(table) row \(rowid.map(String.init) ?? "?") refers to a missing \(parent) row"
      }
      let findings = (integrity == ["ok"] ? [] : integrity) + dangling
      return findings.isEmpty ? "ok" : findings.joined(separator: "\n")
    }
  }
}
