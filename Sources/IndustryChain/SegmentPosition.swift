import Foundation

/// Where a segment stands: the subject's patent strength, and, when an industry structure is given, its cell in
/// the matching matrix (industry strength × patent strength), with the development path it implies.
public struct SegmentPosition: Sendable, Codable, Equatable {
  /// Patent strength from the RTA.
  public enum Level: String, Sendable, Codable, CaseIterable {
    /// No family of anyone in the segment.
    case empty
    /// The reference files here, the subject does not (空白).
    case absent
    /// RTA below `weakBelow` (薄弱).
    case weak
    /// RTA between the thresholds (一般).
    case average
    /// RTA at or above `strongFrom` (优势).
    case strong
    /// The subject or the reference holds too few families in the chain to judge any segment (证据不足): no
    /// level and no advice.
    case insufficientEvidence = "insufficient-evidence"
  }

  /// The matching-matrix cell.
  public enum Quadrant: String, Sendable, Codable, CaseIterable {
    /// Industry and patents strong: 巩固 (consolidate).
    case matched
    /// Industry strong, patents weak: 补链/布局 (file and acquire patents).
    case industryAhead
    /// Patents strong, industry weak: 转化/招商 (commercialize, attract producers).
    case patentsAhead
    /// Both weak: 培育 (cultivate).
    case bothWeak
  }

  /// Patent strength.
  public let level: Level
  /// Matrix cell, with an industry structure only.
  public let quadrant: Quadrant?
  /// The industry index used for the quadrant (industry location quotient, or share over the equal share).
  public let industryIndex: Double?
  /// Short label, Chinese (`优势`, `补链/布局`).
  public let labelZH: String
  /// Short label, English.
  public let labelEN: String
  /// The development path, Chinese.
  public let adviceZH: String
  /// The development path, English.
  public let adviceEN: String
  /// How the position was decided (values and thresholds).
  public let reason: String

  /// Places a segment. `rta` is `nil` when the reference has no family there.
  /// `subjectTotal` and `referenceTotal` are the families the subject and the reference hold in any segment
  /// (N_R, N_N): below the thresholds' minimums no segment gets a level or advice.
  static func place(
    subjectFamilies: Int, families: Int, rta: Double?, industryIndex: Double?, thresholds: PositionThresholds,
    subjectTotal: Int = .max, referenceTotal: Int = .max
  ) -> SegmentPosition {
    let level: Level
    var reason: String
    if families == 0 {
      (level, reason) = (.empty, "no family in the segment")
    } else if subjectTotal < thresholds.minimumSubject || referenceTotal < thresholds.minimumReference {
      (level, reason) = (
        .insufficientEvidence,
        "the subject holds \(subjectTotal) and the reference \(referenceTotal) families in the chain (minimums "
          + "\(thresholds.minimumSubject) and \(thresholds.minimumReference)): too few to judge"
      )
      let text = Self.levelText[level] ?? ("", "", "", "")
      return SegmentPosition(
        level: level, quadrant: nil, industryIndex: industryIndex, labelZH: text.0, labelEN: text.1, adviceZH: text.2,
        adviceEN: text.3, reason: reason)
    } else if subjectFamilies == 0 {
      (level, reason) = (.absent, "the subject holds no family of the segment's \(families)")
    } else if let rta, rta < thresholds.weakBelow {
      (level, reason) = (.weak, "RTA \(format(rta)) < \(format(thresholds.weakBelow))")
    } else if let rta, rta < thresholds.strongFrom {
      (level, reason) = (
        .average, "\(format(thresholds.weakBelow)) ≤ RTA \(format(rta)) < \(format(thresholds.strongFrom))"
      )
    } else {
      (level, reason) = (.strong, "RTA \(rta.map(format) ?? "∞") ≥ \(format(thresholds.strongFrom))")
    }
    guard let industryIndex, level != .empty else {
      let text = Self.levelText[level] ?? ("", "", "", "")
      return SegmentPosition(
        level: level, quadrant: nil, industryIndex: industryIndex, labelZH: text.0, labelEN: text.1, adviceZH: text.2,
        adviceEN: text.3, reason: reason)
    }
    let patentsStrong = subjectFamilies > 0 && (rta ?? .infinity) >= thresholds.quadrantRTA
    let industryStrong = industryIndex >= thresholds.quadrantIndustry
    let quadrant: Quadrant =
      switch (industryStrong, patentsStrong) {
      case (true, true): .matched
      case (true, false): .industryAhead
      case (false, true): .patentsAhead
      case (false, false): .bothWeak
      }
    reason +=
      "; industry index \(format(industryIndex)) \(industryStrong ? "≥" : "<") \(format(thresholds.quadrantIndustry))"
      + ", RTA \(rta.map(format) ?? "–") \(patentsStrong ? "≥" : "<") \(format(thresholds.quadrantRTA))"
      + " → \(quadrant.rawValue)"
    let text = Self.quadrantText[quadrant] ?? ("", "", "", "")
    return SegmentPosition(
      level: level, quadrant: quadrant, industryIndex: industryIndex, labelZH: text.0, labelEN: text.1,
      adviceZH: text.2, adviceEN: text.3, reason: reason)
  }

