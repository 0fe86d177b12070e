#if Postgres
  import Applicants
  import Foundation
  import PatentModel
  import PatentXML

  extension PostgresWorkspace {
    /// Ingests files with `jobs` workers, each with its own connection: a worker parses a whole file, stages it
    /// with COPY and merges it in one transaction together with its `files` row, so a killed run leaves whole
    /// files or nothing. Several processes (or machines) may ingest into one workspace at once: ids are computed
    /// from the data (``StableID``), merges are upserts, and a transaction that deadlocks with another writer is
    /// retried. The result equals one serial run. Derived data is rebuilt at the end, once, under a lock.
    ///
    /// - Parameters:
    ///   - paths: files and directories.
    ///   - jobs: concurrent workers (parser and connection each).
    ///   - progress: called after each file, from the worker that finished it (one call at a time).
    public func ingest(_ paths: [String], jobs: Int, progress: ((IngestProgress) -> Void)?) throws -> IngestReport {
      let start = Date()
      let control = try connect()
      // Ingests share this lock; an alias change takes it exclusively.
      _ = try run("lock \(url)") {
        try control.execute("SELECT pg_advisory_lock_shared(\(PostgresSchema.writersLock))")
      }
      let context = PreparedRecord.Context(harmonizer: try harmonizer(), reference: reference)
      let known = try run("read files of \(url)") {
        let result = try control.execute("SELECT path, bytes, modified FROM files")
        return Set((0..<result.rows).map { "\(result.text($0, 0))\t\(result.int64($0, 1))\t\(result.text($0, 2))" })
      }
      var plan = IngestPlan(paths) { file, bytes, modified in known.contains("\(file)\t\(bytes)\t\(modified)") }
      let queue = PGIngestQueue(files: plan.toRead, total: plan.fileCount, start: start, progress: progress)
      let workers = max(1, min(jobs, plan.toRead.count))
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        do {
          let connection = try connect()
          try connection.execute(PGMerge.staging)
          let reader = PatentReader(jobs: 1)
          while let file = queue.next() {
            queue.finish(file, try ingestFile(file, reader: reader, context: context, connection: connection))
          }
        } catch {
          queue.fail(error)
        }
      }
      if let error = queue.error {
        if let error = error as? WorkspaceError { throw error }
        throw WorkspaceError.database(operation: "ingest into \(url)", reason: "\(error)")
      }
      for (file, outcome) in queue.outcomes { plan.finish(file, outcome) }
      var report = plan.finalReport
      report.derivedRebuilt = try rebuildDerivedIfStale()
      report.seconds = Date().timeIntervalSince(start)
      withExtendedLifetime(control) {}
      return report
    }

    /// Parses one file into a batch, then commits it (retrying after deadlocks and serialization failures).
    private func ingestFile(
      _ file: IngestPlan.File, reader: PatentReader, context: PreparedRecord.Context, connection: PGConnection
    ) throws -> IngestReport.FileOutcome {
      var batch = PGBatch()
      var diagnostics: [XMLDiagnostic] = []
      let summary = reader.read(
        [file.path], transform: { EncodedRecord(PreparedRecord($0, context: context)) }, emit: { batch.add($0) },
        diagnostic: { diagnostics.append($0) })
      guard let hash = FileFingerprint.Task(path: file.path).wait() else {
        throw WorkspaceError.cannotOpen(path: file.path, reason: "file changed or vanished while being read")
      }
      let failed = summary.failedDocuments + summary.unreadableFiles
      for attempt in 1...8 {
        do {
          let committed = try connection.transaction {
            try commit(batch, file: file, hash: hash, summary: summary, diagnostics: diagnostics, on: connection)
          }
          return .init(
            path: file.path, status: committed ? .ingested : .alreadyIngested, records: committed ? batch.records : 0,
            failedDocuments: committed ? failed : 0)
        } catch let error as PGError where error.isTransient && attempt < 8 {
          Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.05) * Double(attempt))
        } catch let error as PGError where error.isUniqueViolation(of: "files_fingerprint_key") {
          // Another writer committed the same content meanwhile.
          return .init(path: file.path, status: .alreadyIngested, records: 0, failedDocuments: 0)
        } catch let error as PGError {
          throw WorkspaceError.database(operation: "ingest \(file.path) into \(url)", reason: "\(error)")
        }
      }
      throw WorkspaceError.database(operation: "ingest \(file.path)", reason: "kept deadlocking with other writers")
    }

    /// Stages and merges one batch inside the open transaction; returns false (and the caller rolls back nothing:
    /// the transaction commits empty) when the same content was ingested before under another name.
    private func commit(
      _ batch: PGBatch, file: IngestPlan.File, hash: String, summary: ReadSummary, diagnostics: [XMLDiagnostic],
      on connection: PGConnection
    ) throws -> Bool {
      if try connection.execute("SELECT 1 FROM files WHERE fingerprint = ?", [.text(hash)]).rows > 0 { return false }
      let stamp = ISO8601DateFormatter().string(from: Date())
      let fileID = try connection.execute(
        """
        INSERT INTO files (path, fingerprint, bytes, modified, documents, records, failed_documents, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
        """,
        [
          .text(file.path), .text(hash), .of(file.bytes), .text(file.modified), .of(summary.documents),
          .of(batch.records), .of(summary.failedDocuments + summary.unreadableFiles), .text(stamp),
        ]
      ).int64(0, 0)
      for table in batch.tables {
        try connection.copy(into: table.name, columns: table.columns, data: table.rows.bytes)
      }
      if batch.rounds > 0 {
        for round in 1...batch.rounds { try connection.execute(PGMerge.patents, [.of(round)]) }
      }
      for (check, what) in [(PGMerge.patentCollision, "publications"), (PGMerge.entityCollision, "entity keys")] {
        let clash = try connection.execute(check)
        if clash.rows > 0 {
          throw WorkspaceError.database(
            operation: "ingest \(file.path)",
            reason: "\(what) \(clash.text(0, 0)) and \(clash.text(0, 1)) share an id; report this as a bug")
        }
      }
      for (sql, takesFile) in PGMerge.facts {
        try connection.execute(sql, takesFile ? [.integer(fileID)] : [])
      }
      for d in diagnostics {
        try connection.execute(
          """
          INSERT INTO failures (file_id, path, document_index, line, "column", severity, message)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .integer(fileID), .text(d.file), .of(d.documentIndex), .of(d.line), .of(d.column),
            .text(d.severity.rawValue), .text(d.message),
          ])
      }
      return true
    }
  }
#endif
