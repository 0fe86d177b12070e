import PatentModel

/// Recognizes a document's format from its root element's local name and namespace URI.
///
/// Never from the file name or the namespace prefix (OPS and DOCDB files use several prefixes for the same
/// namespace, and DOCDB fragments use an undeclared `exch:` prefix).
enum FormatDetector {
  /// What a root element means.
  enum Detection: Equatable, Sendable {
    /// A supported patent format.
    case patent(SourceFormat)
    /// A known document that carries no patent record (sequence listings); counted as skipped.
    case nonPatent(String)
    /// Not a supported format.
    case unknown
  }

  /// The namespaces that identify formats whose root names are generic.
  static let opsNamespace = "http://ops.epo.org"
  static let exchangeNamespace = "http://www.epo.org/exchange"
  static let st96PatentNamespace = "http://www.wipo.int/standards/XMLSchema/ST96/Patent"
  static let cnipaBusinessNamespace = "http://www.sipo.gov.cn/XMLSchema/business"
  static let dpmaNamespacePrefix = "http://www.dpma.de/"

  /// Classifies a root element.
  static func detect(localName: String, namespace: String?) -> Detection {
    switch (localName, namespace ?? "") {
    case ("us-patent-grant", _): return .patent(.usptoGrant)
    case ("us-patent-application", _): return .patent(.usptoApplication)
    case ("patent-application-publication", _): return .patent(.usptoPAP)
    case ("PATDOC", _): return .patent(.usptoRedBook)
    case ("ep-patent-document", _): return .patent(.epPublication)
    case ("exchange-documents", let ns), ("exchange-document", let ns):
      return ns.isEmpty || ns == exchangeNamespace ? .patent(.docdb) : .unknown
    case ("world-patent-data", opsNamespace): return .patent(.ops)
    case ("cn-patent-document", _): return .patent(.cnipaLegacy)
    case ("PatentDocumentAndRelated", cnipaBusinessNamespace): return .patent(.cnipaBusiness)
    case ("jp-official-gazette", _): return .patent(.jpo)
    case ("PatentPublication", st96PatentNamespace): return .patent(.wipoST96)
    case ("response", ""): return .patent(.kipris)
    case ("dpma-patent-document", let ns) where ns.hasPrefix(dpmaNamespacePrefix) || ns.isEmpty:
      return .patent(.dpmaRegister)
    case ("sequence-cwu", _): return .nonPatent("USPTO sequence listing")
    case ("us-sequence-listing", _): return .nonPatent("USPTO sequence listing")
    default: return .unknown
    }
  }

  /// The supported root elements, for the "unknown format" error.
  static let supportedRoots =
    "us-patent-grant, us-patent-application (USPTO ICE v4), patent-application-publication (USPTO PAP), "
    + "PATDOC (USPTO Red Book), ep-patent-document (EPO), exch:exchange-document(s) (DOCDB), "
    + "ops:world-patent-data (EPO OPS), cn-patent-document and business:PatentDocumentAndRelated (CNIPA), "
    + "jp-official-gazette (JPO), pat:PatentPublication (WIPO ST.96), response (KIPRIS Plus), "
    + "dpma-patent-document (DPMA register)"
}
