/// The kind of industrial-property right a patent document belongs to, which decides its term.
public enum RightType: String, Sendable, Hashable, Codable, CaseIterable {
  /// A patent for invention.
  case invention
  /// A utility model (CN 实用新型, DE Gebrauchsmuster, JP 実用新案).
  case utilityModel = "utility-model"
  /// A design patent or registration (CN 外观设计, US design patent).
  case design
  /// A plant patent (US).
  case plant
}
