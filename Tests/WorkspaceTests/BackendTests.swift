import Foundation
import Generator
import PatentCorpus
import PatentXML
import Synchronization
import TestSupport
import Testing
import Workspace

/// The behaviour both backends must share, run on each available one (see ``Backend``), plus the checks that
/// only a shared server can make: concurrent ingests, and equality of the two backends' contents.
@Suite("Workspace backends")
struct BackendTests {
  /// The demo corpus's XML (5,000 generated patents), written once.
  static let demoFiles: Result<[String], any Error> = Result {
    try TestCorpora.generatedFiles(patents: 5000, seed: 1, profile: .demo)
  }

  @Test("ingesting the same files again changes nothing", arguments: Backend.available)
  func idempotent(backend: Backend) throws {
    let workspace = try backend.empty()
    let first = try workspace.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    let before = try TestWorkspace.contents(workspace)
    let second = try workspace.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    #expect(first.count(.ingested) == 92)
    #expect(second.count(.alreadyIngested) == 92)
    #expect(second.records == 0)
    #expect(try TestWorkspace.contents(workspace) == before)
    #expect(before.count == 251)
  }

  @Test("the same content under another path is recognized and not stored twice", arguments: Backend.available)
  func sameContentElsewhere(backend: Backend) throws {
    let workspace = try backend.empty()
    let original = TestWorkspace.path("jpo/ps_jp_example1.xml")
    _ = try workspace.ingest([original], jobs: 1, progress: nil)
    let copy = try TestWorkspace.scratchDirectory().appendingPathComponent("renamed.xml")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: original), to: copy)
    let report = try workspace.ingest([copy.path], jobs: 1, progress: nil)
    #expect(report.count(.alreadyIngested) == 1)
    #expect(try workspace.stats(matching: PatentFilter()).files == 1)
  }

  @Test("ingest order does not change the merged contents", arguments: Backend.available)
  func orderIndependent(backend: Backend) throws {
    let files = PatentReader.inputFiles([TestWorkspace.corpora.path]).files
    let forward = try backend.empty()
    let backward = try backend.empty()
    _ = try forward.ingest(files, jobs: 1, progress: nil)
    _ = try backward.ingest(files.reversed(), jobs: 1, progress: nil)
    #expect(try TestWorkspace.contents(forward) == TestWorkspace.contents(backward))
  }

  @Test("both backends hold the same contents, statistics and landscape inputs", arguments: Backend.available)
  func sameAsSQLite(backend: Backend) throws {
    let workspace = try TestWorkspace.all(backend)
    let sqlite = TestWorkspace.allSQLite
    #expect(try TestWorkspace.contents(workspace) == TestWorkspace.contents(sqlite))
    #expect(try workspace.stats(matching: PatentFilter()) == sqlite.stats(matching: PatentFilter()))
    #expect(try workspace.aggregates(matching: PatentFilter()) == sqlite.aggregates(matching: PatentFilter()))
    var filter = PatentFilter()
    filter.provinces = ["云南"]
    filter.keywords = ["系统"]
    #expect(try workspace.patentIDs(matching: filter).count == sqlite.patentIDs(matching: filter).count)
  }

  @Test("push-down aggregates equal the in-memory ones on the demo corpus", arguments: Backend.available)
  func pushDown(backend: Backend) throws {
    let workspace = try backend.empty()
    _ = try workspace.ingest(try Self.demoFiles.get(), jobs: 2, progress: nil)
    for ipc in [[], ["H01M"]] {
      var filter = PatentFilter()
      filter.ipcPrefixes = ipc
      let pushed = try workspace.aggregates(matching: filter)
      let inMemory = WorkspaceAggregates(
        corpus: try workspace.loadUnlinkedCorpus(matching: filter, language: .en, inventors: false))
      #expect(pushed == inMemory)
      #expect(pushed.families > 1000 || !ipc.isEmpty)
      #expect(!pushed.ipcPairs.isEmpty && !pushed.citedFamilies.isEmpty && !pushed.applicants.isEmpty)
    }
  }

  @Test("concurrent ingests over overlapping inputs give the contents of one serial run", arguments: Backend.available)
  func concurrentIngests(backend: Backend) throws {
    let files = PatentReader.inputFiles([TestWorkspace.corpora.path]).files
    let serial = try backend.empty()
    _ = try serial.ingest(files, jobs: 1, progress: nil)
    let location = try backend.newLocation()
    _ = try location.open(reference: TestWorkspace.reference, create: true)
    // Four writers, each with every other file from a different start: every file is read by two of them.
    let slices = (0..<4).map { w in files.indices.filter { ($0 + w) % 4 < 2 }.map { files[$0] } }
    let outcomes = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: 4) { w in
      do {
        let workspace = try location.open(reference: TestWorkspace.reference, create: true)
        _ = try workspace.ingest(slices[w], jobs: 2, progress: nil)
        outcomes.withLock { $0 += 1 }
      } catch WorkspaceError.busy {
        outcomes.withLock { $0 += 1 }  // SQLite: one writer at a time; the others are refused, not corrupted
      } catch {
        Issue.record("writer \(w) failed: \(error)")
      }
    }
    #expect(outcomes.withLock { $0 } == 4)
    let workspace = try location.open(reference: TestWorkspace.reference)
    _ = try workspace.ingest(files, jobs: 1, progress: nil)  // completes what refused writers left
    #expect(try TestWorkspace.contents(workspace) == TestWorkspace.contents(serial))
    #expect(try workspace.stats(matching: PatentFilter()).files == 92)
  }

  @Test("a postgres:// workspace names what is wrong: no support built in, a password in the URL, no server")
  func connectionErrors() throws {
    let reference = TestWorkspace.reference
    func message(_ url: String) -> String {
      do {
        _ = try WorkspaceLocation(url).open(reference: reference)
        return "opened"
      } catch {
        return "\(error)"
      }
    }
    let withPassword = message("postgres://patnav:s3cret@127.0.0.1:1/patnav")
    let unreachable = message("postgres://patnav@127.0.0.1:1/patnav?connect_timeout=2")
    #expect(!withPassword.contains("s3cret"))
    if WorkspaceLocation.postgresAvailable {
      #expect(withPassword.contains("PGPASSWORD"))
      #expect(unreachable.contains("127.0.0.1") && unreachable.contains("cannot open workspace"))
    } else {
      #expect(withPassword.contains("--traits Postgres") && unreachable.contains("--traits Postgres"))
    }
    #expect(WorkspaceLocation("postgresql://h/db") == .postgres(url: "postgresql://h/db"))
    #expect(WorkspaceLocation("postgres.sqlite") == .sqlite(path: "postgres.sqlite"))
  }
}

#if Postgres
  @Suite("PostgreSQL workspace")
  struct PostgresOnlyTests {
    @Test("the schema keeps Citus's rules for the documented distribution", .enabled(if: Backend.server != nil))
    func citusReady() throws {
      let workspace = try #require(try TestWorkspace.all(.postgres) as? PostgresWorkspace)
      #expect(try workspace.citusIssues() == [])
      let doc = try String(
        contentsOf: TestWorkspace.corpora.deletingLastPathComponent().appendingPathComponent("docs/postgres.md"),
        encoding: .utf8)
      for statement in PostgresWorkspace.citusStatements { #expect(doc.contains(statement)) }
    }
  }
#endif
