/// An industry chain: an industry's segments as a tree (upstream / midstream / downstream → sub-segments), each
/// with the IPC patterns and keywords that tag patents to it. Loaded from a chain file (YAML).
public struct ChainDefinition: Sendable, Codable, Equatable {
  /// Short id (`nev`, `ic`…).
  public let id: String
  /// Version of the chain file format (1).
  public let version: Int
  /// Industry name.
  public let name: BilingualText
  /// What the chain covers and how it was built.
  public let description: BilingualText
  /// Sources the segments were written from (tables, standards, reports).
  public let sources: [String]
  /// As-of date of the definition (`2021-12`).
  public let asOf: String
  /// The segments in pre-order (a parent before its children); `parent` indexes into this array.
  public let segments: [ChainSegment]

  /// Creates a chain (the parser validates; this does not).
  public init(
    id: String, version: Int = 1, name: BilingualText, description: BilingualText, sources: [String], asOf: String,
    segments: [ChainSegment]
  ) {
    self.id = id
    self.version = version
    self.name = name
    self.description = description
    self.sources = sources
    self.asOf = asOf
    self.segments = segments
  }

  /// Indices of segment `i`'s children. O(segments).
  public func children(of i: Int) -> [Int] { segments.indices.filter { segments[$0].parent == i } }

  /// Whether segment `i` has no children. O(segments).
  public func isLeaf(_ i: Int) -> Bool { !segments.contains { $0.parent == i } }

  /// Segment `i` and its ancestors, nearest first. O(depth).
  public func lineage(of i: Int) -> [Int] {
    var result = [i]
    var current = segments[i].parent
    while let parent = current {
      result.append(parent)
      current = segments[parent].parent
    }
    return result
  }

  /// The index of the segment with this id.
  public func index(of id: String) -> Int? { segments.firstIndex { $0.id == id } }
}

/// One segment of a chain.
public struct ChainSegment: Sendable, Codable, Equatable {
  /// Id, unique within the chain (`cathode-materials`).
  public let id: String
  /// Name.
  public let name: BilingualText
  /// Upstream, midstream or downstream (inherited from the top-level segment).
  public let stage: ChainStage
  /// Index of the parent segment, `nil` at the top.
  public let parent: Int?
  /// 0 at the top.
  public let depth: Int
  /// Line of the segment in its chain file (0 when built in code).
  public let line: Int
  /// IPC patterns; a patent with a matching IPC symbol is tagged (subject to `exclude` and `requireKeywords`).
  public let ipc: [IPCPattern]
  /// Symbols matching one of these never count for this segment.
  public let exclude: [IPCPattern]
  /// Words or phrases that tag a patent by its title or abstract, with or without an IPC match.
  public let keywords: [String]
  /// When not empty, an IPC match counts only if the title or abstract contains one of these.
  public let requireKeywords: [String]

  /// Creates a segment.
  public init(
    id: String, name: BilingualText, stage: ChainStage, parent: Int?, depth: Int, line: Int = 0,
    ipc: [IPCPattern] = [], exclude: [IPCPattern] = [], keywords: [String] = [], requireKeywords: [String] = []
  ) {
    self.id = id
    self.name = name
    self.stage = stage
    self.parent = parent
    self.depth = depth
    self.line = line
    self.ipc = ipc
    self.exclude = exclude
    self.keywords = keywords
    self.requireKeywords = requireKeywords
  }

  /// Whether a compact IPC symbol matches a pattern and no exclusion. O(patterns).
  public func tags(_ compact: String) -> Bool {
    ipc.contains { $0.matches(compact) } && !exclude.contains { $0.matches(compact) }
  }

  /// Whether the segment tags anything by itself (children aside).
  public var hasRules: Bool { !ipc.isEmpty || !keywords.isEmpty }
}

/// Position of a segment along the chain.
public enum ChainStage: String, Sendable, Codable, CaseIterable {
  /// Materials, components, equipment (上游).
  case upstream
  /// Core products and manufacturing (中游).
  case midstream
  /// Complete products, integration, applications, services (下游).
  case downstream

  /// 上游 / 中游 / 下游.
  public var nameZH: String {
    switch self {
    case .upstream: "上游"
    case .midstream: "中游"
    case .downstream: "下游"
    }
  }
}

/// A name or text in Chinese and English.
public struct BilingualText: Sendable, Codable, Equatable, Hashable {
  /// Chinese.
  public let zh: String
  /// English.
  public let en: String

  /// Creates a text.
  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }
}
