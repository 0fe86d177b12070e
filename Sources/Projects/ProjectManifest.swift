import ConfigFile
import Foundation
import PatentModel

/// A project's `project.yaml`: who and what the navigation is about and how each analysis is parameterized.
/// Every field is kept as written (`fields`) so a stage's fingerprint covers exactly the fields it reads.
public struct ProjectManifest: Sendable, Equatable {
  /// Project name.
  public let name: String
  /// Client.
  public let client: String
  /// Project type.
  public let type: ProjectType
  /// Report language(s) to render by default.
  public let languages: [String]
  /// As-of date, yyyymmdd.
  public let asOf: Int32
  /// Files or directories to ingest, relative to the project folder.
  public let sources: [String]
  /// Alias file (relative), if any.
  public let aliases: String?
  /// Selection: IPC prefixes, years, keywords, offices.
  public let ipc: [String], fromYear: Int?, toYear: Int?, keywords: [String], offices: [String]
  /// Region (subject) spec for industry and regional projects.
  public let region: String?
  /// Reference spec.
  public let reference: String
  /// Chains (built-in ids or files relative to the project).
  public let chains: [String]
  /// Industry-structure CSV (relative), if any.
  public let industryCSV: String?
  /// Enterprise names (enterprise projects; also the overseas subject there).
  public let enterprise: [String]
  /// Competitor names.
  public let competitors: [String]
  /// Overseas targets.
  public let targets: String
  /// Weights file (relative), if any.
  public let weights: String?
  /// Numeric parameters (`core_top`, `fence_core`, `top`).
  public let parameters: [String: Int]
  /// Each top-level field as canonical text, for fingerprints.
  public let fields: [String: String]

  static let keys: Set<String> = [
    "version", "name", "client", "type", "language", "as_of", "sources", "aliases", "selection", "region",
    "reference", "chains", "industry_csv", "enterprise", "competitors", "targets", "weights", "parameters",
  ]

  /// Parses `project.yaml`; errors name the file, line and field.
  public static func parse(_ text: String, file: String) throws(ConfigError) -> ProjectManifest {
    let root = try ConfigNode.parse(text, file: file)
    if let unknown = root.unknownKeys(allowed: keys).first { throw unknown }
    let version = try root.optional("version")?.int() ?? 1
    guard version == 1 else { throw try root.required("version").error("unsupported manifest version \(version)") }
    let typeNode = try root.required("type")
    guard let type = ProjectType(rawValue: try typeNode.string()) else {
      throw typeNode.error("type must be industry, regional or enterprise")
    }
    let asOfNode = try root.required("as_of")
    guard let asOf = DayNumber.parse(try asOfNode.string()) else { throw asOfNode.error("as_of must be YYYY-MM-DD") }
    let selection = root.optional("selection")
    if let selection,
      let unknown = selection.unknownKeys(allowed: ["ipc", "from_year", "to_year", "keywords", "offices"]).first
    {
      throw unknown
    }
    let sources = try root.required("sources").strings()
    let chains = try root.optional("chains")?.strings() ?? []
    let region = try root.optional("region")?.string()
    let enterprise = try root.optional("enterprise")?.strings() ?? []
    switch type {
    case .industry, .regional:
      guard region != nil else { throw root.error("a \(type.rawValue) project needs `region` (e.g. city=常州)") }
      guard !chains.isEmpty else { throw root.error("a \(type.rawValue) project needs `chains` (e.g. [nev])") }
    case .enterprise:
      guard !enterprise.isEmpty else { throw root.error("an enterprise project needs `enterprise` (its names)") }
    }
    var parameters: [String: Int] = ["core_top": 50, "fence_core": 10, "top": 30]
    if let node = root.optional("parameters") {
      if let unknown = node.unknownKeys(allowed: Set(parameters.keys)).first { throw unknown }
      for key in node.keys {
        let value = try node.required(key).int()
        guard value > 0 else { throw try node.required(key).error("must be positive") }
        parameters[key] = value
      }
    }
    var fields: [String: String] = [:]
    for key in keys { fields[key] = root.optional(key).map { $0.canonical } ?? "" }
    return ProjectManifest(
      name: try root.required("name").string(), client: try root.optional("client")?.string() ?? "", type: type,
      languages: try root.optional("language")?.strings() ?? ["zh", "en"], asOf: asOf, sources: sources,
      aliases: try root.optional("aliases")?.string(), ipc: try selection?.optional("ipc")?.strings() ?? [],
      fromYear: try selection?.optional("from_year")?.int(), toYear: try selection?.optional("to_year")?.int(),
      keywords: try selection?.optional("keywords")?.strings() ?? [],
      offices: try selection?.optional("offices")?.strings() ?? [], region: region,
      reference: try root.optional("reference")?.string() ?? "all", chains: chains,
      industryCSV: try root.optional("industry_csv")?.string(), enterprise: enterprise,
      competitors: try root.optional("competitors")?.strings() ?? [],
      targets: try root.optional("targets")?.string() ?? "bri+rcep", weights: try root.optional("weights")?.string(),
      parameters: parameters, fields: fields)
  }
}
