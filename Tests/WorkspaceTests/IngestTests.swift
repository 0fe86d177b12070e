import Foundation
import GRDB
import PatentXML
import Testing
import Workspace

@Suite("Ingest")
struct IngestTests {
  @Test("all corpora ingest; every record lands; nothing fails")
  func ingestAll() throws {
    let stats = try TestWorkspace.allSQLite.stats(matching: PatentFilter())
    #expect(stats.sourceRecords == 280)
    #expect(stats.files == 92)
    #expect(stats.failures.isEmpty)
    // 280 records are 251 distinct publications: OPS responses repeat documents, and two publications come
    // from two formats.
    #expect(stats.patents == 251)
  }

  @Test("ingesting the same files again changes nothing")
  func idempotent() throws {
    let workspace = try TestWorkspace.empty()
    let first = try workspace.ingest([TestWorkspace.corpora.path], jobs: 1, progress: nil)
    let before = try TestWorkspace.rowCounts(workspace)
    let second = try workspace.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    #expect(first.count(.ingested) == 92)
    #expect(second.count(.alreadyIngested) == 92)
    #expect(second.records == 0)
    #expect(try TestWorkspace.rowCounts(workspace) == before)
    #expect(try workspace.integrityCheck() == "ok")
  }

  @Test("ingest writes with foreign-key enforcement off, yet leaves every reference intact; a dangling one is found")
  func references() throws {
    let workspace = try TestWorkspace.empty()
    _ = try workspace.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    #expect(try workspace.integrityCheck() == "ok")
    // The check can fail: a citation of a patent id that does not exist is reported with its table.
    let db = try DatabaseQueue(path: workspace.path)
    try db.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(
        sql:
          "INSERT INTO citations (patent_id, cited_country, cited_number, cited_kind, phase) VALUES (999999, 'US', '1', '', '')"
      )
    }
    #expect(try workspace.integrityCheck() == "citations row ? refers to a missing patents row")
  }

  @Test("the same content under another path is recognized and not stored twice")
  func sameContentElsewhere() throws {
    let workspace = try TestWorkspace.empty()
    let original = TestWorkspace.path("jpo/ps_jp_example1.xml")
    _ = try workspace.ingest([original], jobs: 1, progress: nil)
    let before = try TestWorkspace.rowCounts(workspace)
    let copy = try TestWorkspace.scratchDirectory().appendingPathComponent("renamed.xml")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: original), to: copy)
    let report = try workspace.ingest([copy.path], jobs: 1, progress: nil)
    #expect(report.count(.alreadyIngested) == 1)
    #expect(try TestWorkspace.rowCounts(workspace) == before)
  }

  @Test("ingest order does not change the merged contents")
  func orderIndependent() throws {
    let files = PatentReader.inputFiles([TestWorkspace.corpora.path]).files
    let forward = try TestWorkspace.empty()
    let backward = try TestWorkspace.empty()
    _ = try forward.ingest(files, jobs: 1, progress: nil)
    _ = try backward.ingest(files.reversed(), jobs: 1, progress: nil)
    var a = try TestWorkspace.rowCounts(forward)
    var b = try TestWorkspace.rowCounts(backward)
    // Ids differ with order; the facts do not.
    a["sqlite_sequence"] = nil
    b["sqlite_sequence"] = nil
    #expect(a == b)
    let titles = { (w: SQLiteWorkspace) in
      try TestWorkspace.query(w) { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT p.publication || ' ' || t.lang || ' ' || t.text FROM texts t JOIN patents p ON p.id = t.patent_id WHERE t.type = 'title' ORDER BY 1"
        )
      }
    }
    #expect(try titles(forward) == titles(backward))
  }

  @Test(
    "a broken document is recorded with file, index and line; the rest of the bundle is stored",
    arguments: Backend.available)
  func failuresRecorded(backend: Backend) throws {
    let source = try Data(contentsOf: URL(fileURLWithPath: TestWorkspace.path("uspto-grant-v4/ipg050104.small.xml")))
    let marker = Data("<?xml version".utf8)
    var starts: [Int] = []
    var from = source.startIndex
    while let hit = source.range(of: marker, in: from..<source.endIndex) {
      starts.append(hit.lowerBound)
      from = hit.upperBound
    }
    try #require(starts.count >= 3)
    var bundle = Data(source[starts[0]..<starts[1]])
    bundle.append(source[starts[1]..<(starts[1] + (starts[2] - starts[1]) / 2)])
    bundle.append(Data("\n".utf8))
    bundle.append(source[starts[2]...])
    let directory = try TestWorkspace.scratchDirectory()
    let path = directory.appendingPathComponent("broken.xml").path
    try bundle.write(to: URL(fileURLWithPath: path))

    let workspace = try backend.empty()
    let report = try workspace.ingest([path], jobs: 1, progress: nil)
    #expect(report.failedDocuments == 1)
    #expect(report.records == starts.count - 1)
    let stats = try workspace.stats(matching: PatentFilter())
    let failure = try #require(stats.failures.first { $0.severity == "error" })
    #expect(failure.file == path)
    #expect(failure.documentIndex == 1)
    #expect(failure.line != nil)
  }

  @Test("a second writer fails clearly while an ingest holds the workspace")
  func concurrentWritersFailClearly() throws {
    let workspace = try TestWorkspace.empty()
    let other = try SQLiteWorkspace(path: workspace.path, reference: TestWorkspace.reference)
    let holder = try WriteLockProbe(path: workspace.path)
    #expect {
      _ = try other.ingest([TestWorkspace.path("jpo")], jobs: 1, progress: nil)
    } throws: { error in
      guard case WorkspaceError.busy = error else { return false }
      return "\(error)".contains("another ingest")
    }
    holder.release()
    _ = try other.ingest([TestWorkspace.path("jpo")], jobs: 1, progress: nil)
  }
}

