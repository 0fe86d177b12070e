import CorePatents
import Foundation
import IndustryChain
import Overseas

/// Navigation results of industry and regional projects (导航结论): each segment's position, and the five
/// development paths of GB/T 39551 — industry structure, enterprises to cultivate or attract, talent, technologies
/// to introduce, patent layout and collaborative use — each item with its evidence. Built from the chain, core
/// and overseas results of the project.
public struct DevelopmentPaths: Sendable, Codable, Equatable {
  /// A segment's position in one chain.
  public struct Position: Sendable, Codable, Equatable {
    /// Chain id and segment id.
    public let chain: String, segment: String
    /// Segment names.
    public let nameZH: String, nameEN: String
    /// Level and matrix cell (`strong`, `industryAhead`…).
    public let level: String, quadrant: String?
    /// Labels and advice.
    public let labelZH: String, labelEN: String, adviceZH: String, adviceEN: String
    /// RTA and 专利控制力.
    public let rta: Double?, control: Double
    /// How the position was decided.
    public let reason: String
  }

  /// One development path.
  public struct Path: Sendable, Codable, Equatable {
    /// `structure`, `enterprises`, `talent`, `technology`, `layout`.
    public let id: String
    /// Title.
    public let titleZH: String, titleEN: String
    /// Its items.
    public let items: [Item]
  }

  /// One recommendation with its evidence.
  public struct Item: Sendable, Codable, Equatable {
    /// The recommendation.
    public let textZH: String, textEN: String
    /// Publications or figures behind it.
    public let evidence: [String]
  }

  /// One chain in the competitiveness × matching grid (regional projects compare several chains).
  public struct GridCell: Sendable, Codable, Equatable {
    /// Chain id and name.
    public let chain: String, nameZH: String, nameEN: String
    /// Competitiveness: the region's share of the chain's families (专利控制力 at the top of the chain).
    public let competitiveness: Double
    /// Matching: the share of the chain's leaf segments where the region is average or strong.
    public let matching: Double
    /// The cell: `lead` (both high), `potential` (matching high, competitiveness low), `scattered`
    /// (competitiveness high, matching low), `weak`.
    public let cell: String
  }

  /// Leaf segments' positions, by chain then segment order.
  public let positions: [Position]
  /// The competitiveness × matching grid, one cell per chain.
  public let grid: [GridCell]
  /// The five paths.
  public let paths: [Path]
  /// How they were derived.
  public let method: String

