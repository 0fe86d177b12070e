/// A directed, unweighted graph over nodes `0..<nodeCount` in compressed sparse rows, with the reverse rows
/// too (who points at a node). Duplicate edges and self-loops are dropped at construction.
///
/// Memory: 8 bytes per edge (both directions) plus 8 per node; row access O(1), allocation-free.
public struct DirectedGraph: Sendable, Equatable {
  /// Number of nodes.
  public let nodeCount: Int
  /// `outOffsets[u]..<outOffsets[u + 1]` indexes u's successors in `successors`.
  public let outOffsets: [Int32]
  /// Successors, row after row, ascending within a row.
  public let successors: [Int32]
  /// `inOffsets[v]..<inOffsets[v + 1]` indexes v's predecessors in `predecessors`.
  public let inOffsets: [Int32]
  /// Predecessors, row after row, ascending within a row.
  public let predecessors: [Int32]

  /// Builds the graph from edges `(from, to)`. O(E log E) for the sort.
  public init(nodeCount: Int, edges: [(Int32, Int32)]) {
    var packed = edges.compactMap { edge -> UInt64? in
      edge.0 == edge.1 ? nil : UInt64(UInt32(edge.0)) << 32 | UInt64(UInt32(edge.1))
    }
    packed.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(packed.count)
    for edge in packed where unique.last != edge { unique.append(edge) }
    self.nodeCount = nodeCount
    (outOffsets, successors) = Self.rows(nodeCount, unique.map { (Int32($0 >> 32), Int32(truncatingIfNeeded: $0)) })
    let reversed = unique.map { UInt64($0 & 0xFFFF_FFFF) << 32 | ($0 >> 32) }.sorted()
    (inOffsets, predecessors) = Self.rows(nodeCount, reversed.map { (Int32($0 >> 32), Int32(truncatingIfNeeded: $0)) })
  }

  /// Number of edges.
  public var edgeCount: Int { successors.count }

  /// The nodes `u` points to.
  public func successors(of u: Int) -> ArraySlice<Int32> {
    successors[Int(outOffsets[u])..<Int(outOffsets[u + 1])]
  }

  /// The nodes pointing to `v`.
  public func predecessors(of v: Int) -> ArraySlice<Int32> {
    predecessors[Int(inOffsets[v])..<Int(inOffsets[v + 1])]
  }

  /// Out-degree of `u`.
  public func outDegree(_ u: Int) -> Int { Int(outOffsets[u + 1] - outOffsets[u]) }

  /// In-degree of `v`.
  public func inDegree(_ v: Int) -> Int { Int(inOffsets[v + 1] - inOffsets[v]) }

  /// CSR rows from edges sorted by source.
  private static func rows(_ nodeCount: Int, _ sorted: [(Int32, Int32)]) -> ([Int32], [Int32]) {
    var offsets = Array(repeating: Int32(0), count: nodeCount + 1)
    for (from, _) in sorted { offsets[Int(from) + 1] += 1 }
    for u in 0..<nodeCount { offsets[u + 1] += offsets[u] }
    return (offsets, sorted.map(\.1))
  }
}
