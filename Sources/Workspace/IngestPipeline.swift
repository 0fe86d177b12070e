import Foundation
import PatentModel
import PatentXML

/// What one stage hands the next: records and diagnostics of one file, then the file's summary.
enum IngestEvent<Record: Sendable>: Sendable {
  /// A record: parsed (from the reader) or prepared and encoded (for the writer).
  case record(Record)
  /// A problem met while reading.
  case diagnostic(XMLDiagnostic)
  /// The file is done.
  case fileEnd(ReadSummary)
}

/// A bounded blocking queue between two ingest stages, so that the next file is parsed while the current one is
/// written (a DOCDB bundle is one XML document: without this, parsing and writing would alternate). Capacity
/// bounds memory; `cancel()` makes the producer drop the rest after a write failure.
final class IngestPipeline<Record: Sendable>: @unchecked Sendable {
  // All state below is guarded by `condition`.
  private let condition = NSCondition()
  private var items: [IngestEvent<Record>?] = []
  private var head = 0
  private var finished = false
  private var cancelled = false
  private let capacity: Int

  /// A queue holding at most `capacity` events.
  init(capacity: Int = 4096) { self.capacity = capacity }

  /// Adds a batch of events, waiting while the queue is full (one wake-up for the batch, not one per record);
  /// dropped when the consumer cancelled.
  func push(contentsOf events: [IngestEvent<Record>]) {
    guard !events.isEmpty else { return }
    condition.lock()
    defer { condition.unlock() }
    while items.count - head >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return }
    items.append(contentsOf: events.lazy.map(Optional.some))
    condition.broadcast()
  }

  /// The next event, waiting while the queue is empty; `nil` when the producer finished and all were taken.
  func pop() -> IngestEvent<Record>? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !finished { condition.wait() }
    guard head < items.count else { return nil }
    let event = items[head].take()  // moved out: no copy of the record's fields
    head += 1
    if head > 1024 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return event
  }

  /// The producer is done.
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// Whether the consumer gave up (the producer then starts no further file).
  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }

  /// The consumer stops taking events; the producer's pushes become no-ops.
  func cancel() {
    condition.lock()
    cancelled = true
    items.removeAll()
    head = 0
    condition.broadcast()
    condition.unlock()
  }

}

extension IngestPipeline where Record == EncodedRecord {
  /// Reads `files` in order on one thread and prepares and encodes the records on another, pushing each file's
  /// events into `pipeline`; returns a group that is left when both threads are done. Three stages on their
  /// own threads (parse, prepare and encode, write), because a DOCDB bundle is one XML document that one parser
  /// reads from start to end: the harmonization and encoding of its records would otherwise wait for it.
  static func start(
    _ files: [String], reader: PatentReader, context: PreparedRecord.Context, into pipeline: IngestPipeline
  ) -> DispatchGroup {
    let done = DispatchGroup()
    let parsed = IngestPipeline<PatentRecord>(capacity: 1024)
    done.enter()
    spawn {
      let batch = EventBatch<PatentRecord>(into: parsed)
      for file in files where !pipeline.isCancelled {
        let summary = reader.read(
          [file], transform: { $0 }, emit: { batch.add(.record($0)) }, diagnostic: { batch.add(.diagnostic($0)) })
        batch.add(.fileEnd(summary))
        batch.flush()
      }
      parsed.finish()
      done.leave()
    }
    done.enter()
    spawn {
      let batch = EventBatch<EncodedRecord>(into: pipeline)
      while let event = parsed.pop() {
        switch event {
        case .record(let record): batch.add(.record(EncodedRecord(PreparedRecord(record, context: context))))
        case .diagnostic(let diagnostic): batch.add(.diagnostic(diagnostic))
        case .fileEnd(let summary):
          batch.add(.fileEnd(summary))
          batch.flush()
          if pipeline.isCancelled { parsed.cancel() }
        }
      }
      pipeline.finish()
      done.leave()
    }
    return done
  }

  private static func spawn(_ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.stackSize = 8 << 20
    thread.start()
  }
}

/// Events collected on one producer thread and pushed in batches of 256 (and at each file's end).
private final class EventBatch<Record: Sendable> {
  private var events: [IngestEvent<Record>] = []
  private let queue: IngestPipeline<Record>

  init(into queue: IngestPipeline<Record>) {
    self.queue = queue
    events.reserveCapacity(256)
  }

  func add(_ event: IngestEvent<Record>) {
    events.append(event)
    if events.count >= 256 { flush() }
  }

  func flush() {
    queue.push(contentsOf: events)
    events.removeAll(keepingCapacity: true)
  }
}
