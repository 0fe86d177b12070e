/// What kind of publication a record is, derived from the kind code, the country and format hints.
public enum DocumentKind: String, Sendable, Codable, Hashable, CaseIterable {
  /// A granted patent (e.g. US B1/B2, EP B1/B2, CN B/C, JP B).
  case grant
  /// A published application (e.g. US A1/A2, EP A1/A2, CN A, WO A1).
  case application
  /// A utility model (e.g. CN U/Y, DE U1, JP U).
  case utilityModel = "utility-model"
  /// A design registration or design patent (US S).
  case design
  /// A plant patent (US P).
  case plant
  /// A reissue (US E).
  case reissue
  /// A separately published search report (EP A3/A4, WO A3).
  case searchReport = "search-report"
  /// A corrected publication (EP A8/A9/B8/B9).
  case correction
  /// A record that is not itself a publication, e.g. an OPS family member or a register entry.
  case other

  /// Classifies a publication from its country and kind code.
  ///
  /// - Parameters:
  ///   - country: ST.3 code of the publishing office.
  ///   - kind: ST.16 kind code, e.g. `B2`.
  /// - Returns: the kind, `.other` when the code is unknown.
  public static func classify(country: String, kind: String) -> DocumentKind {
    guard let letter = kind.first else { return .other }
    let suffix = kind.dropFirst()
    switch (country, letter) {
    case ("US", "S"): return .design
    case ("US", "P"): return suffix.isEmpty ? .grant : (suffix == "1" ? .application : .plant)
    case ("US", "E"): return .reissue
    case ("US", "H"): return .grant
    case ("US", "A"): return suffix.isEmpty ? .grant : .application
    case ("US", "B"): return .grant
    case ("EP", "A"), ("WO", "A"):
      switch suffix {
      case "3", "4": return .searchReport
      case "8", "9": return .correction
      default: return .application
      }
    case ("EP", "B"): return suffix == "8" || suffix == "9" ? .correction : .grant
    case ("CN", "U"), ("CN", "Y"), ("DE", "U"), ("JP", "U"), ("KR", "U"), ("JP", "Y"), ("KR", "Y"):
      return .utilityModel
    case ("CN", "S"), ("JP", "S"), ("KR", "S"): return .design
    case ("DE", "T"): return .application  // a translation of an EP specification as DE published it
    case (_, "T") where suffix == "3" || suffix == "4": return .grant  // translation of a granted EP patent
    case (_, "A"): return .application
    case (_, "B"), (_, "C"), (_, "E"): return .grant
    case (_, "U"), (_, "Y"): return .utilityModel
    case (_, "S"): return .design
    case (_, "W"): return .application
    default: return .other
    }
  }
}
