import CLibXML2

/// Splits a byte stream into XML documents at each `<?xml` that starts a line, as USPTO weekly bundles
/// (`ipgYYMMDD.xml`) concatenate them.
///
/// Bytes are appended in chunks; complete documents are handed out as ranges of ``bytes`` (no copy) and
/// then consumed. A stream with no XML declaration is one document. Boundary search uses glibc's
/// `memchr` (for the rare `?`), O(n) over the stream, each byte scanned once.
struct DocumentSplitter {
  /// The buffered bytes; `bytes[0]` is at stream offset ``baseOffset``.
  private(set) var bytes: [UInt8] = []
  /// Stream offset of `bytes[0]`.
  private(set) var baseOffset = 0
  /// Start of the current (incomplete) document within `bytes`.
  private(set) var documentStart = 0
  /// Where the next boundary search begins.
  private var scanFrom = 0
  /// Documents handed out so far (the next document's index).
  private(set) var documentCount = 0

  /// Bytes kept back while streaming so a declaration split across chunks is still found (`\n<?xml`).
  private static let markerLength = 6

  init() { bytes.reserveCapacity(ByteSource.chunkSize * 2) }

  /// Appends the next chunk.
  mutating func append(_ chunk: UnsafeRawBufferPointer) { bytes.append(contentsOf: chunk) }

  /// Bytes of the current incomplete document.
  var pendingCount: Int { bytes.count - documentStart }

  /// A complete document found in the buffer.
  struct Document {
    /// 0-based document index within the stream.
    let index: Int
    /// Range within ``DocumentSplitter/bytes``.
    let range: Range<Int>
    /// Offset within the stream.
    let offset: Int
  }

  /// Hands out the complete documents buffered so far; with `final`, the rest of the stream is one too.
  mutating func completeDocuments(final: Bool) -> [Document] {
    var documents: [Document] = []
    let found = bytes.withUnsafeBytes { raw -> [Int] in
      var boundaries: [Int] = []
      guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return boundaries }
      var from = scanFrom
      while true {
        let position = patnav_find_declaration(base, raw.count, from)
        guard position >= 0 else { break }
        boundaries.append(position)
        from = position + 2  // past this declaration's `?`
      }
      // A declaration may straddle the end of the buffer: rescan its last bytes next time.
      scanFrom = max(from, raw.count - 5)
      return boundaries
    }
    for boundary in found { emit(upTo: boundary, into: &documents) }
    if final { emit(upTo: bytes.count, into: &documents) }
    return documents
  }

  private mutating func emit(upTo end: Int, into documents: inout [Document]) {
    defer { documentStart = end }
    guard end > documentStart else { return }
    // Leading whitespace (or nothing but whitespace) is not a document.
    let isBlank = bytes[documentStart..<end].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    guard !isBlank else { return }
    documents.append(Document(index: documentCount, range: documentStart..<end, offset: baseOffset + documentStart))
    documentCount += 1
  }

  /// Drops the bytes before the current document (after its predecessors were parsed). O(pending bytes).
  mutating func discardCompleted() {
    guard documentStart > 0 else { return }
    bytes.removeSubrange(0..<documentStart)
    baseOffset += documentStart
    scanFrom = max(0, scanFrom - documentStart)
    documentStart = 0
  }

  /// Takes the current incomplete document's buffered bytes out, for streaming a document too large to
  /// hold; returns its index and offset. The caller feeds them and what follows to a parser.
  mutating func takePending(_ body: (UnsafeRawBufferPointer) -> Void) {
    discardCompleted()
    // Keep the last few bytes, so a boundary split across chunks is still found.
    let fed = bytes.count - min(bytes.count, Self.markerLength - 1)
    bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<fed])) }
    bytes.removeSubrange(0..<fed)
    baseOffset += fed
    scanFrom = 0
  }

  /// While streaming a large document: feeds bytes up to the next boundary; returns true when the document
  /// ended (the splitter is then ready for the next documents).
  mutating func streamPending(final: Bool, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
    let hit: Int? = bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
      let position = patnav_find_declaration(base, raw.count, 1)
      return position >= 0 ? position : nil
    }
    if let hit {
      bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<hit])) }
      finishStreamed(consumed: hit)
      return true
    }
    if final {
      bytes.withUnsafeBytes { body($0) }
      finishStreamed(consumed: bytes.count)
      return true
    }
    let keep = min(bytes.count, Self.markerLength - 1)
    bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<(bytes.count - keep)])) }
    baseOffset += bytes.count - keep
    bytes.removeSubrange(0..<(bytes.count - keep))
    return false
  }

  private mutating func finishStreamed(consumed: Int) {
    bytes.removeSubrange(0..<consumed)
    baseOffset += consumed
    documentStart = 0
    scanFrom = 0
    documentCount += 1
  }
}
