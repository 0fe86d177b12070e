import Applicants
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
    let lock = try WriteLock(workspace: path)
    defer { withExtendedLifetime(lock) {} }
    let start = Date()
    let context = PreparedRecord.Context(
      harmonizer: HarmonizationCache(harmonizer: try harmonizer()),
      locations: LocationResolver(divisions: reference.chinaDivisions),
      legalEvents: reference.legalEvents)
    let reader = PatentReader(jobs: jobs)
    let (files, problems) = PatentReader.inputFiles(paths)
    var report = IngestReport()
    for problem in problems {
      report.files.append(.init(path: problem.file, status: .unreadable, records: 0, failedDocuments: 0))
    }
    var state = IngestProgress(
      filesDone: 0, filesTotal: files.count, records: 0, failedDocuments: 0, seconds: 0, currentFile: "")
    for file in files {
      state.currentFile = file
      let outcome = try ingestFile(file, reader: reader, context: context) { records in
        state.seconds = Date().timeIntervalSince(start)
        var current = state
        current.records += records
        progress?(current)
      }
      report.files.append(outcome.0)
      report.bytes += outcome.1
      state.filesDone += 1
      state.records += outcome.0.records
      state.failedDocuments += outcome.0.failedDocuments
      state.seconds = Date().timeIntervalSince(start)
      progress?(state)
    }
    report.derivedRebuilt = try rebuildDerivedIfStale()
    report.seconds = Date().timeIntervalSince(start)
    return report
  }

  /// Recomputes derived data (families, entity locations, forward-citation counts) when a file was committed or
  /// aliases changed since the last rebuild; returns whether it ran. One transaction, so a kill leaves the flag set
  /// and the next run redoes it.
  @discardableResult
  public func rebuildDerivedIfStale() throws -> Bool {
    try write("rebuild derived data") { db in
      guard try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'derived_stale'") == "1" else {
        return false
      }
      _ = try FamilyBuilder.rebuild(db)
      try DerivedData.rebuildEntityLocations(db)
      try DerivedData.rebuildForwardCitations(db)
      try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'derived_stale'")
      return true
    }
  }

  private func ingestFile(
    _ file: String, reader: PatentReader, context: PreparedRecord.Context, progress: (Int) -> Void
  ) throws -> (IngestReport.FileOutcome, Int) {
    let skipped = IngestReport.FileOutcome(path: file, status: .alreadyIngested, records: 0, failedDocuments: 0)
    guard let (bytes, modified) = FileFingerprint.stat(path: file) else {
      return (.init(path: file, status: .unreadable, records: 0, failedDocuments: 0), 0)
    }
    let unchanged = try read { db in
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM files WHERE path = ? AND bytes = ? AND modified = ?",
        arguments: [file, bytes, modified]) ?? false
    }
    if unchanged { return (skipped, 0) }
    let fingerprint = FileFingerprint.Task(path: file)
    var outcome = skipped
    do {
      try queue.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          let fileID = try insertFileRow(db, path: file, bytes: bytes, modified: modified)
          outcome = try readInto(db, fileID: fileID, file: file, reader: reader, context: context, progress: progress)
          // The same content under another path or date was ingested before: keep nothing from this run.
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
    } catch let error as WorkspaceError {
      _ = fingerprint.wait()
      throw error
    } catch {
      _ = fingerprint.wait()
      throw WorkspaceError.database(operation: "ingest \(file)", reason: "\(error)")
    }
    return (outcome, outcome.status == .ingested ? bytes : 0)
  }

  /// Reads one file into the open transaction: records, failures, counts; marks derived data stale.
  private func readInto(
    _ db: Database, fileID: Int64, file: String, reader: PatentReader, context: PreparedRecord.Context,
    progress: (Int) -> Void
  ) throws -> IngestReport.FileOutcome {
    var writer = try RecordWriter(db: db, fileID: fileID)
    var records = 0
    var firstError: (any Error)?
    var diagnostics: [XMLDiagnostic] = []
    let summary = reader.read(
      [file], transform: { PreparedRecord($0, context: context) },
      emit: { prepared in
        guard firstError == nil else { return }
        do {
          _ = try writer.write(prepared)
          records += 1
          if records % 2000 == 0 { progress(records) }
        } catch {
          firstError = error
        }
      },
      diagnostic: { diagnostics.append($0) })
    if let firstError { throw firstError }
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
