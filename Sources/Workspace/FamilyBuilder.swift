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
    var ids: [Int64] = []
    var appKeys: [String?] = []
    var docdb: [String?] = []
    var oldSimple: [Int64?] = []
    var oldExtended: [Int64?] = []
    let rows = try s.cursor(
      "SELECT id, app_key, docdb_family, simple_family, extended_family FROM patents ORDER BY id", [])
    while rows.hasRow {
      ids.append(rows.int64(0))
      appKeys.append(rows.optionalText(1))
      docdb.append(rows.optionalText(2))
      oldSimple.append(rows.optionalInt64(3))
      oldExtended.append(rows.optionalInt64(4))
      try rows.advance()
    }
    var index: [Int64: Int32] = [:]
    index.reserveCapacity(ids.count)
    for (i, id) in ids.enumerated() { index[id] = Int32(i) }
    var priorities = Array(repeating: [String](), count: ids.count)
    let cursor = try s.cursor("SELECT patent_id, priority_key FROM priorities", [])
    while cursor.hasRow {
      if let i = index[cursor.int64(0)] { priorities[Int(i)].append(cursor.text(1)) }
      try cursor.advance()
    }
    var simple = UnionFind(count: ids.count)
    var extended = UnionFind(count: ids.count)
    var bySignature: [String: Int32] = [:]
    var byNode: [String: Int32] = [:]
    bySignature.reserveCapacity(ids.count * 2)
    byNode.reserveCapacity(ids.count * 2 + priorities.count)
    for i in ids.indices {
      let me = Int32(i)
      let keys = priorities[i].sorted()
      let signature = keys.isEmpty ? (appKeys[i].map { "A:" + $0 } ?? "P:\(ids[i])") : keys.joined(separator: "|")
      if let first = bySignature[signature] { simple.union(first, me) } else { bySignature[signature] = me }
      var nodes = keys.map { "K:" + $0 }
      if let app = appKeys[i] { nodes.append("K:" + app) }
      if let family = docdb[i] {
        nodes.append("D:" + family)
        if let first = bySignature["D:" + family] { simple.union(first, me) } else { bySignature["D:" + family] = me }
      }
      for node in nodes {
        if let first = byNode[node] { extended.union(first, me) } else { byNode[node] = me }
      }
    }

    var changed: [Assignment] = []
    for i in ids.indices {
      let s = ids[Int(simple.find(Int32(i)))]
      let e = ids[Int(extended.find(Int32(i)))]
      if oldSimple[i] != s || oldExtended[i] != e { changed.append(Assignment(id: ids[i], simple: s, extended: e)) }
    }
    return changed
  }
}
