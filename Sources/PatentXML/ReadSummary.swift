import PatentModel

/// What a read did: counts by outcome and by format.
public struct ReadSummary: Sendable, Equatable {
  /// Input files (archive members count as files) that were opened.
  public var files = 0
  /// Files inside input directories passed over as not patent documents (DTDs, catalogs, images…).
  public var skippedFiles = 0
  /// Input files that could not be read at all.
  public var unreadableFiles = 0
  /// XML documents met (bundles hold many).
  public var documents = 0
  /// Patent records written.
  public var records = 0
  /// Documents that carry no patent record and were skipped (sequence listings), by what they are.
  public var skipped: [String: Int] = [:]
  /// Documents that failed (malformed, unsupported, truncated).
  public var failedDocuments = 0
  /// Records by detected format.
  public var recordsByFormat: [SourceFormat: Int] = [:]
  /// Documents by detected format (patent formats only).
  public var documentsByFormat: [SourceFormat: Int] = [:]

  /// Creates an empty summary.
  public init() {}

  /// Total skipped documents.
  public var skippedDocuments: Int { skipped.values.reduce(0, +) }

  /// One line per fact, sorted, for stderr.
  public var lines: [String] {
    var lines = [
      "files: \(files) read, \(unreadableFiles) unreadable, \(skippedFiles) passed over (not documents)",
      "documents: \(documents) (\(failedDocuments) failed, \(skippedDocuments) skipped)",
      "records: \(records)",
    ]
    for (format, count) in recordsByFormat.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      lines.append("  \(format.rawValue): \(count) records in \(documentsByFormat[format, default: 0]) documents")
    }
    for (what, count) in skipped.sorted(by: { $0.key < $1.key }) {
      lines.append("  skipped \(what): \(count)")
    }
    return lines
  }
}
