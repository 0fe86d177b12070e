import Dispatch
import Foundation
import PatentModel
import Synchronization

/// Reads patent records from files, directories, `.gz` and `.zip` inputs, in any supported format.
///
/// Memory is bounded whatever the input size: files are read in 4 MiB chunks, bundles are split into
/// documents, each document is parsed by SAX into a tree of its bibliographic part only, and a document
/// larger than ``largeDocumentBytes`` (a DOCDB bundle is one XML document) is streamed through the parser.
/// With `jobs > 1`, the documents of each batch are parsed on that many threads; output order is always
/// the input order. A malformed document is reported (file, document index, line, column) and every other
/// document is still read.
public struct PatentReader: Sendable {
  /// Parser threads.
  public var jobs: Int
  /// Parse complete documents in batches of about this many bytes (with several jobs).
  public var batchBytes = 16 << 20
  /// Documents larger than this are streamed instead of buffered.
  public var largeDocumentBytes = 64 << 20

  /// Creates a reader with `jobs` parser threads (at least 1).
  public init(jobs: Int = 1) { self.jobs = max(1, jobs) }

  /// Reads every input, in order.
  ///
  /// - Parameters:
  ///   - paths: files and directories.
  ///   - transform: applied to each record on the parser thread (e.g. JSON encoding), so it runs in parallel.
  ///   - emit: receives each transformed record, in input order, on the calling thread.
  ///   - diagnostic: receives each problem, in input order, on the calling thread.
  /// - Returns: the counts.
  public func read<Output: Sendable>(
    _ paths: [String], transform: @escaping @Sendable (PatentRecord) -> Output,
    emit: (Output) -> Void, diagnostic: (XMLDiagnostic) -> Void
  ) -> ReadSummary {
    withoutActuallyEscaping(emit) { emit in
      withoutActuallyEscaping(diagnostic) { diagnostic in
        readAll(paths, transform: transform, emit: emit, diagnostic: diagnostic)
      }
    }
  }

  private func readAll<Output: Sendable>(
    _ paths: [String], transform: @escaping @Sendable (PatentRecord) -> Output,
    emit: @escaping (Output) -> Void, diagnostic: @escaping (XMLDiagnostic) -> Void
  ) -> ReadSummary {
    let session = ReadSession(reader: self, transform: transform, emit: emit, diagnostic: diagnostic)
    let (files, problems, skippedFiles) = InputExpander.expand(paths)
    session.summary.skippedFiles = skippedFiles
    for problem in problems {
      session.summary.unreadableFiles += 1
      diagnostic(XMLDiagnostic(severity: .error, file: problem.path, message: problem.message))
    }
    for file in files { session.readFile(file) }
    return session.summary
  }

  /// The files `paths` expand to (directories recursed and sorted), and the paths that cannot be read.
  ///
  /// Callers that commit per file (the workspace ingest) read each of these with ``read(_:transform:emit:diagnostic:)``.
  public static func inputFiles(_ paths: [String]) -> (files: [String], problems: [XMLDiagnostic]) {
    let (files, problems, _) = InputExpander.expand(paths)
    return (files, problems.map { XMLDiagnostic(severity: .error, file: $0.path, message: $0.message) })
  }

  /// Reads every input and returns the records (convenience for tests and small inputs).
  public func records(
    _ paths: [String]
  ) -> (records: [PatentRecord], diagnostics: [XMLDiagnostic], summary: ReadSummary) {
    var records: [PatentRecord] = []
    var diagnostics: [XMLDiagnostic] = []
    let summary = read(paths, transform: { $0 }, emit: { records.append($0) }, diagnostic: { diagnostics.append($0) })
    return (records, diagnostics, summary)
  }
}

/// The mutable state of one `read` call; lives on the calling thread.
private final class ReadSession<Output: Sendable> {
  let reader: PatentReader
  let transform: @Sendable (PatentRecord) -> Output
  let emit: (Output) -> Void
  let diagnostic: (XMLDiagnostic) -> Void
  var summary = ReadSummary()
  let parsers: [SAXParser]
  /// Parsed documents not yet delivered: a batch is delivered while the next one is being parsed, so the
  /// caller's `emit` (e.g. database writes) overlaps with parsing.
  private var pending: [(document: ParsedDocument<Output>, name: String, index: Int, line: Int)] = []

  init(
    reader: PatentReader, transform: @escaping @Sendable (PatentRecord) -> Output,
    emit: @escaping (Output) -> Void, diagnostic: @escaping (XMLDiagnostic) -> Void
  ) {
    self.reader = reader
    self.transform = transform
    self.emit = emit
    self.diagnostic = diagnostic
    parsers = (0..<reader.jobs).map { _ in SAXParser() }
  }

  func readFile(_ path: String) {
    do {
      switch try Compression.detect(path) {
      case .gzip: try readStream(name: path) { try ByteSource.readGzip(path, $0) }
      case .zip:
        try ByteSource.readZip(
          path, member: { name, source in try readStream(name: name, source) },
          skipped: { name, reason in
            summary.skipped["nested archives", default: 0] += 1
            diagnostic(XMLDiagnostic(severity: .warning, file: name, message: reason))
          })
      case .none: try readStream(name: path) { try ByteSource.readFile(path, $0) }
      }
    } catch {
      flushPending()
      summary.unreadableFiles += 1
      diagnostic(XMLDiagnostic(severity: .error, file: path, message: "\(error)"))
    }
  }

  /// Delivers the parsed documents held back for overlap, in order.
  private func flushPending() {
    for item in pending {
      deliver(
        item.document.outcome, outputs: item.document.outputs, name: item.name, index: item.index, line: item.line)
    }
    pending.removeAll(keepingCapacity: true)
  }

