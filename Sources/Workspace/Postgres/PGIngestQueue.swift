#if Postgres
  import Foundation

  /// The files of one parallel ingest, handed to workers one at a time, and what became of them. Thread-safe:
  /// every member is guarded by one lock, and progress is reported under it (one call at a time).
  final class PGIngestQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let files: [IngestPlan.File]
    private var nextIndex = 0
    private var state: IngestProgress
    private let start: Date
    private let progress: ((IngestProgress) -> Void)?
    /// Outcomes of the files read, in the order they finished.
    private(set) var outcomes: [(IngestPlan.File, IngestReport.FileOutcome)] = []
    /// The first error a worker met; the others stop taking files.
    private(set) var error: (any Error)?

    init(files: [IngestPlan.File], total: Int, start: Date, progress: ((IngestProgress) -> Void)?) {
      self.files = files
      self.start = start
      self.progress = progress
      state = IngestProgress(
        filesDone: total - files.count, filesTotal: total, records: 0, failedDocuments: 0, seconds: 0, currentFile: "")
    }

    /// The next file, or `nil` when all are taken or a worker failed.
    func next() -> IngestPlan.File? {
      lock.withLock {
        guard error == nil, nextIndex < files.count else { return nil }
        defer { nextIndex += 1 }
        return files[nextIndex]
      }
    }

    /// Records a file's outcome and reports progress.
    func finish(_ file: IngestPlan.File, _ outcome: IngestReport.FileOutcome) {
      lock.withLock {
        outcomes.append((file, outcome))
        state.filesDone += 1
        state.records += outcome.records
        state.failedDocuments += outcome.failedDocuments
        state.currentFile = file.path
        state.seconds = Date().timeIntervalSince(start)
        progress?(state)
      }
    }

    /// Records a worker's failure (the first one wins).
    func fail(_ failure: any Error) {
      lock.withLock { if error == nil { error = failure } }
    }
  }
#endif
