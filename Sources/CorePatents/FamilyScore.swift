import PatentCorpus

/// One family's core-patent score with every component visible.
public struct FamilyScore: Sendable, Codable, Equatable {
  /// Dense family id within the corpus.
  public let family: Int
  /// The representative publication (most cited member).
  public let publication: String
  /// Its title.
  public let title: String
  /// Member publications.
  public let members: Int
  /// Holders (harmonized names).
  public let holders: [String]
  /// Earliest publication year.
  public let year: Int
  /// WIPO technology field of the representative's first IPC code (the cohort's field).
  public let field: String
  /// Citing families within the corpus.
  public let forwardCitations: Int
  /// Mean forward citations of the cohort (same year and field).
  public let cohortMean: Double
  /// forwardCitations / cohortMean (0 when the cohort is uncited).
  public let normalizedForward: Double
  /// PageRank on the family citation graph (ranks sum to 1).
  public let pageRank: Double
  /// Distinct offices.
  public let familySize: Int
  /// Most claims of a member.
  public let claims: Int
  /// Most references of a member (inside the corpus or not).
  public let backwardCitations: Int
  /// Cited families within the corpus.
  public let citedFamilies: Int
  /// OECD generality (`nil` without citing families).
  public let generality: Double?
  /// OECD originality (`nil` without cited families).
  public let originality: Double?
  /// Legal status as of the analysis date (alive anywhere, else pending anywhere, else how it ended).
  public let status: FamilyStatus
  /// Date of the status (the end event or the end of the term), `YYYY-MM-DD`, empty when alive or pending.
  public let statusDate: String
  /// End of term: the latest of its applications' terms by office and right type, `YYYY-MM-DD`.
  public let expiry: String
  /// Status and remaining life per office.
  public let offices: [OfficeLife]
  /// Years of term left.
  public let remainingYears: Double
  /// The cohort the components were normalized in.
  public let cohort: String
  /// Each component over its cohort maximum (remaining life over 20 years), 0–1, by weights-file key.
  public let normalized: [String: Double]
  /// Σ weight × normalized / Σ weight, 0–1.
  public let score: Double
  /// Rank by score (1 = highest; ties broken by publication).
  public let rank: Int
}

/// A family's legal state and remaining life in one office.
public struct OfficeLife: Sendable, Codable, Equatable {
  /// The office.
  public let office: String
  /// Its state there (the strongest of its applications there).
  public let state: LegalState
  /// When the state took effect, `YYYY-MM-DD` (empty when pending).
  public let since: String
  /// Years of term left there (0 when ended).
  public let remainingYears: Double
  /// For a lapse for non-payment still restorable: the last day (`YYYY-MM-DD` or `no limit`).
  public let restorableUntil: String?
}
