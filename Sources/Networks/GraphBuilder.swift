/// Accumulates weighted undirected edges (repeats add up) and builds a ``WeightedGraph``.
///
/// Edges are kept as flat arrays and merged by one sort at the end: O(E log E) time, no per-edge allocation.
public struct GraphBuilder: Sendable {
  private let nodeCount: Int
  private var keys: [UInt64] = []
  private var values: [Double] = []
  private var selfLoops: [Double]

  /// A builder for nodes `0..<nodeCount`.
  public init(nodeCount: Int) {
    self.nodeCount = nodeCount
    selfLoops = Array(repeating: 0, count: nodeCount)
  }

  /// Adds `weight` to the edge {u, v} (a self-loop when u == v).
  public mutating func add(_ u: Int, _ v: Int, weight: Double = 1) {
    if u == v {
      selfLoops[u] += weight
      return
    }
    let (a, b) = u < v ? (u, v) : (v, u)
    keys.append(UInt64(a) << 32 | UInt64(b))
    values.append(weight)
  }

  /// The graph with repeated edges merged (weights summed).
  public func build() -> WeightedGraph {
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    var merged: [(UInt32, UInt32, Double)] = []
    merged.reserveCapacity(order.count)
    for i in order {
      let a = UInt32(keys[i] >> 32)
      let b = UInt32(keys[i] & 0xFFFF_FFFF)
      if let last = merged.last, last.0 == a, last.1 == b {
        merged[merged.count - 1].2 += values[i]
      } else {
        merged.append((a, b, values[i]))
      }
    }
    var degree = Array(repeating: Int32(0), count: nodeCount + 1)
    for (a, b, _) in merged {
      degree[Int(a) + 1] += 1
      degree[Int(b) + 1] += 1
    }
    for u in 0..<nodeCount { degree[u + 1] += degree[u] }
    var cursor = degree
    var neighbors = Array(repeating: Int32(0), count: merged.count * 2)
    var weights = Array(repeating: 0.0, count: merged.count * 2)
    // Each row gets its smaller neighbours first (edges sorted by (b, a)), then its larger ones (sorted by
    // (a, b)), so every row is ascending.
    for (a, b, w) in merged.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
      neighbors[Int(cursor[Int(b)])] = Int32(a)
      weights[Int(cursor[Int(b)])] = w
      cursor[Int(b)] += 1
    }
    for (a, b, w) in merged {
      neighbors[Int(cursor[Int(a)])] = Int32(b)
      weights[Int(cursor[Int(a)])] = w
      cursor[Int(a)] += 1
    }
    return WeightedGraph(
      nodeCount: nodeCount, offsets: degree, neighbors: neighbors, weights: weights, selfLoops: selfLoops)
  }
}
