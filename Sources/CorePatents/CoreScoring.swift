import Networks
import PatentCorpus
import PatentModel
import ReferenceData

/// Core-patent scoring at family level (核心专利识别). Every component is kept per family:
/// forward citations within the corpus normalized by cohort (earliest publication year × WIPO technology field of
/// the representative's first IPC code), PageRank on the family citation graph, family size (offices), claims,
/// backward citations, OECD generality and originality, remaining life and legal status. As in the OECD patent
/// quality index (Squicciarini, Dernis and Criscuolo 2013), each component is divided by its maximum in the
/// family's cohort (same earliest publication year and WIPO technology field; the year alone when that cohort has
/// fewer than `minimumCohort` families), remaining life by the 20-year term; the composite is Σ wᵢ · nᵢ / Σ wᵢ
/// with the weights of ``CoreWeights``.
///
/// A pure function of (corpus, reference data, weights, as-of date). O(patents + citations × PageRank
/// iterations + families log families).
public struct CoreScores: Sendable {
  /// The family fold the scores refer to.
  public let families: FamilyView
  /// The family citation graph (citing → cited).
  public let graph: DirectedGraph
  /// Citing families per family.
  public let forward: [Int]
  /// Cohort key per family (year × 64 + field number), and each cohort's mean forward citations.
  public let cohortMean: [Double]
  /// Forward citations over the cohort mean.
  public let normalizedForward: [Double]
  /// PageRank per family.
  public let pageRank: [Double]
  /// PageRank iterations used.
  public let pageRankIterations: Int
  /// Generality per family (NaN without citing families).
  public let generality: [Double]
  /// Originality per family (NaN without cited families).
  public let originality: [Double]
  /// Technology field per family (nil when its first IPC code has none).
  public let field: [TechnologyFields.Field?]
  /// Cohort-normalized value (0–1) per component (in ``CoreWeights/components`` order), per family.
  public let normalized: [[Double]]
  /// Cohort label per family (`2015 · Electrical machinery…` or `2015 · all fields`).
  public let cohort: [String]
  /// Composite score per family.
  public let score: [Double]
  /// Families by score, highest first (ties: smaller representative publication first).
  public let order: [Int32]
  /// The weights used.
  public let weights: CoreWeights

  /// Scores every family of the corpus.
  public init(
    corpus: Corpus, reference: ReferenceData, weights: CoreWeights = CoreWeights(), asOf: Int32,
    minimumCohort: Int = 20
  ) {
    let families = FamilyView(corpus: corpus, reference: reference, asOf: asOf)
    let graph = FamilyCitations.graph(corpus)
    let n = families.count
    let forward = (0..<n).map { graph.inDegree($0) }
    // Cohorts: earliest publication year × technology field of the representative's first IPC code.
    var fieldOfSymbol: [Int32: TechnologyFields.Field?] = [:]
    let field: [TechnologyFields.Field?] = (0..<n).map { f in
      guard let first = corpus.ipc[Int(families.representative[f])].first else { return nil }
      if let known = fieldOfSymbol[first] { return known }
      let found = reference.technologyFields.field(forCompactSymbol: corpus.symbols[first])
      fieldOfSymbol[first] = found
      return found
    }
    // Cohorts: year × field, or the year alone when that cohort is small.
    var sizes: [Int: Int] = [:]
    for f in 0..<n { sizes[families.year[f] * 64 + (field[f]?.number ?? 0), default: 0] += 1 }
    let cohortKey = (0..<n).map { f in
      let key = families.year[f] * 64 + (field[f]?.number ?? 0)
      return (sizes[key] ?? 0) >= minimumCohort ? key : families.year[f] * 64 + 63
    }
    var sums: [Int: (Double, Int)] = [:]
    for f in 0..<n {
      let sum = sums[cohortKey[f]] ?? (0, 0)
      sums[cohortKey[f]] = (sum.0 + Double(forward[f]), sum.1 + 1)
    }
    let cohortMean = (0..<n).map { f in sums[cohortKey[f]].map { $0.0 / Double($0.1) } ?? 0 }
    let normalizedForward = (0..<n).map { cohortMean[$0] > 0 ? Double(forward[$0]) / cohortMean[$0] : 0 }
    let (ranks, iterations) = PageRank().run(graph)
    let subclasses = Diversity.familySubclasses(families, subclassOf: Diversity.subclassIDs(corpus))
    var scratch: [(Int32, Double)] = []
    let generality = (0..<n).map {
      Diversity.index(graph.predecessors(of: $0), subclasses: subclasses, scratch: &scratch) ?? .nan
    }
    let originality = (0..<n).map {
      Diversity.index(graph.successors(of: $0), subclasses: subclasses, scratch: &scratch) ?? .nan
    }
    let offices: [Double] = families.offices.map(Double.init)
    let claims: [Double] = families.claims.map(Double.init)
    let general: [Double] = generality.map { $0.isNaN ? 0 : $0 }
    let original: [Double] = originality.map { $0.isNaN ? 0 : $0 }
    let references: [Double] = families.references.map(Double.init)
    let remaining: [Double] = (0..<n).map { families.remainingYears($0) }
    let cited: [Double] = forward.map(Double.init)
    let byCohort: [[Double]] = [cited, ranks, offices, claims, general, original, references].map {
      Self.cohortNormalized($0, cohort: cohortKey)
    }
    let normalized = byCohort + [remaining.map { min(1, $0 / 20) }]
    let w = weights.components.map(\.weight)
    let total = w.reduce(0, +)
    var score = Array(repeating: 0.0, count: n)
    if total > 0 {
      for (weight, column) in zip(w, normalized) where weight > 0 {
        for f in 0..<n { score[f] += weight * column[f] / total }
      }
    }
    let publication = families.representative.map { corpus.publications[Int($0)] }
    let order: [Int32] = (0..<n).map { Int32($0) }.sorted { a, b in
      let (x, y) = (score[Int(a)], score[Int(b)])
      if x != y { return x > y }
      return publication[Int(a)] < publication[Int(b)]
    }
    self.families = families
    self.graph = graph
    self.forward = forward
    self.cohortMean = cohortMean
    self.normalizedForward = normalizedForward
    self.pageRank = ranks
    self.pageRankIterations = iterations
    self.generality = generality
    self.originality = originality
    self.field = field
    self.normalized = normalized
    self.cohort = (0..<n).map { f in
      "\(families.year[f]) · " + (cohortKey[f] % 64 == 63 ? "all fields" : field[f]?.nameEN ?? "no field")
    }
    self.score = score
    self.order = order
    self.weights = weights
  }

