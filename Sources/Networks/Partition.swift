/// An assignment of graph nodes to communities `0..<communityCount`, numbered in order of each community's
/// smallest node (so equal partitions compare equal).
public struct Partition: Sendable, Equatable, Codable {
  /// Community of each node.
  public let community: [Int32]
  /// Number of communities.
  public let communityCount: Int

  /// Creates a partition from any labels, renumbering them canonically. O(n).
  public init(labels: [Int32]) {
    var map: [Int32: Int32] = [:]
    var next: Int32 = 0
    community = labels.map { label in
      if let known = map[label] { return known }
      map[label] = next
      next += 1
      return next - 1
    }
    communityCount = Int(next)
  }

  /// The nodes of each community, ascending.
  public var members: [[Int]] {
    var result = Array(repeating: [Int](), count: communityCount)
    for (node, c) in community.enumerated() { result[Int(c)].append(node) }
    return result
  }
}

/// Modularity of a partition: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with L_c the weight inside community c,
/// d_c the total strength of its nodes, m the total weight and γ the resolution (1 = Newman–Girvan).
///
/// Complexity: O(nodes + edges).
public enum Modularity {
  /// Q of `partition` on `graph` at resolution `gamma`.
  public static func score(_ graph: WeightedGraph, _ partition: Partition, resolution gamma: Double = 1) -> Double {
    let m = graph.totalWeight
    guard m > 0 else { return 0 }
    var inside = Array(repeating: 0.0, count: partition.communityCount)
    var degree = Array(repeating: 0.0, count: partition.communityCount)
    for u in 0..<graph.nodeCount {
      let cu = Int(partition.community[u])
      degree[cu] += graph.strength(of: u)
      inside[cu] += graph.selfLoops[u]
      for (v, w) in graph.edges(of: u) where Int(v) > u && partition.community[Int(v)] == partition.community[u] {
        inside[cu] += w
      }
    }
    var q = 0.0
    for c in 0..<partition.communityCount {
      q += inside[c] / m - gamma * (degree[c] / (2 * m)) * (degree[c] / (2 * m))
    }
    return q
  }
}
