import Foundation
import ReferenceData

/// Where a workspace lives, from the `--workspace` argument: a SQLite file path, or a `postgres://` URL.
public enum WorkspaceLocation: Sendable, Equatable {
  /// An embedded SQLite file (the default).
  case sqlite(path: String)
  /// A PostgreSQL (or Citus) database; the password comes from `PGPASSWORD` or `~/.pgpass`.
  case postgres(url: String)

  /// Reads the argument: `postgres://…` and `postgresql://…` are databases, anything else a file path.
  public init(_ argument: String) {
    let lower = argument.lowercased()
    self =
      lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
      ? .postgres(url: argument) : .sqlite(path: argument)
  }

  /// `url` with any password replaced by `***`, for messages.
  public static func redacted(_ url: String) -> String {
    guard var components = URLComponents(string: url), components.password != nil else { return url }
    components.password = "***"
    return components.string ?? "postgres://…"
  }

  /// Whether this build can open PostgreSQL workspaces (the `Postgres` package trait).
  public static var postgresAvailable: Bool {
    #if Postgres
      true
    #else
      false
    #endif
  }

  /// Opens the workspace; `create` creates the file or the schema (ingest), else it must exist.
  public func open(reference: ReferenceData, create: Bool = false) throws -> any WorkspaceStore {
    switch self {
    case .sqlite(let path): return try SQLiteWorkspace(path: path, reference: reference, create: create)
    case .postgres(let url):
      #if Postgres
        return try PostgresWorkspace(url: url, reference: reference, create: create)
      #else
        throw WorkspaceError.cannotOpen(
          path: Self.redacted(url),
          reason: "this patnav was built without PostgreSQL support (build with `--traits Postgres`)")
      #endif
    }
  }
}
