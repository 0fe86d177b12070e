/// Who put a citation on the record.
public enum CitedBy: String, Sendable, Hashable, Codable {
  /// The examiner or search authority.
  case examiner
  /// The applicant.
  case applicant
  /// A third party (e.g. observations, opposition).
  case thirdParty = "third-party"
}

/// A cited patent document.
public struct PatentCitation: Sendable, Hashable, Codable {
  /// The cited document; `number` normalized, `kind` possibly empty.
  public var document: DocumentID
  /// The cited document's first-named party as printed in the citation, when given.
  public var name: String?
  /// Relevance category as printed (`X`, `Y`, `A`, `XY`…), when given.
  public var category: String?
  /// Who cited it, when the format says.
  public var citedBy: CitedBy?
  /// The procedure phase that produced the citation (`SEA`, `ISR`, `EXA`, `APP`, `search`…), when given.
  public var phase: String?

  /// Creates a citation.
  public init(
    document: DocumentID, name: String? = nil, category: String? = nil, citedBy: CitedBy? = nil,
    phase: String? = nil
  ) {
    self.document = document
    self.name = name
    self.category = category
    self.citedBy = citedBy
    self.phase = phase
  }
}

/// A cited non-patent document (journal article, book, web page…).
public struct NPLCitation: Sendable, Hashable, Codable {
  /// The citation text, whitespace-collapsed.
  public var text: String
  /// Relevance category when given.
  public var category: String?
  /// Who cited it, when the format says.
  public var citedBy: CitedBy?
  /// The procedure phase, when given.
  public var phase: String?

  /// Creates a citation.
  public init(text: String, category: String? = nil, citedBy: CitedBy? = nil, phase: String? = nil) {
    self.text = text
    self.category = category
    self.citedBy = citedBy
    self.phase = phase
  }
}
