import Networks
import PatentCorpus

/// Technology clusters: IPC codes (at one level) grouped by how often they classify the same families.
///
/// Method (stated in ``method``): nodes are the IPC codes at `level`; an edge counts the extended families
/// classified in both codes (each family counts a pair once); weights are normalized by association strength;
/// communities by seeded Louvain at `resolution` (connected by construction). A patent belongs to the cluster
/// holding most of its codes (ties: the cluster of its first code). Pure function of the corpus and parameters.
public struct IPCClusters: Sendable, Equatable {
  /// The IPC codes (graph nodes), sorted.
  public let codes: [String]
  /// The cluster of each code.
  public let partition: Partition
  /// The normalized co-classification graph the clusters were found in (for network exports).
  public let graph: WeightedGraph
  /// Modularity of the partition on the normalized graph.
  public let modularity: Double
  /// The code (index into ``codes``) of each corpus symbol id, so callers count codes without cutting strings.
  public let codeOfSymbol: [Int]
  /// The cluster of each corpus patent, or -1 when it has no IPC code.
  public let patentCluster: [Int32]
  /// How the clusters were computed, with the parameters.
  public let method: String

  /// Clusters the corpus. Cost: O(Σ codes² per family) to count pairs, then Louvain on the code graph.
  public init(corpus: Corpus, level: IPCLevel = .mainGroup, resolution: Double = 1, seed: UInt64 = 1) {
    // Each distinct symbol is cut to the level once; patents then carry integer code ids only.
    let cut = corpus.symbols.strings.map(level.cut)
    let sorted = Set(cut).sorted()
    var codeIndex: [String: Int] = [:]
    for (i, code) in sorted.enumerated() { codeIndex[code] = i }
    let codeOfSymbol = cut.map { codeIndex[$0] ?? 0 }
    var familyCodes = Array(repeating: Set<Int>(), count: corpus.extendedFamilyCount)
    var patentCodes: [[Int]] = []
    patentCodes.reserveCapacity(corpus.count)
    for i in 0..<corpus.count {
      var codes: [Int] = []
      for id in corpus.ipc[i] where !codes.contains(codeOfSymbol[Int(id)]) { codes.append(codeOfSymbol[Int(id)]) }
      patentCodes.append(codes)
      familyCodes[Int(corpus.extendedFamilies[i])].formUnion(codes)
    }
    var builder = GraphBuilder(nodeCount: sorted.count)
    for codes in familyCodes where codes.count > 1 {
      let list = codes.sorted()
      for a in 0..<list.count {
        for b in (a + 1)..<list.count { builder.add(list[a], list[b]) }
      }
    }
    let graph = AssociationStrength.normalize(builder.build())
    let partition = Louvain(resolution: resolution, seed: seed).run(graph)
    codes = sorted
    self.codeOfSymbol = codeOfSymbol
    self.graph = graph
    self.partition = partition
    modularity = Modularity.score(graph, partition, resolution: resolution)
    patentCluster = patentCodes.map { codes in
      guard let first = codes.first else { return -1 }
      // Majority vote over the patent's few codes (a handful: a linear scan beats a dictionary).
      let clusters = codes.map { partition.community[$0] }
      var best = partition.community[first]
      var bestVotes = 0
      for c in clusters {
        let votes = clusters.reduce(0) { $0 + ($1 == c ? 1 : 0) }
        if votes > bestVotes { (best, bestVotes) = (c, votes) }
      }
      return best
    }
    method = """
      nodes: IPC codes at \(level.rawValue) level; edge weight: extended families classified in both codes, \
      normalized by association strength (c_ij / (s_i·s_j), Van Eck & Waltman 2009); communities: Louvain \
      (resolution \(resolution), seed \(seed)) with disconnected communities split; a patent joins the cluster \
      holding most of its codes (ties: its first code's cluster)
      """
  }
}
