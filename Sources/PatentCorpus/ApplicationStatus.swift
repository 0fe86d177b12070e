import PatentModel
import ReferenceData

/// One application's legal status as of a date, with the dates and rules behind it.
public struct ApplicationStatus: Sendable, Hashable {
  /// The state.
  public var state: LegalState = .pending
  /// When the state took effect, yyyymmdd (the grant, the end event, the term's end, the restoration), 0 when
  /// unknown or pending.
  public var since: Int32 = 0
  /// The office (id into the corpus's countries).
  public var office: Int32 = 0
  /// The right's type (from its documents' kinds).
  public var rightType: RightType = .invention
  /// Filing date, yyyymmdd (0 when unknown).
  public var filed: Int32 = 0
  /// Grant date, yyyymmdd: the first granted document's publication or the grant event, 0 when not granted.
  public var granted: Int32 = 0
  /// Whether the grant is known only from a granted kind code (no grant event in the data).
  public var grantedByKind = false
  /// End of the term, yyyymmdd (0 when no term applies or its start is unknown). Extensions are not applied.
  public var expiry: Int32 = 0
  /// For a lapse for non-payment: the last day a restoration can be requested (``RestorationRules``), 0 when
  /// not assessed (no rule for the office, or no filing date), `Int32.max` when the office sets no limit.
  public var restorableUntil: Int32 = 0
  /// Licences recorded and not cancelled.
  public var activeLicences = 0
  /// Whether an exclusive licence was recorded.
  public var exclusiveLicence = false
  /// Licences recorded ever (licence and exclusive-licence events).
  public var licences = 0
  /// Licence records cancelled.
  public var licencesCancelled = 0
  /// Ownership transfers recorded.
  public var transfers = 0
  /// Pledges registered, and whether one is in force (not released).
  public var pledges = 0
  /// Whether a pledge is registered and not released.
  public var pledged = false
  /// Pledge releases.
  public var pledgesReleased = 0
  /// Whether an open-licence declaration is in force (declared, not withdrawn).
  public var openLicence = false
  /// Open-licence declarations ever.
  public var openLicenceDeclarations = 0
  /// Restorations (revivals) recorded.
  public var restorations = 0
  /// Partial invalidations recorded.
  public var partialInvalidations = 0

  /// Creates a pending status.
  public init() {}

  /// Whether restoration is still possible on `date` (a lapse whose assessed window is still open).
  public func restorable(on date: Int32) -> Bool { Self.restorable(state, until: restorableUntil, on: date) }

  /// The rule ``restorable(on:)`` and ``OfficeStatus/restorable(on:)`` share.
  static func restorable(_ state: LegalState, until: Int32, on date: Int32) -> Bool {
    state == .lapsed && until >= date && until > 0
  }

  /// A restoration deadline as reports write it: `YYYY-MM-DD`, or `no limit`.
  public static func deadline(_ until: Int32) -> String { until == Int32.max ? "no limit" : DayNumber.iso(until) }
}
