/// The legal state of one application (and of a family in one office) as of a date.
public enum LegalState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Filed or published, not granted, not ended.
  case pending
  /// Granted and in force.
  case alive
  /// Granted, part of it invalidated, revoked, limited or abandoned; the rest in force.
  case partiallyInvalidated = "partially-invalidated"
  /// Granted, lapsed and restored: in force again.
  case restored
  /// Lapsed for non-payment of a fee (or ceased without a stated cause).
  case lapsed
  /// Given up by its owner (surrendered, actively abandoned, abandoned to avoid double patenting).
  case abandoned
  /// Application withdrawn or deemed withdrawn.
  case withdrawn
  /// Application refused.
  case refused
  /// Its term ended.
  case expired
  /// Revoked or wholly invalidated.
  case revoked

  /// A granted right in force (alive, partly invalidated, restored).
  public var isInForce: Bool { self == .alive || self == .partiallyInvalidated || self == .restored }

  /// Neither in force nor pending.
  public var isEnded: Bool { !isInForce && self != .pending }

  /// How strongly the state protects, for rolling applications up to an office or a family: in force, then
  /// pending, then ended.
  var strength: Int { isInForce ? 2 : (self == .pending ? 1 : 0) }

  /// The coarser family status (core and fence tables).
  public var familyStatus: FamilyStatus {
    switch self {
    case .alive, .partiallyInvalidated, .restored: .alive
    case .pending: .pending
    case .lapsed: .lapsed
    case .abandoned, .withdrawn, .refused: .abandoned
    case .expired: .expired
    case .revoked: .revoked
    }
  }
}
