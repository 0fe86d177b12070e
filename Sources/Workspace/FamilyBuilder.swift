/// Groups the workspace's patents into families, from scratch, so the result depends only on the contents.
///
/// - **Simple family**: patents with the same DOCDB family id, or the same set of priority claims (a patent
///   that claims nothing counts its own application as its priority: it is a first filing).
/// - **Extended family** (as INPADOC): patents connected through any shared priority, application or DOCDB
///   family id, transitively.
///
/// Family ids are the smallest patent id in the group, so they are stable across reruns. Priority numbers are
/// compared through ``PriorityKey`` (DOCDB, EPODOC and office forms agree). Cost: O((patents + priorities) ·
/// α) with union-find, plus one UPDATE per patent whose family changed.
enum FamilyBuilder {
  /// Union-find over dense indices with path halving and union by smaller root.
  struct UnionFind {
    var parent: [Int32]

    init(count: Int) { parent = (0..<Int32(count)).map { $0 } }

    mutating func find(_ x: Int32) -> Int32 {
      var x = x
      while parent[Int(x)] != x {
        parent[Int(x)] = parent[Int(parent[Int(x)])]
        x = parent[Int(x)]
      }
      return x
    }

    mutating func union(_ a: Int32, _ b: Int32) {
      let (ra, rb) = (find(a), find(b))
      if ra == rb { return }
      if ra < rb { parent[Int(rb)] = ra } else { parent[Int(ra)] = rb }
    }
  }

  /// One patent's family assignment as the rebuild computed it.
  struct Assignment: Sendable {
    let id: Int64
    let simple: Int64
    let extended: Int64
  }

  /// Recomputes `simple_family` and `extended_family` for every patent; passes the rows that changed to
  /// `update` (one bulk update in PostgreSQL) and returns how many.
  static func rebuild<S: SQLSession>(_ s: S, update: ([Assignment]) throws -> Void) throws -> Int {
    let rows = try changes(s)
    try update(rows)
    return rows.count
  }

  /// Recomputes every patent's families from the stored rows; returns the patents whose stored families
  /// differ, in id order. Reads only.
  static func changes<S: SQLSession>(_ s: S) throws -> [Assignment] {
    let groups = try compute(s, publishedBy: nil)
    var changed: [Assignment] = []
    for i in groups.ids.indices {
      let (s, e) = (groups.simple[i], groups.extended[i])
      if groups.oldSimple[i] != s || groups.oldExtended[i] != e {
        changed.append(Assignment(id: groups.ids[i], simple: s, extended: e))
      }
    }
    return changed
  }

  /// Families computed from the stored rows: patent ids ascending, their simple and extended family ids, and
  /// the stored ones.
  struct Groups: Sendable {
    var ids: [Int64] = []
    var simple: [Int64] = []
    var extended: [Int64] = []
    var oldSimple: [Int64?] = []
    var oldExtended: [Int64?] = []
  }