  /// Reads one byte stream: splits it into documents and parses them.
  private func readStream(
    name: String, _ source: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void
  ) throws {
    summary.files += 1
    var splitter = DocumentSplitter()
    var line = 1
    var streaming: StreamingDocument<Output>?
    try source { chunk in
      splitter.append(chunk)
      if let document = streaming {
        if splitter.streamPending(final: false, { document.feed($0) }) {
          line = finishStreaming(&streaming, name: name)
        }
        return
      }
      let documents = splitter.completeDocuments(final: false)
      if !documents.isEmpty {
        line = parseBatch(documents, splitter: splitter, name: name, line: line)
        splitter.discardCompleted()
      }
      if splitter.pendingCount > reader.largeDocumentBytes {
        splitter.discardCompleted()
        let document = StreamingDocument(
          parser: parsers[0], name: name, index: splitter.documentCount, offset: splitter.baseOffset, line: line,
          transform: transform)
        splitter.takePending { document.feed($0) }
        streaming = document
      }
    }
    if let document = streaming {
      _ = splitter.streamPending(final: true) { document.feed($0) }
      line = finishStreaming(&streaming, name: name)
    }
    let rest = splitter.completeDocuments(final: true)
    if !rest.isEmpty { _ = parseBatch(rest, splitter: splitter, name: name, line: line) }
    flushPending()
    if splitter.documentCount == 0 {
      summary.failedDocuments += 1
      diagnostic(XMLDiagnostic(severity: .error, file: name, message: "empty file: no XML document"))
    }
  }

  private func finishStreaming(_ streaming: inout StreamingDocument<Output>?, name: String) -> Int {
    guard let document = streaming else { return 1 }
    let (outcome, outputs, newlines) = document.finish()
    streaming = nil
    flushPending()
    deliver(outcome, outputs: outputs, name: name, index: document.index, line: document.line)
    return document.line + newlines
  }

  /// Parses complete documents (in parallel with several jobs) and delivers them in order.
  /// Returns the line number after the last document.
  private func parseBatch(
    _ documents: [DocumentSplitter.Document], splitter: DocumentSplitter, name: String,
    line: Int
  ) -> Int {
    var results = [ParsedDocument<Output>?](repeating: nil, count: documents.count)
    let transform = self.transform
    splitter.bytes.withUnsafeBytes { raw in
      let parse = { (parser: SAXParser, document: DocumentSplitter.Document) -> ParsedDocument<Output> in
        let bytes = UnsafeRawBufferPointer(rebasing: raw[document.range])
        let collector = Collector<Output>()
        let outcome = parser.parse(bytes, file: name, documentIndex: document.index, offset: document.offset) {
          collector.items.append(transform($0))
        }
        return ParsedDocument(outcome: outcome, outputs: collector.items, newlines: LineCounter.newlines(in: bytes))
      }
      let workers = min(parsers.count, documents.count)
      // Parse on worker threads while this thread delivers the previous batch, then wait for the workers.
      let group = DispatchGroup()
      let next = WorkCounter()
      results.withUnsafeMutableBufferPointer { slots in
        // Each worker uses only its own parser, and each slot is written by exactly one worker (the one that
        // claimed its index from the atomic counter); this thread waits for all of them before reading.
        let shared = UncheckedSendable((slots: slots, parse: parse, parsers: parsers))
        DispatchQueue.global().async(group: group) {
          DispatchQueue.concurrentPerform(iterations: max(1, workers)) { worker in
            let (slots, parse, parsers) = shared.value
            while true {
              let k = next.claim()
              guard k < documents.count else { break }
              slots[k] = parse(parsers[worker], documents[k])
            }
          }
        }
        flushPending()
        group.wait()
      }
    }
    var line = line
    for (k, result) in results.enumerated() {
      guard let result else { continue }
      pending.append((result, name, documents[k].index, line))
      line += result.newlines
    }
    return line
  }

  /// Emits a document's records and diagnostics and counts it.
  func deliver(_ outcome: DocumentOutcome, outputs: [Output], name: String, index: Int, line: Int) {
    summary.documents += 1
    // Lent from the buffer: an array's iterator would hand out a copy of each record (a retain and a release of
    // every string and array in it).
    outputs.withUnsafeBufferPointer { records in
      for i in records.indices { emit(records[i]) }
    }
    summary.records += outputs.count
    switch outcome.detection {
    case .patent(let format)?:
      summary.documentsByFormat[format, default: 0] += 1
      summary.recordsByFormat[format, default: 0] += outputs.count
    case .nonPatent(let what)?:
      summary.skipped[what, default: 0] += 1
    default: break
    }
    if outcome.failed { summary.failedDocuments += 1 }
    for entry in outcome.diagnostics {
      diagnostic(
        XMLDiagnostic(
          severity: entry.severity, file: name, documentIndex: index,
          line: entry.line > 0 ? line + entry.line - 1 : nil, column: entry.line > 0 ? entry.column : nil,
          message: entry.message))
    }
  }
}

/// The result of parsing one buffered document on a worker.
private struct ParsedDocument<Output> {
  let outcome: DocumentOutcome
  let outputs: [Output]
  let newlines: Int
}

/// Hands out document indices to parser threads, each index once.
private final class WorkCounter: Sendable {
  private let next = Atomic<Int>(0)

  /// The next unclaimed index.
  func claim() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
}

/// Carries values into a `@Sendable` closure whose synchronization the caller guarantees.
private struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
