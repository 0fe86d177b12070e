/// Whole-workspace totals, the cheap subset of ``WorkspaceStats`` a data-quality summary needs.
public struct WorkspaceTotals: Sendable, Equatable, Codable {
  /// Files ingested.
  public var files: Int
  /// Source records stored (a publication read from two sources counts twice).
  public var sourceRecords: Int
  /// Patents (merged publications).
  public var patents: Int
  /// Simple families.
  public var simpleFamilies: Int
  /// Failures recorded at ingest.
  public var failureCount: Int
  /// The first failures in the order they were recorded (at most the number asked for).
  public var failures: [WorkspaceStats.Failure]
}
