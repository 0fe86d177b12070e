/// What a generator run wrote, for checking an ingest against it (`manifest.json`, keys sorted).
public struct GeneratorManifest: Sendable, Codable, Equatable {
  /// Profile name.
  public var profile: String
  /// Seed.
  public var seed: UInt64
  /// Distinct publications (what a workspace counts as patents).
  public var patents: Int
  /// Families (DOCDB family ids; also the extended families, since members share priorities).
  public var families: Int
  /// Records written (every publication in DOCDB, Chinese ones also in CNIPA format, US grants also in USPTO
  /// format, and one OPS family-member record per publication with legal events).
  public var records: Int
  /// INPADOC legal events written (grants, lapses, expiries).
  public var legalEvents: Int
  /// Publications with a lapse or expiry event (in their office or, for EP, in a state).
  public var lapsed: Int
  /// Legal events written by meaning (`grant`, `lapse`, `licence`, `pledge-released`…).
  public var eventTypes: [String: Int]
  /// Patent citations written.
  public var citations: Int
  /// IPC codes written (distinct per publication).
  public var ipcCodes: Int
  /// Applicants in the population.
  public var applicants: Int
  /// DOCDB family ids of the planted core families (they should end up the most cited).
  public var coreFamilies: [Int]
  /// Publications by office.
  public var byOffice: [String: Int]
  /// Files written, relative to the output directory.
  public var files: [String]
  /// The cut (yyyymmdd) when only what was published by then was written; nil for the whole corpus.
  public var publishedBy: Int?
}
