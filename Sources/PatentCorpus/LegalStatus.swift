import PatentModel
import ReferenceData

/// Legal status of every application of a corpus as of a date, following each office's law: granted kinds
/// count as grants without an event, terms come from ``RightTermTable`` by office and right type, lapses for
/// non-payment get their restoration window from ``RestorationRules``, partial invalidation leaves the right in
/// force, and operations (licences, transfers, pledges, open licences) are counted apart.
///
/// The corpus is expected to be cut at the same date (``Corpus`` loaded with an as-of filter); events after
/// `asOf` are ignored here too. Cost: O(patents + events) time, one ``ApplicationStatus`` per application.
public struct LegalStatus: Sendable {
  /// The as-of date, yyyymmdd.
  public let asOf: Int32
  /// Status per application (indexed by ``Corpus/applications``).
  public let applications: [ApplicationStatus]

  /// Computes every application's status.
  public init(corpus: Corpus, reference: ReferenceData, asOf: Int32) {
    self.asOf = asOf
    let count = corpus.applicationCount
    let byApplication = RaggedArray.grouping(corpus.applications, count: count)
    let kinds = KindFacts(corpus)
    var events: [CorpusEvent] = []
    var result: [ApplicationStatus] = []
    result.reserveCapacity(count)
    for a in 0..<count {
      let members = byApplication[a]
      events.removeAll(keepingCapacity: true)
      for m in members { events.append(contentsOf: corpus.events[Int(m)]) }
      result.append(
        Self.status(members, events: &events, kinds: kinds, corpus: corpus, reference: reference, asOf: asOf))
    }
    applications = result
  }

  /// The status of patent `i`'s application.
  public func of(patent i: Int, in corpus: Corpus) -> ApplicationStatus { applications[Int(corpus.applications[i])] }

  /// One application's status from its publications and their events (sorted and deduplicated here).
  static func status(
    _ members: ArraySlice<Int32>, events: inout [CorpusEvent], kinds: KindFacts, corpus: Corpus,
    reference: ReferenceData, asOf: Int32
  ) -> ApplicationStatus {
    var s = ApplicationStatus()
    guard let first = members.first.map(Int.init) else { return s }
    s.office = corpus.countryIDs[first]
    var right = 0  // the most specific right type of its documents (KindFacts.right)
    for m in members {
      let i = Int(m)
      let kind = Int(corpus.kindIDs[i])
      right = max(right, kinds.right[kind])
      let filed = corpus.applicationDates[i]
      if filed > 0 && (s.filed == 0 || filed < s.filed) { s.filed = filed }
      if kinds.granted[kind], case let date = corpus.publicationDates[i], date > 0 && date <= asOf,
        s.granted == 0 || date < s.granted
      {
        s.granted = date
        s.grantedByKind = true
      }
    }
    s.rightType = KindFacts.rightTypes[right]
    events.sort { ($0.date, $0.meaning.rawValue, $0.state) < ($1.date, $1.meaning.rawValue, $1.state) }
    var ended: (LegalState, Int32)?
    var restoredOn: Int32 = 0
    var previous: CorpusEvent?
    for e in events where e.state == 0 && e.date <= asOf && e != previous {
      previous = e
      switch e.meaning {
      case .grant:
        let date = e.date > 0 ? e.date : asOf  // an undated grant: granted by the as-of date
        if s.granted == 0 || s.grantedByKind || date < s.granted {
          s.granted = min(date, s.granted == 0 ? date : s.granted)
        }
        s.grantedByKind = false
      case .lapse, .surrender, .withdrawal, .refusal, .revocation, .expiry:
        if ended == nil { ended = (Self.state(after: e.meaning), e.date) }
      case .revival:
        s.restorations += 1
        if let (state, _) = ended, state == .lapsed || state == .withdrawn || state == .abandoned {
          ended = nil
          restoredOn = e.date
        }
      case .partialInvalidation: s.partialInvalidations += 1
      case .licence: s.licences += 1
      case .exclusiveLicence:
        s.licences += 1
        s.exclusiveLicence = true
      case .licenceCancelled: s.licencesCancelled += 1
      case .licenceChanged: if s.licences == s.licencesCancelled { s.licences += 1 }  // a change implies one
      case .transfer: s.transfers += 1
      case .pledge:
        s.pledges += 1
        s.pledged = true
      case .pledgeReleased:
        s.pledgesReleased += 1
        s.pledged = false
      case .openLicence:
        s.openLicenceDeclarations += 1
        s.openLicence = true
      case .openLicenceWithdrawn: s.openLicence = false
      default: break
      }
    }
    s.activeLicences = max(0, s.licences - s.licencesCancelled)
    let office = corpus.countries[s.office]
    s.expiry = reference.terms.expiry(office: office, right: s.rightType, filed: s.filed, granted: s.granted)
    if let (state, date) = ended {
      s.state = state
      s.since = date
      if state == .lapsed { s.restorableUntil = Self.restorableUntil(lapse: date, filed: s.filed, office, reference) }
    } else if s.expiry > 0 && s.expiry <= asOf {
      s.state = .expired
      s.since = s.expiry
    } else if s.granted > 0 {
      s.state = restoredOn > 0 ? .restored : s.partialInvalidations > 0 ? .partiallyInvalidated : .alive
      s.since = restoredOn > 0 ? restoredOn : s.granted
    }
    if !s.state.isInForce { s.openLicence = false }
    return s
  }

