/// The kinds of navigation project GB/T 39551 and CNIPA practice define, each with its stages in order.
public enum ProjectType: String, Sendable, Codable, CaseIterable {
  /// 产业规划类: industry development status → patent navigation analysis → navigation results (paths).
  case industry
  /// 区域规划类: as industry, over several chains, ending in the competitiveness × matching grid.
  case regional
  /// 企业运营类: enterprise status → key-product navigation → development strategy → application.
  case enterprise

  /// The stages, in run order.
  public var stages: [ProjectStage] {
    switch self {
    case .industry: [.collect, .landscape, .chain, .core, .overseas, .paths, .report]
    case .regional: [.collect, .landscape, .chain, .core, .paths, .report]
    case .enterprise: [.collect, .landscape, .core, .fence, .overseas, .actions, .report]
    }
  }
}

/// One stage of a project: what it reads and what it writes.
public enum ProjectStage: String, Sendable, Codable, CaseIterable {
  /// Ingest the sources into the project's workspace; a data-quality summary.
  case collect
  /// The landscape of the selection.
  case landscape
  /// Chain matching for each chain of the manifest.
  case chain
  /// Core-patent scores.
  case core
  /// Fence opportunities around the enterprise's core.
  case fence
  /// Overseas layout gaps and windows.
  case overseas
  /// Positioning and the five development paths (industry, regional).
  case paths
  /// The action list with owners and deadlines (enterprise).
  case actions
  /// The zh and en reports.
  case report

  /// The manifest fields the stage reads (a change to any makes it stale).
  public var manifestFields: [String] {
    switch self {
    case .collect: ["sources", "aliases"]
    case .landscape: ["selection", "as_of", "parameters"]
    case .chain: ["selection", "as_of", "chains", "region", "reference", "industry_csv"]
    case .core: ["selection", "as_of", "weights"]
    case .fence: ["selection", "enterprise", "competitors", "as_of", "parameters"]
    case .overseas: ["selection", "region", "enterprise", "competitors", "targets", "as_of", "chains"]
    case .paths, .actions: ["as_of", "parameters"]
    case .report: ["name", "client", "type", "language"]
    }
  }

  /// Stages whose results it reads (within the project's type).
  public func upstream(in type: ProjectType) -> [ProjectStage] {
    let earlier = type.stages.prefix { $0 != self }
    switch self {
    case .collect: return []
    case .landscape, .chain, .core: return [.collect]
    case .fence: return [.collect, .core]
    case .overseas: return [.collect]
    case .paths, .actions, .report: return Array(earlier)
    }
  }
}
