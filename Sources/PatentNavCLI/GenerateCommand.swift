import ArgumentParser
import Foundation
import Generator
import PatentModel
import ReferenceData
import Workspace

/// `patnav generate`: a deterministic synthetic corpus in real office XML.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a deterministic synthetic corpus (DOCDB and CNIPA XML) with a manifest of what it holds.",
    discussion: """
      Same --patents, --seed and --profile give byte-identical files. Profiles: demo (one industry chain, a target
      city with planted strengths, a gap and few overseas filings, a foreign competitor's core families), scale
      (several industries, any size). The output directory gets docdb-*.xml, cnipa-*.xml, uspto-*.xml,
      legal-*.xml, manifest.json and aliases-truth.tsv (each Chinese applicant's English and Chinese names).
      With --emit workspace, --out names a workspace file: the XML is written to a temporary directory,
      ingested (exactly as `patnav ingest` would), and removed; the manifest goes next to the workspace.
      """)

  @Option(help: "Publications to generate.")
  var patents: Int

  @Option(help: "Random seed.")
  var seed: UInt64 = 1

  @Option(help: "Output directory.")
  var out: String

  @Option(help: "Profile: \(GeneratorProfile.names.joined(separator: ", ")).")
  var profile = "scale"

  /// What `--out` receives.
  enum Emit: String, ExpressibleByArgument, CaseIterable {
    /// Office XML files in a directory.
    case xml
    /// A workspace, ingested from the XML.
    case workspace
  }

  @Option(help: "xml (files in --out) or workspace (--out is a workspace file).")
  var emit: Emit = .xml

  @Option(help: "Parser threads for --emit workspace.")
  var jobs: Int = 1

  @Option(
    help: ArgumentHelp(
      "Write only what had been published by this date, YYYY-MM-DD.",
      discussion: "The same plan as without it: publications and legal events dated on or before the date."))
  var publishedBy: String?

  @Flag(help: "Replace a corpus generated in --out before (its files only), or the workspace file --out names.")
  var force = false

  /// The most publications one run writes (about 85 GB of XML).
  static let maximumPatents = 20_000_000

  func run() throws {
    guard (1...Self.maximumPatents).contains(patents) else {
      throw ValidationError("--patents \(patents): between 1 and \(Self.maximumPatents)")
    }
    guard (1...64).contains(jobs) else { throw ValidationError("--jobs \(jobs): between 1 and 64") }
    guard !out.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--out is empty") }
    try Self.clear(out, emit: emit, force: force)
    guard let chosen = GeneratorProfile.named(profile) else {
      throw ValidationError("unknown profile \(profile); use one of \(GeneratorProfile.names.joined(separator: ", "))")
    }
    let start = Date()
    var generator = CorpusGenerator(patents: patents, seed: seed, profile: chosen)
    if let publishedBy {
      guard let date = DayNumber.parse(publishedBy) else {
        throw ValidationError("--published-by \(publishedBy): expected YYYY-MM-DD")
      }
      generator.publishedBy = Int(date)
    }
    let directory =
      emit == .xml
      ? URL(fileURLWithPath: out)
      : FileManager.default.temporaryDirectory.appendingPathComponent("patnav-generate-\(UUID().uuidString)")
    let manifest = try generator.write(to: directory)
    if emit == .workspace {
      defer { try? FileManager.default.removeItem(at: directory) }
      let workspace = try SQLiteWorkspace(path: out, reference: try ReferenceData(), create: true)
      let report = try workspace.ingest(
        manifest.files.map { directory.appendingPathComponent($0).path }, jobs: jobs, progress: nil)
      // The manifest and the truth files go beside the workspace: OUT.manifest.json, OUT.aliases-truth.tsv…
      for name in ["manifest.json", "aliases-truth.tsv", "applicants-truth.tsv", "legal-truth.tsv"] {
        let copy = URL(fileURLWithPath: out + "." + name)
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: directory.appendingPathComponent(name), to: copy)
      }
      StandardError.print("ingested \(report.records) records into \(out)")
    }
    StandardError.print(
      "generated \(manifest.patents) publications in \(manifest.families) families (\(manifest.citations) citations, "
        + "\(manifest.applicants) applicants) in \(manifest.files.count) files in "
        + String(format: "%.2f s", Date().timeIntervalSince(start)))
  }

  /// Nothing is overwritten or merged by surprise: an existing workspace file, or a folder holding anything, is
  /// refused without `--force`; with it, the workspace file (and its journal and lock) or the generator's own
  /// files in the folder (bundles, manifest, truth files) are removed first, so none is left stale. A folder
  /// holding other files is refused even then.
  static func clear(_ out: String, emit: Emit, force: Bool) throws {
    let manager = FileManager.default
    if emit == .workspace {
      guard manager.fileExists(atPath: out) else { return }
      guard force else {
        throw ValidationError(
          "\(out) exists: generate --emit workspace never merges into a workspace (--force replaces it)")
      }
      for suffix in ["", "-wal", "-shm", ".lock"] { try? manager.removeItem(atPath: out + suffix) }
      return
    }
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else { throw ValidationError("--out \(out) is a file, not a folder") }
    let files = try manager.contentsOfDirectory(atPath: out)
    guard !files.isEmpty else { return }
    let generated = files.filter { name in
      ["manifest.json", "aliases-truth.tsv", "applicants-truth.tsv", "legal-truth.tsv"].contains(name)
        || (["docdb-", "cnipa-", "uspto-", "legal-"].contains { name.hasPrefix($0) } && name.hasSuffix(".xml"))
    }
    guard force, generated.count == files.count else {
      throw ValidationError(
        force
          ? "\(out) holds files the generator did not write (\(files.filter { !generated.contains($0) }.prefix(3).joined(separator: ", "))); choose another folder"
          : "\(out) is not empty: generate never writes over files (--force replaces a corpus generated there)")
    }
    for name in generated { try manager.removeItem(atPath: (out as NSString).appendingPathComponent(name)) }
  }
}
