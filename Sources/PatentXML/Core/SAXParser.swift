import CLibXML2
import PatentModel

/// The outcome of parsing one XML document.
struct DocumentOutcome {
  /// What the root element was recognized as (`nil` when no element was read).
  var detection: FormatDetector.Detection?
  /// The root element's local name.
  var rootName: String = ""
  /// Records delivered to the sink.
  var records = 0
  /// Whether the document failed (fatal well-formedness error, limit hit).
  var failed = false
  /// Problems, in order; locations are relative to the document (line 1 is its first line).
  var diagnostics: [(severity: XMLDiagnostic.Severity, line: Int, column: Int, message: String)] = []
}

/// A streaming SAX2 parser over libxml2 that builds a compact tree per record and hands records out.
///
/// One instance owns one libxml2 push-parser context (freed in `deinit`) and is reused for every document
/// it reads. Never resolves external entities, never loads a DTD, never touches the network: the SAX handler
/// has no entity, DTD or subset callbacks, options exclude `XML_PARSE_NOENT`/`DTDLOAD` and include
/// `XML_PARSE_NONET`. Undeclared ISO entities (`&ldquo;`, `&minus;`) are mapped through ``ISOEntities``.
/// Not thread-safe: use one per thread.
final class SAXParser {
  /// Largest text a single record may accumulate before the document is failed (bounds memory).
  static let maxRecordTextBytes = 256 << 20
  /// At most this many diagnostics are kept per document (the count of the rest is reported).
  static let maxDiagnostics = 20

  private var ctxt: xmlParserCtxtPtr?
  private var handler = xmlSAXHandler()
  let names = NameTable()
  private lazy var tree = ElementTree(names: names)

  // Per-document state.
  private var stack: [Int32] = []
  private var depth = 0
  private var skipDepth = 0
  private var skipOpensNode = false
  private var recordNode: Int32 = -1
  private var flags: PolicyFlags?
  private var extractor: (any RecordExtractor)?
  private var context: ExtractionContext?
  private var outcome = DocumentOutcome()
  private var sink: ((PatentRecord) -> Void)?
  private var stopped = false
  private var droppedDiagnostics = 0
  private var unknownEntities: [String: Int] = [:]
  private var policyCache: [SourceFormat: PolicyFlags] = [:]
  private var file = ""
  private var documentIndex = 0
  private var offset = 0

  init() {
    xmlInitParser()
    handler.initialized = patnav_sax2_magic()
    handler.startElementNs = saxStartElement
    handler.endElementNs = saxEndElement
    handler.characters = saxCharacters
    handler.cdataBlock = saxCharacters
    handler.reference = saxReference
    handler.serror = saxError
  }

  deinit {
    if let ctxt { xmlFreeParserCtxt(ctxt) }
  }

  /// Parses one complete document held in memory.
  ///
  /// - Parameters:
  ///   - bytes: the document (one XML declaration at most).
  ///   - file, documentIndex, offset: where it is, for record sources.
  ///   - sink: called with each record, in document order.
  func parse(
    _ bytes: UnsafeRawBufferPointer, file: String, documentIndex: Int, offset: Int,
    sink: @escaping (PatentRecord) -> Void
  ) -> DocumentOutcome {
    begin(file: file, documentIndex: documentIndex, offset: offset, sink: sink)
    feed(bytes)
    return finish()
  }

  /// Starts a document to be fed in pieces (for documents too large to hold).
  func begin(file: String, documentIndex: Int, offset: Int, sink: @escaping (PatentRecord) -> Void) {
    self.file = file
    self.documentIndex = documentIndex
    self.offset = offset
    self.sink = sink
    resetState()
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
    let userData = Unmanaged.passUnretained(self).toOpaque()
    if let ctxt {
      xmlCtxtResetPush(ctxt, nil, 0, nil, nil)
      ctxt.pointee.userData = userData
    } else {
      ctxt = xmlCreatePushParserCtxt(&handler, userData, nil, 0, nil)
    }
    if let ctxt {
      xmlCtxtUseOptions(ctxt, options)
      ctxt.pointee.replaceEntities = 0
      ctxt.pointee.loadsubset = 0
      names.bind(dictionary: patnav_ctxt_dict(ctxt))
    }
  }

