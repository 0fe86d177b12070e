/// An undirected weighted graph over nodes `0..<nodeCount`, stored as compressed sparse rows.
///
/// Each undirected edge {u, v} (u ≠ v) is stored twice (in u's and v's rows); a self-loop once, in
/// `selfLoops`. Row access is O(1) and allocation-free; memory is 12 bytes per stored edge end plus 12 per node.
public struct WeightedGraph: Sendable, Equatable {
  /// Number of nodes.
  public let nodeCount: Int
  /// `offsets[u]..<offsets[u + 1]` indexes u's neighbours in `neighbors` and `weights`.
  public let offsets: [Int32]
  /// Neighbour node ids, row after row, ascending within a row.
  public let neighbors: [Int32]
  /// Edge weights, parallel to `neighbors`.
  public let weights: [Double]
  /// Self-loop weight per node (0 when none).
  public let selfLoops: [Double]

  /// Creates a graph from its CSR arrays (as ``GraphBuilder`` produces them).
  public init(nodeCount: Int, offsets: [Int32], neighbors: [Int32], weights: [Double], selfLoops: [Double]) {
    self.nodeCount = nodeCount
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.selfLoops = selfLoops
  }

  /// The neighbours of `u` and the weights of the edges to them.
  public func edges(of u: Int) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Double>> {
    let range = Int(offsets[u])..<Int(offsets[u + 1])
    return zip(neighbors[range], weights[range])
  }

  /// Weighted degree (strength) of `u`: its edge weights plus twice its self-loop (the modularity convention).
  public func strength(of u: Int) -> Double {
    let range = Int(offsets[u])..<Int(offsets[u + 1])
    return weights[range].reduce(0, +) + 2 * selfLoops[u]
  }

  /// Total edge weight m (each undirected edge and each self-loop counted once).
  public var totalWeight: Double { weights.reduce(0, +) / 2 + selfLoops.reduce(0, +) }

  /// Number of undirected edges between distinct nodes.
  public var edgeCount: Int { neighbors.count / 2 }
}
