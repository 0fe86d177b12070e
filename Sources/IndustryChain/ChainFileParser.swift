import ConfigFile

/// Reads a chain file (YAML) into a ``ChainDefinition``: every error names the file, line and field; problems
/// that do not stop the analysis (overlapping segments) come back as warnings.
///
/// ```yaml
/// id: nev
/// version: 1
/// name: {zh: 新能源汽车, en: New-energy vehicles}
/// description: {zh: …, en: …}
/// sources: ["CNIPA 战略性新兴产业分类与国际专利分类参照关系表（2021）5.1–5.4"]
/// as_of: "2021-12"
/// segments:
///   - id: battery-materials
///     stage: upstream
///     name: {zh: 动力电池材料, en: Power battery materials}
///     segments:
///       - id: cathode
///         name: {zh: 正极材料, en: Cathode materials}
///         ipc: ["H01M 4/525", "H01M 4/505", "C01G 53"]
///         exclude: ["H01M 4/587"]
///         keywords: [正极材料, cathode material]
///         require_keywords: []
/// ```
public enum ChainFileParser {
  /// The result of reading a chain file.
  public struct Output: Sendable {
    /// The chain.
    public let chain: ChainDefinition
    /// Problems that do not stop it (overlaps between segments).
    public let warnings: [ConfigError]
  }

  /// Parses chain-file text. O(segments² × patterns²) for the overlap check, which chain sizes keep small.
  public static func parse(_ text: String, file: String) throws(ConfigError) -> Output {
    let root = try ConfigNode.parse(text, file: file)
    if let unknown = root.unknownKeys(allowed: ["id", "version", "name", "description", "sources", "as_of", "segments"])
      .first
    {
      throw unknown
    }
    let version = try root.optional("version")?.int() ?? 1
    guard version == 1 else { throw try root.required("version").error("unsupported chain file version \(version)") }
    let idNode = try root.required("id")
    let id = try idNode.string()
    try checkID(id, idNode)
    var state = State()
    for item in try root.required("segments").items() {
      try readSegment(item, parent: nil, depth: 0, stage: nil, into: &state)
    }
    guard !state.segments.isEmpty else { throw try root.required("segments").error("a chain needs segments") }
    let chain = ChainDefinition(
      id: id, version: version, name: try bilingual(root.required("name")),
      description: try root.optional("description").map(bilingual) ?? BilingualText(zh: "", en: ""),
      sources: try root.required("sources").strings(), asOf: try root.required("as_of").string(),
      segments: state.segments)
    return Output(chain: chain, warnings: overlaps(chain, file: file))
  }

  private struct State {
    var segments: [ChainSegment] = []
    var lines: [String: Int] = [:]
  }

  private static let segmentKeys: Set<String> = [
    "id", "name", "stage", "ipc", "exclude", "keywords", "require_keywords", "segments", "note",
  ]

  private static func readSegment(
    _ node: ConfigNode, parent: Int?, depth: Int, stage inherited: ChainStage?, into state: inout State
  ) throws(ConfigError) {
    if let unknown = node.unknownKeys(allowed: segmentKeys).first { throw unknown }
    let idNode = try node.required("id")
    let id = try idNode.string()
    try checkID(id, idNode)
    if let first = state.lines[id] {
      throw idNode.error("duplicate segment id `\(id)` (first defined on line \(first))")
    }
    state.lines[id] = node.line ?? 0
    var stage = inherited
    if let stageNode = node.optional("stage") {
      let raw = try stageNode.string()
      guard let value = ChainStage(rawValue: raw) else {
        throw stageNode.error("stage must be upstream, midstream or downstream, not `\(raw)`")
      }
      if let inherited, inherited != value {
        throw stageNode.error("stage \(raw) differs from the parent's \(inherited.rawValue)")
      }
      stage = value
    }
    guard let stage else {
      throw node.error("top-level segment `\(id)` needs a stage (upstream, midstream, downstream)")
    }
    let ipc = try patterns(node.optional("ipc"))
    let exclude = try patterns(node.optional("exclude"))
    let keywords = try keywordList(node.optional("keywords"))
    let required = try keywordList(node.optional("require_keywords"))
    let children = try node.optional("segments")?.items() ?? []
    if ipc.isEmpty && keywords.isEmpty && children.isEmpty {
      throw node.error("segment `\(id)` is empty: give it ipc patterns, keywords or sub-segments")
    }
    if !required.isEmpty && ipc.isEmpty {
      throw try node.required("require_keywords").error(
        "require_keywords restricts IPC matches, but `\(id)` has no ipc")
    }
    let index = state.segments.count
    state.segments.append(
      ChainSegment(
        id: id, name: try bilingual(node.required("name")), stage: stage, parent: parent, depth: depth,
        line: node.line ?? 0, ipc: ipc, exclude: exclude, keywords: keywords, requireKeywords: required))
    for child in children {
      try readSegment(child, parent: index, depth: depth + 1, stage: stage, into: &state)
    }
  }

  private static func checkID(_ id: String, _ node: ConfigNode) throws(ConfigError) {
    let allowed = id.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_.".unicodeScalars.contains($0))
    }
    guard allowed, id.first?.isLetter == true || id.first?.isNumber == true else {
      throw node.error("id `\(id)` must be ASCII letters, digits, `-`, `_` or `.`")
    }
  }

  private static func patterns(_ node: ConfigNode?) throws(ConfigError) -> [IPCPattern] {
    guard let node else { return [] }
    var result: [IPCPattern] = []
    let items = try node.items()
    for item in items {
      let text = try item.string()
      do {
        result.append(try IPCPattern(text))
      } catch {
        throw item.error(error.description)
      }
    }
    return result
  }

  /// A list, or a mapping of language → list (`{zh: [...], en: [...]}`), flattened.
  private static func keywordList(_ node: ConfigNode?) throws(ConfigError) -> [String] {
    guard let node else { return [] }
    if node.isMapping {
      if let unknown = node.unknownKeys(allowed: ["zh", "en", "ja", "ko", "de", "fr"]).first { throw unknown }
      var result: [String] = []
      for key in node.keys { result += try node.required(key).strings() }
      return result
    }
    return try node.strings()
  }

  private static func bilingual(_ node: ConfigNode) throws(ConfigError) -> BilingualText {
    if !node.isMapping {
      let text = try node.string()
      return BilingualText(zh: text, en: text)
    }
    if let unknown = node.unknownKeys(allowed: ["zh", "en"]).first { throw unknown }
    return BilingualText(zh: try node.required("zh").string(), en: try node.required("en").string())
  }

  /// Segments (neither the ancestor of the other) with overlapping patterns; a patent matching both is tagged to
  /// both, which is allowed but usually unintended.
  static func overlaps(_ chain: ChainDefinition, file: String) -> [ConfigError] {
    var warnings: [ConfigError] = []
    let segments = chain.segments
    for a in segments.indices {
      let lineageA = Set(chain.lineage(of: a))
      for b in segments.indices where b > a && !lineageA.contains(b) && !chain.lineage(of: b).contains(a) {
        for p in segments[a].ipc {
          for q in segments[b].ipc where p.overlaps(q) {
            let excludedA = segments[a].exclude.contains { $0.covers(q) }
            let excludedB = segments[b].exclude.contains { $0.covers(p) }
            if excludedA || excludedB { continue }
            warnings.append(
              ConfigError(
                file: file, line: segments[b].line, field: segments[b].id,
                message:
                  "IPC \(q) overlaps \(p) of segment `\(segments[a].id)` (line \(segments[a].line)); "
                  + "patents matching both are tagged to both"))
          }
        }
      }
    }
    return warnings
  }
}
