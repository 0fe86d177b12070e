import Applicants
import CMalloc
import Foundation
import GRDB
import PatentModel
import PatentXML

extension SQLiteWorkspace {
  /// Ingests files: each file is read and committed in one transaction together with its `files` row, so a
  /// killed run leaves whole files or nothing, and rerunning skips what was committed. Families are rebuilt at
  /// the end (a flag in `meta` remembers when a run died before that).
  ///
  /// - Parameters:
  ///   - paths: files and directories.
  ///   - jobs: parser threads.
  ///   - progress: called after each file and every 2,000 records.
  public func ingest(_ paths: [String], jobs: Int, progress: ((IngestProgress) -> Void)?) throws -> IngestReport {
    defer { Self.returnFreedMemory() }
    return try ingestFiles(paths, jobs: jobs, progress: progress)
  }

  /// Hands the memory the ingest's threads freed (queues of records, encoded rows) back to the system. glibc keeps
  /// it in each thread's arena otherwise, and a navigation project loads its corpus right after the ingest, so the
  /// run's peak would carry them. A no-op where there is no `malloc_trim`.
  private static func returnFreedMemory() {
    _ = patnav_return_freed_memory()
  }

  private func ingestFiles(_ paths: [String], jobs: Int, progress: ((IngestProgress) -> Void)?) throws -> IngestReport {
    let lock = try WriteLock(workspace: path)
    defer { withExtendedLifetime(lock) {} }
    let start = Date()
    let context = PreparedRecord.Context(harmonizer: try harmonizer(), reference: reference)
    // Decide per file without reading it: missing, unchanged since its last ingest, or to be read.
    var plan = try IngestPlan(paths) { file, bytes, modified in
      try read { db in
        try Bool.fetchOne(
          db, sql: "SELECT 1 FROM files WHERE path = ? AND bytes = ? AND modified = ?",
          arguments: [file, bytes, modified]) ?? false
      }
    }
    // Parse and encode on two producer threads while this thread writes, one transaction per file.
    let pipeline = IngestPipeline<EncodedRecord>()
    let producer = IngestPipeline.start(
      plan.toRead.map(\.path), reader: PatentReader(jobs: jobs), context: context, into: pipeline)
    defer {
      pipeline.cancel()
      producer.wait()
    }
    // The writer makes every parent row before its children (the patent id comes from the patent's own insert),
    // so SQLite's per-row parent lookups only repeat what the writer guarantees: about 4 % of an ingest's
    // instructions. Checked instead by the tests (`PRAGMA foreign_key_check` after ingest).
    try setForeignKeys(false)
    defer { try? setForeignKeys(true) }
    var writer: RecordWriter?  // prepared in the first file's transaction, reused for the others
    var state = IngestProgress(
      filesDone: 0, filesTotal: plan.fileCount, records: 0, failedDocuments: 0, seconds: 0, currentFile: "")
    for file in plan.toRead {
      state.currentFile = file.path
      let outcome = try commitFile(
        file.path, bytes: file.bytes, modified: file.modified, events: pipeline, writer: &writer
      ) { records in
        var current = state
        current.records += records
        current.seconds = Date().timeIntervalSince(start)
        progress?(current)
      }
      plan.finish(file, outcome)
      state.filesDone += 1
      state.records += outcome.records
      state.failedDocuments += outcome.failedDocuments
      state.seconds = Date().timeIntervalSince(start)
      progress?(state)
    }
    var report = plan.finalReport
    report.derivedRebuilt = try rebuildDerivedIfStale()
    report.seconds = Date().timeIntervalSince(start)
    return report
  }

  /// Turns SQLite's foreign-key enforcement on or off for this workspace's connection (outside a transaction,
  /// where the pragma takes effect; statements prepared before are recompiled).
  private func setForeignKeys(_ on: Bool) throws {
    try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA foreign_keys = \(on ? "ON" : "OFF")") }
  }

