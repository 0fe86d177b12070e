/// How a family reaches a country.
public enum Coverage: String, Sendable, Codable, CaseIterable, Comparable {
  /// No member and no route recorded.
  case none
  /// A regional patent (EP, EA, AP, OA, GC) whose designated or validated states the data does not give:
  /// reported, never counted as coverage.
  case regionalUnknown = "regional-unknown"
  /// A regional patent whose recorded designated or validated states include the country.
  case regional
  /// A member published by the country's own office.
  case national

  /// Coverage counts for the rates (national, or regional with the state recorded).
  public var covers: Bool { self == .regional || self == .national }

  /// Declaration order.
  public static func < (a: Coverage, b: Coverage) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
