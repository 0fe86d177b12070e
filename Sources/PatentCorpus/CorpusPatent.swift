/// The scalar facts of one patent, as handed to ``CorpusBuilder/append(_:)`` and read back from a corpus.
public struct CorpusPatent: Sendable, Hashable {
  /// The workspace's patent id.
  public var workspaceID: Int64
  /// `US 9291047 B2`.
  public var publication: String
  /// ``CitationKey`` of the publishing office and number; computed from `publication` when left 0.
  public var citationKey: UInt64 = 0
  /// Publishing office.
  public var country: String
  /// ``PatentModel/DocumentKind`` raw value (`grant`, `application`…).
  public var kind: String
  /// Filing year, 0 when unknown.
  public var applicationYear: Int16
  /// Earliest priority year (the filing year when nothing is claimed), 0 when unknown.
  public var priorityYear: Int16
  /// Publication year, 0 when unknown.
  public var publicationYear: Int16
  /// Simple family id (workspace), 0 when none.
  public var simpleFamily: Int64
  /// Extended family id (workspace), 0 when none.
  public var extendedFamily: Int64
  /// Number of claims, 0 when unknown.
  public var claims: Int16
  /// Legal-event meanings seen (bits of ``ReferenceData/LegalEventMeaning/bit``).
  public var legalFlags: UInt32
  /// Filing date as yyyymmdd (0 when unknown).
  public var applicationDate: Int32 = 0
  /// Earliest priority date as yyyymmdd (the filing date when nothing is claimed; 0 when unknown).
  public var priorityDate: Int32 = 0
  /// Date (yyyymmdd) of the first event that ended the right (lapse, expiry, revocation…), 0 when none.
  public var endDate: Int32 = 0
  /// Publication date as yyyymmdd (0 when unknown).
  public var publicationDate: Int32 = 0
  /// A 64-bit hash of the application's key (office, year, number), 0 when unknown: publications of one
  /// application (its A and B documents) share it.
  public var applicationKey: UInt64 = 0
  /// Legal events in date order.
  public var events: [CorpusEvent] = []
  /// Times cited by any patent in the workspace.
  public var forwardCitations: Int32
  /// Patent documents it cites.
  public var backwardCitations: Int32
  /// Title (Chinese preferred when the corpus is loaded for zh, else English, else any).
  public var title: String
  /// Compact IPC symbols (`H01M10/052`).
  public var ipc: [String]
  /// Compact CPC symbols.
  public var cpc: [String]
  /// Applicant (or, failing those, assignee) entity ids (workspace), in order.
  public var applicants: [Int64]
  /// Inventors' normalized names, in document order.
  public var inventors: [String] = []
  /// Publications it cites, as ``CitationKey``s of office and number (kind ignored).
  public var cited: [UInt64]
  /// Designated, extension and validation states.
  public var designatedStates: [String]

  /// Creates a patent with only its identity set.
  public init(workspaceID: Int64, publication: String, country: String, kind: String) {
    self.workspaceID = workspaceID
    self.publication = publication
    self.country = country
    self.kind = kind
    applicationYear = 0
    priorityYear = 0
    publicationYear = 0
    simpleFamily = 0
    extendedFamily = 0
    claims = 0
    legalFlags = 0
    forwardCitations = 0
    backwardCitations = 0
    title = ""
    ipc = []
    cpc = []
    applicants = []
    cited = []
    designatedStates = []
  }
}
