import Networks
import Testing

/// Oracle tests: small graphs whose right answers are computed by hand.
@Suite("Networks")
struct NetworksTests {
  /// Two triangles {0,1,2} and {3,4,5} joined by the edge 2–3.
  static func twoTriangles() -> WeightedGraph {
    var builder = GraphBuilder(nodeCount: 6)
    for (u, v) in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)] { builder.add(u, v) }
    return builder.build()
  }

  /// `cliques` cliques of `size` nodes, clique i linked to clique i+1 by one edge (a ring).
  static func ringOfCliques(cliques: Int, size: Int) -> WeightedGraph {
    var builder = GraphBuilder(nodeCount: cliques * size)
    for c in 0..<cliques {
      for a in 0..<size {
        for b in (a + 1)..<size { builder.add(c * size + a, c * size + b) }
      }
      builder.add(c * size, ((c + 1) % cliques) * size + 1)
    }
    return builder.build()
  }

  @Test func builderMergesRepeatsAndKeepsRowsAscending() {
    var builder = GraphBuilder(nodeCount: 4)
    builder.add(2, 0, weight: 1)
    builder.add(0, 2, weight: 2)
    builder.add(3, 0)
    builder.add(1, 1, weight: 5)
    let g = builder.build()
    #expect(g.edgeCount == 2)
    #expect(Array(g.edges(of: 0).map(\.0)) == [2, 3])
    #expect(Array(g.edges(of: 0).map(\.1)) == [3, 1])
    #expect(Array(g.edges(of: 3).map(\.0)) == [0])
    #expect(g.selfLoops[1] == 5)
    #expect(g.totalWeight == 9)  // 3 + 1 + 5
    #expect(g.strength(of: 1) == 10)  // a self-loop counts twice
  }

  @Test("modularity of a known partition, computed by hand")
  func modularityOfKnownPartition() {
    let g = Self.twoTriangles()
    // m = 7; each triangle: L = 3, d = 7. Q = 2 · (3/7 − (7/14)²) = 5/14.
    let split = Partition(labels: [0, 0, 0, 1, 1, 1])
    #expect(abs(Modularity.score(g, split) - 5.0 / 14.0) < 1e-12)
    // One community: Q = 7/7 − 1 = 0; with γ = 0 it is the covered fraction, 1.
    let whole = Partition(labels: [0, 0, 0, 0, 0, 0])
    #expect(abs(Modularity.score(g, whole)) < 1e-12)
    #expect(abs(Modularity.score(g, whole, resolution: 0) - 1) < 1e-12)
  }

  @Test("association strength, computed by hand")
  func associationStrength() {
    var builder = GraphBuilder(nodeCount: 4)
    builder.add(0, 1, weight: 4)
    builder.add(0, 2, weight: 1)
    builder.add(2, 3, weight: 1)
    // s = (5, 4, 2, 1), m = 6, scale 2m = 12: a01 = 4/20·12 = 2.4, a02 = 1/10·12 = 1.2, a23 = 1/2·12 = 6.
    let a = AssociationStrength.normalize(builder.build())
    #expect(Array(a.edges(of: 0).map(\.1)).map { ($0 * 1e9).rounded() / 1e9 } == [2.4, 1.2])
    #expect(Array(a.edges(of: 3).map(\.1)) == [6])
  }

  @Test("Louvain recovers planted communities exactly", arguments: [(4, 8), (6, 5), (10, 6)])
  func plantedCommunities(_ shape: (Int, Int)) {
    let (cliques, size) = shape
    let g = Self.ringOfCliques(cliques: cliques, size: size)
    let found = Louvain(seed: 7).run(g)
    let planted = Partition(labels: (0..<(cliques * size)).map { Int32($0 / size) })
    #expect(found == planted)
    #expect(Modularity.score(g, found) > 0.5)
  }

  @Test func louvainFindsTheTwoTriangles() {
    #expect(Louvain().run(Self.twoTriangles()) == Partition(labels: [0, 0, 0, 1, 1, 1]))
  }

  @Test("same seed, same partition; every community connected")
  func deterministicAndConnected() {
    var builder = GraphBuilder(nodeCount: 60)
    var state: UInt64 = 12_345
    for _ in 0..<240 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let u = Int(state >> 33) % 60
      let v = Int(state >> 17) % 60
      builder.add(u, v)
    }
    let g = builder.build()
    let a = Louvain(seed: 3).run(g)
    #expect(a == Louvain(seed: 3).run(g))
    for members in a.members where members.count > 1 {
      // Connected: a search from the first member inside the community reaches every member.
      var seen: Set<Int> = [members[0]]
      var stack = [members[0]]
      let inside = Set(members)
      while let u = stack.popLast() {
        for (v, _) in g.edges(of: u) where inside.contains(Int(v)) && !seen.contains(Int(v)) {
          seen.insert(Int(v))
          stack.append(Int(v))
        }
      }
      #expect(seen == inside)
    }
  }

  @Test func higherResolutionGivesMoreCommunities() {
    let g = Self.ringOfCliques(cliques: 6, size: 5)
    #expect(Louvain(resolution: 0.05).run(g).communityCount < Louvain(resolution: 1).run(g).communityCount)
  }
}
