/// Failures of workspace operations, with the context a user needs.
public enum WorkspaceError: Error, CustomStringConvertible, Sendable {
  /// Another process holds the workspace's write lock.
  case busy(path: String, holder: String)
  /// The workspace file cannot be opened or created.
  case cannotOpen(path: String, reason: String)
  /// The workspace was made by a newer PatentNav (unknown schema version).
  case newerSchema(path: String, version: Int)
  /// A SQLite error during an operation.
  case database(operation: String, reason: String)
  /// A filter value is not valid.
  case invalidFilter(String)
  /// The workspace does not exist (read-only commands never create one).
  case notFound(path: String)

  /// A sentence naming the workspace and what went wrong.
  public var description: String {
    switch self {
    case .busy(let path, let holder):
      "workspace \(path) is being written by another ingest (\(holder)); wait for it to finish and run again"
    case .cannotOpen(let path, let reason): "cannot open workspace \(path): \(reason)"
    case .newerSchema(let path, let version):
      "workspace \(path) has schema version \(version), newer than this patnav understands; upgrade patnav"
    case .database(let operation, let reason): "\(operation) failed: \(reason)"
    case .invalidFilter(let message): "invalid filter: \(message)"
    case .notFound(let path): "no workspace at \(path) (create one with `patnav ingest PATH --workspace \(path)`)"
    }
  }
}
