import PatentCorpus
import PatentModel
import ReferenceData

/// Legal status of the applications and families of the corpus as of a date (``LegalStatus``): each
/// application counted once (its A and B publications together), by state, with the operations on it counted
/// apart (licences, transfers, pledges, open licences, restorations).
public struct LegalStatusSummary: Sendable, Codable, Equatable {
  /// The as-of date, `YYYY-MM-DD`.
  public let asOf: String
  /// Applications (publications of one application counted once).
  public let applications: Int
  /// Applications with at least one legal event by the as-of date.
  public let withEvents: Int
  /// Granted and in force (including partly invalidated and restored rights).
  public let alive: Int
  /// Granted by a granted kind code (B, C, U, S…) with no grant event in the data.
  public let grantedByKindOnly: Int
  /// Not granted and not ended.
  public let pending: Int
  /// Lapsed for non-payment (or ceased without a stated cause).
  public let lapsed: Int
  /// Of those, still restorable on the as-of date (the office's restoration window is open, or not assessed).
  public let lapsedRestorable: Int
  /// Given up by the owner (surrendered, actively abandoned).
  public let abandoned: Int
  /// Applications withdrawn or deemed withdrawn.
  public let withdrawn: Int
  /// Applications refused.
  public let refused: Int
  /// Term ended (an expiry event or the term of the office and right type).
  public let expired: Int
  /// Revoked or wholly invalidated.
  public let revoked: Int
  /// In force with part of the right invalidated or limited.
  public let partiallyInvalidated: Int
  /// In force again after a restoration.
  public let restored: Int
  /// With a licence ever recorded; with one in force (recorded, not cancelled); with an exclusive one.
  public let licensed: Int, licensedNow: Int, exclusiveLicensed: Int
  /// With an ownership transfer recorded.
  public let transferred: Int
  /// With a pledge ever registered; with one not released.
  public let pledged: Int, pledgedNow: Int
  /// With an open-licence declaration in force (declared, not withdrawn, right in force).
  public let openLicence: Int
  /// Extended families alive in at least one office; pending somewhere and alive nowhere; ended everywhere.
  public let familiesAlive: Int, familiesPending: Int, familiesEnded: Int
  /// How the figures were computed.
  public let method: String

  /// Counts the corpus's applications and families as of `asOf` (yyyymmdd). O(patents + events).
  public init(corpus: Corpus, reference: ReferenceData, asOf: Int32) {
    let law = LegalStatus(corpus: corpus, reference: reference, asOf: asOf)
    let apps = law.applications
    func count(_ test: (ApplicationStatus) -> Bool) -> Int { apps.reduce(0) { $0 + (test($1) ? 1 : 0) } }
    func state(_ s: LegalState) -> Int { count { $0.state == s } }
    var hasEvents = [Bool](repeating: false, count: apps.count)
    for i in 0..<corpus.count where corpus.events[i].contains(where: { $0.date <= asOf }) {
      hasEvents[Int(corpus.applications[i])] = true
    }
    self.asOf = DayNumber.iso(asOf)
    applications = apps.count
    withEvents = hasEvents.filter { $0 }.count
    alive = count { $0.state.isInForce }
    grantedByKindOnly = count { $0.grantedByKind && $0.granted > 0 }
    pending = state(.pending)
    lapsed = state(.lapsed)
    lapsedRestorable = count { $0.state == .lapsed && ($0.restorableUntil == 0 || $0.restorableUntil >= asOf) }
    abandoned = state(.abandoned)
    withdrawn = state(.withdrawn)
    refused = state(.refused)
    expired = state(.expired)
    revoked = state(.revoked)
    partiallyInvalidated = state(.partiallyInvalidated)
    restored = state(.restored)
    licensed = count { $0.licences > 0 }
    licensedNow = count { $0.activeLicences > 0 && $0.state.isInForce }
    exclusiveLicensed = count { $0.exclusiveLicence }
    transferred = count { $0.transfers > 0 }
    pledged = count { $0.pledges > 0 }
    pledgedNow = count { $0.pledged && $0.state.isInForce }
    openLicence = count { $0.openLicence }
    let view = FamilyView(corpus: corpus, law: law)
    familiesAlive = view.status.filter { $0 == .alive }.count
    familiesPending = view.status.filter { $0 == .pending }.count
    familiesEnded = view.count - familiesAlive - familiesPending
    method = """
      as of \(DayNumber.iso(asOf)): documents published and legal events dated by then; each application counted \
      once (its publications together); granted = a granted kind code of its office (B, C, U, S, P, E) or a grant \
      event; ended by its first lapse (non-payment), surrender (abandonment), withdrawal, refusal, revocation or \
      expiry event unless a later restoration revived it, or by the end of its term (right-terms.tsv by office, \
      right type and filing date; extensions not applied); partial invalidation leaves the right in force; \
      operations from typed events (legal-event-codes.tsv refined by legal-event-types.tsv): licences in force = \
      recorded less cancelled, pledges in force = not released, open licences = declared and not withdrawn; \
      restorable = a lapse within its office's restoration window (restoration-rules.tsv; offices without a rule \
      counted as restorable); a family is alive when any application of it is in force
      """
  }
}
