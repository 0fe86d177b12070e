/// Community detection by modularity optimization (Louvain: local moving, then aggregation, repeated), with the
/// Leiden guarantee that every community is connected (disconnected communities are split at the end).
///
/// Deterministic: nodes are visited in an order shuffled by `seed`; ties keep the current community, then the
/// first candidate in ascending neighbour order. Complexity: O(edges) per pass, a few passes per level,
/// O(log n) levels in practice; memory O(nodes + edges). Blondel et al. (2008); Traag et al. (2019).
public struct Louvain: Sendable {
  /// Resolution γ: higher gives more, smaller communities (1 = Newman–Girvan modularity).
  public var resolution: Double
  /// Seed of the visiting order.
  public var seed: UInt64
  /// Upper bound on local-moving passes per level.
  public var maxPasses = 50

  /// A detector with the given resolution and seed.
  public init(resolution: Double = 1, seed: UInt64 = 1) {
    self.resolution = resolution
    self.seed = seed
  }

  /// The partition of `graph` (isolated nodes are singleton communities).
  public func run(_ graph: WeightedGraph) -> Partition {
    var membership = (0..<graph.nodeCount).map { Int32($0) }
    var current = graph
    var state = seed
    for _ in 0..<64 {
      let (labels, moved) = localMoving(current, state: &state)
      if !moved { break }
      let canonical = Partition(labels: labels)
      membership = membership.map { canonical.community[Int($0)] }
      current = aggregate(current, canonical)
    }
    return Self.splitDisconnected(graph, Partition(labels: membership))
  }

  /// One level of local moving; returns each node's community and whether any node moved.
  private func localMoving(_ g: WeightedGraph, state: inout UInt64) -> ([Int32], Bool) {
    let n = g.nodeCount
    let m = g.totalWeight
    guard m > 0 else { return ((0..<n).map { Int32($0) }, false) }
    let k = (0..<n).map { g.strength(of: $0) }
    var community = (0..<n).map { Int32($0) }
    var total = k
    var order = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) {
      let j = Int(Self.next(&state) % UInt64(i + 1))
      order.swapAt(i, j)
    }
    var toCommunity = Array(repeating: 0.0, count: n)
    var touched: [Int32] = []
    var movedAny = false
    for _ in 0..<maxPasses {
      var moved = false
      for u in order {
        let own = community[u]
        touched.removeAll(keepingCapacity: true)
        for (v, w) in g.edges(of: u) {
          let c = community[Int(v)]
          if toCommunity[Int(c)] == 0 { touched.append(c) }
          toCommunity[Int(c)] += w
        }
        total[Int(own)] -= k[u]
        let scale = resolution * k[u] / (2 * m)
        var best = own
        var bestGain = toCommunity[Int(own)] - scale * total[Int(own)]
        for c in touched where c != own {
          let gain = toCommunity[Int(c)] - scale * total[Int(c)]
          if gain > bestGain + 1e-12 {
            best = c
            bestGain = gain
          }
        }
        total[Int(best)] += k[u]
        if best != own {
          community[u] = best
          moved = true
          movedAny = true
        }
        for c in touched { toCommunity[Int(c)] = 0 }
      }
      if !moved { break }
    }
    return (community, movedAny)
  }

  /// The graph of communities: one node per community, internal weight as self-loops.
  private func aggregate(_ g: WeightedGraph, _ partition: Partition) -> WeightedGraph {
    var builder = GraphBuilder(nodeCount: partition.communityCount)
    for u in 0..<g.nodeCount {
      let cu = Int(partition.community[u])
      if g.selfLoops[u] > 0 { builder.add(cu, cu, weight: g.selfLoops[u]) }
      for (v, w) in g.edges(of: u) where Int(v) > u {
        builder.add(cu, Int(partition.community[Int(v)]), weight: w)
      }
    }
    return builder.build()
  }

  /// Splits every community into its connected components (so no community is disconnected). O(n + edges).
  static func splitDisconnected(_ g: WeightedGraph, _ partition: Partition) -> Partition {
    var label = Array(repeating: Int32(-1), count: g.nodeCount)
    var next: Int32 = 0
    var stack: [Int] = []
    for start in 0..<g.nodeCount where label[start] < 0 {
      label[start] = next
      stack.append(start)
      while let u = stack.popLast() {
        for (v, _) in g.edges(of: u) where label[Int(v)] < 0 && partition.community[Int(v)] == partition.community[u] {
          label[Int(v)] = next
          stack.append(Int(v))
        }
      }
      next += 1
    }
    return Partition(labels: label)
  }

  /// SplitMix64 step (the visiting order must not depend on the standard library's generators).
  private static func next(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
