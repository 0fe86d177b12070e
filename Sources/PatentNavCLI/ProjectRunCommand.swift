import ArgumentParser
import Foundation
import Projects

/// `patnav project run`.
struct ProjectRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run the project's stages; up-to-date stages are skipped, results kept under DIR/results/.",
    discussion: "Every run is recorded in DIR/audit.jsonl; DIR/state.json holds each stage's input fingerprint.")

  @Argument(help: "The project folder.")
  var directory: String

  @Option(help: "Run only this stage.")
  var stage: ProjectStage?

  @Option(help: "Start at this stage.")
  var from: ProjectStage?

  @Option(help: "Stop after this stage.")
  var until: ProjectStage?

  @Flag(help: "Run stages even when up to date.")
  var force = false

  @Option(help: "A directory of reference files that replace the bundled ones of the same name.")
  var referenceData: String?

  func run() throws {
    let runner = try ProjectCommand.runner(directory, referenceData: referenceData)
    _ = try runner.run(only: stage, from: from, until: until, force: force) { StandardError.print($0) }
    let report = runner.directory.appendingPathComponent("results/report")
    if FileManager.default.fileExists(atPath: report.path) {
      for name in (try FileManager.default.contentsOfDirectory(atPath: report.path)).sorted() {
        StandardOutput.print(report.appendingPathComponent(name).path)
      }
    }
  }
}

/// `patnav project status`.
struct ProjectStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Each stage: done (up to date), stale (inputs changed) or pending.")

  @Argument(help: "The project folder.")
  var directory: String

  @Option(help: "A directory of reference files that replace the bundled ones of the same name.")
  var referenceData: String?

  func run() throws {
    let runner = try ProjectCommand.runner(directory, referenceData: referenceData)
    for status in try runner.status() {
      StandardOutput.print(
        "\(status.stage.rawValue)\t\(status.state)\t\(status.fingerprint)\t\(status.finishedAt ?? "")")
    }
  }
}

/// `patnav project report`.
struct ProjectReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Render the reports from the stages' results (templates in DIR/templates override the shipped ones).")

  @Argument(help: "The project folder.")
  var directory: String

  @Option(help: "zh or en (default: the manifest's languages).")
  var lang: String?

  @Option(help: "html or md (default: both).")
  var format: String?

  @Option(help: "A directory of reference files that replace the bundled ones of the same name.")
  var referenceData: String?

  func run() throws {
    let runner = try ProjectCommand.runner(directory, referenceData: referenceData)
    guard lang.map(ReportStage.languages.contains) ?? true, format.map(ReportStage.formats.contains) ?? true else {
      throw ValidationError("--lang must be zh or en, --format html or md")
    }
    let files = try ReportStage.render(
      runner: runner, into: runner.directory.appendingPathComponent("report"), languages: lang.map { [$0] },
      formats: format.map { [$0] } ?? ReportStage.formats)
    for file in files { StandardOutput.print(file.path) }
  }
}
