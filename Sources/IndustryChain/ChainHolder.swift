import Applicants

/// An applicant entity holding families in a segment.
public struct ChainHolder: Sendable, Codable, Equatable {
  /// Harmonized key.
  public let key: String
  /// Display name.
  public let name: String
  /// Other-script names merged into it (see `EntityLinker`).
  public let aliases: [String]
  /// Company, university, institute…
  public let type: EntityType
  /// Country, province and city of the entity.
  public let country: String?, province: String?, city: String?
  /// Families of the segment it holds (co-owned families count for each owner).
  public let families: Int
  /// Of those, first filed in the recent growth window.
  public let recentFamilies: Int
  /// Its share of the segment's families.
  public let share: Double
  /// Whether it belongs to the subject.
  public let inSubject: Bool
  /// Its most-cited families in the segment (publication numbers of each family's most-cited member).
  public let evidence: [String]
}

/// Candidates per segment for the development paths.
public struct SegmentCandidates: Sendable, Codable, Equatable {
  /// 招商引资: leading companies outside the subject.
  public let attract: [ChainHolder]
  /// 培育: the subject's own companies, largest first.
  public let cultivate: [ChainHolder]
  /// 产学研: universities and institutes (the subject's first), partners and transfer sources.
  public let partners: [ChainHolder]
}

/// An inventor active in a segment (talent to cultivate or attract). Identified by normalized name.
public struct ChainInventor: Sendable, Codable, Equatable {
  /// Normalized name.
  public let name: String
  /// Families of the segment naming the inventor.
  public let families: Int
  /// Of those, first filed in the recent window.
  public let recentFamilies: Int
  /// Whether any of them is a family of the subject (a local inventor).
  public let inSubject: Bool
  /// The applicant on most of them (the inventor's affiliation).
  public let affiliation: String
}
