import ArgumentParser
import Foundation
import Projects
import ReferenceData

/// `patnav project`: staged navigation projects.
struct ProjectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "project", abstract: "Staged navigation projects: init, run, status, report.",
    subcommands: [
      ProjectInitCommand.self, ProjectRunCommand.self, ProjectStatusCommand.self, ProjectReportCommand.self,
    ])

  /// Opens a project folder with the bundled reference data (or `--reference-data`).
  static func runner(_ directory: String, referenceData: String?) throws -> ProjectRunner {
    let reference = try ReferenceData(overrides: referenceData.map { URL(fileURLWithPath: $0) })
    return try ProjectRunner(
      directory: URL(fileURLWithPath: directory), reference: reference, toolVersion: PatNav.configuration.version)
  }
}

extension ProjectType: ExpressibleByArgument {}
extension ProjectStage: ExpressibleByArgument {}

/// `patnav project init`.
struct ProjectInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create DIR/project.yaml from the commented template of a project type.")

  @Option(help: "industry, regional or enterprise.")
  var type: ProjectType

  @Argument(help: "The project folder.")
  var directory: String

  func run() throws {
    let file = try ProjectTemplates.initialize(type, at: URL(fileURLWithPath: directory))
    StandardOutput.print(file.path)
    StandardError.print("edit it (sources, region or enterprise, chains…), then: patnav project run \(directory)")
  }
}
