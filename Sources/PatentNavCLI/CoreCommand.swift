import ArgumentParser
import CorePatents
import Foundation
import PatentModel
import Projects
import Workspace

/// `patnav core`: core-patent scores per family with every component.
struct CoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "core",
    abstract:
      "Score families as core patents: citations by cohort, PageRank, family size, claims, OECD indicators, life.",
    discussion: """
      Writes DIR/core.json (the top families with their breakdown, weights, status counts and the method) and
      DIR/core.csv (the same rows; --all: every family). Weights come from --weights (YAML or JSON:
      `version: 1` and `weights: {forward_citations: 0.3, pagerank: 0.15, …}`), else the defaults in README.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "Families listed in core.json.")
  var top = 50

  @Option(help: "Output directory.")
  var out: String

  @Option(help: "Weights file (YAML or JSON).")
  var weights: String?

  @Flag(help: "Write every family to core.csv, not only the top.")
  var all = false

  func run() throws {
    let workspace = try options.open()
    let (selection, date) = try asOf.cut(filter.filter)
    let corpus = try workspace.loadCorpus(matching: selection, language: .zh)
    let scores = CoreScores(
      corpus: corpus, reference: workspace.reference, weights: try Self.weights(weights),
      asOf: date)
    let ranks = scores.ranks
    let listed = scores.order.prefix(all ? scores.order.count : top).map { Int($0) }
    let rows = listed.map { scores.row($0, corpus: corpus, rank: ranks[$0]) }
    let result = CoreResult(scores, rows: Array(rows.prefix(top)))
    try ResultWriter.write(
      URL(fileURLWithPath: out), json: "core.json", result,
      tables: [("core.csv", CoreTables.families(rows, keys: scores.weights.components.map(\.key)))])
    StandardError.print(
      "core (as of \(DayNumber.iso(date))): \(result.families) families, \(result.citationLinks) citation links, PageRank in "
        + "\(result.pageRankIterations) iterations; top \(result.top.first?.publication ?? "–"); written to \(out)")
  }

  /// The weights file, or the defaults.
  static func weights(_ path: String?) throws -> CoreWeights {
    guard let path else { return CoreWeights() }
    return try CoreWeights.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
  }
}
