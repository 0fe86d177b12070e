import Foundation
import Generator
import ReferenceData
import Workspace

/// Shared by the analysis test suites: the repository's real `Corpora/`, the bundled reference data, and
/// workspaces ingested from real or generated files.
public enum TestCorpora {
  /// The repository's `Corpora/` folder.
  public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpora")

  /// The bundled reference data (a test cannot run without it).
  public static let reference: ReferenceData = {
    do { return try ReferenceData() } catch { fatalError("bundled reference data must load: \(error)") }
  }()

  /// A fresh directory in the temporary folder.
  public static func scratch(_ prefix: String = "patnav-test") throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// Runs `sql` with the sqlite3 shell on the database at `path` (statements on standard input); returns the
  /// shell's exit status.
  public static func sqlite(_ path: String, _ sql: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", path]
    let input = Pipe()
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// A new workspace holding `paths`.
  public static func workspace(ingesting paths: [String]) throws -> SQLiteWorkspace {
    let workspace = try SQLiteWorkspace(
      path: try scratch().appendingPathComponent("w.sqlite").path, reference: reference, create: true)
    _ = try workspace.ingest(paths, jobs: 2, progress: nil)
    return workspace
  }

  /// A new workspace holding all of `Corpora/`.
  public static func realWorkspace() throws -> SQLiteWorkspace { try workspace(ingesting: [url.path]) }

  /// A new workspace holding a generated corpus.
  public static func generated(patents: Int, seed: UInt64, profile: GeneratorProfile) throws -> SQLiteWorkspace {
    try workspace(ingesting: generatedFiles(patents: patents, seed: seed, profile: profile))
  }

  /// The XML files of a generated corpus, written to a new scratch directory.
  public static func generatedFiles(patents: Int, seed: UInt64, profile: GeneratorProfile) throws -> [String] {
    let directory = try scratch("patnav-gen")
    let manifest = try CorpusGenerator(patents: patents, seed: seed, profile: profile).write(to: directory)
    return manifest.files.map { directory.appendingPathComponent($0).path }
  }
}
