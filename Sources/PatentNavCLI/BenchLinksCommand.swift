import Applicants
import ArgumentParser
import Foundation
import PatentCorpus
import Workspace

/// `patnav bench links`: cross-script linking's time and quality against a generated truth.
struct BenchLinksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "links",
    abstract: "Link the selection's applicants; print time and precision/recall against a truth file (TSV).",
    discussion: """
      --truth takes the generator's applicants-truth.tsv (publication, Chinese name, name as written). Precision
      and recall by entity pair and by document (Benchmarks/linking.sh).
      """)

  @OptionGroup var options: WorkspaceOptions
  @OptionGroup var filter: FilterOptions

  @Option(help: "The generator's applicants-truth.tsv.")
  var truth: String

  func run() throws {
    let workspace = try options.open()
    let start = Date()
    let unlinked = try workspace.loadUnlinkedCorpus(matching: filter.filter, language: .en, inventors: false)
    let loaded = Date()
    let links = try workspace.entityLinks(in: unlinked)
    let seconds = Date().timeIntervalSince(loaded)
    let q = LinkQuality.measure(
      unlinked: unlinked, links: links, truth: LinkQuality.truth(try String(contentsOfFile: truth, encoding: .utf8)),
      harmonizer: ApplicantHarmonizer(legalForms: workspace.reference.legalForms, aliases: AliasTable()))
    func f(_ x: Double) -> String { String(format: "%.4f", x) }
    let fields: [(String, String)] = [
      ("patents", String(unlinked.count)), ("load_seconds", String(format: "%.2f", loaded.timeIntervalSince(start))),
      ("link_seconds", String(format: "%.2f", seconds)), ("truth_pairs", String(q.pairs)),
      ("merged_pairs", String(q.merged)), ("precision", f(q.precision)), ("recall", f(q.recall)),
      ("truth_documents", String(q.documents)), ("document_precision", f(q.documentPrecision)),
      ("document_recall", f(q.documentRecall)), ("review", String(links.filter { $0.decision == .review }.count)),
    ]
    StandardOutput.print(fields.map(\.0).joined(separator: "\t"))
    StandardOutput.print(fields.map(\.1).joined(separator: "\t"))
    for pair in q.falseMerges.prefix(20) { StandardError.print("false merge: \(pair)") }
  }
}
