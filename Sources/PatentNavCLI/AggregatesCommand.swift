import ArgumentParser
import Foundation
import Workspace

/// `patnav aggregates`: the selection's counts computed where the data lives (push-down), as JSON.
struct AggregatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aggregates",
    abstract: "Families per IPC level, applicant, priority year and office; IPC co-occurrence; cited families.",
    discussion: """
      The counts run as SQL in the workspace's database, so only aggregates reach this machine (on PostgreSQL,
      the server does the work). --in-memory computes the same from a loaded corpus instead; both print the same
      JSON for the same selection. Applicants are counted as stored, before cross-script linking (which the
      analyses apply when they load their corpus).
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Flag(help: "Load the selection and count in memory instead of in the database.")
  var inMemory = false

  func run() throws {
    let workspace = try options.open()
    let aggregates =
      inMemory
      ? WorkspaceAggregates(
        corpus: try workspace.loadUnlinkedCorpus(matching: filter.filter, language: .en, inventors: false))
      : try workspace.aggregates(matching: filter.filter)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    StandardOutput.print(String(decoding: try encoder.encode(aggregates), as: UTF8.self))
  }
}
