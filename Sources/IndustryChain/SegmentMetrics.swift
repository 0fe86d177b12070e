/// The matching metrics of one segment: the subject's position against the reference, with counts so every
/// ratio can be recomputed by hand. Counting unit: extended families (see ``ChainAnalysis``'s `method`).
public struct SegmentMetrics: Sendable, Codable, Equatable {
  /// Segment id.
  public let id: String
  /// Chinese name.
  public let nameZH: String
  /// English name.
  public let nameEN: String
  /// Upstream, midstream or downstream.
  public let stage: ChainStage
  /// 0 at the top of the tree.
  public let depth: Int
  /// Parent segment id.
  public let parent: String?
  /// Patents (documents) of the selection tagged to the segment.
  public let patents: Int
  /// Families of the segment held by the subject or the reference (the segment's population).
  public let families: Int
  /// n_R,k: the subject's families in the segment.
  public let subjectFamilies: Int
  /// n_N,k: the reference's families in the segment.
  public let referenceFamilies: Int
  /// s_R,k = n_R,k / N_R (N_R: the subject's families in any segment).
  public let subjectShare: Double
  /// s_N,k = n_N,k / N_N.
  public let referenceShare: Double
  /// s_R,k − s_N,k.
  public let shareGap: Double
  /// RTA (location quotient) = s_R,k / s_N,k; `nil` when the reference has no family in the segment.
  public let rta: Double?
  /// Symmetric RTA = (RTA − 1) / (RTA + 1), in [−1, 1].
  public let symmetricRTA: Double?
  /// 专利控制力: n_R,k / families (the subject's share of the segment's families).
  public let control: Double
  /// Core families of the segment (see `coreMethod` in the result).
  public let coreFamilies: Int
  /// The subject's core families in the segment.
  public let subjectCoreFamilies: Int
  /// The subject's share of the segment's core families; `nil` when the segment has none.
  public let coreControl: Double?
  /// Leading holders of the segment's families.
  public let topHolders: [ChainHolder]
  /// CR-n: share of the segment's families held by any of its n largest holders (n = `parameters.concentrationN`).
  public let concentration: Double
  /// Filing growth of the subject and the reference.
  public let growth: SegmentGrowth
  /// Strength level and (with an industry structure) the matching-matrix quadrant, with the reason.
  public let position: SegmentPosition
  /// Who to attract, cultivate and partner with.
  public let candidates: SegmentCandidates
  /// 人才: the most active inventors of the segment, local ones (`inSubject`) and others.
  public let inventors: [ChainInventor]
}

/// Families filed in the last window years against the window before, for the subject and the reference.
public struct SegmentGrowth: Sendable, Codable, Equatable {
  /// Subject families with first filing in the recent window.
  public let subjectRecent: Int
  /// Subject families in the previous window.
  public let subjectPrevious: Int
  /// recent / previous − 1; `nil` without previous filings.
  public let subjectRate: Double?
  /// Reference families in the recent window.
  public let referenceRecent: Int
  /// Reference families in the previous window.
  public let referencePrevious: Int
  /// recent / previous − 1 for the reference.
  public let referenceRate: Double?
  /// (1 + subject rate) / (1 + reference rate): above 1, the subject grows faster.
  public let relative: Double?

  static func rate(_ recent: Int, _ previous: Int) -> Double? {
    previous > 0 ? Double(recent) / Double(previous) - 1 : nil
  }
}
