import Foundation
import Testing
import Workspace

/// The workspace backends the suite runs against: SQLite always; PostgreSQL when this build has the `Postgres`
/// trait and `PATNAV_TEST_POSTGRES` names a server (`postgres://role@host:port/db`, the role with `CREATEDB`;
/// `.ci/run` starts one). Each PostgreSQL workspace is a new database on that server.
enum Backend: String, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  /// The backends this run can test.
  static var available: [Backend] {
    WorkspaceLocation.postgresAvailable && server != nil ? [.sqlite, .postgres] : [.sqlite]
  }

  /// The PostgreSQL server for tests, if any.
  static var server: String? { ProcessInfo.processInfo.environment["PATNAV_TEST_POSTGRES"] }

  var testDescription: String { rawValue }

  /// The location of a new, empty workspace.
  func newLocation() throws -> WorkspaceLocation {
    switch self {
    case .sqlite:
      return .sqlite(path: try TestWorkspace.scratchDirectory().appendingPathComponent("w.sqlite").path)
    case .postgres:
      #if Postgres
        guard let server = Self.server else { throw WorkspaceError.notFound(path: "PATNAV_TEST_POSTGRES") }
        let name = "patnav_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        return .postgres(url: try PostgresWorkspace.createDatabase(name, on: server))
      #else
        throw WorkspaceError.notFound(path: "PostgreSQL support (build with --traits Postgres)")
      #endif
    }
  }

  /// A new, empty workspace.
  func empty() throws -> any WorkspaceStore {
    try newLocation().open(reference: TestWorkspace.reference, create: true)
  }
}
