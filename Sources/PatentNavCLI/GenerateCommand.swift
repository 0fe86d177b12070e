import ArgumentParser
import Foundation
import Generator

/// `patnav generate`: a deterministic synthetic corpus in real office XML.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a deterministic synthetic corpus (DOCDB and CNIPA XML) with a manifest of what it holds.",
    discussion: """
      Same --patents, --seed and --profile give byte-identical files. Profiles: demo (one industry chain, a target
      city with planted strengths, a gap and few overseas filings, a foreign competitor's core families), scale
      (several industries, any size). The output directory gets docdb-*.xml, cnipa-*.xml, manifest.json and
      aliases-truth.tsv (each Chinese applicant's English and Chinese names).
      """)

  @Option(help: "Publications to generate.")
  var patents: Int

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(help: "Output directory.")
  var out: String

  @Option(help: "Profile: \(GeneratorProfile.names.joined(separator: ", ")).")
  var profile = "scale"

  func run() throws {
    guard patents >= 1 else { throw ValidationError("--patents must be at least 1") }
    guard let chosen = GeneratorProfile.named(profile) else {
      throw ValidationError("unknown profile \(profile); use one of \(GeneratorProfile.names.joined(separator: ", "))")
    }
    let start = Date()
    let manifest = try CorpusGenerator(patents: patents, seed: seed, profile: chosen)
      .write(to: URL(fileURLWithPath: out))
    StandardError.print(
      "generated \(manifest.patents) publications in \(manifest.families) families (\(manifest.citations) citations, "
        + "\(manifest.applicants) applicants) in \(manifest.files.count) files in "
        + String(format: "%.2f s", Date().timeIntervalSince(start)))
  }
}
