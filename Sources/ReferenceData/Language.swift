/// The languages PatentNav names things in (reports, titles, country names).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// English.
  case en
  /// Simplified Chinese.
  case zh
}
