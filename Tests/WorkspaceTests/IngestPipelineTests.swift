import Foundation
import PatentXML
import Testing

@testable import Workspace

/// The queue between ingest stages: batches handed over whole, events taken in order, bounded, cancellable.
struct IngestPipelineTests {
  private static func summary(_ files: Int) -> ReadSummary {
    var summary = ReadSummary()
    summary.files = files
    return summary
  }

  @Test("events come out in the order they went in, across batches of any size, then nil")
  func order() {
    let pipeline = IngestPipeline<Int>(capacity: 8)
    let sizes = [1, 256, 3, 0, 17, 64]
    let producer = Thread {
      var next = 0
      for size in sizes {
        pipeline.push((next..<next + size).map { .record($0) })
        next += size
      }
      pipeline.push([.fileEnd(Self.summary(1))])
      pipeline.finish()
    }
    producer.start()
    var seen: [Int] = []
    var ends = 0
    while let event = pipeline.pop() {
      switch event {
      case .record(let value): seen.append(value)
      case .fileEnd: ends += 1
      case .diagnostic: Issue.record("no diagnostic was pushed")
      }
    }
    #expect(seen == Array(0..<sizes.reduce(0, +)))
    #expect(ends == 1)
    #expect(pipeline.pop() == nil)
  }

  @Test("after cancel the producer's pushes are dropped and do not block")
  func cancel() {
    let pipeline = IngestPipeline<Int>(capacity: 2)
    pipeline.push([.record(1), .record(2), .record(3)])
    #expect(pipeline.pop().flatMap(Self.value) == 1)
    pipeline.cancel()
    #expect(pipeline.isCancelled)
    pipeline.push([.record(4)])  // full before the cancel: would wait forever if it were not dropped
    pipeline.finish()
    #expect(pipeline.pop() == nil)
  }

  private static func value(_ event: IngestEvent<Int>) -> Int? {
    if case .record(let value) = event { return value }
    return nil
  }
}
