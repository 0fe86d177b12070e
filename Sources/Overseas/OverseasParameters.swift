import PatentCorpus

/// The knobs of the overseas analysis, all reported with the result.
public struct OverseasParameters: Sendable, Codable, Equatable {
  /// The subject (enterprise list, region…).
  public var subject: SubjectSpec = .all
  /// The benchmark; `nil`: the largest companies of the selection outside the subject.
  public var competitors: SubjectSpec?
  /// How many competitors when none are named.
  public var competitorCount = 5
  /// Target countries.
  public var targets = TargetSet(name: "rcep", codes: [])
  /// Leave out the subject's home countries (its applicants' countries): overseas means abroad.
  public var excludeHome = true
  /// The subject's own market list (countries it sells in), for the priority's market component.
  public var markets: [String] = []
  /// As-of date, yyyymmdd.
  public var asOf: Int32 = 0
  /// Growth window in years; the recent window ends `publicationLag` years before the latest filing year.
  public var window = 5
  /// Years left out at the end for publication lag.
  public var publicationLag = 1
  /// A country is a gap when competitors' share is at least this and the subject's below half of theirs.
  public var minCompetitorShare = 0.05
  /// Priority weights: presence, growth, market, route.
  public var weights = [0.4, 0.2, 0.2, 0.2]

  /// The defaults.
  public init() {}
}
