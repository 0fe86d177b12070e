import PatentModel

/// The whole-workspace facts that ingest stores for the newest state (extended and simple families, forward
/// citations, entity names and locations), as they stood on an as-of date: from the documents published on or
/// before it only, as a workspace that had ingested just those would hold them.
///
/// Only what the later documents change is recomputed, and kept as overrides of the stored columns: the families
/// they belong to (removing documents only splits families, so regrouping within them is exact), the forward
/// citations of the patents they cite, and the profiles of the entities they name. When more than a tenth of
/// the workspace is later than the date, everything is recomputed instead. Made empty when nothing is later.
/// Cost: O(later documents' rows) plus scans of `patents` and `parties`; memory per override.
struct AsOfSnapshot: Sendable {
  /// The as-of date, yyyymmdd.
  let asOf: Int32
  /// Whether any document is published after the date.
  let cuts: Bool
  /// Patents whose families are recomputed, ascending, with their simple and extended family ids.
  let familyIDs: [Int64]
  let simple: [Int64]
  let extended: [Int64]
  /// Patents whose forward citations are recomputed, ascending, with the counts.
  let forwardIDs: [Int64]
  let forward: [Int64]
  /// Entity names and locations recomputed over the parties of the documents published by the date.
  let entities: [Int64: EntityProfiles.Profile]

  /// The date as `YYYY-MM-DD` (the workspace's date form).
  var iso: String { DayNumber.iso(asOf) }

  /// The snapshot of the workspace at `asOf` on one session; reads only.
  static func make<S: SQLSession>(_ s: S, asOf: Int32) throws -> AsOfSnapshot {
    guard let whole = try extent(s, asOf: asOf) else { return none(asOf) }
    let date = DayNumber.iso(asOf)
    return assemble(
      asOf, try families(s, date, whole: whole), try forwardCounts(s, date, whole: whole),
      try EntityProfiles.profiles(s, publishedBy: date, onlyCut: !whole))
  }

  /// How much `asOf` cuts: nil when no document is published after it; otherwise whether more than a tenth is
  /// (then recomputing everything is cheaper than the overrides).
  static func extent<S: SQLSession>(_ s: S, asOf: Int32) throws -> Bool? {
    let later = try s.int("SELECT COUNT(*) FROM patents WHERE pub_date > ?", [.text(DayNumber.iso(asOf))])
    guard later > 0 else { return nil }
    return later * 10 > (try s.int("SELECT COUNT(*) FROM patents"))
  }

  /// The families part: the families the later documents touch, regrouped (all when `whole`).
  static func families<S: SQLSession>(_ s: S, _ date: String, whole: Bool) throws -> FamilyBuilder.Groups {
    try FamilyBuilder.compute(
      s, publishedBy: date,
      scope: whole ? nil : "extended_family IN (SELECT extended_family FROM patents WHERE pub_date > ?)",
      scopeArguments: whole ? [] : [.text(date)])
  }

  /// The forward-citation part: the counts the later documents change (all when `whole`).
  static func forwardCounts<S: SQLSession>(
    _ s: S, _ date: String, whole: Bool
  ) throws -> (
    ids: [Int64], counts: [Int64]
  ) {
    if whole {
      let all = try ForwardCitations.count(s, publishedBy: date)
      return (all.ids, all.counts)
    }
    return try ForwardCitations.reduced(s, publishedBy: date)
  }

  /// The snapshot that cuts nothing.
  static func none(_ asOf: Int32) -> AsOfSnapshot {
    AsOfSnapshot(
      asOf: asOf, cuts: false, familyIDs: [], simple: [], extended: [], forwardIDs: [], forward: [], entities: [:])
  }

  /// The snapshot from its three parts.
  static func assemble(
    _ asOf: Int32, _ groups: FamilyBuilder.Groups, _ forward: (ids: [Int64], counts: [Int64]),
    _ entities: [Int64: EntityProfiles.Profile]
  ) -> AsOfSnapshot {
    AsOfSnapshot(
      asOf: asOf, cuts: true, familyIDs: groups.ids, simple: groups.simple, extended: groups.extended,
      forwardIDs: forward.ids, forward: forward.counts, entities: entities)
  }

  /// Position of `id` in the ascending `ids` at or after `from` (a merge pointer for id-ordered readers); nil when
  /// absent.
  static func index(of id: Int64, in ids: [Int64], from: inout Int) -> Int? {
    while from < ids.count && ids[from] < id { from += 1 }
    return from < ids.count && ids[from] == id ? from : nil
  }
}
