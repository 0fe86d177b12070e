import Applicants
import ArgumentParser
import Foundation
import PatentCorpus
import PatentModel
import Workspace

/// `patnav applicants`: harmonized entities with their name variants, for review and alias writing.
struct ApplicantsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "applicants",
    abstract: "List applicant entities with type, patents and name variants (TSV), largest first.",
    discussion: """
      Columns: patents, entity key, display name, type, type evidence, countries, provinces, variants
      (name×patents, `|`-separated). With --aliases FILE the aliases are stored in the workspace and every
      applicant is re-keyed first (`variant<TAB>-` keeps a variant apart from automatic links). --review FILE
      writes the cross-script links of the selection (Latin-script names of Chinese applicants and the Chinese
      names they belong to, with confidence and evidence) as an alias file to edit and feed back with --aliases.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Option(help: "Alias file to apply (variant<TAB>canonical[<TAB>type]).")
  var aliases: String?

  @Option(help: "Show at most this many entities.")
  var limit: Int?

  @Option(help: "Write the cross-script links found (merged and for review) to this alias file.")
  var review: String?

  func run() throws {
    let workspace = try options.open()
    if let aliases {
      let changed = try workspace.setAliases(try AliasTable(contentsOf: URL(fileURLWithPath: aliases)))
      StandardError.print("aliases applied: \(changed) applicant rows changed entity")
    }
    if let review {
      let corpus = try workspace.loadUnlinkedCorpus(matching: filter.filter, language: .zh, inventors: false)
      let links = try workspace.entityLinks(in: corpus)
      try Data(Self.reviewFile(links).utf8).write(to: URL(fileURLWithPath: review), options: .atomic)
      let merged = links.filter { $0.decision == .merged }.count
      StandardError.print(
        "links: \(merged) merged, \(links.filter { $0.decision == .review }.count) for review, "
          + "\(links.filter { $0.decision == .rejected }.count) kept apart; written to \(review)")
      return
    }
    var rows = ["patents\tkey\tname\ttype\tevidence\tcountries\tprovinces\tvariants"]
    for a in try workspace.applicants(matching: filter.filter).prefix(limit ?? Int.max) {
      let variants = a.variants.map { "\($0.name)×\($0.patents)" }.joined(separator: " | ")
      rows.append(
        [
          String(a.patents), a.key, a.name, a.type.rawValue, a.typeEvidence, a.countries.joined(separator: ","),
          a.provinces.joined(separator: ","), variants,
        ].map(CSV.cell).joined(separator: "\t"))
    }
    StandardOutput.print(rows.joined(separator: "\n"))
  }

  /// The alias file of the links: every line commented, with its evidence, for a person to uncomment (accept),
  /// turn into `variant<TAB>-` (keep apart) or point at another canonical name.
  static func reviewFile(_ links: [EntityLink]) -> String {
    var merged: [String: Int] = [:]
    for link in links where link.decision == .merged { merged[link.variantKey, default: 0] += 1 }
    func block(_ link: EntityLink) -> String {
      let why =
        "confidence \(link.confidence), \(link.sharedFamilies) of its \(link.variantFamilies) families shared"
        + (link.spelled.isEmpty ? "" : ", pinyin \(link.spelled)") + "; " + link.evidence.joined(separator: "; ")
      let note =
        (merged[link.variantKey] ?? 0) > 1 ? " (one of several Chinese names: merged document by document)" : ""
      return "# \(why)\(note)\n# \(link.variant)\t\(link.canonical)"
    }
    var lines = [
      "# PatentNav cross-script links. Uncomment a line to make it an alias, write - as the canonical name to keep",
      "# a variant apart, or name another canonical; then: patnav applicants -w WORKSPACE --aliases THIS-FILE",
      "", "# Merged automatically (confidence ≥ 0.9):",
    ]
    lines += links.filter { $0.decision == .merged }.map(block)
    lines += ["", "# For review (0.5 ≤ confidence < 0.9, or a variant in another country):"]
    lines += links.filter { $0.decision == .review }.map(block)
    lines += ["", "# Kept apart by an alias line:"]
    lines += links.filter { $0.decision == .rejected }.map(block)
    return lines.joined(separator: "\n") + "\n"
  }
}
