import ArgumentParser
import Foundation
import Landscape
import Networks
import PatentModel
import Projects
import ReferenceData
import Workspace

/// `patnav landscape`: the landscape of a selection, as JSON and CSV tables.
struct LandscapeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "landscape",
    abstract: "Trends, IPC structure, technology clusters, players, concentration, lifecycle and legal status.",
    discussion: """
      Writes DIR/landscape.json (keys sorted; every part carries a `method` saying how it was computed) and CSV
      tables: trends.csv, clusters.csv, applicants.csv, applicant-clusters.csv (competitor groups and the
      applicant × cluster matrix), co-applicants.csv, ipc-<level>.csv, fields.csv; and the IPC
      co-classification network for VOSviewer (map and network files) and Gephi (GraphML). Same input, same bytes.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "Output directory.")
  var out: String

  @Option(help: "IPC level of the clusters: subclass, main-group, subgroup…")
  var clusterLevel: IPCLevel = .mainGroup

  @Option(help: "Louvain resolution (higher: more, smaller clusters).")
  var resolution: Double = 1

  @Option(help: "Louvain seed.")
  var seed: UInt64 = 1

  func run() throws {
    let workspace = try options.open()
    let (selection, date) = try asOf.cut(filter.filter)
    let corpus = try workspace.loadCorpus(matching: selection, language: .zh)
    var parameters = LandscapeAnalysis.Parameters()
    parameters.clusterLevel = clusterLevel
    parameters.resolution = resolution
    parameters.seed = seed
    parameters.asOf = date
    let (result, graphs) = LandscapeAnalysis.run(
      corpus, reference: workspace.reference, parameters: parameters, clusters: nil)
    let clusters = graphs.clusters
    let labels = clusters.codes
    let coApplicants = NetworkExport.linkedOnly(
      graphs.coApplicants, labels: corpus.entities.map(\.name))
    let coPartition = Louvain(seed: seed).run(coApplicants.graph)
    let files = [
      (
        "applicant-network-vosviewer-map.txt",
        NetworkExport.vosviewerMap(labels: coApplicants.labels, partition: coPartition, graph: coApplicants.graph)
      ),
      ("applicant-network-vosviewer-network.txt", NetworkExport.vosviewerNetwork(coApplicants.graph)),
      (
        "applicant-network.graphml",
        NetworkExport.graphML(labels: coApplicants.labels, partition: coPartition, graph: coApplicants.graph)
      ),
      (
        "ipc-network-vosviewer-map.txt",
        NetworkExport.vosviewerMap(labels: labels, partition: clusters.partition, graph: clusters.graph)
      ),
      ("ipc-network-vosviewer-network.txt", NetworkExport.vosviewerNetwork(clusters.graph)),
      (
        "ipc-network.graphml",
        NetworkExport.graphML(labels: labels, partition: clusters.partition, graph: clusters.graph)
      ),
    ]
    try ResultWriter.write(
      URL(fileURLWithPath: out), json: "landscape.json", result, tables: LandscapeTables.all(result) + files)
    StandardError.print(
      "landscape of \(result.patents) patents (\(result.families) families): \(result.clusters.count) clusters, "
        + "stage \(result.lifecycle.stage.rawValue), written to \(out)")
  }
}
