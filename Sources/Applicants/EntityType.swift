/// What kind of organization or person an applicant is.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A company (any business form).
  case company
  /// A university, college or its technology-transfer foundation.
  case university
  /// A research institute or academy.
  case institute
  /// A hospital or clinic.
  case hospital
  /// A government body or agency.
  case government
  /// A natural person.
  case individual
  /// Other organizations (associations, foundations) and names with no evidence.
  case other

  /// Declaration order.
  public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// Maps the `sector` column of the legal-form file.
  init?(sector: String) {
    switch sector {
    case "company": self = .company
    case "university": self = .university
    case "research": self = .institute
    case "hospital": self = .hospital
    case "government": self = .government
    case "individual": self = .individual
    case "other": self = .other
    default: return nil
    }
  }
}
