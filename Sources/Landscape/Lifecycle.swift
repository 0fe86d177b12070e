/// The technology lifecycle stage (技术生命周期) from yearly patent and applicant counts.
public enum LifecycleStage: String, Sendable, Codable, CaseIterable {
  /// 萌芽期: few patents and applicants so far, both growing.
  case emerging
  /// 成长期: patents and applicants growing fast.
  case growth
  /// 成熟期: patents level off, applicants no longer growing.
  case maturity
  /// 衰退期: patents and applicants both falling.
  case decline
}

/// Classifies a yearly series by comparing the last `window` years with the `window` years before.
///
/// Rule (stated in every result): g_P and g_A are the relative changes of patents and of active applicants
/// between the two windows. decline if g_P ≤ −declineThreshold and g_A ≤ −declineThreshold; else growth-like if
/// g_P ≥ growthThreshold and g_A ≥ applicantGrowthThreshold, and then *emerging* when the years before the
/// two windows hold less than `emergingShare` of all patents (the field is young), else *growth*; otherwise
/// maturity. Complexity O(years).
public struct LifecycleClassifier: Sendable, Codable, Equatable {
  /// Years per window.
  public var window = 3
  /// Minimum relative growth of patents for growth-like stages.
  public var growthThreshold = 0.3
  /// Minimum relative growth of applicants for growth-like stages.
  public var applicantGrowthThreshold = 0.15
  /// Relative fall of both series for decline.
  public var declineThreshold = 0.15
  /// Share of patents before the two windows below which a growing field is emerging.
  public var emergingShare = 0.1

  /// Creates a classifier with the default thresholds.
  public init() {}

  /// The result: stage, the growth figures, and the rule.
  public struct Result: Sendable, Codable, Equatable {
    /// The stage.
    public let stage: LifecycleStage
    /// Relative change of patents between the windows.
    public let patentGrowth: Double
    /// Relative change of applicants between the windows.
    public let applicantGrowth: Double
    /// The rule with its parameters, in words.
    public let rule: String
  }

  /// Classifies `patents[i]` and `applicants[i]` for consecutive years (oldest first).
  public func classify(patents: [Int], applicants: [Int]) -> Result {
    let n = min(patents.count, applicants.count)
    // Windows reaching before the first year are cut at it (short series compare what exists).
    func sum(_ series: [Int], _ range: Range<Int>) -> Double {
      let lower = min(n, max(0, range.lowerBound))
      let upper = min(n, max(lower, range.upperBound))
      return Double(series[lower..<upper].reduce(0, +))
    }
    let recent = (n - window)..<n
    let previous = (n - 2 * window)..<(n - window)
    func growth(_ series: [Int]) -> Double {
      let before = sum(series, previous)
      let now = sum(series, recent)
      return before == 0 ? (now > 0 ? 1 : 0) : (now - before) / before
    }
    let gP = growth(patents)
    let gA = growth(applicants)
    let total = Double(patents.prefix(n).reduce(0, +))
    let early = sum(patents, 0..<max(0, n - 2 * window))
    let stage: LifecycleStage
    if gP <= -declineThreshold && gA <= -declineThreshold {
      stage = .decline
    } else if gP >= growthThreshold && gA >= applicantGrowthThreshold {
      stage = total > 0 && early / total < emergingShare ? .emerging : .growth
    } else {
      stage = .maturity
    }
    let rule = """
      compare the last \(window) years with the \(window) before: decline if patents and applicants both fall by \
      ≥ \(declineThreshold); growth if patents grow ≥ \(growthThreshold) and applicants ≥ \
      \(applicantGrowthThreshold), emerging instead when the years before hold < \(emergingShare) of all patents; \
      otherwise maturity
      """
    return Result(stage: stage, patentGrowth: gP, applicantGrowth: gA, rule: rule)
  }
}
