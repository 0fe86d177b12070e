import Networks
import Testing

/// PageRank against a second, independent computation: the Google matrix's stationary vector solved exactly by
/// Gaussian elimination.
@Suite("PageRank")
struct PageRankTests {
  /// Solves (G − I) x = 0 with Σ x = 1, G = d·S + (1 − d)/n, S column-stochastic with dangling columns 1/n.
  static func exact(_ n: Int, _ edges: [(Int32, Int32)], damping d: Double = 0.85) -> [Double] {
    var out = Array(repeating: Set<Int>(), count: n)
    for (u, v) in edges where u != v { out[Int(u)].insert(Int(v)) }
    var a = Array(repeating: Array(repeating: 0.0, count: n + 1), count: n)
    for v in 0..<n {
      for u in 0..<n {
        let s = out[u].isEmpty ? 1 / Double(n) : (out[u].contains(v) ? 1 / Double(out[u].count) : 0)
        a[v][u] = d * s + (1 - d) / Double(n) - (u == v ? 1 : 0)
      }
    }
    // Replace the last equation by the normalization Σ x = 1.
    a[n - 1] = Array(repeating: 1.0, count: n) + [1.0]
    for col in 0..<n {
      let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) } ?? col
      a.swapAt(col, pivot)
      for row in 0..<n where row != col {
        let factor = a[row][col] / a[col][col]
        for k in col...n { a[row][k] -= factor * a[col][k] }
      }
    }
    return (0..<n).map { a[$0][n] / a[$0][$0] }
  }

  @Test(
    "ranks equal the exact stationary vector to 1e-9",
    arguments: [
      (3, [(0, 1), (1, 2), (2, 0)]),  // a cycle: uniform
      (4, [(0, 1), (0, 2), (1, 2), (2, 0), (3, 2)]),  // the classic four-page example
      (5, [(0, 1), (1, 2), (3, 2), (4, 2)]),  // a star into a dangling node
      (6, [(0, 1), (1, 0), (2, 3), (3, 4), (4, 2), (5, 5), (5, 0)]),  // components, a self-loop dropped
    ] as [(Int, [(Int32, Int32)])])
  func matchesExact(_ graph: (Int, [(Int32, Int32)])) {
    let (ranks, iterations) = PageRank().run(DirectedGraph(nodeCount: graph.0, edges: graph.1))
    let exact = Self.exact(graph.0, graph.1)
    #expect(iterations < 200)
    #expect(abs(ranks.reduce(0, +) - 1) < 1e-12)
    for (r, e) in zip(ranks, exact) { #expect(abs(r - e) < 1e-9, "\(ranks) vs \(exact)") }
  }

  @Test("a two-node chain by hand: A → B, B dangling")
  func byHand() {
    // B's rank is spread over both: PR(A) = 0.15/2 + 0.85·PR(B)/2 = 0.075 + 0.425·PR(B); with PR(A) + PR(B) = 1,
    // PR(B) = 0.925/1.425 and PR(A) = 0.5/1.425.
    let (ranks, _) = PageRank().run(DirectedGraph(nodeCount: 2, edges: [(0, 1)]))
    #expect(abs(ranks[0] - 0.5 / 1.425) < 1e-9 && abs(ranks[1] - 0.925 / 1.425) < 1e-9)
  }

  @Test("duplicate edges and self-loops are dropped; both directions are indexed")
  func graph() {
    let g = DirectedGraph(nodeCount: 3, edges: [(0, 1), (0, 1), (2, 2), (2, 1)])
    #expect(g.edgeCount == 2)
    #expect(Array(g.successors(of: 0)) == [1] && Array(g.predecessors(of: 1)) == [0, 2] && g.outDegree(2) == 1)
  }
}