  /// Recomputes derived data (families, entity locations, forward-citation counts) when a file was committed or
  /// aliases changed since the last rebuild; returns whether it ran. One transaction, so a kill leaves the flag set
  /// and the next run redoes it.
  ///
  /// Families, forward citations and entity profiles are computed from the committed rows on three read-only
  /// connections (in parallel, reading only); then one UPDATE per changed entity and per changed patent writes
  /// them. At 1 M patents from scratch: about 4 s (12.4 s when each was its own SQL pass, one after the other).
  @discardableResult
  public func rebuildDerivedIfStale() throws -> Bool {
    try write("rebuild derived data") { db in
      guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'derived_stale'") == "1" else {
        return false
      }
      let path = self.path
      let families = Background { try Self.readSnapshot(path) { try FamilyBuilder.changes(SQLiteSession(db: $0)) } }
      let citations = Background {
        try Self.readSnapshot(path) { try ForwardCitations.changes(SQLiteSession(db: $0)) }
      }
      let entities = Background { try Self.readSnapshot(path) { try EntityProfiles.changes(SQLiteSession(db: $0)) } }
      try Self.writeEntityProfiles(db, try entities.value())
      try Self.writePatentDerived(db, families: try families.value(), citations: try citations.value())
      try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'derived_stale'")
      return true
    }
  }

  /// Runs `body` in a read transaction on a new read-only connection to the workspace: it sees what was
  /// committed, never this process's open write transaction.
  private static func readSnapshot<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(30)
    return try DatabaseQueue(path: path, configuration: config).read(body)
  }

  /// Writes the changed entity names and locations. O(changes).
  private static func writeEntityProfiles(_ db: Database, _ changes: [EntityProfiles.Change]) throws {
    let name = try db.makeStatement(sql: "UPDATE entities SET name = ? WHERE id = ?")
    let location = try db.makeStatement(
      sql: "UPDATE entities SET country = ?, province = ?, province_code = ?, city = ? WHERE id = ?")
    for change in changes {
      if let new = change.name { try name.execute(arguments: [new, change.id]) }
      if let l = change.location {
        try location.execute(arguments: [l.country, l.province, l.provinceCode, l.city, change.id])
      }
    }
  }

  /// Writes the changed families and forward-citation counts, both lists in id order: one UPDATE per patent in
  /// either (a NULL parameter keeps the stored value). O(changes).
  private static func writePatentDerived(
    _ db: Database, families: [FamilyBuilder.Assignment], citations: [ForwardCitations.Change]
  ) throws {
    let update = try RawStatement(
      db,
      sql: """
        UPDATE patents SET simple_family = coalesce(?, simple_family), extended_family = coalesce(?, extended_family),
          forward_citations = coalesce(?, forward_citations) WHERE id = ?
        """)
    var f = 0
    var c = 0
    while f < families.count || c < citations.count {
      let familyID = f < families.count ? families[f].id : Int64.max
      let citationID = c < citations.count ? citations[c].id : Int64.max
      let id = min(familyID, citationID)
      let family = familyID == id ? families[f] : nil
      let count = citationID == id ? citations[c].count : nil
      if let family {
        update.bind(1, family.simple)
        update.bind(2, family.extended)
      } else {
        update.bindNull(1)
        update.bindNull(2)
      }
      if let count { update.bind(3, count) } else { update.bindNull(3) }
      update.bind(4, id)
      try update.run()
      if family != nil { f += 1 }
      if count != nil { c += 1 }
    }
  }

  /// Writes one file's events (from the pipeline) in one transaction. The content hash runs on another thread
  /// meanwhile; when the same content was ingested before under another name, the transaction is rolled back.
  private func commitFile(
    _ file: String, bytes: Int, modified: String, events: IngestPipeline<EncodedRecord>, writer: inout RecordWriter?,
    progress: (Int) -> Void
  ) throws -> IngestReport.FileOutcome {
    let skipped = IngestReport.FileOutcome(path: file, status: .alreadyIngested, records: 0, failedDocuments: 0)
    let fingerprint = FileFingerprint.Task(path: file)
    defer { _ = fingerprint.wait() }
    var outcome = skipped
    do {
      try queue.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          let fileID = try insertFileRow(db, path: file, bytes: bytes, modified: modified)
          var current = try writer ?? RecordWriter(db: db)
          current.begin(file: fileID)
          outcome = try writeEvents(
            db, fileID: fileID, file: file, events: events, writer: &current, progress: progress)
          writer = current
          guard let hash = fingerprint.wait() else {
            throw WorkspaceError.cannotOpen(path: file, reason: "file changed or vanished while being read")
          }
          if try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE fingerprint = ?", arguments: [hash]) ?? false {
            outcome = skipped
            return .rollback
          }
          try db.execute(sql: "UPDATE files SET fingerprint = ? WHERE id = ?", arguments: [hash, fileID])
          return .commit
        }
      }
    } catch WorkspaceError.database(let operation, let reason) {
      // A failed write (a full disk among them) names the file whose transaction was rolled back.
      throw WorkspaceError.database(operation: "ingest \(file): \(operation)", reason: reason)
    } catch let error as WorkspaceError {
      throw error
    } catch {
      throw WorkspaceError.database(operation: "ingest \(file)", reason: "\(error)")
    }
    return outcome
  }

  /// Takes one file's events from the pipeline into the open transaction: records, failures, counts; marks
  /// derived data stale.
  private func writeEvents(
    _ db: Database, fileID: Int64, file: String, events: IngestPipeline<EncodedRecord>, writer: inout RecordWriter,
    progress: (Int) -> Void
  ) throws -> IngestReport.FileOutcome {
    var records = 0
    var diagnostics: [XMLDiagnostic] = []
    var summary: ReadSummary?
    while summary == nil, let event = events.pop() {
      switch consume event {
      case .record(let record):
        try writer.add(record, db)
        records += 1
        if records % 2000 == 0 { progress(records) }
      case .diagnostic(let diagnostic): diagnostics.append(diagnostic)
      case .fileEnd(let end): summary = end
      }
    }
    guard let summary else {
      throw WorkspaceError.database(operation: "ingest \(file)", reason: "the parser stopped before the file ended")
    }
    try writer.flush(db)
    let insertFailure = try db.makeStatement(
      sql: """
        INSERT INTO failures (file_id, path, document_index, line, column, severity, message)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for d in diagnostics {
      try insertFailure.execute(
        arguments: [fileID, d.file, d.documentIndex, d.line, d.column, d.severity.rawValue, d.message])
    }
    let failed = summary.failedDocuments + summary.unreadableFiles
    try db.execute(
      sql: "UPDATE files SET documents = ?, records = ?, failed_documents = ? WHERE id = ?",
      arguments: [summary.documents, records, failed, fileID])
    try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'derived_stale'")
    return .init(path: file, status: .ingested, records: records, failedDocuments: failed)
  }

  /// Inserts the file's row with a placeholder fingerprint, replaced before commit.
  private func insertFileRow(_ db: Database, path file: String, bytes: Int, modified: String) throws -> Int64 {
    let stamp = ISO8601DateFormatter().string(from: Date())
    try db.execute(
      sql: """
        INSERT INTO files (path, fingerprint, bytes, modified, documents, records, failed_documents, ingested_at)
        VALUES (?, ?, ?, ?, 0, 0, 0, ?)
        """, arguments: [file, "pending:" + file, bytes, modified, stamp])
    return db.lastInsertedRowID
  }
}
