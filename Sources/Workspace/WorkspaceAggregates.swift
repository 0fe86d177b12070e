import PatentCorpus

/// The counts the analyses start from, computed where the data lives: as SQL on the server (push-down, so a
/// 10 M-family PostgreSQL workspace sends aggregates, not rows) or from a loaded ``Corpus`` (the in-memory path).
/// Both give the same value on the same selection (tested).
///
/// Families are extended (INPADOC-style) families; a family is named by its smallest publication in the
/// selection. Lists are sorted by count (descending), then label, except year lists (by year, `unknown` first).
public struct WorkspaceAggregates: Sendable, Codable, Equatable {
  /// A label and how many patents or families it has (the same shape as the statistics' counts).
  public typealias Count = WorkspaceStats.Count

  /// Two IPC subclasses and the number of families classified in both.
  public struct Pair: Sendable, Codable, Equatable {
    /// The smaller subclass.
    public var first: String
    /// The larger subclass.
    public var second: String
    /// Families in both.
    public var families: Int
  }

  /// Selected patents.
  public var patents: Int
  /// Extended families among them.
  public var families: Int
  /// Families per IPC section, class, subclass and main group (a family counts once per symbol).
  public var ipcSections: [Count]
  /// Families per IPC class.
  public var ipcClasses: [Count]
  /// Families per IPC subclass.
  public var ipcSubclasses: [Count]
  /// Families per IPC main group (`H01M10`).
  public var ipcMainGroups: [Count]
  /// Families per applicant entity key (applicants, or assignees where a patent names no applicant).
  public var applicants: [Count]
  /// Families per earliest priority year of their selected members.
  public var familiesByPriorityYear: [Count]
  /// Patents per publication year.
  public var patentsByPublicationYear: [Count]
  /// Families per publishing office (a family counts once per office it has a member in).
  public var familiesByOffice: [Count]
  /// IPC subclass co-occurrence within families.
  public var ipcPairs: [Pair]
  /// Families with forward citations, and the sum of their selected members' forward citations.
  public var citedFamilies: [Count]

  /// Sorts counts by count (descending), then label.
  static func ranked(_ counts: [Count]) -> [Count] {
    counts.sorted { ($1.count, $0.label) < ($0.count, $1.label) }
  }

  /// Sorts year counts by year, `unknown` first.
  static func byYear(_ counts: [Count]) -> [Count] {
    counts.sorted { ($0.label == "unknown" ? "" : $0.label) < ($1.label == "unknown" ? "" : $1.label) }
  }

  /// Sorts pairs by families (descending), then subclasses.
  static func ranked(_ pairs: [Pair]) -> [Pair] {
    pairs.sorted { ($1.families, $0.first, $0.second) < ($0.families, $1.first, $1.second) }
  }
}
