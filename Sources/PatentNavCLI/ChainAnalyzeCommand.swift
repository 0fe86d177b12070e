import ArgumentParser
import Foundation
import IndustryChain
import PatentModel
import Projects
import Workspace

/// `patnav chain analyze`: chain ↔ patent layout matching of a region against a reference.
struct ChainAnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Match a region's (subject's) patents to an industry chain against a reference population.",
    discussion: """
      Writes DIR/chain.json (keys sorted; formulas under `method`) and CSV tables: segments.csv (shares, RTA,
      control, CR-n, growth, position), holders.csv, candidates.csv (attract / cultivate / partners, with
      evidence), patent-segments.csv (each selected patent's segments) and, with --industry, structure.csv.
      SPEC: all | country=CN[,JP] | province=江苏 | city=常州 | entities=FILE (one applicant name or key per
      line). Same input, same bytes.
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions
  @OptionGroup var asOf: AsOfOptions

  @Option(help: "A built-in chain id (nev, ic, robot, display) or a chain file.")
  var chain: String

  @Option(help: "The subject (region): country=…, province=…, city=… or entities=FILE.")
  var region: String

  @Option(help: "The reference population (default all: the whole selection), same SPEC syntax.")
  var reference = "all"

  @Option(help: "Industry structure CSV: segment,<measure>[,reference].")
  var industry: String?

  @Option(help: "Output directory.")
  var out: String

  @Flag(help: "Also match CPC symbols against the chain's IPC patterns.")
  var useCPC = false

  @Option(help: "Last year of the recent growth window (default: latest filing year − 1).")
  var growthEndYear: Int?

  @Option(help: "Candidates listed per kind and segment.")
  var candidates = 10

  func run() throws {
    let workspace = try options.open()
    let definition = try ChainCommand.load(chain)
    var parameters = ChainAnalysis.Parameters()
    parameters.subject = try workspace.subject(region)
    parameters.reference = try workspace.subject(reference)
    parameters.useCPC = useCPC
    parameters.growthEndYear = growthEndYear
    parameters.candidates = candidates
    let structure = try industry.map { path in
      try IndustryStructure.parse(String(contentsOfFile: path, encoding: .utf8), file: path, chain: definition)
    }
    let (selection, date) = try asOf.cut(filter.filter)
    parameters.asOf = DayNumber.iso(date)
    let corpus = try workspace.loadCorpus(matching: selection, language: .zh, inventors: true)
    let pinyin = workspace.reference.pinyin
    parameters.subject = try parameters.subject.resolved(in: corpus, pinyin: pinyin, role: "--region")
    parameters.reference = try parameters.reference.resolved(in: corpus, pinyin: pinyin, role: "--reference")
    let hits = try workspace.keywordHits(definition, corpus: corpus, matching: selection)
    let (result, tagging) = ChainAnalysis.analyze(
      corpus, chain: definition, keywordHits: hits, industry: structure, coreFamilies: nil, parameters: parameters)
    try ResultWriter.write(
      URL(fileURLWithPath: out), json: "chain.json", result,
      tables: ChainTables.all(result) + [("patent-segments.csv", ChainTables.patents(corpus, definition, tagging))])
    let absent = result.segments.filter { $0.position.level == .absent }.map(\.id)
    StandardError.print(
      "chain \(definition.id) (as of \(DayNumber.iso(date))): \(result.tagging.taggedPatents) of \(result.tagging.patents) patents tagged; subject "
        + "\(result.subjectFamilies) families, reference \(result.referenceFamilies); absent: "
        + "\(absent.isEmpty ? "none" : absent.joined(separator: ", ")); written to \(out)")
  }
}