  /// Each value over the largest of its cohort (0 when the cohort's largest is 0). O(n).
  static func cohortNormalized(_ values: [Double], cohort: [Int]) -> [Double] {
    var largest: [Int: Double] = [:]
    for (value, key) in zip(values, cohort) where value > (largest[key] ?? 0) { largest[key] = value }
    return zip(values, cohort).map { value, key in
      let top = largest[key] ?? 0
      return top > 0 ? value / top : 0
    }
  }

  /// The rank of each family (1 = highest). O(families).
  public var ranks: [Int] {
    var ranks = Array(repeating: 0, count: order.count)
    for (position, f) in order.enumerated() { ranks[Int(f)] = position + 1 }
    return ranks
  }

  /// The full breakdown of family `f`.
  public func row(_ f: Int, corpus: Corpus, rank: Int) -> FamilyScore {
    let representative = Int(families.representative[f])
    let keys = weights.components.map(\.key)
    return FamilyScore(
      family: f, publication: corpus.publications[representative], title: corpus.titles[representative],
      members: families.members[f].count, holders: families.holders[f].map { corpus.entities[Int($0)].name },
      year: families.year[f], field: field[f]?.nameEN ?? "", forwardCitations: forward[f],
      cohortMean: cohortMean[f], normalizedForward: normalizedForward[f], pageRank: pageRank[f],
      familySize: families.offices[f], claims: families.claims[f], backwardCitations: families.references[f],
      citedFamilies: graph.outDegree(f), generality: generality[f].isNaN ? nil : generality[f],
      originality: originality[f].isNaN ? nil : originality[f], status: families.status[f],
      statusDate: DayNumber.iso(families.statusDate[f]), expiry: DayNumber.iso(families.expiry(f)),
      offices: families.officeStatus[f].sorted { corpus.countries[$0.office] < corpus.countries[$1.office] }.map {
        row in
        OfficeLife(
          office: corpus.countries[row.office], state: row.state, since: DayNumber.iso(row.since),
          remainingYears: (families.remainingYears(f, in: row) * 100).rounded() / 100,
          restorableUntil: row.restorable(on: families.asOf) ? ApplicationStatus.deadline(row.restorableUntil) : nil)
      },
      remainingYears: families.remainingYears(f),
      cohort: cohort[f],
      normalized: Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, normalized[$0][f]) }),
      score: score[f], rank: rank)
  }
}
