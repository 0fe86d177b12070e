import PatentModel

/// Where the record being extracted comes from.
struct ExtractionContext {
  /// The input file as reported.
  let file: String
  /// 0-based XML document index within the file.
  let documentIndex: Int
  /// Byte offset of the XML document within the file.
  let offset: Int
  /// The detected format.
  let format: SourceFormat
  /// The next record's 0-based index within the document.
  var recordIndex: Int = 0

  /// A source reference for the next record (and advances the record index).
  mutating func nextSource() -> RecordSource {
    defer { recordIndex += 1 }
    return RecordSource(file: file, index: documentIndex, record: recordIndex, offset: offset, format: format)
  }
}

/// Turns one record element of a format into patent records.
///
/// Implementations are stateless; they read the compact tree through ``XMLNode`` and allocate only the
/// strings that end up in the record.
protocol RecordExtractor: Sendable {
  /// What the tree builder keeps for this format.
  var policy: TreePolicy { get }
  /// The records in `node` (usually one; none for elements that carry no patent document).
  func extract(_ node: XMLNode, context: inout ExtractionContext) -> [PatentRecord]
}
