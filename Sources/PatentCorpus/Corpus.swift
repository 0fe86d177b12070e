/// The compact in-memory corpus the analyses take as input: columns of integers and interned strings.
///
/// Patents are numbered `0..<count` in workspace-id order; entities `0..<entities.count`; families densely from
/// 0. Lists (IPC, applicants, citations, designated states) are ``RaggedArray``s, so reading patent `i`'s IPC
/// symbols is O(1) and allocates nothing. Citations are resolved to corpus patent numbers when the cited
/// publication is in the corpus (any kind of the same country and number). Memory is about 150 bytes per
/// patent plus 4 bytes per list value plus the title text.
public struct Corpus: Sendable {
  /// Workspace patent ids.
  public internal(set) var workspaceIDs: [Int64] = []
  /// `US 9291047 B2` per patent.
  public internal(set) var publications: [String] = []
  /// Titles per patent.
  public internal(set) var titles: [String] = []
  /// Publishing office per patent (id into ``countries``).
  public internal(set) var countryIDs: [Int32] = []
  /// Kind per patent (id into ``kinds``).
  public internal(set) var kindIDs: [UInt8] = []
  /// Filing year per patent, 0 when unknown.
  public internal(set) var applicationYears: [Int16] = []
  /// Earliest priority year per patent, 0 when unknown.
  public internal(set) var priorityYears: [Int16] = []
  /// Publication year per patent, 0 when unknown.
  public internal(set) var publicationYears: [Int16] = []
  /// Dense simple-family number per patent.
  public internal(set) var simpleFamilies: [Int32] = []
  /// Dense extended-family number per patent.
  public internal(set) var extendedFamilies: [Int32] = []
  /// Claims per patent, 0 when unknown.
  public internal(set) var claims: [Int16] = []
  /// Legal-event meaning bits per patent.
  public internal(set) var legalFlags: [UInt32] = []
  /// Filing date per patent as yyyymmdd (0 when unknown).
  public internal(set) var applicationDates: [Int32] = []
  /// Earliest priority date per patent as yyyymmdd (0 when unknown).
  public internal(set) var priorityDates: [Int32] = []
  /// Date (yyyymmdd) of the first right-ending legal event per patent, 0 when none.
  public internal(set) var endDates: [Int32] = []
  /// Publication date per patent as yyyymmdd (0 when unknown).
  public internal(set) var publicationDates: [Int32] = []
  /// Dense application number per patent: publications of one application (A and B documents) share it; a
  /// patent with no known application has its own.
  public internal(set) var applications: [Int32] = []
  /// Number of applications.
  public internal(set) var applicationCount = 0
  /// Legal events per patent, in date order (only those dated by the as-of date when one was given).
  public internal(set) var events = RaggedArray<CorpusEvent>()
  /// Forward citations (from the whole workspace) per patent.
  public internal(set) var forwardCitations: [Int32] = []
  /// Backward patent citations per patent (all, in corpus or not).
  public internal(set) var backwardCitations: [Int32] = []
  /// IPC symbol ids (into ``symbols``) per patent.
  public internal(set) var ipc = RaggedArray<Int32>()
  /// CPC symbol ids (into ``symbols``) per patent.
  public internal(set) var cpc = RaggedArray<Int32>()
  /// Applicant entity numbers (into ``entities``) per patent, each once (in the order first named).
  public internal(set) var applicants = RaggedArray<Int32>()
  /// Inventors (ids into ``inventorNames``) per patent. An inventor is identified by normalized name alone, so
  /// namesakes merge.
  public internal(set) var inventors = RaggedArray<Int32>()
  /// Inventors' normalized names.
  public internal(set) var inventorNames = StringPool()
  /// Cited corpus patents per patent (only citations that resolve inside the corpus).
  public internal(set) var citedPatents = RaggedArray<Int32>()
  /// Designated states (ids into ``countries``) per patent.
  public internal(set) var designatedStates = RaggedArray<Int32>()
  /// Applicant entities.
  public internal(set) var entities: [CorpusEntity] = []
  /// Compact classification symbols.
  public internal(set) var symbols = StringPool()
  /// Country and office codes.
  public internal(set) var countries = StringPool()
  /// Document kinds.
  public internal(set) var kinds = StringPool()
  /// Number of extended families.
  public internal(set) var extendedFamilyCount = 0
  /// Number of simple families.
  public internal(set) var simpleFamilyCount = 0

  /// Number of patents.
  public var count: Int { workspaceIDs.count }

  /// Patent `i`'s publishing office.
  public func country(of i: Int) -> String { countries[countryIDs[i]] }
  /// Patent `i`'s kind (`grant`, `application`…).
  public func kind(of i: Int) -> String { kinds[Int32(kindIDs[i])] }
  /// Patent `i`'s filing year for trend and lifecycle series: its earliest priority year, else its application
  /// year, else 0.
  public func filingYear(of i: Int) -> Int {
    Int(priorityYears[i] > 0 ? priorityYears[i] : applicationYears[i])
  }

}
