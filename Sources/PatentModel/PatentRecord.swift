/// Where a record came from: the file, the XML document within it, and the detected format.
public struct RecordSource: Sendable, Hashable, Codable {
  /// The input path as given (for archive members `archive.zip!member.xml`).
  public var file: String
  /// 0-based index of the XML document within the file (bundles concatenate many documents).
  public var index: Int
  /// 0-based index of the record within its XML document (OPS, DOCDB and KIPRIS carry several).
  public var record: Int
  /// Byte offset of the XML document within the (decompressed) file.
  public var offset: Int
  /// The detected format.
  public var format: SourceFormat

  /// Creates a source reference.
  public init(file: String, index: Int, record: Int = 0, offset: Int, format: SourceFormat) {
    self.file = file
    self.index = index
    self.record = record
    self.offset = offset
    self.format = format
  }
}

/// One patent document, normalized from any supported office format.
///
/// Every list keeps the order of the source document. Fields a format does not carry stay empty or `nil`;
/// nothing is guessed. A record is a value: copying is cheap for small records and safe across threads.
public struct PatentRecord: Sendable, Hashable, Codable {
  /// Where the record came from.
  public var source: RecordSource
  /// What kind of publication this is.
  public var kind: DocumentKind
  /// The publication (country, number, kind, date); the number may be empty for register-only records.
  public var publication: DocumentID
  /// The application (country, number, date).
  public var application: DocumentID?
  /// The DOCDB/INPADOC family id, where the format has one.
  public var familyID: String?
  /// Priority claims.
  public var priorities: [PriorityClaim] = []
  /// Titles with language tags.
  public var titles: [LocalizedText] = []
  /// Abstracts with language tags.
  public var abstracts: [LocalizedText] = []
  /// IPC classifications (IPCR, or main + further for older formats).
  public var ipc: [ClassificationEntry] = []
  /// CPC classifications.
  public var cpc: [ClassificationEntry] = []
  /// National classifications (USPC, FI, F-term, Locarno…), kept apart from IPC/CPC.
  public var nationalClassifications: [NationalClassification] = []
  /// Applicants, assignees/proprietors, inventors and agents, each in source order.
  public var parties: [Party] = []
  /// Cited patent documents.
  public var citations: [PatentCitation] = []
  /// Cited non-patent literature.
  public var nplCitations: [NPLCitation] = []
  /// Designated states (EPC contracting states, PCT designations).
  public var designatedStates: [String] = []
  /// EPC extension states (e.g. BA, ME).
  public var extensionStates: [String] = []
  /// EPC validation states (e.g. MA, MD).
  public var validationStates: [String] = []
  /// Legal events.
  public var legalEvents: [LegalEvent] = []
  /// Number of claims (as stated by the office, else counted).
  public var claimsCount: Int?
  /// A status text the source gives directly (KIPRIS `RegistrationStatus`, DPMA `status`, register status).
  public var statusText: String?

  /// Creates a record with the given identity; fill the rest by assignment.
  public init(source: RecordSource, kind: DocumentKind, publication: DocumentID, application: DocumentID? = nil) {
    self.source = source
    self.kind = kind
    self.publication = publication
    self.application = application
  }

  /// The parties with the given role, in order.
  public func parties(_ role: Party.Role) -> [Party] { parties.filter { $0.role == role } }

  /// The first IPC symbol (the inventive/first one where the source marks it, else the first listed).
  public var firstIPC: ClassificationSymbol? {
    (ipc.first { $0.isFirst == true } ?? ipc.first)?.symbol
  }
}
