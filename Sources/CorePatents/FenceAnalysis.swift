import PatentCorpus
import PatentModel
import ReferenceData

/// Patent-fence opportunities around a core set (专利网布局机会): the owner's defensive gaps, the improvement cells
/// surrounding a competitor's core (Granstrand's "surrounding"), encirclement risks, and lapsed core patents in
/// the area. A pure function of (corpus, core scores, owner, competitor, parameters); every opportunity carries
/// its rule and evidence.
public enum FenceAnalysis {
  /// Relation of a neighbourhood cell to the owner's core, with its weight in the scores.
  enum Relation: Int, Comparable {
    case cited = 0, mainGroup, citing, core
    var name: String { ["cited", "main-group", "citing", "core"][rawValue] }
    var weight: Double { self >= .citing ? 1 : 0.5 }
    static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }
  }

  /// Runs the analysis. `owner` and `competitor` are entity keys (harmonized); `cellCodes` (a cell code per corpus
  /// symbol id, e.g. the landscape's technology clusters) replaces the IPC cells. O(neighbourhood families ×
  /// holders) after the core scores.
  public static func run(
    _ corpus: Corpus, scores: CoreScores, reference: ReferenceData, owner ownerKeys: [String],
    competitor competitorKeys: [String] = [], cellCodes: [String]? = nil,
    parameters: FenceParameters = FenceParameters()
  ) -> FenceResult {
    let view = scores.families
    let ranks = scores.ranks
    let owner = Set(corpus.entities.indices.filter { ownerKeys.contains(corpus.entities[$0].key) }.map(Int32.init))
    let competitor = Set(
      corpus.entities.indices.filter { competitorKeys.contains(corpus.entities[$0].key) }.map(Int32.init))
    func held(_ f: Int, by set: Set<Int32>) -> Bool { view.holders[f].contains { set.contains($0) } }
    let cells = FenceCells(
      corpus: corpus, view: view, mainGroups: parameters.cellLevel == "main-group", cellCodes: cellCodes)
    // The owner's core set.
    let core: [Int]
    switch parameters.core {
    case .top(let n):
      core = Array(scores.order.lazy.map { Int($0) }.filter { held($0, by: owner) }.prefix(n))
    case .publications(let list):
      let wanted = Set(list)
      core = Set(
        corpus.publications.indices.filter { wanted.contains(corpus.publications[$0]) }
          .map { Int(corpus.extendedFamilies[$0]) }
      ).sorted { ranks[$0] < ranks[$1] }
    }
    // The neighbourhood: cells of the core families, of the families citing or cited by them, and the cells of
    // the core's main groups; each with its closest relation and the core families it relates to.
    var relation: [Int32: (Relation, Set<Int>)] = [:]
    func relate(_ cell: Int32, _ r: Relation, _ c: Int) {
      let current = relation[cell]
      relation[cell] = (max(current?.0 ?? r, r), (current?.1 ?? []).union([c]))
    }
    var coreGroups: [Int32: Set<Int>] = [:]
    for c in core {
      for cell in cells.cells(of: c, view) {
        relate(cell, .core, c)
        coreGroups[cells.mainGroup[Int(cell)], default: []].insert(c)
      }
      for g in scores.graph.predecessors(of: c) {
        for cell in cells.cells(of: Int(g), view) { relate(cell, .citing, c) }
      }
      for g in scores.graph.successors(of: c) { for cell in cells.cells(of: Int(g), view) { relate(cell, .cited, c) } }
    }
    for cell in cells.codes.indices {
      if let related = coreGroups[cells.mainGroup[cell]] { for c in related { relate(Int32(cell), .mainGroup, c) } }
    }
    let filedYears = view.filed.map { Int($0 / 10_000) }
    let end = parameters.endYear ?? ((filedYears.max() ?? 0) - 1)
    let recent = (end - parameters.window + 1)...end
    let previous = (end - 2 * parameters.window + 1)...(end - parameters.window)
    let years = Array((end - 2 * parameters.window + 1)...end)
    let context = Context(
      corpus: corpus, view: view, scores: scores, cells: cells, reference: reference, owner: owner, years: years,
      recent: recent, previous: previous, filedYears: filedYears, parameters: parameters)
    let neighbourhood = relation.keys.sorted()
    let stats = neighbourhood.map { context.cellStats($0, relation: relation[$0]?.0 ?? .cited) }
    let defensive = neighbourhood.indices.compactMap { k in
      context.defensive(stats[k], related: relation[neighbourhood[k]]?.1 ?? [])
    }
    let encirclement = neighbourhood.indices.compactMap { k in
      context.encirclement(stats[k], related: relation[neighbourhood[k]]?.1 ?? [])
    }
    // Surrounded core: the competitor's best families, or the area's strongest families of other holders.
    let areaFamilies = Set(neighbourhood.flatMap { cells.families[Int($0)] }.map(Int.init))
    let surrounded = Array(
      scores.order.lazy.map { Int($0) }.filter { f in
        competitor.isEmpty ? areaFamilies.contains(f) && !held(f, by: owner) : held(f, by: competitor)
      }.prefix(parameters.surroundTop))
    let surrounding = context.surrounding(surrounded)
    let threshold = Int((1 - parameters.lapsedPercentile) * Double(view.count)).clamped(1, max(1, view.count))
    let lapsed = context.lapsed(areaFamilies.filter { ranks[$0] <= threshold }, ranks: ranks)
    func rank(_ list: [FenceOpportunity]) -> [FenceOpportunity] {
      Array(list.sorted { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }.prefix(parameters.top))
    }
    return FenceResult(
      asOf: DayNumber.iso(scores.families.asOf), parameters: parameters,
      owner: owner.sorted().map { corpus.entities[Int($0)].name },
      competitor: competitor.sorted().map { corpus.entities[Int($0)].name },
      core: core.map { scores.row($0, corpus: corpus, rank: ranks[$0]) },
      surroundedCore: surrounded.map { scores.row($0, corpus: corpus, rank: ranks[$0]) }, years: years,
      cells: Array(stats.map(\.cell).sorted(by: Self.larger).prefix(100)),
      defensive: rank(defensive), surrounding: rank(surrounding), encirclement: rank(encirclement),
      lapsedCore: lapsed,
      method: method(parameters))
  }

  /// More families first, then by code.
  static func larger(_ a: FenceCell, _ b: FenceCell) -> Bool {
    a.families != b.families ? a.families > b.families : a.code < b.code
  }

  static func method(_ p: FenceParameters) -> [String: String] {
    [
      "core": "The owner's core: \(p.core). Scores and ranks from the core-patent scoring.",
      "neighbourhood":
        "Cells (IPC \(p.cellLevel)s) of the core families (relation core, weight 1), of the families citing them "
        + "(citing, 1), of the core's main groups (main-group, 0.5) and of the families they cite (cited, 0.5).",
      "windows":
        "Recent = the \(p.window) filing years ending one year before the latest filing year (unless set); previous "
        + "= the \(p.window) before.",
      "defensive":
        "Cells where the owner holds ≤ \(p.maxOwnerShare) of the families and others filed ≥ \(p.minRecent) "
        + "families in the recent window; score = others' recent families × (1 − owner share) × relation weight.",
      "surrounding":
        "Cells of the families citing each surrounded core family, not held by its holder, where the holder holds "
        + "≤ \(p.maxHolderShare) of the cell; score = citing families in the cell × (1 − holder share), summed over "
        + "the surrounded core.",
      "encirclement":
        "Cells of the neighbourhood where one competitor holds ≥ \(p.encirclementShare) of the others' recent "
        + "families and at least \(p.minRecent); score = its recent families × its share × relation weight.",
      "lapsedCore":
        "Patents of the families in the neighbourhood cells that rank in the top "
        + "\(Int(((1 - p.lapsedPercentile) * 100).rounded())) % of core scores, granted, whose right lapsed, was "
        + "abandoned, expired (event, or the term of its office and right type) or was revoked by the as-of date. "
        + "Free to practise in an office only when every member of the family there has ended and no lapse there "
        + "can still be restored (restoration windows by office from restoration-rules.tsv; an office without a "
        + "rule counts as restorable); the owner's own restorable lapses are listed as restore-or-drop, never as "
        + "free technology.",
    ]
  }
}

extension Int {
  fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
