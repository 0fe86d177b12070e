/// The whole-workspace facts that ingest stores for the newest state (extended and simple families, forward
/// citations, entity names and locations), recomputed as they stood on an as-of date: from the documents published on or before it only,
/// as a workspace that had ingested just those would hold them.
///
/// Made only when some document is published after the date (otherwise the stored columns are the answer).
/// Cost: one family grouping, one citation count and one party count over the workspace, O(patents +
/// priorities + citations + parties), seconds at 1 M patents; memory 32 bytes per patent kept and one profile
/// per entity.
struct AsOfSnapshot: Sendable {
  /// The as-of date, yyyymmdd.
  let asOf: Int32
  /// Ids of the patents published by the date, ascending (empty when nothing was cut).
  let ids: [Int64]
  /// Their simple family ids.
  let simple: [Int64]
  /// Their extended family ids.
  let extended: [Int64]
  /// Their forward citations from patents published by the date.
  let forward: [Int64]
  /// Entity names and locations counted over the parties of the patents published by the date.
  let entities: [Int64: EntityProfiles.Profile]

  /// Whether any document was cut (and the recomputed columns replace the stored ones).
  var cuts: Bool { !ids.isEmpty }

  /// The date as `YYYY-MM-DD` (the workspace's date form).
  var iso: String { Self.iso(asOf) }

  /// `20200501` → `2020-05-01`.
  static func iso(_ date: Int32) -> String {
    let (y, m, d) = (date / 10_000, date / 100 % 100, date % 100)
    let year = String(y)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + (m < 10 ? "-0" : "-") + String(m)
      + (d < 10 ? "-0" : "-") + String(d)
  }

  /// The snapshot of the workspace at `asOf`; reads only.
  static func make<S: SQLSession>(_ s: S, asOf: Int32) throws -> AsOfSnapshot {
    guard try cuts(s, asOf: asOf) else { return none(asOf) }
    let date = iso(asOf)
    return assemble(
      asOf, try FamilyBuilder.compute(s, publishedBy: date), try ForwardCitations.count(s, publishedBy: date).counts,
      try EntityProfiles.profiles(s, publishedBy: date))
  }

  /// Whether any document of the workspace is published after `asOf`. O(patents) scan, no sort.
  static func cuts<S: SQLSession>(_ s: S, asOf: Int32) throws -> Bool {
    try s.int("SELECT COUNT(*) FROM (SELECT 1 FROM patents WHERE pub_date > ? LIMIT 1) x", [.text(iso(asOf))]) > 0
  }

  /// The snapshot that cuts nothing.
  static func none(_ asOf: Int32) -> AsOfSnapshot {
    AsOfSnapshot(asOf: asOf, ids: [], simple: [], extended: [], forward: [], entities: [:])
  }

  /// The snapshot from its three parts.
  static func assemble(
    _ asOf: Int32, _ groups: FamilyBuilder.Groups, _ forward: [Int64], _ entities: [Int64: EntityProfiles.Profile]
  ) -> AsOfSnapshot {
    AsOfSnapshot(
      asOf: asOf, ids: groups.ids, simple: groups.simple, extended: groups.extended, forward: forward,
      entities: entities)
  }

  /// Position of `id` in ``ids`` at or after `from` (a merge pointer for id-ordered readers); nil when absent.
  func index(of id: Int64, from: inout Int) -> Int? {
    while from < ids.count && ids[from] < id { from += 1 }
    return from < ids.count && ids[from] == id ? from : nil
  }
}
