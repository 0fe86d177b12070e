/// A priority claim: the earlier filing whose date this application claims.
public struct PriorityClaim: Sendable, Hashable, Codable {
  /// ST.3 office of the earlier filing (`WO` or the receiving office for PCT filings).
  public var country: String
  /// The earlier application's number, normalized.
  public var number: String
  /// The earlier filing date.
  public var date: PatentDate?
  /// Whether the earlier filing is an international (PCT) application.
  public var isPCT: Bool

  /// Creates a claim.
  public init(country: String, number: String, date: PatentDate?, isPCT: Bool) {
    self.country = country
    self.number = number
    self.date = date
    self.isPCT = isPCT
  }
}
