/// Recomputes each entity's display name and location from its party rows (applicants and assignees), so
/// that loading a corpus reads one row per entity instead of aggregating millions of parties.
///
/// - **Location**: the most frequent (country, province, province code, city) among the entity's rows; ties go
///   to known values before unknown, then to the smaller country, province, city and province code (byte order,
///   so SQLite and PostgreSQL agree whatever the server's collation).
/// - **Name** (unless an alias gave it one): the normalized spelling most of its rows use, ties to the smaller,
///   so the name does not depend on which file came first.
///
/// One scan of `parties` counts (entity, name) and (entity, location) pairs by hash, with names and locations
/// interned (``ByteInterner``): O(parties) time, O(distinct pairs) memory; only the entities whose stored
/// values differ are returned. Reads only.
enum EntityProfiles {
  /// Where an entity is, as stored in `entities`.
  struct Location: Equatable, Sendable {
    let country: String?
    let province: String?
    let provinceCode: String?
    let city: String?
  }

  /// An entity whose stored name or location differs from the recount (`nil`: keep the stored value).
  struct Change: Equatable, Sendable {
    let id: Int64
    let name: String?
    let location: Location?
  }

  /// Recounts every entity and passes the changed ones to `update`; returns how many changed.
  static func rebuild<S: SQLSession>(_ s: S, update: ([Change]) throws -> Void) throws -> Int {
    let rows = try changes(s)
    try update(rows)
    return rows.count
  }

  /// Recounts every entity from the party rows; returns those whose stored name or location differs, in id
  /// order.
  static func changes<S: SQLSession>(_ s: S) throws -> [Change] {
    var tally = Tally()
    let parties = try s.cursor(
      """
      SELECT entity_id, name_normalized, country, province, province_code, region_city FROM parties
      WHERE entity_id IS NOT NULL
      """, [])
    while parties.hasRow {
      tally.count(parties)
      try parties.advance()
    }
    let (names, locations) = tally.winners()
    var changes: [Change] = []
    let entities = try s.cursor(
      "SELECT id, name, aliased, country, province, province_code, city FROM entities ORDER BY id", [])
    while entities.hasRow {
      let id = entities.int64(0)
      if let e = tally.entityIndex[id] {
        let name = names[Int(e)]
        let location = locations[Int(e)]
        let stored = Location(
          country: entities.optionalText(3), province: entities.optionalText(4),
          provinceCode: entities.optionalText(5), city: entities.optionalText(6))
        let newName = entities.int64(2) == 0 && entities.text(1) != name ? name : nil
        let newLocation = stored != location ? location : nil
        if newName != nil || newLocation != nil { changes.append(Change(id: id, name: newName, location: newLocation)) }
      }
      try entities.advance()
    }
    return changes
  }

  /// An entity's name and location as its party rows give them.
  struct Profile: Equatable, Sendable {
    let name: String
    let location: Location
  }

  /// Each entity's name and location counted over the party rows of the patents published on or before
  /// `publishedBy` (`YYYY-MM-DD`; those without a publication date too): what a workspace holding only those
  /// would store. Entities with no such row are absent. Reads only; O(parties).
  /// With `onlyCut`, only the entities named on a document published after the date are counted (the others
  /// keep their stored profile).
  static func profiles<S: SQLSession>(_ s: S, publishedBy: String, onlyCut: Bool = false) throws -> [Int64: Profile] {
    var tally = Tally()
    let only =
      onlyCut
      ? """
      AND x.entity_id IN (SELECT c.entity_id FROM parties c JOIN patents q ON q.id = c.patent_id
      WHERE q.pub_date > ? AND c.entity_id IS NOT NULL)
      """ : ""
    let parties = try s.cursor(
      """
      SELECT x.entity_id, x.name_normalized, x.country, x.province, x.province_code, x.region_city FROM parties x
      JOIN patents p ON p.id = x.patent_id
      WHERE x.entity_id IS NOT NULL AND (p.pub_date IS NULL OR p.pub_date <= ?) \(only)
      """, onlyCut ? [.text(publishedBy), .text(publishedBy)] : [.text(publishedBy)])
    while parties.hasRow {
      tally.count(parties)
      try parties.advance()
    }
    let (names, locations) = tally.winners()
    var result: [Int64: Profile] = [:]
    result.reserveCapacity(tally.entityIndex.count)
    for (id, e) in tally.entityIndex { result[id] = Profile(name: names[Int(e)], location: locations[Int(e)]) }
    return result
  }