  init(runner: ProjectRunner) throws {
    var chains: [ChainAnalysis.Result] = []
    for id in runner.manifest.chains {
      let definition = try runner.chain(id)
      chains.append(
        try ResultWriter.read(
          ChainAnalysis.Result.self, runner.results(.chain).appendingPathComponent(definition.id), json: "chain.json"))
    }
    let core = try? ResultWriter.read(CoreResult.self, runner.results(.core), json: "core.json")
    let overseas = try? ResultWriter.read(OverseasResult.self, runner.results(.overseas), json: "overseas.json")
    let leaves = chains.flatMap { chain in
      chain.segments.filter { s in !chain.segments.contains { $0.parent == s.id } }.map { (chain.chain.id, $0) }
    }
    positions = leaves.map { chain, s in
      Position(
        chain: chain, segment: s.id, nameZH: s.nameZH, nameEN: s.nameEN, level: s.position.level.rawValue,
        quadrant: s.position.quadrant?.rawValue, labelZH: s.position.labelZH, labelEN: s.position.labelEN,
        adviceZH: s.position.adviceZH, adviceEN: s.position.adviceEN, rta: s.rta, control: s.control,
        reason: s.position.reason)
    }
    let raw = chains.map { chain in
      let leafs = chain.segments.filter { s in !chain.segments.contains { $0.parent == s.id } && s.families > 0 }
      let matched = leafs.filter { [.average, .strong].contains($0.position.level) }.count
      return GridCell(
        chain: chain.chain.id, nameZH: chain.chain.nameZH, nameEN: chain.chain.nameEN,
        competitiveness: Double(chain.subjectFamilies) / Double(max(1, chain.subjectFamilies, chain.referenceFamilies)),
        matching: leafs.isEmpty ? 0 : Double(matched) / Double(leafs.count), cell: "")
    }
    let meanCompetitiveness = raw.isEmpty ? 0 : raw.map(\.competitiveness).reduce(0, +) / Double(raw.count)
    grid = raw.map { g in
      let high = (g.competitiveness >= meanCompetitiveness, g.matching >= 0.5)
      let cell =
        switch high {
        case (true, true): "lead"
        case (false, true): "potential"
        case (true, false): "scattered"
        case (false, false): "weak"
        }
      return GridCell(
        chain: g.chain, nameZH: g.nameZH, nameEN: g.nameEN, competitiveness: g.competitiveness, matching: g.matching,
        cell: cell)
    }
    let strong = leaves.filter { $0.1.position.level == .strong }
    let weak = leaves.filter { [.weak, .absent].contains($0.1.position.level) }
    func names(_ list: [(String, SegmentMetrics)]) -> (String, String) {
      (list.map(\.1.nameZH).joined(separator: "、"), list.map(\.1.nameEN).joined(separator: ", "))
    }
    var structure: [Item] = []
    if !strong.isEmpty {
      let (zh, en) = names(strong)
      structure.append(
        Item(
          textZH: "巩固优势环节：\(zh)", textEN: "Consolidate the strong segments: \(en)",
          evidence: strong.map { "\($0.1.id): \($0.1.position.reason)" }))
    }
    if !weak.isEmpty {
      let (zh, en) = names(weak)
      structure.append(
        Item(
          textZH: "补链强链：\(zh)", textEN: "Fill and strengthen: \(en)",
          evidence: weak.map { "\($0.1.id): \($0.1.position.reason)" }))
    }
    let attract = weak.flatMap { _, s in
      s.candidates.attract.prefix(2).map {
        Item(
          textZH: "招商引资（\(s.nameZH)）：\($0.name)", textEN: "Attract (\(s.nameEN)): \($0.name)",
          evidence: ["\($0.families) families"] + $0.evidence)
      }
    }
    let cultivate = strong.flatMap { _, s in
      s.candidates.cultivate.prefix(2).map {
        Item(
          textZH: "培育龙头（\(s.nameZH)）：\($0.name)", textEN: "Cultivate (\(s.nameEN)): \($0.name)",
          evidence: ["\($0.families) families"] + $0.evidence)
      }
    }
    let weakIDs = Set(weak.map(\.1.id))
    let talent = leaves.flatMap { _, s -> [Item] in
      var items: [Item] = []
      if let local = s.inventors.first(where: \.inSubject) {
        items.append(
          Item(
            textZH: "培养本地人才（\(s.nameZH)）：\(local.name)（\(local.affiliation)）",
            textEN: "Develop local talent (\(s.nameEN)): \(local.name) (\(local.affiliation))",
            evidence: ["\(local.families) families, \(local.recentFamilies) recent"]))
      }
      if weakIDs.contains(s.id), let outside = s.inventors.first(where: { !$0.inSubject }) {
        items.append(
          Item(
            textZH: "引进人才（\(s.nameZH)）：\(outside.name)（\(outside.affiliation)）",
            textEN: "Attract talent (\(s.nameEN)): \(outside.name) (\(outside.affiliation))",
            evidence: ["\(outside.families) families, \(outside.recentFamilies) recent"]))
      }
      items += s.candidates.partners.prefix(1).map {
        Item(
          textZH: "产学研合作（\(s.nameZH)）：\($0.name)\($0.inSubject ? "（本地）" : "")",
          textEN: "Industry–academia partner (\(s.nameEN)): \($0.name)\($0.inSubject ? " (local)" : "")",
          evidence: $0.evidence)
      }
      return items
    }
    let technology = (core?.top ?? []).prefix(5).map {
      Item(
        textZH: "关注/引进核心专利：\($0.publication)（\($0.holders.first ?? "")）",
        textEN: "Core patent to license or design around: \($0.publication) (\($0.holders.first ?? ""))",
        evidence: [
          "score \(String(format: "%.3f", $0.score)), \($0.forwardCitations) citing families, \($0.status.rawValue)"
        ])
    }
    var layout = weak.map { _, s in
      Item(
        textZH: "在\(s.nameZH)加强专利布局", textEN: "File in \(s.nameEN)",
        evidence: s.topHolders.prefix(2).flatMap(\.evidence))
    }
    layout += (overseas?.gaps ?? []).prefix(5).map {
      Item(
        textZH: "海外布局：\($0.nameZH)（\($0.route)）", textEN: "File abroad: \($0.nameEN) (\($0.route))",
        evidence: [
          "competitors \(Int(($0.competitorShare * 100).rounded())) %, subject \(Int(($0.subjectShare * 100).rounded())) %"
        ])
    }
    paths = [
      Path(id: "structure", titleZH: "产业结构优化", titleEN: "Industry structure", items: structure),
      Path(
        id: "enterprises", titleZH: "企业培育与引进", titleEN: "Enterprises to cultivate and attract",
        items: cultivate + attract),
      Path(id: "talent", titleZH: "人才培养与引进", titleEN: "Talent and partners", items: talent),
      Path(id: "technology", titleZH: "技术创新与引进", titleEN: "Technologies to introduce", items: Array(technology)),
      Path(id: "layout", titleZH: "专利布局与协同运用", titleEN: "Patent layout and collaborative use", items: layout),
    ]
    method =
      "Positions from each chain's segment levels and matrix cells; structure from strong and weak/absent leaf "
      + "segments; enterprises from the candidates to cultivate (strong segments) and attract (weak or absent); "
      + "talent from each segment's most active local inventor, an outside inventor for weak segments, and the "
      + "universities and institutes holding segment families; "
      + "technologies from the top core families; layout from weak segments and the overseas gaps. Grid: "
      + "competitiveness = the region's families in the chain / the reference's (N_R / N_N), high "
      + "at or above the mean over the chains; matching = the share of populated leaf segments where the region is "
      + "average or strong, high at 0.5 or more."
  }
}
