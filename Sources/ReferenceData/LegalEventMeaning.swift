/// What a legal event means for the right, independent of the office's own code.
public enum LegalEventMeaning: String, Sendable, Hashable, Codable, CaseIterable {
  /// Application filed or entered.
  case filing
  /// National-phase entry of a PCT application.
  case nationalPhaseEntry = "national-phase-entry"
  /// Publication or republication.
  case publication
  /// Search or examination steps.
  case examination
  /// The patent was granted.
  case grant
  /// The right lapsed (non-payment of fees, ceased).
  case lapse
  /// The right expired at the end of its term.
  case expiry
  /// Revoked or invalidated.
  case revocation
  /// Opposition filed or decided.
  case opposition
  /// Application refused.
  case refusal
  /// Application withdrawn or deemed withdrawn.
  case withdrawal
  /// Right surrendered by the owner.
  case surrender
  /// Licence or similar transaction recorded.
  case licence
  /// Right pledged (security interest).
  case pledge
  /// Ownership transferred.
  case transfer
  /// Party data (name, address) changed.
  case partyChange = "party-change"
  /// Term extended (SPC, PTE).
  case termExtension = "term-extension"
  /// Right or application revived.
  case revival
  /// Court or litigation event.
  case litigation
  /// Appeal.
  case appeal
  /// Post-grant review (re-examination, invalidation request).
  case postGrantReview = "post-grant-review"
  /// Fee or annuity paid.
  case feePayment = "fee-payment"
  /// Correction of a publication.
  case correction
  /// A recorded licence cancelled or deleted.
  case licenceCancelled = "licence-cancelled"
  /// A recorded licence changed (parties, scope or term).
  case licenceChanged = "licence-changed"
  /// An exclusive licence recorded (where the code or its description says so).
  case exclusiveLicence = "exclusive-licence"
  /// A pledge (security interest) released or its registration cancelled.
  case pledgeReleased = "pledge-released"
  /// Open licence (CN 开放许可, Patent Law 2020 Art. 50), licence of right or willingness to license declared.
  case openLicence = "open-licence"
  /// An open-licence declaration withdrawn.
  case openLicenceWithdrawn = "open-licence-withdrawn"
  /// Part of the right invalidated, revoked, limited or abandoned; the rest stays in force.
  case partialInvalidation = "partial-invalidation"
  /// Anything else, or unknown.
  case other

  /// Bit for compact sets of meanings (e.g. per patent in a corpus). There are at most 32 meanings.
  public var bit: UInt32 { 1 << UInt32(Self.allCases.firstIndex(of: self) ?? 0) }

  /// The bits of every meaning in `meanings`.
  public static func bits(_ meanings: LegalEventMeaning...) -> UInt32 { meanings.reduce(0) { $0 | $1.bit } }

  /// A licence, pledge, transfer or open-licence event (an operation on the right rather than its life).
  public var isOperation: Bool {
    switch self {
    case .licence, .licenceCancelled, .licenceChanged, .exclusiveLicence, .pledge, .pledgeReleased, .transfer,
      .openLicence, .openLicenceWithdrawn:
      true
    default: false
    }
  }

  /// Whether the event ends the right (lapse, expiry, revocation, surrender, withdrawal, refusal).
  public var endsRight: Bool {
    switch self {
    case .lapse, .expiry, .revocation, .surrender, .withdrawal, .refusal: true
    default: false
    }
  }
}
