import Networks
import PatentCorpus

/// Competitor groups: the leading applicants compared by their technology profiles.
///
/// Method (stated in ``method``): each of the `top` applicants (by documents) gets a vector of its documents
/// per technology cluster; applicants whose profiles have cosine similarity ≥ `threshold` are linked with
/// that similarity as weight; seeded Louvain splits the links into groups. The applicant × cluster matrix
/// is returned as well.
public struct ApplicantGroups: Sendable, Codable, Equatable {
  /// One applicant's row.
  public struct Row: Sendable, Codable, Equatable {
    /// Display name.
    public let name: String
    /// Entity type.
    public let type: String
    /// Competitor group (0…).
    public let group: Int
    /// Documents per technology cluster (column i is cluster i).
    public let clusters: [Int]
  }

  /// Applicants, by group then documents.
  public let rows: [Row]
  /// Number of groups.
  public let groups: Int
  /// How the groups were computed.
  public let method: String

  /// Groups the leading applicants. O(top² · clusters).
  public init(corpus: Corpus, clusters: IPCClusters, top: Int = 50, threshold: Double = 0.5, seed: UInt64 = 1) {
    let k = clusters.partition.communityCount
    var documents = Array(repeating: 0, count: corpus.entities.count)
    for i in 0..<corpus.count { for e in corpus.applicants[i] { documents[Int(e)] += 1 } }
    let leaders = corpus.entities.indices.filter { documents[$0] > 0 }.sorted {
      documents[$0] != documents[$1] ? documents[$0] > documents[$1] : corpus.entities[$0].key < corpus.entities[$1].key
    }.prefix(top)
    var position: [Int: Int] = [:]
    for (p, e) in leaders.enumerated() { position[e] = p }
    var matrix = Array(repeating: Array(repeating: 0, count: k), count: leaders.count)
    for i in 0..<corpus.count where clusters.patentCluster[i] >= 0 {
      for e in corpus.applicants[i] {
        if let p = position[Int(e)] { matrix[p][Int(clusters.patentCluster[i])] += 1 }
      }
    }
    let norms = matrix.map { row in row.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot() }
    var builder = GraphBuilder(nodeCount: leaders.count)
    for a in 0..<leaders.count {
      for b in (a + 1)..<leaders.count where norms[a] > 0 && norms[b] > 0 {
        let dot = zip(matrix[a], matrix[b]).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        let cosine = dot / (norms[a] * norms[b])
        if cosine >= threshold { builder.add(a, b, weight: cosine) }
      }
    }
    let partition = Louvain(seed: seed).run(builder.build())
    rows = leaders.enumerated().map { p, e in
      Row(
        name: corpus.entities[e].name, type: corpus.entities[e].type.rawValue, group: Int(partition.community[p]),
        clusters: matrix[p])
    }.sorted { ($0.group, $1.clusters.reduce(0, +), $0.name) < ($1.group, $0.clusters.reduce(0, +), $1.name) }
    groups = partition.communityCount
    method = """
      the \(top) applicants with most documents; profile = documents per technology cluster; link when cosine \
      similarity ≥ \(threshold), weighted by it; groups by Louvain (seed \(seed)); an applicant with no similar \
      profile forms its own group
      """
  }
}
