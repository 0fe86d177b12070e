import Dispatch
import Networks
import PatentCorpus
import ReferenceData
import Synchronization

/// The landscape of a corpus: trends, IPC structure, technology clusters, players, concentration, lifecycle and
/// legal status. A pure function of (corpus, reference data, parameters); every part says how it was computed.
public enum LandscapeAnalysis {
  /// The knobs, all reported in the result.
  public struct Parameters: Sendable, Codable, Equatable {
    /// IPC level of the technology clusters.
    public var clusterLevel: IPCLevel = .mainGroup
    /// Louvain resolution.
    public var resolution = 1.0
    /// Louvain seed.
    public var seed: UInt64 = 1
    /// Rows kept in ranked lists.
    public var top = 30
    /// Lifecycle thresholds.
    public var lifecycle = LifecycleClassifier()
    /// The as-of date of the legal status (yyyymmdd); 0: the latest publication or event date in the corpus.
    /// The corpus itself should be loaded cut at the same date.
    public var asOf: Int32 = 0

    /// The defaults.
    public init() {}
  }

  /// The whole landscape.
  public struct Result: Sendable, Codable, Equatable {
    /// Parameters used.
    public let parameters: Parameters
    /// Patents (documents) analysed.
    public let patents: Int
    /// Extended families among them.
    public let families: Int
    /// Filing trends.
    public let trends: Trends
    /// IPC and technology-field distribution.
    public let ipc: IPCDistribution
    /// The filing years of the per-year series in clusters and players (first to last year with priority filings).
    public let seriesYears: [Int]
    /// Technology clusters.
    public let clusters: [ClusterSummary]
    /// Modularity of the cluster partition.
    public let clusterModularity: Double
    /// How the clusters were computed.
    public let clusterMethod: String
    /// Applicants, concentration, origin and market.
    public let players: Players
    /// Joint filings and 产学研 links.
    public let coApplicants: CoApplicantNetwork
    /// Competitor groups by technology profile, with the applicant × cluster matrix.
    public let applicantGroups: ApplicantGroups
    /// Lifecycle stage of the whole field.
    public let lifecycle: LifecycleClassifier.Result
    /// Legal status where events exist.
    public let legalStatus: LegalStatusSummary
  }

  /// Runs the analysis.
  public static func run(_ corpus: Corpus, reference: ReferenceData, parameters: Parameters = Parameters()) -> Result {
    run(corpus, reference: reference, parameters: parameters, clusters: nil).result
  }

  /// What the network exports need besides the result: the technology clusters and the co-applicant graph
  /// (node i is `corpus.entities[i]`).
  public struct Graphs: Sendable {
    /// The IPC clusters (their graph and partition).
    public let clusters: IPCClusters
    /// The co-applicant graph.
    public let coApplicants: WeightedGraph
  }

  /// Runs the analysis and also returns the graphs behind it (they feed the network exports).
  public static func run(
    _ corpus: Corpus, reference: ReferenceData, parameters: Parameters, clusters given: IPCClusters?
  ) -> (result: Result, graphs: Graphs) {
    let trends = Trends(corpus: corpus)
    // Lifecycle series run from the first year to the last year with priority filings (publication years run
    // later, and empty trailing years would read as a decline).
    let firstYear = trends.years.first { $0.byPriority > 0 }?.year
    let lastYear = trends.years.last { $0.byPriority > 0 }?.year
    let years = firstYear.flatMap { first in lastYear.map { first...$0 } }
    // The tables that need neither the clusters nor the co-applicant graph are counted on a second core meanwhile
    // (each part is a pure function of the corpus: the result does not depend on the schedule).
    let tables = Mutex<(IPCDistribution, Players, LegalStatusSummary)?>(nil)
    let graphs = Mutex<((graph: WeightedGraph, joint: Int, industryAcademia: Int), IPCClusters, [Set<Int32>])?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { lane in
      if lane == 1 {
        let counted = (
          IPCDistribution(corpus: corpus, reference: reference, top: parameters.top),
          Players(corpus: corpus, top: parameters.top, years: years),
          LegalStatusSummary(
            corpus: corpus, reference: reference,
            asOf: parameters.asOf > 0 ? parameters.asOf : Self.latestDate(corpus))
        )
        tables.withLock { $0 = counted }
        return
      }
      let network = CoApplicantNetwork.graph(corpus: corpus)
      let clusters =
        given
        ?? IPCClusters(
          corpus: corpus, level: parameters.clusterLevel, resolution: parameters.resolution, seed: parameters.seed)
      var active = Array(repeating: Set<Int32>(), count: years.map { $0.count } ?? 0)
      for i in 0..<corpus.count {
        let year = corpus.filingYear(of: i)
        if let years, years.contains(year) { active[year - years.lowerBound].formUnion(corpus.applicants[i]) }
      }
      graphs.withLock { $0 = (network, clusters, active) }
    }
    guard let (ipc, players, legalStatus) = tables.withLock({ $0 }),
      let (network, clusters, active) = graphs.withLock({ $0 })
    else { preconditionFailure("both lanes finished") }
    let result = Result(
      parameters: parameters, patents: corpus.count, families: Set(corpus.extendedFamilies).count, trends: trends,
      ipc: ipc, seriesYears: years.map(Array.init) ?? [],
      clusters: ClusterSummary.all(
        corpus: corpus, clusters: clusters, reference: reference,
        lifecycle: parameters.lifecycle, years: years),
      clusterModularity: clusters.modularity, clusterMethod: clusters.method,
      players: players,
      coApplicants: CoApplicantNetwork(corpus: corpus, network: network, top: parameters.top),
      applicantGroups: ApplicantGroups(corpus: corpus, clusters: clusters, top: parameters.top, seed: parameters.seed),
      lifecycle: parameters.lifecycle.classify(
        patents: trends.years.filter { years?.contains($0.year) ?? false }.map(\.byPriority),
        applicants: active.map(\.count)),
      legalStatus: legalStatus)
    return (result, Graphs(clusters: clusters, coApplicants: network.graph))
  }

  /// The latest publication or event date in the corpus (yyyymmdd), 0 when none.
  static func latestDate(_ corpus: Corpus) -> Int32 {
    max(corpus.publicationDates.max() ?? 0, corpus.events.values.lazy.map(\.date).max() ?? 0)
  }
}
