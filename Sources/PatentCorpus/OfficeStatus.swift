/// A family's legal state in one office: the strongest of its applications there (in force, then pending, then
/// ended; among ended ones a still restorable lapse, then the latest end).
public struct OfficeStatus: Sendable, Hashable {
  /// The office (id into the corpus's countries).
  public var office: Int32
  /// The state.
  public var state: LegalState
  /// When it took effect, yyyymmdd (0 when unknown or pending).
  public var since: Int32
  /// For a lapse for non-payment, the last day restoration can be requested (0 not assessed, `Int32.max` no
  /// limit).
  public var restorableUntil: Int32
  /// The latest end of term of its applications there that are in force or pending (yyyymmdd, 0 unknown).
  public var expiry: Int32

  /// Creates a row.
  public init(office: Int32, state: LegalState, since: Int32, restorableUntil: Int32, expiry: Int32 = 0) {
    self.office = office
    self.state = state
    self.since = since
    self.restorableUntil = restorableUntil
    self.expiry = expiry
  }

  /// Whether `other` protects more than `self` on `date` (for picking an office's or a family's status).
  func isWeaker(than other: OfficeStatus, on date: Int32) -> Bool {
    if state.strength != other.state.strength { return state.strength < other.state.strength }
    let (a, b) = (restorable(on: date), other.restorable(on: date))
    if a != b { return b }
    return since < other.since
  }

  /// Whether a lapse here can still be restored on `date` (its assessed window is open).
  public func restorable(on date: Int32) -> Bool {
    ApplicationStatus.restorable(state, until: restorableUntil, on: date)
  }

  /// Whether nobody can hold or regain a right here on `date`: ended, and not a lapse still restorable (an
  /// unassessed restoration counts as possible).
  public func isFree(on date: Int32) -> Bool {
    guard state.isEnded else { return false }
    return state != .lapsed || (restorableUntil > 0 && restorableUntil < date)
  }
}