/// Holds a workspace's write lock the way a running ingest does (an `flock` on `<path>.lock`).
final class WriteLockProbe {
  let fd: Int32
  init(path: String) throws {
    fd = open(path + ".lock", O_RDWR | O_CREAT, 0o644)
    try #require(fd >= 0)
    try #require(flock(fd, LOCK_EX | LOCK_NB) == 0)
  }
  func release() { flock(fd, LOCK_UN) }
  deinit { close(fd) }
}

@Suite("Disk full")
struct DiskFullTests {
  @Test("a full disk stops the ingest with a clear error; the workspace stays consistent and a rerun completes it")
  func diskFull() throws {
    let path = try TestWorkspace.scratchDirectory().appendingPathComponent("w.sqlite").path
    // 200 pages (800 KB): the schema fits, the corpora (about 300 pages) do not.
    let small = try SQLiteWorkspace(path: path, reference: TestWorkspace.reference, create: true, maxPages: 200)
    var failure: String?
    do {
      _ = try small.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    } catch {
      failure = "\(error)"
    }
    let message = try #require(failure)
    // The error says the disk is full and names the file whose transaction was rolled back.
    #expect(message.contains("database or disk is full") && message.contains("Corpora/"), "\(message)")
    #expect(try small.integrityCheck() == "ok")
    // Without the cap the same command finishes, and the result equals a clean ingest.
    let full = try SQLiteWorkspace(path: path, reference: TestWorkspace.reference)
    _ = try full.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    let clean = try TestWorkspace.empty()
    _ = try clean.ingest([TestWorkspace.corpora.path], jobs: 2, progress: nil)
    let a = try full.stats(matching: PatentFilter())
    let b = try clean.stats(matching: PatentFilter())
    #expect(a.patents == b.patents && a.sourceRecords == b.sourceRecords && a.extendedFamilies == b.extendedFamilies)
    #expect(try full.integrityCheck() == "ok")
  }
}
