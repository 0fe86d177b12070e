/// Counts over a selection of the workspace, for `patnav stats`.
public struct WorkspaceStats: Sendable, Equatable, Codable {
  /// A label with a count.
  public struct Count: Sendable, Equatable, Codable {
    /// The label (a format, an office, a year…).
    public var label: String
    /// How many.
    public var count: Int
  }

  /// A recorded failure.
  public struct Failure: Sendable, Equatable, Codable {
    /// The input file (or archive member).
    public var file: String
    /// The document index within the file.
    public var documentIndex: Int?
    /// The line, when known.
    public var line: Int?
    /// `error` or `warning`.
    public var severity: String
    /// What went wrong.
    public var message: String
  }

  /// The filter, in words.
  public var selection: String
  /// Patents (merged publications) selected.
  public var patents: Int
  /// Source records behind them (a publication read from two sources counts twice).
  public var sourceRecords: Int
  /// Simple families among the selection.
  public var simpleFamilies: Int
  /// Extended families among the selection.
  public var extendedFamilies: Int
  /// Applicant entities among the selection.
  public var entities: Int
  /// Files ingested (whole workspace).
  public var files: Int
  /// Source records by format.
  public var byFormat: [Count]
  /// Patents by publishing office.
  public var byCountry: [Count]
  /// Patents by kind.
  public var byKind: [Count]
  /// Patents by publication year.
  public var byYear: [Count]
  /// The most frequent IPC subclasses (patents having at least one symbol in the subclass).
  public var topIPCSubclasses: [Count]
  /// Applicant entities by type.
  public var entitiesByType: [Count]
  /// Applicant entities of the selection with no known country (no address and no name that shows one).
  public var entitiesWithoutLocation = 0
  /// Legal-event codes of the selection that the code tables do not know (neither for the event's country nor
  /// for the publishing office): `CN XY01` with its events. Their meaning was read from the description, if any.
  public var unmappedEventCodes: [Count] = []
  /// Failures recorded at ingest (whole workspace).
  public var failures: [Failure]
}
