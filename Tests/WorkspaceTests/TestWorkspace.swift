import Foundation
import GRDB
import PatentXML
import ReferenceData
import TestSupport
import Workspace

/// Reference data and workspaces over the real files in `Corpora/`.
enum TestWorkspace {
  /// The repository's `Corpora/` folder.
  static var corpora: URL { TestCorpora.url }

  /// Absolute path of a corpus file.
  static func path(_ relative: String) -> String { corpora.appendingPathComponent(relative).path }

  /// The bundled reference data.
  static var reference: ReferenceData { TestCorpora.reference }

  /// A fresh directory for one test, removed when the process ends (the OS temp dir).
  static func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-ws-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A new empty workspace.
  static func empty() throws -> SQLiteWorkspace {
    let path = try scratchDirectory().appendingPathComponent("w.sqlite").path
    return try SQLiteWorkspace(path: path, reference: reference, create: true)
  }

  /// One workspace holding all of `Corpora/`, shared by the read-only tests.
  static let all: SQLiteWorkspace = {
    do {
      let workspace = try empty()
      _ = try workspace.ingest([corpora.path], jobs: 2, progress: nil)
      return workspace
    } catch {
      fatalError("ingest of Corpora must work: \(error)")
    }
  }()

  /// Row counts of every table, for before/after comparisons.
  static func rowCounts(_ workspace: SQLiteWorkspace) throws -> [String: Int] {
    let queue = try DatabaseQueue(path: workspace.path)
    return try queue.read { db in
      var counts: [String: Int] = [:]
      for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
        counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"")
      }
      return counts
    }
  }

  /// Runs a read query on a workspace file.
  static func query<T>(_ workspace: SQLiteWorkspace, _ body: (Database) throws -> T) throws -> T {
    try DatabaseQueue(path: workspace.path).read(body)
  }
}
