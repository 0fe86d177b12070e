import Applicants
import PatentXML
import ReferenceData

/// What an ingest does with its inputs, decided before reading any: paths that cannot be read, files unchanged
/// since their last ingest (same path, size and modification time), and the files to read. Shared by both
/// backends; O(files).
struct IngestPlan {
  /// A file to read, with its position in the report and its size and modification stamp.
  struct File: Sendable {
    let index: Int
    let path: String
    let bytes: Int
    let modified: String
  }

  /// The report so far: the paths that cannot be read.
  var report = IngestReport()
  /// One outcome per input file, `nil` for the files still to read.
  var outcomes: [IngestReport.FileOutcome?] = []
  /// The files to read, in input order.
  var toRead: [File] = []
  /// Input files found (directories expanded).
  let fileCount: Int

  /// Expands `paths` and asks `unchanged(path, bytes, modified)` of each file.
  init(_ paths: [String], unchanged: (String, Int, String) throws -> Bool) rethrows {
    let (files, problems) = PatentReader.inputFiles(paths)
    fileCount = files.count
    for problem in problems {
      report.files.append(.init(path: problem.file, status: .unreadable, records: 0, failedDocuments: 0))
    }
    for file in files {
      guard let (bytes, modified) = FileFingerprint.stat(path: file) else {
        outcomes.append(.init(path: file, status: .unreadable, records: 0, failedDocuments: 0))
        continue
      }
      let skip = try unchanged(file, bytes, modified)
      outcomes.append(skip ? .init(path: file, status: .alreadyIngested, records: 0, failedDocuments: 0) : nil)
      if !skip { toRead.append(File(index: outcomes.count - 1, path: file, bytes: bytes, modified: modified)) }
    }
  }

  /// Records a read file's outcome.
  mutating func finish(_ file: File, _ outcome: IngestReport.FileOutcome) {
    outcomes[file.index] = outcome
    if outcome.status == .ingested { report.bytes += file.bytes }
  }

  /// The report with every file's outcome, in input order after the unreadable paths.
  var finalReport: IngestReport {
    var result = report
    result.files += outcomes.compactMap { $0 }
    return result
  }
}

extension PreparedRecord.Context {
  /// The context for an ingest with `harmonizer` (the workspace's aliases) and the reference data.
  init(harmonizer: ApplicantHarmonizer, reference: ReferenceData) {
    self.init(
      harmonizer: HarmonizationCache(harmonizer: harmonizer),
      locations: LocationCache(resolver: LocationResolver(divisions: reference.chinaDivisions)),
      legalEvents: reference.legalEvents)
  }
}
