import CLibXML2
import PatentModel

/// The SAX event handler: builds the compact tree of each record and hands records to the sink.
///
/// Lives at a stable address owned by ``SAXParser`` and is reached from libxml2's callbacks through that
/// pointer, so the hot path has no reference counting and no dynamic exclusivity checks.
struct TreeBuilder {
  /// Largest text a single record may accumulate before the document is failed (bounds memory).
  static let maxRecordTextBytes = 256 << 20
  /// At most this many diagnostics are kept per document (the count of the rest is reported).
  static let maxDiagnostics = 20

  var tree = ElementTree()
  /// The libxml2 context, to stop it from inside a callback.
  var ctxt: xmlParserCtxtPtr?

  private var stack: [Int32] = []
  private var depth = 0
  private var skipDepth = 0
  private var skipOpensNode = false
  private var recordNode: Int32 = -1
  private var flags: PolicyFlags?
  private var extractor: (any RecordExtractor)?
  private var context: ExtractionContext?
  private(set) var outcome = DocumentOutcome()
  private var sink: ((PatentRecord) -> Void)?
  private(set) var stopped = false
  private var droppedDiagnostics = 0
  private var unknownEntities: [String: Int] = [:]
  private var policyCache: [SourceFormat: PolicyFlags] = [:]
  private var file = ""
  private var documentIndex = 0
  private var offset = 0

  /// Resets per-document state for a new document.
  mutating func begin(file: String, documentIndex: Int, offset: Int, sink: @escaping (PatentRecord) -> Void) {
    self.file = file
    self.documentIndex = documentIndex
    self.offset = offset
    self.sink = sink
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

  /// Completes the outcome after the last chunk and clears the tree.
  mutating func finish(wellFormed: Bool) -> DocumentOutcome {
    if !stopped && !wellFormed { outcome.failed = true }
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

  private mutating func note(_ severity: XMLDiagnostic.Severity, line: Int, column: Int, _ message: String) {
    if outcome.diagnostics.count >= Self.maxDiagnostics {
      droppedDiagnostics += 1
    } else {
      outcome.diagnostics.append((severity, line, column, message))
    }
  }

  private mutating func stop(failing message: String?) {
    if let message {
      outcome.failed = true
      note(.error, line: Int(patnav_current_line(ctxt)), column: Int(patnav_current_column(ctxt)), message)
    }
    stopped = true
    if let ctxt { patnav_stop(ctxt) }
  }

  // MARK: SAX events

  @inline(__always)
  mutating func startElement(
    _ localname: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?, _ nbAttributes: Int32,
    _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
  ) {
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    let id = tree.names.id(dictName: localname)
    if depth == 0 && flags == nil {
      guard detectRoot(localname, uri) else { return }
      // Undeclared entities in content are then reported as warnings and handed to `reference` (mapped
      // from our table) instead of being fatal, also in documents without a DOCTYPE (DOCDB fragments).
      ctxt?.pointee.hasPErefs = 1
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
        guard let name = attributes[a * 5], let value = attributes[a * 5 + 3], let end = attributes[a * 5 + 4]
        else { continue }
        tree.addAttribute(
          name: tree.names.id(dictName: name), value: UnsafeBufferPointer(start: value, count: end - value))
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

  private mutating func detectRoot(_ localname: UnsafePointer<UInt8>, _ uri: UnsafePointer<UInt8>?) -> Bool {
    let rootName = String(cString: localname)
    let namespace = uri.map { String(cString: $0) }
    let detection = FormatDetector.detect(localName: rootName, namespace: namespace)
    outcome.detection = detection
    switch detection {
    case .patent(let format):
      let extractor = FormatCatalog.extractor(for: format)
      self.extractor = extractor
      if policyCache[format] == nil { policyCache[format] = PolicyFlags(policy: extractor.policy, names: &tree.names) }
      flags = policyCache[format]
      context = ExtractionContext(file: file, documentIndex: documentIndex, offset: offset, format: format)
      return true
    case .nonPatent:
      stop(failing: nil)
      return false
    case .unknown:
      let ns = namespace.map { " (namespace \($0))" } ?? ""
      stop(
        failing: "root element <\(rootName)>\(ns) is not a supported patent format; supported: "
          + FormatDetector.supportedRoots)
      return false
    }
  }

  @inline(__always)
  mutating func endElement() {
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

  private mutating func emitRecord(_ node: Int32) {
    recordNode = -1
    guard let extractor, var context else { return }
    let records = withUnsafeMutablePointer(to: &tree) { pointer in
      extractor.extract(XMLNode(tree: pointer, index: node), context: &context)
    }
    self.context = context
    for record in records { sink?(record) }
    tree.truncate(to: node)
  }

  @inline(__always)
  mutating func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int32) {
    guard skipDepth == 0, !stack.isEmpty else { return }
    tree.appendText(UnsafeBufferPointer(start: bytes, count: Int(count)))
    if tree.textByteCount > Self.maxRecordTextBytes {
      stop(failing: "a record holds more than \(Self.maxRecordTextBytes >> 20) MiB of text; document skipped")
    }
  }

  mutating func reference(_ name: UnsafePointer<UInt8>) {
    guard skipDepth == 0, !stack.isEmpty else { return }
    let entity = String(cString: name)
    if let replacement = ISOEntities.replacement(for: entity) {
      tree.appendText(replacement)
    } else {
      unknownEntities[entity, default: 0] += 1
    }
  }

  mutating func error(_ error: xmlErrorPtr) {
    let e = error.pointee
    var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
    while let last = message.last, last.isNewline || last == " " { message.removeLast() }
    let code = xmlParserErrors(rawValue: UInt32(e.code))
    // Undeclared entities in a document with an external DTD are reported by libxml2 and then handed to
    // `reference`, which maps the ISO ones; namespace errors (the undeclared `exch:` prefix of DOCDB
    // fragments) do not affect our prefix-agnostic reading.
    if code == XML_WAR_UNDECLARED_ENTITY || e.domain == Int32(XML_FROM_NAMESPACE.rawValue) { return }
    if e.level == XML_ERR_FATAL {
      outcome.failed = true
      note(.error, line: Int(e.line), column: Int(e.int2), message)
    } else if e.level == XML_ERR_ERROR || e.level == XML_ERR_WARNING {
      note(.warning, line: Int(e.line), column: Int(e.int2), message)
    }
  }
}