  /// Feeds the next piece of the current document.
  func feed(_ bytes: UnsafeRawBufferPointer) {
    guard let ctxt, !stopped, !bytes.isEmpty else { return }
    // libxml2 takes Int32 sizes: feed in pieces below 1 GiB.
    var start = 0
    while start < bytes.count && !stopped {
      let length = min(bytes.count - start, 1 << 30)
      let base = bytes.baseAddress!.advanced(by: start).assumingMemoryBound(to: CChar.self)
      _ = xmlParseChunk(ctxt, base, Int32(length), 0)
      start += length
    }
  }

  /// Ends the current document and returns its outcome.
  func finish() -> DocumentOutcome {
    if let ctxt, !stopped {
      _ = xmlParseChunk(ctxt, nil, 0, 1)
      if patnav_well_formed(ctxt) == 0 && !outcome.failed { outcome.failed = true }
    }
    if outcome.detection == nil && !outcome.failed {
      outcome.failed = true
      note(.error, line: 1, column: 1, "no root element (empty or not XML)")
    }
    if droppedDiagnostics > 0 {
      outcome.diagnostics.append((.warning, 0, 0, "\(droppedDiagnostics) more problems not shown"))
    }
    for (name, count) in unknownEntities.sorted(by: { $0.key < $1.key }) {
      outcome.diagnostics.append(
        (.warning, 0, 0, "entity '&\(name);' is not declared and not in our ISO table (dropped \(count)×)"))
    }
    sink = nil
    tree.removeAll()
    return outcome
  }

  private func resetState() {
    stack.removeAll(keepingCapacity: true)
    depth = 0
    skipDepth = 0
    skipOpensNode = false
    recordNode = -1
    flags = nil
    extractor = nil
    context = nil
    outcome = DocumentOutcome()
    stopped = false
    droppedDiagnostics = 0
    unknownEntities.removeAll()
    tree.removeAll()
  }

  private func note(_ severity: XMLDiagnostic.Severity, line: Int, column: Int, _ message: String) {
    if outcome.diagnostics.count >= Self.maxDiagnostics {
      droppedDiagnostics += 1
    } else {
      outcome.diagnostics.append((severity, line, column, message))
    }
  }

  private func stop(failing message: String?) {
    if let message {
      outcome.failed = true
      note(.error, line: Int(patnav_current_line(ctxt)), column: Int(patnav_current_column(ctxt)), message)
    }
    stopped = true
    if let ctxt { patnav_stop(ctxt) }
  }

  // MARK: SAX events