  static func format(_ value: Double) -> String { String(format: "%.2f", value) }

  private static let levelText: [Level: (String, String, String, String)] = [
    .empty: ("无专利", "No filings", "该环节暂无专利，关注技术动向。", "No filings in this segment yet; watch the technology."),
    .absent: (
      "空白", "Absent", "补链：招商引资或引进技术，填补专利空白。",
      "Fill the gap: attract producers or license in technology."
    ),
    .weak: (
      "薄弱", "Weak", "补强：加大研发投入与专利布局，引进人才与技术。",
      "Strengthen: invest in R&D and filings, bring in talent and technology."
    ),
    .average: ("一般", "Average", "提升：培育骨干企业，提高专利质量。", "Improve: grow key firms and the quality of filings."),
    .strong: (
      "优势", "Strong", "巩固：培育高价值专利，支持龙头企业强链延链与海外布局。",
      "Consolidate: cultivate high-value patents, help leaders extend the chain and file abroad."
    ),
    .insufficientEvidence: (
      "证据不足", "Insufficient evidence", "主体专利过少，不据此给出定位与建议。",
      "Too few families to judge: no level and no advice."
    ),
  ]

  private static let quadrantText: [Quadrant: (String, String, String, String)] = [
    .matched: (
      "巩固", "Matched", "巩固：产业与专利匹配，培育高价值专利组合，强化海外布局与运营。",
      "Consolidate: industry and patents match; build high-value portfolios, file abroad, license."
    ),
    .industryAhead: (
      "补链/布局", "Industry ahead", "补链布局：产业强于专利，引导企业加强专利布局，收购或许可关键专利。",
      "File and acquire: industry is ahead of patents; file more, acquire or license key patents."
    ),
    .patentsAhead: (
      "转化/招商", "Patents ahead", "转化招商：专利强于产业，推动专利转移转化，招引产业化项目。",
      "Commercialize: patents are ahead of industry; transfer patents, attract producers."
    ),
    .bothWeak: (
      "培育", "Both weak", "培育：产业与专利均弱，依托产学研合作与人才引进择机培育。",
      "Cultivate: both are weak; build through industry-academia partnerships and talent."
    ),
  ]
}

/// Thresholds of the positioning, all reported with the result.
public struct PositionThresholds: Sendable, Codable, Equatable {
  /// RTA below this is weak.
  public var weakBelow = 0.8
  /// RTA at or above this is strong.
  public var strongFrom = 1.2
  /// RTA at or above this counts as patent-strong in the matching matrix.
  public var quadrantRTA = 1.0
  /// Industry index at or above this counts as industry-strong in the matching matrix.
  public var quadrantIndustry = 1.0
  /// Fewest families the subject must hold in the chain's segments for any level or advice.
  public var minimumSubject = 30
  /// Fewest families the reference must hold in the chain's segments.
  public var minimumReference = 30

  /// The defaults.
  public init() {}

  /// Decodes the thresholds; the minimums default when absent (results written before they existed).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    weakBelow = try c.decode(Double.self, forKey: .weakBelow)
    strongFrom = try c.decode(Double.self, forKey: .strongFrom)
    quadrantRTA = try c.decode(Double.self, forKey: .quadrantRTA)
    quadrantIndustry = try c.decode(Double.self, forKey: .quadrantIndustry)
    minimumSubject = try c.decodeIfPresent(Int.self, forKey: .minimumSubject) ?? 30
    minimumReference = try c.decodeIfPresent(Int.self, forKey: .minimumReference) ?? 30
  }
}
