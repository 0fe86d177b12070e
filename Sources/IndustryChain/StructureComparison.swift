/// How the subject's patent structure matches its industry structure over the segments of an
/// ``IndustryStructure``: cosine similarity, Krugman dissimilarity and the coupling-coordination degree.
public struct StructureComparison: Sendable, Codable, Equatable {
  /// One segment of the comparison.
  public struct Row: Sendable, Codable, Equatable {
    /// Segment id.
    public let segment: String
    /// p_k: the segment's share of the subject's families over the compared segments.
    public let patentShare: Double
    /// i_k: the segment's share of the industry measure.
    public let industryShare: Double
    /// Industry index (location quotient or share over the equal share).
    public let industryIndex: Double
    /// U1 = p_k / max p (patent subsystem, 0–1).
    public let patentScore: Double
    /// U2 = i_k / max i (industry subsystem, 0–1).
    public let industryScore: Double
    /// C = 2√(U1·U2) / (U1 + U2).
    public let coupling: Double
    /// T = α·U1 + β·U2.
    public let coordination: Double
    /// D = √(C·T).
    public let degree: Double
    /// The band of D (`勉强协调 barely coordinated`…).
    public let band: String
  }

  /// The industry measure (CSV header).
  public let measure: String
  /// Per compared segment.
  public let rows: [Row]
  /// cos θ = Σ p_k·i_k / (‖p‖·‖i‖), 0–1 (1: same structure).
  public let cosine: Double
  /// Krugman dissimilarity K = Σ |p_k − i_k|, 0–2 (0: same structure).
  public let krugman: Double
  /// Mean coupling-coordination degree D over the segments.
  public let couplingDegree: Double
  /// The band of the mean D.
  public let band: String
  /// Weights α (patents) and β (industry) of T.
  public let alpha: Double, beta: Double
  /// The formulas.
  public let method: String

  /// Compares the patent counts with the industry structure (same order as `industry.rows`). O(rows).
  public static func compare(
    chain: ChainDefinition, industry: IndustryStructure, subjectFamilies: [Int], alpha: Double = 0.5,
    beta: Double = 0.5
  ) -> StructureComparison {
    let patents = industry.rows.map { Double(subjectFamilies[$0.segment]) }
    let values = industry.rows.map(\.value)
    let p = normalized(patents)
    let i = normalized(values)
    let maxP = p.max() ?? 0
    let maxI = i.max() ?? 0
    let indices = industry.indices
    var rows: [Row] = []
    for k in industry.rows.indices {
      let u1 = maxP > 0 ? p[k] / maxP : 0
      let u2 = maxI > 0 ? i[k] / maxI : 0
      let (c, t, d) = coupling(u1, u2, alpha: alpha, beta: beta)
      rows.append(
        Row(
          segment: chain.segments[industry.rows[k].segment].id, patentShare: p[k], industryShare: i[k],
          industryIndex: indices[k], patentScore: u1, industryScore: u2, coupling: c, coordination: t, degree: d,
          band: band(d)))
    }
    let meanD = rows.isEmpty ? 0 : rows.reduce(0) { $0 + $1.degree } / Double(rows.count)
    return StructureComparison(
      measure: industry.measure, rows: rows, cosine: cosine(p, i), krugman: krugman(p, i), couplingDegree: meanD,
      band: band(meanD), alpha: alpha, beta: beta,
      method:
        "p_k = n_R,k / Σ n_R,j and i_k = v_k / Σ v_j over the \(rows.count) segments of the industry file "
        + "(measure: \(industry.measure)); cosine = Σ p·i / (‖p‖‖i‖); Krugman K = Σ |p_k − i_k| (0 same, 2 disjoint); "
        + "coupling per segment with U1 = p_k / max p, U2 = i_k / max i: C = 2√(U1·U2)/(U1+U2), "
        + "T = \(alpha)·U1 + \(beta)·U2, D = √(C·T); overall D = mean over segments; bands of 0.1 from 极度失调 "
        + "(extreme imbalance, D < 0.1) to 优质协调 (high-quality coordination, D ≥ 0.9)")
  }

  /// Values scaled to sum 1 (all zeros stay zeros). O(n).
  static func normalized(_ values: [Double]) -> [Double] {
    let total = values.reduce(0, +)
    return total > 0 ? values.map { $0 / total } : values.map { _ in 0 }
  }

  /// Cosine similarity; 0 when either vector is zero. O(n).
  public static func cosine(_ a: [Double], _ b: [Double]) -> Double {
    let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
    let norms = (a.reduce(0) { $0 + $1 * $1 }).squareRoot() * (b.reduce(0) { $0 + $1 * $1 }).squareRoot()
    return norms > 0 ? dot / norms : 0
  }

  /// Krugman dissimilarity of two share vectors. O(n).
  public static func krugman(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + abs($1.0 - $1.1) } }

  /// (C, T, D) of two subsystem scores in [0, 1].
  public static func coupling(_ u1: Double, _ u2: Double, alpha: Double, beta: Double) -> (Double, Double, Double) {
    let c = u1 + u2 > 0 ? 2 * (u1 * u2).squareRoot() / (u1 + u2) : 0
    let t = alpha * u1 + beta * u2
    return (c, t, (c * t).squareRoot())
  }

  /// The band of a coupling-coordination degree (ten bands of 0.1).
  public static func band(_ d: Double) -> String {
    let bands = [
      "极度失调 extreme imbalance", "严重失调 severe imbalance", "中度失调 moderate imbalance",
      "轻度失调 mild imbalance", "濒临失调 near imbalance", "勉强协调 barely coordinated",
      "初级协调 primary coordination", "中级协调 intermediate coordination", "良好协调 good coordination",
      "优质协调 high-quality coordination",
    ]
    return bands[min(9, max(0, Int((d * 10).rounded(.down))))]
  }
}
