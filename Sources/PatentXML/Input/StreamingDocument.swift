import PatentModel

/// A document too large to buffer, fed to a parser as it arrives.
final class StreamingDocument<Output: Sendable> {
  let parser: SAXParser
  let line: Int
  let index: Int
  private(set) var newlines = 0
  private let collector = Collector<Output>()

  init(
    parser: SAXParser, name: String, index: Int, offset: Int, line: Int,
    transform: @escaping @Sendable (PatentRecord) -> Output
  ) {
    self.parser = parser
    self.line = line
    self.index = index
    let collector = self.collector
    parser.begin(file: name, documentIndex: index, offset: offset) { collector.items.append(transform($0)) }
  }

  func feed(_ bytes: UnsafeRawBufferPointer) {
    newlines += LineCounter.newlines(in: bytes)
    parser.feed(bytes)
  }

  func finish() -> (DocumentOutcome, [Output], Int) {
    (parser.finish(), collector.items, newlines)
  }
}

/// Collects a document's outputs inside the parser's sink.
final class Collector<Item> {
  var items: [Item] = []
}
