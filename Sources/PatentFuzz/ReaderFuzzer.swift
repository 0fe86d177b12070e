import Foundation
import PatentXML

/// One fuzz input through the reader: the bytes are written to a scratch file (the reader reads files, as in
/// production) and read; every document must come out as a record or a located diagnostic. A crash, a hang or
/// an unaccounted document is a finding.
enum ReaderFuzzer {
  /// The scratch file for this process (on tmpfs when `/dev/shm` exists).
  static let scratch: String = {
    let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return (directory as NSString).appendingPathComponent("patnav-fuzz-\(getpid()).xml")
  }()

  /// Reads `bytes`; returns how many documents and diagnostics came out.
  static func run(_ bytes: UnsafeRawBufferPointer) -> (documents: Int, diagnostics: Int) {
    _ = FileManager.default.createFile(atPath: scratch, contents: Data(bytes))
    var diagnostics = 0
    var records = 0
    let summary = PatentReader().read(
      [scratch], transform: { $0.publication.normalized }, emit: { _ in records += 1 },
      diagnostic: { _ in diagnostics += 1 })
    if summary.records != records {
      // A finding: libFuzzer keeps the input that aborts.
      FileHandle.standardError.write(Data("reader reported \(summary.records) records but emitted \(records)\n".utf8))
      abort()
    }
    return (summary.documents, diagnostics)
  }
}
