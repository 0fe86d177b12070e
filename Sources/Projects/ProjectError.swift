/// Why a project command cannot go on.
public enum ProjectError: Error, Sendable, CustomStringConvertible {
  /// The folder has no `project.yaml`.
  case noManifest(String)
  /// A stage failed; earlier results are kept.
  case stageFailed(stage: String, reason: String)
  /// A stage name that the project's type does not have.
  case unknownStage(String, ProjectType)
  /// `init` into a folder that already has a manifest.
  case exists(String)
  /// A folder that must be empty (or hold only what the command wrote before) is not.
  case notEmpty(path: String, reason: String)

  /// What went wrong and what to do.
  public var description: String {
    switch self {
    case .noManifest(let dir): "\(dir) has no project.yaml (create one with `patnav project init --type … \(dir)`)"
    case .stageFailed(let stage, let reason):
      "stage \(stage) failed: \(reason). Earlier stages' results are kept; fix this and run again to resume here."
    case .unknownStage(let stage, let type):
      "a \(type.rawValue) project has no stage `\(stage)` (stages: \(type.stages.map(\.rawValue).joined(separator: ", ")))"
    case .exists(let path): "\(path) already exists; edit it or choose another folder"
    case .notEmpty(let path, let reason): "\(path) is not empty: \(reason)"
    }
  }
}
