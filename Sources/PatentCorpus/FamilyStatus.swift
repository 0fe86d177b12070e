import ReferenceData

/// A family's legal status as of a date: from its members' INPADOC events, and the 20-year term counted from
/// its earliest filing date.
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

  /// The family's status from its members' event flags and end dates, and its nominal expiry (yyyymmdd).
  /// Alive beats pending beats the ends; among ends, the member's first end event decides.
  public static func of(members: ArraySlice<Int32>, corpus: Corpus, expiry: Int32, asOf: Int32) -> (FamilyStatus, Int32)
  {
    if expiry > 0 && expiry <= asOf { return (.expired, expiry) }
    let ends = LegalEventMeaning.allCases.filter(\.endsRight).reduce(UInt32(0)) { $0 | $1.bit }
    var ended: (FamilyStatus, Int32)?
    var pending = false
    for m in members {
      let flags = corpus.legalFlags[Int(m)]
      if flags & ends == 0 {
        if flags & LegalEventMeaning.grant.bit != 0 { return (.alive, 0) }
        pending = true
        continue
      }
      let (status, date) = of(patent: Int(m), corpus: corpus, asOf: 0)
      if ended == nil || (date > 0 && (ended?.1 ?? 0) == 0) || (date > 0 && date < (ended?.1 ?? 0)) {
        ended = (status, date)
      }
    }
    if pending { return (.pending, 0) }
    return ended ?? (.pending, 0)
  }

  /// One patent's status as of `asOf`: its own events, and its 20-year term from its filing date.
  public static func of(patent i: Int, corpus: Corpus, asOf: Int32) -> (FamilyStatus, Int32) {
    let filed = corpus.applicationDates[i]
    if filed > 0 && filed + 200_000 <= asOf { return (.expired, filed + 200_000) }
    let flags = corpus.legalFlags[i]
    let ends = LegalEventMeaning.allCases.filter(\.endsRight).reduce(UInt32(0)) { $0 | $1.bit }
    if flags & ends == 0 { return (flags & LegalEventMeaning.grant.bit != 0 ? .alive : .pending, 0) }
    let status: FamilyStatus =
      flags & LegalEventMeaning.expiry.bit != 0
      ? .expired
      : flags & LegalEventMeaning.revocation.bit != 0
        ? .revoked : flags & LegalEventMeaning.lapse.bit != 0 ? .lapsed : .abandoned
    return (status, corpus.endDates[i])
  }
}
