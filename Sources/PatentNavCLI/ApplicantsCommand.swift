import Applicants
import ArgumentParser
import Foundation
import Workspace

/// `patnav applicants`: harmonized entities with their name variants, for review and alias writing.
struct ApplicantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "applicants",
    abstract: "List applicant entities with type, patents and name variants (TSV), largest first.",
    discussion: """
      Columns: patents, entity key, display name, type, type evidence, countries, provinces, variants
      (name×patents, `|`-separated). With --aliases FILE the aliases are stored in the workspace and every
      applicant is re-keyed first.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Option(help: "Alias file to apply (variant<TAB>canonical[<TAB>type]).")
  var aliases: String?

  @Option(help: "Show at most this many entities.")
  var limit: Int?

  func run() throws {
    let workspace = try options.open()
    if let aliases {
      let changed = try workspace.setAliases(try AliasTable(contentsOf: URL(fileURLWithPath: aliases)))
      StandardError.print("aliases applied: \(changed) applicant rows changed entity")
    }
    var rows = ["patents\tkey\tname\ttype\tevidence\tcountries\tprovinces\tvariants"]
    for a in try workspace.applicants(matching: filter.filter).prefix(limit ?? Int.max) {
      let variants = a.variants.map { "\($0.name)×\($0.patents)" }.joined(separator: " | ")
      rows.append(
        [
          String(a.patents), a.key, a.name, a.type.rawValue, a.typeEvidence, a.countries.joined(separator: ","),
          a.provinces.joined(separator: ","), variants,
        ].joined(separator: "\t"))
    }
    StandardOutput.print(rows.joined(separator: "\n"))
  }
}
