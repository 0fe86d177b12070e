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

  /// One SQLite workspace holding all of `Corpora/`, shared by the read-only tests.
  static let allSQLite: SQLiteWorkspace = {
    do {
      let workspace = try empty()
      _ = try workspace.ingest([corpora.path], jobs: 2, progress: nil)
      return workspace
    } catch {
      fatalError("ingest of Corpora must work: \(error)")
    }
  }()

  /// One PostgreSQL workspace holding all of `Corpora/` (when the run has a server).
  static let allPostgres: Result<any WorkspaceStore, any Error> = Result {
    let workspace = try Backend.postgres.empty()
    _ = try workspace.ingest([corpora.path], jobs: 2, progress: nil)
    return workspace
  }

  /// The shared workspace of all of `Corpora/` on `backend`.
  static func all(_ backend: Backend) throws -> any WorkspaceStore {
    switch backend {
    case .sqlite: allSQLite
    case .postgres: try allPostgres.get()
    }
  }

  /// A workspace's contents without its ids: every patent's exported record (families as sets of publications
  /// instead of family ids), sorted. Equal for the same data whatever the backend or ingest order.
  static func contents(_ workspace: any WorkspaceStore) throws -> [String] {
    var records: [[String: Any]] = []
    _ = try workspace.export(matching: PatentFilter(), format: .jsonl) { line in
      if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
        records.append(object)
      }
    }
    func publication(_ r: [String: Any]) -> String {
      let p = r["publication"] as? [String: Any] ?? [:]
      return "\(p["country"] ?? "") \(p["number"] ?? "") \(p["kind"] ?? "")"
    }
    var members: [Int: [String]] = [:]
    for r in records {
      if let family = (r["workspace"] as? [String: Any])?["extended_family"] as? Int {
        members[family, default: []].append(publication(r))
      }
    }
    return try records.map { r in
      var r = r
      var w = r["workspace"] as? [String: Any] ?? [:]
      let family = w["extended_family"] as? Int
      w["id"] = nil
      w["simple_family"] = nil
      w["extended_family"] = family.map { (members[$0] ?? []).sorted() }
      r["workspace"] = w
      let data = try JSONSerialization.data(withJSONObject: r, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }.sorted()
  }

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
