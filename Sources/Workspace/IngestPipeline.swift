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
///
/// Events travel in whole batches: the producer hands over an array and the consumer takes it, so an event is
/// moved, never copied (copying a ``PatentRecord`` retains each of its strings and arrays once more, and releases
/// them again when the copy dies). One producer thread and one consumer thread; O(1) per event.
final class IngestPipeline<Record: Sendable>: @unchecked Sendable {
  // Guarded by `condition`.
  private let condition = NSCondition()
  private var batches: [[IngestEvent<Record>]] = []
  private var head = 0
  private var queued = 0  // events in `batches[head...]`
  private var finished = false
  private var cancelled = false
  private let capacity: Int
  // The consumer's own: the batch it is taking events from, reversed (so `popLast` moves the next one out).
  private var current: [IngestEvent<Record>] = []

  /// A queue holding at most about `capacity` events (plus the batch the consumer holds).
  init(capacity: Int = 8192) { self.capacity = capacity }

  /// Hands over a batch of events, waiting while the queue is full (one wake-up for the batch, not one per
  /// record); dropped when the consumer cancelled. The batch is consumed: the producer keeps no reference to its
  /// storage, so the consumer owns it alone and can take its events out without copying them.
  func push(_ events: consuming [IngestEvent<Record>]) {
    guard !events.isEmpty else { return }
    condition.lock()
    defer { condition.unlock() }
    while queued >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return }
    queued += events.count
    batches.append(consume events)
    condition.broadcast()
  }

  /// The next event, waiting while the queue is empty; `nil` when the producer finished and all were taken.
  /// Consumer thread only.
  func pop() -> IngestEvent<Record>? {
    if let event = current.popLast() { return event }
    condition.lock()
    defer { condition.unlock() }
    while head == batches.count && !finished { condition.wait() }
    guard head < batches.count else { return nil }
    swap(&current, &batches[head])  // moved out: the queue keeps an empty array
    head += 1
    queued -= current.count
    if head > 64 && head * 2 > batches.count {
      batches.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    // Reversed through the buffer pointer, whose swaps move the events; `Array`'s own swaps copy them (a record
    // retains each of its strings and arrays, then releases them again).
    current.withUnsafeMutableBufferPointer { $0.reverse() }
    return current.popLast()
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

  /// The consumer stops taking events; the producer's pushes become no-ops. Consumer thread only.
  func cancel() {
    condition.lock()
    cancelled = true
    batches.removeAll()
    head = 0
    queued = 0
    current.removeAll()
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
    let parsed = IngestPipeline<PatentRecord>(capacity: 4096)
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
        switch consume event {  // the record moves out of the event, not copied
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

/// Events collected on one producer thread and pushed in batches of 1,024 (and at each file's end).
///
/// Each push may wake the consumer, and on two cores a woken thread tends to be queued behind its waker while the
/// other core idles. Against batches of 256 in queues of 1,024 parsed and 4,096 encoded records, batches of 1,024 in
/// queues of 4,096 and 8,192 took the idle time of a 100 k ingest from 33 % of both cores to 20 % (`perf sched`),
/// for about 35 MB more memory; larger queues gained nothing more.
private final class EventBatch<Record: Sendable> {
  /// Events per push.
  private static var size: Int { 1024 }

  private var events: [IngestEvent<Record>] = []
  private let queue: IngestPipeline<Record>

  init(into queue: IngestPipeline<Record>) {
    self.queue = queue
    events.reserveCapacity(Self.size)
  }

  func add(_ event: IngestEvent<Record>) {
    events.append(event)
    if events.count >= Self.size { flush() }
  }

  /// Hands the collected events over (moved, not copied) and starts a new batch.
  func flush() {
    guard !events.isEmpty else { return }
    var full: [IngestEvent<Record>] = []
    full.reserveCapacity(Self.size)
    swap(&full, &events)
    queue.push(consume full)
  }
}
