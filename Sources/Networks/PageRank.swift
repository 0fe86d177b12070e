/// PageRank by power iteration on a ``DirectedGraph`` (an edge u → v passes rank from u to v; on a citation
/// graph, citing → cited, so rank flows to the cited). Dangling nodes spread their rank evenly over all nodes.
///
/// PR(v) = (1 − d)/N + d · (Σ_{u → v} PR(u)/out(u) + Σ_{dangling u} PR(u)/N). Ranks sum to 1.
/// Cost: O((N + E) × iterations), allocation-free per iteration.
public struct PageRank: Sendable, Equatable, Codable {
  /// Damping factor d.
  public var damping = 0.85
  /// Stop when the L1 change of an iteration falls below this.
  public var tolerance = 1e-12
  /// Iteration cap.
  public var maxIterations = 200

  /// The defaults (d = 0.85, tolerance 1e-12, at most 200 iterations).
  public init() {}

  /// The ranks and the iterations used.
  public func run(_ graph: DirectedGraph) -> (ranks: [Double], iterations: Int) {
    let n = graph.nodeCount
    guard n > 0 else { return ([], 0) }
    var rank = Array(repeating: 1 / Double(n), count: n)
    var next = Array(repeating: 0.0, count: n)
    var share = Array(repeating: 0.0, count: n)
    let outDegree = (0..<n).map { Double(graph.outDegree($0)) }
    var iterations = 0
    while iterations < maxIterations {
      iterations += 1
      var dangling = 0.0
      for u in 0..<n {
        if outDegree[u] == 0 {
          dangling += rank[u]
          share[u] = 0
        } else {
          share[u] = rank[u] / outDegree[u]
        }
      }
      let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
      var change = 0.0
      for v in 0..<n {
        var sum = 0.0
        for u in graph.predecessors(of: v) { sum += share[Int(u)] }
        next[v] = base + damping * sum
        change += abs(next[v] - rank[v])
      }
      swap(&rank, &next)
      if change < tolerance { break }
    }
    return (rank, iterations)
  }
}
