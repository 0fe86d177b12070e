import ConfigFile

/// The weights of the core-patent score, versioned and loadable from a YAML or JSON file:
///
/// ```yaml
/// version: 1
/// weights: {forward_citations: 0.30, pagerank: 0.15, family_size: 0.15, claims: 0.10,
///           generality: 0.05, originality: 0.05, backward_citations: 0.05, remaining_life: 0.15}
/// ```
/// Components left out weigh 0; weights are divided by their sum.
public struct CoreWeights: Sendable, Codable, Equatable {
  /// File format version (1).
  public var version = 1
  /// Forward citations within the corpus, normalized by cohort (publication year × technology field).
  public var forwardCitations = 0.30
  /// PageRank on the family citation graph.
  public var pageRank = 0.15
  /// Distinct offices of the family.
  public var familySize = 0.15
  /// Most claims of a member.
  public var claims = 0.10
  /// OECD generality.
  public var generality = 0.05
  /// OECD originality.
  public var originality = 0.05
  /// Backward citations (references of the best-documented member).
  public var backwardCitations = 0.05
  /// Years of term left (0 when ended).
  public var remainingLife = 0.15

  /// The defaults stated in README.
  public init() {}

  /// The components in file order: (file key, weight).
  public var components: [(key: String, weight: Double)] {
    [
      ("forward_citations", forwardCitations), ("pagerank", pageRank), ("family_size", familySize),
      ("claims", claims), ("generality", generality), ("originality", originality),
      ("backward_citations", backwardCitations), ("remaining_life", remainingLife),
    ]
  }

  /// Parses a weights file; errors name the file, line and field.
  public static func parse(_ text: String, file: String) throws(ConfigError) -> CoreWeights {
    let root = try ConfigNode.parse(text, file: file)
    if let unknown = root.unknownKeys(allowed: ["version", "weights"]).first { throw unknown }
    let version = try root.optional("version")?.int() ?? 1
    guard version == 1 else { throw try root.required("version").error("unsupported weights version \(version)") }
    let node = try root.required("weights")
    let keys = Set(CoreWeights().components.map(\.key))
    if let unknown = node.unknownKeys(allowed: keys).first { throw unknown }
    var weights = CoreWeights()
    var values: [String: Double] = [:]
    for key in keys {
      let value = try node.optional(key)?.double() ?? 0
      guard value >= 0, value.isFinite else {
        throw try node.required(key).error("a weight must be a non-negative number")
      }
      values[key] = value
    }
    guard values.values.reduce(0, +) > 0 else { throw node.error("at least one weight must be positive") }
    weights.forwardCitations = values["forward_citations"] ?? 0
    weights.pageRank = values["pagerank"] ?? 0
    weights.familySize = values["family_size"] ?? 0
    weights.claims = values["claims"] ?? 0
    weights.generality = values["generality"] ?? 0
    weights.originality = values["originality"] ?? 0
    weights.backwardCitations = values["backward_citations"] ?? 0
    weights.remainingLife = values["remaining_life"] ?? 0
    return weights
  }
}
