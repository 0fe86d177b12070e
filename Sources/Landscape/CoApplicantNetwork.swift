import Applicants
import Networks
import PatentCorpus

/// Joint filings between applicants, with industry–university–research (产学研) links flagged.
public struct CoApplicantNetwork: Sendable, Codable, Equatable {
  /// One pair of applicants that filed together.
  public struct Link: Sendable, Codable, Equatable {
    /// Display names (alphabetical by key).
    public let first: String, second: String
    /// Their entity types.
    public let firstType: EntityType, secondType: EntityType
    /// Patents naming both.
    public let patents: Int
    /// A company with a university or research institute (产学研).
    public let industryAcademia: Bool
  }

  /// Links, most joint patents first (ties by names).
  public let links: [Link]
  /// Patents with two or more applicants.
  public let jointPatents: Int
  /// Patents with an industry–university–research pair among their applicants.
  public let industryAcademiaPatents: Int
  /// How the figures were computed.
  public let method: String

  /// The co-applicant graph over corpus entities (node i is `corpus.entities[i]`), edge weight = documents
  /// shared, and the counts of joint and 产学研 documents. O(Σ applicants² per document).
  public static func graph(corpus: Corpus) -> (graph: WeightedGraph, joint: Int, industryAcademia: Int) {
    var builder = GraphBuilder(nodeCount: corpus.entities.count)
    var joint = 0
    var academia = 0
    for i in 0..<corpus.count {
      guard corpus.applicants[i].count > 1 else { continue }
      let owners = corpus.applicants[i].sorted()  // the corpus lists each entity once per patent
      joint += 1
      var flagged = false
      for a in 0..<owners.count {
        for b in (a + 1)..<owners.count {
          builder.add(Int(owners[a]), Int(owners[b]))
          flagged =
            flagged || isIndustryAcademia(corpus.entities[Int(owners[a])].type, corpus.entities[Int(owners[b])].type)
        }
      }
      if flagged { academia += 1 }
    }
    return (builder.build(), joint, academia)
  }

  /// Counts the corpus's co-applications. O(Σ applicants² per patent + links log links).
  public init(corpus: Corpus, top: Int = 50) {
    self.init(corpus: corpus, network: Self.graph(corpus: corpus), top: top)
  }

  /// The summary of an already built co-applicant graph (from ``graph(corpus:)``).
  public init(
    corpus: Corpus, network: (graph: WeightedGraph, joint: Int, industryAcademia: Int), top: Int = 50
  ) {
    let (graph, joint, academia) = network
    var links: [Link] = []
    for u in 0..<graph.nodeCount {
      for (v, w) in graph.edges(of: u) where Int(v) > u {
        let (a, b) = (corpus.entities[u], corpus.entities[Int(v)])
        let (x, y) = a.key <= b.key ? (a, b) : (b, a)
        links.append(
          Link(
            first: x.name, second: y.name, firstType: x.type, secondType: y.type, patents: Int(w),
            industryAcademia: Self.isIndustryAcademia(x.type, y.type)))
      }
    }
    self.links = Array(
      links.sorted { ($0.patents, $1.first, $1.second) > ($1.patents, $0.first, $0.second) }.prefix(top))
    jointPatents = joint
    industryAcademiaPatents = academia
    method = """
      a link joins two harmonized applicants named on the same document, weighted by the documents they share; \
      产学研 (industry–university–research) when one is a company and the other a university or institute
      """
  }

  static func isIndustryAcademia(_ a: EntityType, _ b: EntityType) -> Bool {
    let academic: Set<EntityType> = [.university, .institute]
    return (a == .company && academic.contains(b)) || (b == .company && academic.contains(a))
  }
}
