import ArgumentParser
import Foundation
import IndustryChain
import Overseas
import PatentModel
import Projects
import Workspace

/// `patnav overseas`: overseas layout gaps against competitors, and the windows still open.
struct OverseasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overseas",
    abstract: "Overseas layout gaps in Belt-and-Road / RCEP markets against competitors, with open filing windows.",
    discussion: """
      Writes DIR/overseas.json and CSV: countries.csv (coverage, competitors, gap, priority components),
      gaps.csv, windows.csv (family, country, route, deadline), coverage-matrix.csv (N national, R regional with
      the state recorded, ? regional with states unknown). TARGETS: bri, rcep, asean, bri+rcep, country codes,
      or file:PATH (one code per line).
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "The subject: country=…, province=…, city=… or entities=FILE.")
  var subject: String

  @Option(help: "Target countries: bri, rcep, asean, bri+rcep, codes, or file:PATH.")
  var targets = "bri+rcep"

  @Option(help: "The benchmark (same SPEC syntax); default: the 5 largest companies outside the subject.")
  var competitors: String?

  @Option(help: "The subject's markets (country codes, comma-separated) for the priority's market component.")
  var markets: String?

  @Option(help: "Also count coverage by the segments of this chain (built-in id or chain file).")
  var chain: String?

  @Option(help: "Output directory.")
  var out: String

  func run() throws {
    let workspace = try options.open()
    var parameters = OverseasParameters()
    parameters.subject = try workspace.subject(subject)
    parameters.competitors = try competitors.map { try workspace.subject($0) }
    let list =
      targets.hasPrefix("file:")
      ? try String(contentsOfFile: String(targets.dropFirst(5)), encoding: .utf8).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        .joined(separator: ",")
      : targets
    parameters.targets = try TargetSet.parse(list, countries: workspace.reference.countries)
    parameters.markets =
      markets.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() } } ?? []
    let (selection, date) = try asOf.cut(filter.filter)
    parameters.asOf = date
    let corpus = try workspace.loadCorpus(matching: selection, language: .zh)
    let pinyin = workspace.reference.pinyin
    parameters.subject = try parameters.subject.resolved(in: corpus, pinyin: pinyin, role: "--subject")
    parameters.competitors = try parameters.competitors?.resolved(in: corpus, pinyin: pinyin, role: "--competitors")
    let segments = try chain.map {
      try workspace.leafSegments(ChainCommand.load($0), corpus: corpus, matching: selection)
    }
    let result = OverseasAnalysis.run(
      corpus, reference: workspace.reference, parameters: parameters, segments: segments)
    try ResultWriter.write(URL(fileURLWithPath: out), json: "overseas.json", result, tables: OverseasTables.all(result))
    StandardError.print(
      "overseas: \(result.subjectFamilies) subject families against \(result.competitorFamilies) competitor families "
        + "over \(result.countries.count) countries; \(result.gaps.count) gaps, \(result.windows.count) open windows; "
        + "written to \(out)")
  }
}
