/// VOSviewer's association-strength normalization of a co-occurrence graph: a_ij = c_ij / (s_i · s_j), where
/// c_ij is how often i and j occur together and s_i how often i occurs in total (its co-occurrence strength).
///
/// Frequent items no longer dominate: two rare IPC groups that always appear together get a higher weight
/// than two frequent ones that meet occasionally. Van Eck & Waltman (2009), "How to normalize co-occurrence
/// data?", JASIST 60(8). The result is scaled by 2m so weights stay near 1 (scaling changes no partition).
public enum AssociationStrength {
  /// The normalized graph (same nodes and edges). O(edges).
  public static func normalize(_ graph: WeightedGraph) -> WeightedGraph {
    let strength = (0..<graph.nodeCount).map { graph.strength(of: $0) }
    let scale = 2 * graph.totalWeight
    var weights = graph.weights
    for u in 0..<graph.nodeCount {
      for k in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
        let v = Int(graph.neighbors[k])
        let denominator = strength[u] * strength[v]
        weights[k] = denominator > 0 ? graph.weights[k] / denominator * scale : 0
      }
    }
    return WeightedGraph(
      nodeCount: graph.nodeCount, offsets: graph.offsets, neighbors: graph.neighbors, weights: weights,
      selfLoops: Array(repeating: 0, count: graph.nodeCount))
  }
}