  /// Document kinds that are themselves a granted right (``DocumentKind``): a grant, a utility model (CN, DE,
  /// JP and KR publish utility models on registration), a design, a plant patent, a reissue.
  public static let grantedKinds: Set<String> = ["grant", "utility-model", "design", "plant", "reissue"]

  /// What each of the corpus's document kinds says, by kind id (read once, not per document).
  struct KindFacts {
    /// Right types by precedence: a design or utility-model document makes the application one.
    static let rightTypes: [RightType] = [.invention, .plant, .utilityModel, .design]
    /// Whether the kind is itself a granted right (``grantedKinds``).
    let granted: [Bool]
    /// Index into ``rightTypes``.
    let right: [Int]

    init(_ corpus: Corpus) {
      let names = corpus.kinds.strings
      granted = names.map { LegalStatus.grantedKinds.contains($0) }
      right = names.map { ["plant": 1, "utility-model": 2, "design": 3][$0] ?? 0 }
    }
  }

  /// The state an ending event leaves.
  static func state(after meaning: LegalEventMeaning) -> LegalState {
    switch meaning {
    case .lapse: .lapsed
    case .surrender: .abandoned
    case .withdrawal: .withdrawn
    case .refusal: .refused
    case .expiry: .expired
    default: .revoked
    }
  }

  /// The last day a right of `office` lapsed for non-payment (event on `lapse`) can be restored: the missed
  /// deadline is the last anniversary of the filing date at least the grace period before the lapse event,
  /// plus the grace period; the limit runs from there. 0 when not assessed, `Int32.max` when unlimited.
  public static func restorableUntil(lapse: Int32, filed: Int32, _ office: String, _ reference: ReferenceData) -> Int32
  {
    guard let rule = reference.restoration.rule(office: office), filed > 0, lapse > filed else { return 0 }
    guard let limit = rule.limitMonths else { return Int32.max }
    let latestDue = DayNumber.adding(months: -rule.graceMonths, to: lapse)
    var years = Int(latestDue / 10_000 - filed / 10_000)
    var due = DayNumber.adding(months: 12 * years, to: filed)
    while due > latestDue && years > 0 {
      years -= 1
      due = DayNumber.adding(months: 12 * years, to: filed)
    }
    let deadline = DayNumber.adding(months: rule.graceMonths, to: due)
    return DayNumber.adding(months: limit, to: deadline)
  }
}
