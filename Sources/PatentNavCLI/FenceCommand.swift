import ArgumentParser
import CorePatents
import Foundation
import Landscape
import PatentCorpus
import Projects
import Workspace

/// `patnav fence`: patent-fence opportunities around a core set.
struct FenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fence",
    abstract: "Fence opportunities around the owner's core: defensive gaps, surrounding, encirclement, lapsed core.",
    discussion: """
      Writes DIR/fence.json (every opportunity with its cell, score, rule and evidence; the core sets; the
      neighbourhood cells with holders per year) and CSV: fence-opportunities.csv, fence-cells.csv,
      fence-core.csv, lapsed-core.csv. Names are harmonized like the workspace's applicants.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "The owner: an applicant name or entity key (repeat for a group).")
  var owner: [String]

  @Option(help: "The core set: top:N (the owner's N best families) or the publications in --patents.")
  var core = "top:10"

  @Option(help: "A file of publication numbers (one per line) forming the core set.")
  var patents: String?

  @Option(help: "A competitor whose core to surround (repeat for a group); default: the area's strongest others.")
  var competitor: [String] = []

  @Option(help: "Cells: subgroup, main-group or cluster (the landscape's technology clusters of main groups).")
  var cellLevel = "subgroup"

  @Option(help: "Output directory.")
  var out: String

  @Option(help: "Weights file for the core scores (YAML or JSON).")
  var weights: String?

  @Option(help: "Last year of the recent window (default: latest filing year − 1).")
  var endYear: Int?

  /// Per corpus symbol, `cluster N: CODE CODE CODE` (the cluster's first three main groups), from the
  /// landscape's IPC clusters at main-group level; a symbol outside every cluster keeps its main group.
  static func clusterCells(_ corpus: Corpus) -> [String] {
    let clusters = IPCClusters(corpus: corpus)
    var members: [Int32: [String]] = [:]
    for (code, community) in clusters.partition.community.enumerated() {
      members[community, default: []].append(clusters.codes[code])
    }
    return corpus.symbols.strings.enumerated().map { id, symbol in
      let code = id < clusters.codeOfSymbol.count ? clusters.codeOfSymbol[id] : -1
      guard code >= 0 else { return symbol.firstIndex(of: "/").map { symbol[..<$0] + "/00" } ?? symbol }
      let community = clusters.partition.community[code]
      return "cluster \(community): " + (members[community] ?? []).prefix(3).joined(separator: " ")
    }
  }

  func run() throws {
    guard ["subgroup", "main-group", "cluster"].contains(cellLevel) else {
      throw ValidationError("--cell-level must be subgroup, main-group or cluster")
    }
    let workspace = try options.open()
    let (selection, date) = try asOf.cut(filter.filter)
    let corpus = try workspace.loadCorpus(matching: selection, language: .zh)
    var parameters = FenceParameters()
    parameters.cellLevel = cellLevel
    parameters.endYear = endYear
    if let patents {
      let list = try String(contentsOfFile: patents, encoding: .utf8).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
      parameters.core = .publications(list)
    } else if core.hasPrefix("top:"), let n = Int(core.dropFirst(4)), n > 0 {
      parameters.core = .top(n)
    } else {
      throw ValidationError("--core must be top:N (or give --patents FILE)")
    }
    let ownerKeys = try workspace.entityKeys(for: owner)
    guard corpus.entities.contains(where: { ownerKeys.contains($0.key) }) else {
      throw ValidationError("no applicant of the selection matches --owner \(owner.joined(separator: ", "))")
    }
    let competitorKeys = try workspace.entityKeys(for: competitor)
    let scores = CoreScores(
      corpus: corpus, reference: workspace.reference, weights: try CoreCommand.weights(weights),
      asOf: date)
    let result = FenceAnalysis.run(
      corpus, scores: scores, reference: workspace.reference, owner: ownerKeys, competitor: competitorKeys,
      cellCodes: cellLevel == "cluster" ? Self.clusterCells(corpus) : nil, parameters: parameters)
    let keys = scores.weights.components.map(\.key)
    try ResultWriter.write(
      URL(fileURLWithPath: out), json: "fence.json", result,
      tables: [
        ("fence-opportunities.csv", CoreTables.opportunities(result)), ("fence-cells.csv", CoreTables.cells(result)),
        ("fence-core.csv", CoreTables.families(result.core + result.surroundedCore, keys: keys)),
        ("lapsed-core.csv", CoreTables.lapsed(result.lapsedCore)),
      ])
    StandardError.print(
      "fence around \(result.core.count) core families of \(result.owner.joined(separator: "; ")): "
        + "\(result.defensive.count) defensive, \(result.surrounding.count) surrounding, "
        + "\(result.encirclement.count) encirclement, \(result.lapsedCore.count) lapsed core; written to \(out)")
  }
}