  /// The counts of one scan of `parties`.
  private struct Tally {
    /// Entity id → dense index, in first-seen order.
    var entityIndex: [Int64: Int32] = [:]
    var names = ByteInterner()
    var nameValues: [String] = []
    var places = ByteInterner()
    var placeValues: [Location] = []
    /// (entity index << 32 | name or place id) → rows.
    var nameCounts: [UInt64: Int32] = [:]
    var placeCounts: [UInt64: Int32] = [:]
    var key = KeyBuilder()

    /// Counts one party row (columns: entity, name, country, province, province code, city).
    mutating func count<C: RowCursor>(_ row: C) {
      let id = row.int64(0)
      let entity: Int32
      if let known = entityIndex[id] {
        entity = known
      } else {
        entity = Int32(entityIndex.count)
        entityIndex[id] = entity
      }
      let before = names.count
      let name = names.intern(row.bytes(1))
      if names.count > before { nameValues.append(row.text(1)) }
      nameCounts[UInt64(entity) << 32 | UInt64(UInt32(name)), default: 0] += 1
      key.start(0)
      for column in Int32(2)...5 {
        if row.isNull(column) {
          key.append(0)
        } else {
          let bytes = row.bytes(column)
          key.append(1)
          withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { key.append($0.bindMemory(to: UInt8.self)) }
          key.append(bytes)
        }
      }
      let placesBefore = places.count
      let place = key.withKey { places.intern($0) }
      if places.count > placesBefore {
        placeValues.append(
          Location(
            country: row.optionalText(2), province: row.optionalText(3), provinceCode: row.optionalText(4),
            city: row.optionalText(5)))
      }
      placeCounts[UInt64(entity) << 32 | UInt64(UInt32(place)), default: 0] += 1
    }

    /// Each entity's winning name and location, by dense index.
    func winners() -> (names: [String], locations: [Location]) {
      (
        Self.best(nameCounts, nameValues, entities: entityIndex.count, by: Self.precedes),
        Self.best(placeCounts, placeValues, entities: entityIndex.count, by: Self.precedes)
      )
    }

    /// For each entity, the most counted of its values; ties to the one that `precedes`. O(pairs).
    private static func best<T>(
      _ counts: [UInt64: Int32], _ values: [T], entities: Int, by precedes: (T, T) -> Bool
    ) -> [T] {
      var best = [(id: Int32, n: Int32)](repeating: (-1, 0), count: entities)
      for (pair, n) in counts {
        let (e, id) = (Int(pair >> 32), Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
        let current = best[e]
        if current.id < 0 || n > current.n || (n == current.n && precedes(values[Int(id)], values[Int(current.id)])) {
          best[e] = (id, n)
        }
      }
      return best.map { values[Int($0.id)] }
    }

    /// Byte order (SQLite's BINARY collation).
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Among equally frequent locations: known before unknown, then smaller, field by field (country,
    /// province, city, province code).
    static func precedes(_ a: Location, _ b: Location) -> Bool {
      for (x, y) in [
        (a.country, b.country), (a.province, b.province), (a.city, b.city), (a.provinceCode, b.provinceCode),
      ]
      where x != y {
        guard let x else { return false }
        guard let y else { return true }
        return precedes(x, y)
      }
      return false
    }
  }
}
