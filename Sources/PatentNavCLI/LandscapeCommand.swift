import ArgumentParser
import Foundation
import Landscape
import Networks
import PatentModel
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
    let corpus = try workspace.loadCorpus(matching: filter.filter, language: .zh)
    var parameters = LandscapeAnalysis.Parameters()
    parameters.clusterLevel = clusterLevel
    parameters.resolution = resolution
    parameters.seed = seed
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
    try ResultDirectory.write(out, json: "landscape.json", result, tables: LandscapeTables.all(result) + files)
    StandardError.print(
      "landscape of \(result.patents) patents (\(result.families) families): \(result.clusters.count) clusters, "
        + "stage \(result.lifecycle.stage.rawValue), written to \(out)")
  }
}

/// The CSV tables of a landscape (RFC 4180).
enum LandscapeTables {
  static func all(_ r: LandscapeAnalysis.Result) -> [(String, String)] {
    var tables: [(String, String)] = []
    tables.append(
      (
        "trends.csv",
        CSV.table(
          ["year", "by_application", "by_priority", "by_publication", "families"],
          r.trends.years.map {
            ["\($0.year)", "\($0.byApplication)", "\($0.byPriority)", "\($0.byPublication)", "\($0.families)"]
          })
      ))
    tables.append(
      (
        "clusters.csv",
        CSV.table(
          ["id", "label_en", "label_zh", "patents", "families", "stage", "codes", "top_applicants"],
          r.clusters.map {
            [
              "\($0.id)", $0.labelEN, $0.labelZH, "\($0.patents)", "\($0.families)", $0.lifecycle.stage.rawValue,
              $0.codes.joined(separator: "; "), $0.topApplicants.joined(separator: "; "),
            ]
          })
      ))
    tables.append(
      (
        "applicants.csv",
        CSV.table(
          ["key", "name", "type", "country", "province", "city", "families", "documents"],
          r.players.top.map {
            [
              $0.key, $0.name, $0.type.rawValue, $0.country ?? "", $0.province ?? "", $0.city ?? "", "\($0.families)",
              "\($0.documents)",
            ]
          })
      ))
    tables.append(
      (
        "co-applicants.csv",
        CSV.table(
          ["first", "first_type", "second", "second_type", "patents", "industry_academia"],
          r.coApplicants.links.map {
            [
              $0.first, $0.firstType.rawValue, $0.second, $0.secondType.rawValue, "\($0.patents)",
              "\($0.industryAcademia)",
            ]
          })
      ))
    tables.append(
      (
        "applicant-clusters.csv",
        CSV.table(
          ["name", "type", "group"] + r.clusters.map { "cluster_\($0.id)" },
          r.applicantGroups.rows.map { [$0.name, $0.type, "\($0.group)"] + $0.clusters.map(String.init) })
      ))
    for (level, entries) in r.ipc.levels.sorted(by: { $0.key < $1.key }) {
      tables.append(
        (
          "ipc-\(level).csv",
          CSV.table(
            ["code", "title_en", "title_zh", "patents_all_codes", "patents_first_code"],
            entries.map { [$0.code, $0.titleEN, $0.titleZH, "\($0.allCodes)", "\($0.firstCode)"] })
        ))
    }
    tables.append(
      (
        "fields.csv",
        CSV.table(
          ["field", "name_en", "name_zh", "patents_all_codes", "patents_first_code"],
          r.ipc.fields.map { [$0.code, $0.titleEN, $0.titleZH, "\($0.allCodes)", "\($0.firstCode)"] })
      ))
    return tables
  }

}
