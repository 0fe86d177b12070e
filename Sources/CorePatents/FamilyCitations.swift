import Networks
import PatentCorpus

/// The family citation graph of a corpus: family f → family g when a member of f cites a member of g (f ≠ g),
/// from the citations that resolve inside the corpus. O(citations) plus the edge sort.
public enum FamilyCitations {
  /// The graph, node i = family i.
  public static func graph(_ corpus: Corpus) -> DirectedGraph {
    var edges: [(Int32, Int32)] = []
    edges.reserveCapacity(corpus.citedPatents.values.count)
    for i in 0..<corpus.count {
      let from = corpus.extendedFamilies[i]
      for cited in corpus.citedPatents[i] { edges.append((from, corpus.extendedFamilies[Int(cited)])) }
    }
    return DirectedGraph(nodeCount: corpus.extendedFamilyCount, edges: edges)
  }
}