  /// Groups the patents published on or before `publishedBy` (`YYYY-MM-DD`; those without a publication date
  /// too), or all of them when nil, as a workspace holding only those would (families as known on that day).
  /// `scope` (an SQL condition on `patents`, with `scopeArguments`) limits the grouping to some patents, e.g. the
  /// extended families a cut touches: removing documents only splits families, so grouping within each is exact.
  /// Reads only.
  static func compute<S: SQLSession>(
    _ s: S, publishedBy: String?, scope: String? = nil, scopeArguments: [SQLValue] = []
  ) throws -> Groups {
    var ids: [Int64] = []
    var oldSimple: [Int64?] = []
    var oldExtended: [Int64?] = []
    // Every grouping key is interned once, its kind in a prefix byte: "K" a filing (priority or own
    // application) node, "A" the signature of a first filing, "S" a set of priorities, "D" a DOCDB family.
    var keys = ByteInterner()
    var key = KeyBuilder()
    var appNode: [Int32] = []
    var appSignature: [Int32] = []
    var docdb: [Int32] = []
    var conditions = publishedBy == nil ? [] : ["(pub_date IS NULL OR pub_date <= ?)"]
    var arguments: [SQLValue] = publishedBy.map { [.text($0)] } ?? []
    if let scope {
      conditions.append("(\(scope))")
      arguments += scopeArguments
    }
    let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    let rows = try s.cursor(
      "SELECT id, app_key, docdb_family, simple_family, extended_family FROM patents \(condition) ORDER BY id",
      arguments)
    while rows.hasRow {
      ids.append(rows.int64(0))
      let app = rows.isNull(1) ? nil : rows.bytes(1)
      appNode.append(app.map { intern(&keys, &key, "K", $0) } ?? -1)
      appSignature.append(app.map { intern(&keys, &key, "A", $0) } ?? -1)
      docdb.append(rows.isNull(2) ? -1 : intern(&keys, &key, "D", rows.bytes(2)))
      oldSimple.append(rows.optionalInt64(3))
      oldExtended.append(rows.optionalInt64(4))
      try rows.advance()
    }
    // Priority keys per patent (compressed rows: patent i's are priorityIDs[priorityStart[i]..<priorityStart[i+1]]),
    // by a merge of two id-ordered scans.
    var priorityStart = [Int](repeating: 0, count: ids.count + 1)
    var priorityIDs: [Int32] = []
    var i = 0
    let cursor = try s.cursor(
      scope == nil
        ? "SELECT patent_id, priority_key FROM priorities ORDER BY patent_id"
        : "SELECT patent_id, priority_key FROM priorities WHERE patent_id IN (SELECT id FROM patents \(condition)) ORDER BY patent_id",
      scope == nil ? [] : arguments)
    while cursor.hasRow {
      let patent = cursor.int64(0)
      while i < ids.count && ids[i] < patent {
        i += 1
        priorityStart[i] = priorityIDs.count
      }
      if i < ids.count && ids[i] == patent { priorityIDs.append(intern(&keys, &key, "K", cursor.bytes(1))) }
      try cursor.advance()
    }
    while i < ids.count {
      i += 1
      priorityStart[i] = priorityIDs.count
    }

    var simple = UnionFind(count: ids.count)
    var extended = UnionFind(count: ids.count)
    var firstSimple: [Int32] = []
    var firstExtended: [Int32] = []
    func join(_ first: inout [Int32], _ id: Int32, _ me: Int32, _ sets: inout UnionFind) {
      if first.count <= Int(id) { first.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - first.count)) }
      if first[Int(id)] >= 0 { sets.union(first[Int(id)], me) } else { first[Int(id)] = me }
    }
    for i in ids.indices {
      let me = Int32(i)
      var filings = Array(priorityIDs[priorityStart[i]..<priorityStart[i + 1]])
      if !filings.isEmpty {
        filings.sort { a, b in keys.withBytes(of: a) { a in keys.withBytes(of: b) { a.lexicographicallyPrecedes($0) } }
        }
        key.start(UInt8(ascii: "S"))
        for (n, filing) in filings.enumerated() {
          if n > 0 { key.append(UInt8(ascii: "|")) }
          keys.withBytes(of: filing) { key.append(UnsafeBufferPointer(rebasing: $0.dropFirst())) }
        }
        join(&firstSimple, key.withKey { keys.intern($0) }, me, &simple)
      } else if appSignature[i] >= 0 {
        join(&firstSimple, appSignature[i], me, &simple)
      }
      if docdb[i] >= 0 {
        join(&firstSimple, docdb[i], me, &simple)
        join(&firstExtended, docdb[i], me, &extended)
      }
      for filing in filings { join(&firstExtended, filing, me, &extended) }
      if appNode[i] >= 0 { join(&firstExtended, appNode[i], me, &extended) }
    }

    var groups = Groups(ids: ids, oldSimple: oldSimple, oldExtended: oldExtended)
    groups.simple = ids.indices.map { ids[Int(simple.find(Int32($0)))] }
    groups.extended = ids.indices.map { ids[Int(extended.find(Int32($0)))] }
    return groups
  }

  /// Interns `bytes` under the kind `prefix`.
  private static func intern(
    _ keys: inout ByteInterner, _ key: inout KeyBuilder, _ prefix: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Int32 {
    key.start(UInt8(ascii: prefix))
    key.append(bytes)
    return key.withKey { keys.intern($0) }
  }
}
