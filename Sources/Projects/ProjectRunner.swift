import Foundation
import ReferenceData

/// Runs a project's stages in order, keeping each stage's results under `results/<stage>/` with a fingerprint
/// of its inputs (manifest fields it reads, files it reads, upstream fingerprints, tool and reference versions).
/// An up-to-date stage is skipped; an edited manifest makes exactly the stages reading the edited fields (and
/// those downstream of them) stale; a failing stage keeps earlier results. Every run is appended to
/// `audit.jsonl`.
public struct ProjectRunner: Sendable {
  /// The project folder.
  public let directory: URL
  /// Its manifest.
  public let manifest: ProjectManifest
  /// Reference data.
  public let reference: ReferenceData
  /// The tool's version, part of every fingerprint.
  public let toolVersion: String

  /// Where a stage stands.
  public struct StageStatus: Sendable, Equatable {
    /// The stage.
    public let stage: ProjectStage
    /// `done` (up to date), `stale` (inputs changed since), or `pending` (never run).
    public let state: String
    /// The current fingerprint of its inputs.
    public let fingerprint: String
    /// When it last finished.
    public let finishedAt: String?
  }

  /// What a run did with a stage.
  public struct Outcome: Sendable, Equatable {
    /// The stage.
    public let stage: ProjectStage
    /// `ran` or `skipped` (up to date).
    public let action: String
    /// Wall seconds.
    public let seconds: Double
  }

  /// Opens a project folder.
  public init(directory: URL, reference: ReferenceData, toolVersion: String) throws {
    let file = directory.appendingPathComponent("project.yaml")
    guard FileManager.default.fileExists(atPath: file.path) else { throw ProjectError.noManifest(directory.path) }
    self.directory = directory
    self.manifest = try ProjectManifest.parse(String(contentsOf: file, encoding: .utf8), file: file.path)
    self.reference = reference
    self.toolVersion = toolVersion
  }

  var stateURL: URL { directory.appendingPathComponent("state.json") }
  var audit: AuditLog { AuditLog(url: directory.appendingPathComponent("audit.jsonl")) }
  func results(_ stage: ProjectStage) -> URL {
    directory.appendingPathComponent("results").appendingPathComponent(stage.rawValue)
  }
  func path(_ relative: String) -> String {
    relative.hasPrefix("/") ? relative : directory.appendingPathComponent(relative).path
  }

  /// The fingerprint of every stage of the project's type, in order. O(source files).
  public func fingerprints() throws -> [ProjectStage: String] {
    var result: [ProjectStage: String] = [:]
    let referenceVersion = reference.provenance.flatMap(\.lines).joined(separator: "\n")
    for stage in manifest.type.stages {
      var parts = [stage.rawValue, toolVersion, Fingerprint.of([referenceVersion])]
      parts += stage.manifestFields.map { "\($0)=\(manifest.fields[$0] ?? "")" }
      parts += try fileInputs(stage)
      parts += stage.upstream(in: manifest.type).map { "\($0.rawValue)@\(result[$0] ?? "")" }
      result[stage] = Fingerprint.of(parts)
    }
    return result
  }

