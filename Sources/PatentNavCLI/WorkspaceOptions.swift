import ArgumentParser
import Foundation
import ReferenceData
import Workspace

/// `--workspace` and `--reference-data`, shared by every workspace command.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    name: [.customShort("w"), .long],
    help: "The workspace: a SQLite file, or postgres://user@host:port/db (password from PGPASSWORD or ~/.pgpass).")
  var workspace: String

  @Option(
    name: .customLong("reference-data"),
    help: "A directory of reference files that replace the bundled ones of the same name.")
  var referenceData: String?

  /// Loads reference data and opens the workspace.
  func open(create: Bool = false) throws -> any WorkspaceStore {
    let data = try ReferenceData(overrides: referenceData.map { URL(fileURLWithPath: $0) })
    return try WorkspaceLocation(workspace).open(reference: data, create: create)
  }
}
