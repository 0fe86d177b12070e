import Foundation
import PatentXML

/// What the parser thread hands the writer: records and diagnostics of one file, then the file's summary.
enum IngestEvent: Sendable {
  /// A prepared record.
  case record(PreparedRecord)
  /// A problem met while reading.
  case diagnostic(XMLDiagnostic)
  /// The file is done.
  case fileEnd(ReadSummary)
}

/// A bounded blocking queue between the parser thread and the writer, so that the next file is parsed while
/// the current one is written (a DOCDB bundle is one XML document: without this, parsing and writing would
/// alternate). Capacity bounds memory; `cancel()` makes the producer drop the rest after a write failure.
final class IngestPipeline: @unchecked Sendable {
  // All state below is guarded by `condition`.
  private let condition = NSCondition()
  private var items: [IngestEvent] = []
  private var head = 0
  private var finished = false
  private var cancelled = false
  private let capacity: Int

  /// A queue holding at most `capacity` events.
  init(capacity: Int = 4096) { self.capacity = capacity }

  /// Adds an event, waiting while the queue is full; dropped when the consumer cancelled.
  func push(_ event: IngestEvent) {
    condition.lock()
    defer { condition.unlock() }
    while items.count - head >= capacity && !cancelled { condition.wait() }
    guard !cancelled else { return }
    items.append(event)
    condition.broadcast()
  }

  /// The next event, waiting while the queue is empty; `nil` when the producer finished and all were taken.
  func pop() -> IngestEvent? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !finished { condition.wait() }
    guard head < items.count else { return nil }
    let event = items[head]
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

  /// Reads `files` in order on a new thread, pushing each file's events; returns a group that is left when
  /// the thread is done.
  static func start(
    _ files: [String], reader: PatentReader, context: PreparedRecord.Context, into pipeline: IngestPipeline
  ) -> DispatchGroup {
    let done = DispatchGroup()
    done.enter()
    let thread = Thread {
      for file in files where !pipeline.isCancelled {
        let summary = reader.read(
          [file], transform: { PreparedRecord($0, context: context) },
          emit: { pipeline.push(.record($0)) }, diagnostic: { pipeline.push(.diagnostic($0)) })
        pipeline.push(.fileEnd(summary))
      }
      pipeline.finish()
      done.leave()
    }
    thread.stackSize = 8 << 20
    thread.start()
    return done
  }
}
