import ReferenceData

/// A family's legal status as of a date, rolled up from its applications' ``LegalState``s (see
/// ``LegalStatus``): alive anywhere beats pending beats ended.
public enum FamilyStatus: String, Sendable, Codable, CaseIterable {
  /// A member is granted and not ended.
  case alive
  /// Filed or published, not granted, not ended.
  case pending
  /// Ended by non-payment or ceasing (the first end event is a lapse).
  case lapsed
  /// Ended at the end of its term (an expiry event, or 20 years after filing).
  case expired
  /// Revoked or invalidated.
  case revoked
  /// Withdrawn, refused or surrendered.
  case abandoned

  /// Whether nobody holds a right any more (free to practise where the family was filed).
  public var isEnded: Bool { self != .alive && self != .pending }
}
