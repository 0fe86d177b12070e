import PatentCorpus
import ReferenceData

/// One technology cluster as a report shows it.
public struct ClusterSummary: Sendable, Codable, Equatable {
  /// Cluster number (0…, in order of its smallest IPC code).
  public let id: Int
  /// Label: titles of its two most frequent codes (English).
  public let labelEN: String
  /// Label in Chinese.
  public let labelZH: String
  /// Its IPC codes, most patents first.
  public let codes: [String]
  /// Patents assigned to it.
  public let patents: Int
  /// Extended families among them.
  public let families: Int
  /// Its three largest applicants (display names).
  public let topApplicants: [String]
  /// Lifecycle stage of the cluster, with the figures behind it.
  public let lifecycle: LifecycleClassifier.Result
  /// Documents per filing year over the landscape's years (the lifecycle series).
  public let perYear: [Int]
  /// Concentration of the cluster's documents over its applicants.
  public let concentration: Concentration

  /// Summaries of every cluster. O(patents).
  static func all(
    corpus: Corpus, clusters: IPCClusters, reference: ReferenceData,
    lifecycle: LifecycleClassifier, years: ClosedRange<Int>?
  ) -> [ClusterSummary] {
    let n = clusters.partition.communityCount
    var codeCounts = Array(repeating: [Int: Int](), count: n)
    var patents = Array(repeating: 0, count: n)
    var families = Array(repeating: Set<Int32>(), count: n)
    var applicants = Array(repeating: [Int32: Int](), count: n)
    let span = years.map { $0.upperBound - $0.lowerBound + 1 } ?? 0
    var perYear = Array(repeating: Array(repeating: 0, count: span), count: n)
    var activeApplicants = Array(repeating: Array(repeating: Set<Int32>(), count: span), count: n)
    for i in 0..<corpus.count {
      let c = Int(clusters.patentCluster[i])
      guard c >= 0 else { continue }
      patents[c] += 1
      families[c].insert(corpus.extendedFamilies[i])
      for id in corpus.ipc[i] { codeCounts[c][clusters.codeOfSymbol[Int(id)], default: 0] += 1 }
      for e in corpus.applicants[i] { applicants[c][e, default: 0] += 1 }
      let year = corpus.filingYear(of: i)
      if let years, years.contains(year) {
        perYear[c][year - years.lowerBound] += 1
        for e in corpus.applicants[i] { activeApplicants[c][year - years.lowerBound].insert(e) }
      }
    }
    return (0..<n).map { c in
      let codes = codeCounts[c].filter { code, _ in Int(clusters.partition.community[code]) == c }
        .map { (code: clusters.codes[$0.key], count: $0.value) }
        .sorted { ($0.count, $1.code) > ($1.count, $0.code) }.map(\.code)
      let titles = codes.prefix(2).compactMap { reference.ipcTitles.nearest($0) }
      // Ties by entity key, not corpus number, so the order does not depend on how the workspace numbers ids.
      let top = applicants[c].map { (count: $0.value, entity: corpus.entities[Int($0.key)]) }
        .sorted { ($0.count, $1.entity.key) > ($1.count, $0.entity.key) }.prefix(3).map(\.entity.name)
      return ClusterSummary(
        id: c, labelEN: titles.map { $0.title(.en) }.joined(separator: " / "),
        labelZH: titles.map { $0.title(.zh) }.joined(separator: "／"), codes: codes, patents: patents[c],
        families: families[c].count, topApplicants: top,
        lifecycle: lifecycle.classify(patents: perYear[c], applicants: activeApplicants[c].map(\.count)),
        perYear: perYear[c], concentration: Concentration(counts: Array(applicants[c].values)))
    }
  }
}
