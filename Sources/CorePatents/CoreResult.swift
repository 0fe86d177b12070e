import PatentModel

/// The core-patent result as written to `core.json`: the top families with their breakdown, the parameters and
/// the method.
public struct CoreResult: Sendable, Codable, Equatable {
  /// The as-of date of legal status and remaining life, `YYYY-MM-DD`.
  public let asOf: String
  /// The weights used.
  public let weights: CoreWeights
  /// Families scored.
  public let families: Int
  /// Family citation links inside the corpus.
  public let citationLinks: Int
  /// PageRank iterations to converge (tolerance 1e-12, damping 0.85).
  public let pageRankIterations: Int
  /// Families per legal status.
  public let statusCounts: [String: Int]
  /// The highest-scoring families, best first.
  public let top: [FamilyScore]
  /// How each component and the composite are computed.
  public let method: [String: String]

  /// Summarizes scores; `top` families are listed.
  public init(_ scores: CoreScores, rows: [FamilyScore]) {
    asOf = DayNumber.iso(scores.families.asOf)
    weights = scores.weights
    families = scores.families.count
    citationLinks = scores.graph.edgeCount
    pageRankIterations = scores.pageRankIterations
    var counts: [String: Int] = [:]
    for status in scores.families.status { counts[status.rawValue, default: 0] += 1 }
    statusCounts = counts
    top = rows
    method = Self.method(scores.weights)
  }

  static func method(_ w: CoreWeights) -> [String: String] {
    [
      "unit": "Extended families; a family's citations are its members' citations resolved inside the corpus.",
      "forward_citations":
        "Citing families within the corpus; shown also over the cohort mean (normalizedForward), scored over the "
        + "cohort maximum.",
      "pagerank": "PageRank on the family citation graph (citing → cited), damping 0.85, dangling rank spread evenly.",
      "family_size": "Distinct publishing offices among the members.",
      "claims": "Most claims of any member.",
      "backward_citations": "Most references of any member (inside the corpus or not).",
      "generality":
        "OECD generality 1 − Σ s_j² over the IPC subclasses of the citing families (a family in k subclasses "
        + "counts 1/k in each); no citing family → 0.",
      "originality": "OECD originality: the same over the cited families.",
      "remaining_life":
        "Years from the as-of date to the nominal expiry (earliest filing + 20 years); 0 once lapsed, expired, "
        + "revoked or abandoned.",
      "status":
        "From INPADOC events: alive (granted, not ended), pending, lapsed, expired (event or 20-year term), "
        + "revoked, abandoned; the best member decides.",
      "normalization":
        "As in the OECD patent quality index: each component divided by its largest value in the family's cohort "
        + "(same earliest publication year and WIPO technology field; the year alone when that cohort has fewer than "
        + "20 families); remaining life divided by 20 years.",
      "score":
        "Σ wᵢ · nᵢ / Σ wᵢ over the normalized components nᵢ; weights "
        + w.components.map { "\($0.key) \($0.weight)" }.joined(separator: ", ") + ".",
    ]
  }
}