  /// The files a stage reads besides the workspace: sources (path, size, modification time), chain, industry,
  /// alias and weights files (content), report template overrides (content).
  func fileInputs(_ stage: ProjectStage) throws -> [String] {
    func content(_ relative: String?) -> [String] {
      guard let relative, let data = FileManager.default.contents(atPath: path(relative)) else { return [] }
      return [relative + ":" + Fingerprint.of([String(decoding: data, as: UTF8.self)])]
    }
    switch stage {
    case .collect:
      return try manifest.sources.flatMap { try listing(path($0)) } + content(manifest.aliases)
    case .chain:
      return manifest.chains.flatMap { content($0) } + content(manifest.industryCSV)
    case .core, .fence:
      return content(manifest.weights)
    case .report:
      let overrides = directory.appendingPathComponent("templates")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: overrides.path))?.sorted() ?? []
      return files.flatMap { content("templates/" + $0) }
    default:
      return []
    }
  }

  /// Files under a path with size and modification time, sorted.
  func listing(_ path: String) throws -> [String] {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return ["missing:" + path] }
    let files =
      isDirectory.boolValue
      ? (manager.enumerator(atPath: path)?.compactMap { $0 as? String }.sorted().map { path + "/" + $0 } ?? [])
      : [path]
    return try files.compactMap { file in
      let attributes = try manager.attributesOfItem(atPath: file)
      guard (attributes[.type] as? FileAttributeType) == .typeRegular else { return nil }
      let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      return "\(file):\(size):\(Int(modified))"
    }
  }

  /// Each stage's state.
  public func status() throws -> [StageStatus] {
    let state = try ProjectState.load(stateURL)
    let prints = try fingerprints()
    return manifest.type.stages.map { stage in
      let record = state.stages[stage.rawValue]
      let current = prints[stage] ?? ""
      let done = record?.fingerprint == current && FileManager.default.fileExists(atPath: results(stage).path)
      return StageStatus(
        stage: stage, state: record == nil ? "pending" : (done ? "done" : "stale"), fingerprint: current,
        finishedAt: record?.finishedAt)
    }
  }

  /// Runs the stages from `from` to `until` (or only `only`); up-to-date stages are skipped unless `force`.
  /// `progress` receives one line per stage.
  public func run(
    only: ProjectStage? = nil, from: ProjectStage? = nil, until: ProjectStage? = nil, force: Bool = false,
    progress: (String) -> Void = { _ in }
  ) throws -> [Outcome] {
    let stages = manifest.type.stages
    for stage in [only, from, until].compactMap({ $0 }) where !stages.contains(stage) {
      throw ProjectError.unknownStage(stage.rawValue, manifest.type)
    }
    let start = from.flatMap { stages.firstIndex(of: $0) } ?? 0
    let end = until.flatMap { stages.firstIndex(of: $0) } ?? stages.count - 1
    let selected = only.map { [$0] } ?? Array(stages[start...max(start, end)])
    var state = try ProjectState.load(stateURL)
    let prints = try fingerprints()
    var outcomes: [Outcome] = []
    let context = StageContext()
    for stage in selected {
      let fingerprint = prints[stage] ?? ""
      if !force, state.stages[stage.rawValue]?.fingerprint == fingerprint,
        FileManager.default.fileExists(atPath: results(stage).path)
      {
        progress("\(stage.rawValue): up to date")
        outcomes.append(Outcome(stage: stage, action: "skipped", seconds: 0))
        continue
      }
      let began = Date()
      do {
        try FileManager.default.createDirectory(at: results(stage), withIntermediateDirectories: true)
        try execute(stage, context: context)
      } catch {
        let seconds = Date().timeIntervalSince(began)
        try audit.append(entry(stage, fingerprint, seconds, "failed", "\(error)"))
        throw ProjectError.stageFailed(stage: stage.rawValue, reason: "\(error)")
      }
      let seconds = Date().timeIntervalSince(began)
      state.stages[stage.rawValue] = ProjectState.StageRecord(
        fingerprint: fingerprint, finishedAt: Self.now(), seconds: (seconds * 1000).rounded() / 1000)
      try state.save(stateURL)
      try audit.append(entry(stage, fingerprint, seconds, "ok", ""))
      progress("\(stage.rawValue): done in \(String(format: "%.2f", seconds)) s")
      outcomes.append(Outcome(stage: stage, action: "ran", seconds: seconds))
    }
    return outcomes
  }

  func entry(
    _ stage: ProjectStage, _ fingerprint: String, _ seconds: Double, _ outcome: String, _ message: String
  )
    -> AuditLog.Entry
  {
    AuditLog.Entry(
      time: Self.now(), tool: toolVersion, stage: stage.rawValue, fingerprint: fingerprint,
      parameters: stage.manifestFields.map { "\($0)=\(manifest.fields[$0] ?? "")" }.joined(separator: "; "),
      seconds: (seconds * 1000).rounded() / 1000, outcome: outcome, message: message)
  }

  static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
