/// What an ingest did, file by file.
public struct IngestReport: Sendable, Equatable {
  /// The outcome for one input file.
  public struct FileOutcome: Sendable, Equatable {
    /// What happened to the file.
    public enum Status: String, Sendable, Equatable {
      /// Read and committed.
      case ingested
      /// Already in the workspace (same content); nothing changed.
      case alreadyIngested = "already-ingested"
      /// Could not be read at all.
      case unreadable
    }

    /// The path.
    public var path: String
    /// The outcome.
    public var status: Status
    /// Records written.
    public var records: Int
    /// Documents that failed (recorded in `failures`).
    public var failedDocuments: Int
  }

  /// Per-file outcomes in input order.
  public var files: [FileOutcome] = []
  /// Wall time in seconds.
  public var seconds: Double = 0
  /// Bytes read from files that were ingested.
  public var bytes: Int = 0
  /// Whether derived data (families, entity locations, forward citations) was recomputed at the end.
  public var derivedRebuilt = false

  /// Records written in this run.
  public var records: Int { files.reduce(0) { $0 + $1.records } }
  /// Failed documents in this run.
  public var failedDocuments: Int { files.reduce(0) { $0 + $1.failedDocuments } }
  /// Files in a given state.
  public func count(_ status: FileOutcome.Status) -> Int { files.filter { $0.status == status }.count }
}

/// Progress of a running ingest, reported after each file and every few thousand records.
public struct IngestProgress: Sendable {
  /// Files finished so far.
  public var filesDone: Int
  /// Files in the run.
  public var filesTotal: Int
  /// Records written so far.
  public var records: Int
  /// Documents failed so far.
  public var failedDocuments: Int
  /// Seconds since the start.
  public var seconds: Double
  /// The file being read.
  public var currentFile: String

  /// Records per second so far.
  public var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }
}
