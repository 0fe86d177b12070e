import CLibXML2
import PatentModel

/// The outcome of parsing one XML document.
struct DocumentOutcome {
  /// What the root element was recognized as (`nil` when no element was read).
  var detection: FormatDetector.Detection?
  /// Whether the document failed (fatal well-formedness error, limit hit).
  var failed = false
  /// Problems, in order; locations are relative to the document (line 1 is its first line).
  var diagnostics: [(severity: XMLDiagnostic.Severity, line: Int, column: Int, message: String)] = []
}

/// A streaming SAX2 parser over libxml2 that hands out patent records.
///
/// Owns one libxml2 push-parser context and one ``TreeBuilder`` (both freed in `deinit`) and reuses them for
/// every document. Never resolves external entities, never loads a DTD, never touches the network: the SAX
/// handler has no entity, DTD or subset callbacks, the options exclude `XML_PARSE_NOENT`/`XML_PARSE_DTDLOAD`
/// and include `XML_PARSE_NONET`. Undeclared ISO entities (`&ldquo;`, `&minus;`) are mapped through
/// ``ISOEntities``. Not thread-safe: one instance per thread.
final class SAXParser {
  private var ctxt: xmlParserCtxtPtr?
  private var handler = xmlSAXHandler()
  private let builder: UnsafeMutablePointer<TreeBuilder>

  init() {
    xmlInitParser()
    builder = .allocate(capacity: 1)
    builder.initialize(to: TreeBuilder())
    handler.initialized = patnav_sax2_magic()
    handler.startElementNs = saxStartElement
    handler.endElementNs = saxEndElement
    handler.characters = saxCharacters
    handler.cdataBlock = saxCharacters
    handler.reference = saxReference
    handler.serror = saxError
  }

  deinit {
    if let ctxt {
      releaseDocument(ctxt)
      xmlFreeParserCtxt(ctxt)
    }
    builder.deinitialize(count: 1)
    builder.deallocate()
  }

  /// The libxml2 options of every document.
  private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

  /// Parses one complete document held in memory; `sink` receives each record in document order.
  ///
  /// Reads in libxml2's pull mode (`xmlCtxtReadMemory` on the reused context): the whole document is there, so
  /// the push parser's look-ahead for complete tags before each step is work for nothing. Same handler, same
  /// options, same diagnostics.
  func parse(
    _ bytes: UnsafeRawBufferPointer, file: String, documentIndex: Int, offset: Int,
    sink: @escaping (PatentRecord) -> Void
  ) -> DocumentOutcome {
    begin(file: file, documentIndex: documentIndex, offset: offset, sink: sink)
    guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count < Int(Int32.max), let ctxt = context() else {
      feed(bytes)
      return finish()
    }
    started = true
    if let document = xmlCtxtReadMemory(
      ctxt, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, Self.options)
    {
      xmlFreeDoc(document)
    }
    let wellFormed = patnav_well_formed(ctxt) != 0
    releaseDocument(ctxt)
    return builder.pointee.finish(wellFormed: wellFormed)
  }

  /// The reused context, created on first use, pointing at this parser's builder. Its dictionary lives as long
  /// as the context (resets keep it), so the name table's pointer cache stays valid.
  private func context() -> xmlParserCtxtPtr? {
    if ctxt == nil { ctxt = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) }
    guard let ctxt else { return nil }
    ctxt.pointee.userData = UnsafeMutableRawPointer(builder)
    builder.pointee.ctxt = ctxt
    builder.pointee.tree.names.bind(dictionary: patnav_ctxt_dict(ctxt))
    return ctxt
  }

  /// Starts a document to be fed in pieces (for documents too large to hold).
  func begin(file: String, documentIndex: Int, offset: Int, sink: @escaping (PatentRecord) -> Void) {
    builder.pointee.begin(file: file, documentIndex: documentIndex, offset: offset, sink: sink)
    started = false
  }

  /// Whether the context was reset with the current document's first bytes.
  private var started = false

  /// Resets the context (``context()``) with the document's first bytes, from which libxml2 detects the
  /// encoding (UTF-8 with or without BOM, UTF-16 by BOM or by `<?xml` in UTF-16, declared encodings).
  private func start(_ head: UnsafeRawBufferPointer) {
    started = true
    guard let ctxt = context() else { return }
    // A reset keeps the user data and the dictionary (the pull path relies on the same).
    xmlCtxtResetPush(ctxt, head.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(head.count), nil, nil)
    xmlCtxtUseOptions(ctxt, Self.options)
    ctxt.pointee.replaceEntities = 0
    ctxt.pointee.loadsubset = 0
  }

  /// Feeds the next piece of the current document.
  func feed(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    var start = 0
    if !started {
      let head = min(4, bytes.count)
      self.start(UnsafeRawBufferPointer(rebasing: bytes[0..<head]))
      start = head
    }
    guard let ctxt else { return }
    // libxml2 takes Int32 sizes: feed in pieces below 1 GiB.
    while start < bytes.count && !builder.pointee.stopped {
      let length = min(bytes.count - start, 1 << 30)
      _ = xmlParseChunk(ctxt, (base + start).assumingMemoryBound(to: CChar.self), Int32(length), 0)
      start += length
    }
  }

  /// Ends the current document and returns its outcome.
  func finish() -> DocumentOutcome {
    var wellFormed = true
    if !started { start(UnsafeRawBufferPointer(start: nil, count: 0)) }
    if let ctxt, !builder.pointee.stopped {
      _ = xmlParseChunk(ctxt, nil, 0, 1)
      wellFormed = patnav_well_formed(ctxt) != 0
    }
    if let ctxt { releaseDocument(ctxt) }
    return builder.pointee.finish(wellFormed: wellFormed)
  }

  /// Frees the document libxml2 builds behind a SAX parser when it meets `<!ENTITY>` declarations in an
  /// internal subset ("expat compatibility"): `xmlFreeParserCtxt` leaves it to the caller. Found by libFuzzer's
  /// leak check (`Scripts/fuzz.sh`).
  private func releaseDocument(_ ctxt: xmlParserCtxtPtr) {
    if let document = ctxt.pointee.myDoc {
      xmlFreeDoc(document)
      ctxt.pointee.myDoc = nil
    }
  }
}

// MARK: C callbacks (no captures; the builder is the context's user data)

@inline(__always)
private func builder(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder>? {
  ctx?.assumingMemoryBound(to: TreeBuilder.self)
}

private let saxStartElement: startElementNsSAX2Func = {
  ctx, localname, _, uri, _, _, nbAttributes, _, attributes in
  guard let localname else { return }
  builder(ctx)?.pointee.startElement(localname, uri, nbAttributes, attributes)
}

private let saxEndElement: endElementNsSAX2Func = { ctx, _, _, _ in
  builder(ctx)?.pointee.endElement()
}

private let saxCharacters: charactersSAXFunc = { ctx, bytes, count in
  guard let bytes, count > 0 else { return }
  builder(ctx)?.pointee.characters(bytes, count)
}

private let saxReference: referenceSAXFunc = { ctx, name in
  guard let name else { return }
  builder(ctx)?.pointee.reference(name)
}

private let saxError: xmlStructuredErrorFunc = { ctx, error in
  guard let error else { return }
  builder(ctx)?.pointee.error(error)
}