  fileprivate func startElement(
    _ localname: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?, _ nbAttributes: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  ) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    let id = names.id(dictName: localname)
    if depth == 0 && flags == nil {
      guard detectRoot(localname, uri) else { return }
    }
    depth += 1
    guard let flags else { return }
    let bits = flags[id]
    if bits & PolicyFlags.skip != 0 {
      skipDepth = 1
      skipOpensNode = false
      return
    }
    let node = tree.open(name: id, parent: stack.last ?? -1)
    if nbAttributes > 0, let attributes {
      for a in 0..<Int(nbAttributes) {
        guard let name = attributes[a * 5], let value = attributes[a * 5 + 3],
          let end = attributes[a * 5 + 4]
        else { continue }
        tree.addAttribute(
          name: names.id(dictName: name), value: UnsafeBufferPointer(start: value, count: end - value))
      }
    }
    stack.append(node)
    if recordNode < 0 && (bits & PolicyFlags.record != 0 || (flags.rootIsRecord && stack.count == 1)) {
      recordNode = node
    }
    if bits & PolicyFlags.shallow != 0 {
      skipDepth = 1
      skipOpensNode = true
    }
  }

  private func detectRoot(_ localname: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?) -> Bool {
    let rootName = String(cString: localname)
    let namespace = uri.map { String(cString: $0) }
    let detection = FormatDetector.detect(localName: rootName, namespace: namespace)
    outcome.detection = detection
    outcome.rootName = rootName
    switch detection {
    case .patent(let format):
      let extractor = FormatCatalog.extractor(for: format)
      self.extractor = extractor
      if policyCache[format] == nil { policyCache[format] = PolicyFlags(policy: extractor.policy, names: names) }
      flags = policyCache[format]
      context = ExtractionContext(file: file, documentIndex: documentIndex, offset: offset, format: format)
      return true
    case .nonPatent:
      stop(failing: nil)
      return false
    case .unknown:
      let ns = namespace.map { " (namespace \($0))" } ?? ""
      stop(failing: "root element <\(rootName)>\(ns) is not a supported patent format; supported: "
        + FormatDetector.supportedRoots)
      return false
    }
  }

  fileprivate func endElement() {
    if skipDepth > 0 {
      skipDepth -= 1
      if skipDepth > 0 || !skipOpensNode { return }
      skipOpensNode = false
    } else {
      depth -= 1
    }
    guard let node = stack.popLast() else { return }
    tree.close(node)
    if node == recordNode { emitRecord(node) }
  }

  private func emitRecord(_ node: Int32) {
    recordNode = -1
    guard let extractor, var context else { return }
    let records = extractor.extract(tree.node(node), context: &context)
    self.context = context
    for record in records { sink?(record) }
    outcome.records += records.count
    tree.truncate(to: node)
  }

  fileprivate func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int32) {
    guard skipDepth == 0, !stack.isEmpty else { return }
    tree.appendText(UnsafeBufferPointer(start: bytes, count: Int(count)))
    if tree.textByteCount > Self.maxRecordTextBytes {
      stop(failing: "a record holds more than \(Self.maxRecordTextBytes >> 20) MiB of text; document skipped")
    }
  }

  fileprivate func reference(_ name: UnsafePointer<UInt8>) {
    guard skipDepth == 0, !stack.isEmpty else { return }
    let entity = String(cString: name)
    if let replacement = ISOEntities.replacement(for: entity) {
      tree.appendText(replacement)
    } else {
      unknownEntities[entity, default: 0] += 1
    }
  }

  fileprivate func error(_ error: xmlErrorPtr) {
    let e = error.pointee
    let message = e.message.map { String(cString: $0) }?.trimmingSuffixNewlines() ?? "XML error \(e.code)"
    let code = xmlParserErrors(rawValue: UInt32(e.code))
    // Undeclared entities in a document with an external DTD are reported by libxml2 and then handed to
    // our `reference` callback, which maps the ISO ones; namespace errors (undeclared `exch:` prefix in
    // DOCDB fragments) do not affect our prefix-agnostic reading.
    if code == XML_WAR_UNDECLARED_ENTITY || e.domain == Int32(XML_FROM_NAMESPACE.rawValue) { return }
    if e.level == XML_ERR_FATAL {
      outcome.failed = true
      note(.error, line: Int(e.line), column: Int(e.int2), message)
    } else if e.level == XML_ERR_ERROR || e.level == XML_ERR_WARNING {
      note(.warning, line: Int(e.line), column: Int(e.int2), message)
    }
  }
}

extension String {
  fileprivate func trimmingSuffixNewlines() -> String {
    var s = Substring(self)
    while let last = s.last, last.isNewline || last == " " { s = s.dropLast() }
    return String(s)
  }
}

// MARK: C callbacks (no captures; the parser is the context's user data)

@inline(__always)
private func parser(_ ctx: UnsafeMutableRawPointer?) -> SAXParser? {
  guard let ctx else { return nil }
  return Unmanaged<SAXParser>.fromOpaque(ctx).takeUnretainedValue()
}

private let saxStartElement: startElementNsSAX2Func = {
  ctx, localname, _, uri, _, _, nbAttributes, _, attributes in
  guard let localname else { return }
  parser(ctx)?.startElement(localname, uri, nbAttributes, attributes)
}

private let saxEndElement: endElementNsSAX2Func = { ctx, _, _, _ in
  parser(ctx)?.endElement()
}

private let saxCharacters: charactersSAXFunc = { ctx, bytes, count in
  guard let bytes, count > 0 else { return }
  parser(ctx)?.characters(bytes, count)
}

private let saxReference: referenceSAXFunc = { ctx, name in
  guard let name else { return }
  parser(ctx)?.reference(name)
}

private let saxError: xmlStructuredErrorFunc = { ctx, error in
  guard let error else { return }
  parser(ctx)?.error(error)
}
