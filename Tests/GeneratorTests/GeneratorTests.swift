import Foundation
import Generator
import PatentCorpus
import PatentXML
import ReferenceData
import Testing
import Workspace

@Suite("Corpus generator")
struct GeneratorTests {
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-gen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func files(_ directory: URL) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      contents[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return contents
  }

  /// One generated demo corpus and its workspace, shared by the checks below.
  static let demo: (directory: URL, manifest: GeneratorManifest, workspace: SQLiteWorkspace) = {
    do {
      let directory = try scratch()
      let manifest = try CorpusGenerator(patents: 5_000, seed: 42, profile: .demo).write(to: directory)
      let reference = try ReferenceData()
      let workspace = try SQLiteWorkspace(
        path: directory.appendingPathComponent("w.sqlite").path, reference: reference, create: true)
      _ = try workspace.ingest(manifest.files.map { directory.appendingPathComponent($0).path }, jobs: 2, progress: nil)
      return (directory, manifest, workspace)
    } catch {
      fatalError("generating and ingesting the demo corpus must work: \(error)")
    }
  }()

  @Test("the same seed gives byte-identical files; another seed differs", arguments: ["demo", "scale"])
  func deterministic(_ profile: String) throws {
    let chosen = try #require(GeneratorProfile.named(profile))
    let a = try Self.scratch()
    let b = try Self.scratch()
    let c = try Self.scratch()
    _ = try CorpusGenerator(patents: 500, seed: 9, profile: chosen).write(to: a)
    _ = try CorpusGenerator(patents: 500, seed: 9, profile: chosen).write(to: b)
    _ = try CorpusGenerator(patents: 500, seed: 10, profile: chosen).write(to: c)
    #expect(try Self.files(a) == Self.files(b))
    #expect(try Self.files(a)["docdb-0001.xml"] != Self.files(c)["docdb-0001.xml"])
  }

  @Test("generated XML parses with zero errors into the records the manifest lists")
  func parsesCleanly() throws {
    let (directory, manifest, _) = Self.demo
    let (records, diagnostics, summary) = PatentReader(jobs: 2).records(
      manifest.files.map { directory.appendingPathComponent($0).path })
    #expect(diagnostics.isEmpty)
    #expect(summary.failedDocuments == 0)
    #expect(records.count == manifest.records)
    #expect(Set(records.map(\.publication.normalized)).count == manifest.patents)
  }

  @Test("the ingested counts equal what the generator wrote")
  func ingestMatchesManifest() throws {
    let (_, manifest, workspace) = Self.demo
    let stats = try workspace.stats(matching: PatentFilter())
    #expect(stats.patents == manifest.patents)
    #expect(stats.extendedFamilies == manifest.families)
    #expect(stats.failures.isEmpty)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    #expect(corpus.ipc.values.count == manifest.ipcCodes)
    // Legal events arrive through OPS family responses and merge into the same publications.
    // (An EP patent's lapse in one of its states is an event of that state, not of the whole patent.)
    let ends = (0..<corpus.count).filter {
      corpus.events[$0].contains { $0.meaning == .lapse || $0.meaning == .expiry }
    }
    #expect(ends.count == manifest.lapsed)
    var types: [String: Int] = [:]
    for event in corpus.events.values { types[event.meaning.rawValue, default: 0] += 1 }
    #expect(types == manifest.eventTypes)
    #expect(corpus.legalFlags.filter { $0 & LegalEventMeaning.grant.bit != 0 }.count > manifest.patents / 10)
    #expect(corpus.backwardCitations.reduce(0) { $0 + Int($1) } == manifest.citations)
    // Every citation points inside the corpus; resolving by office and number merges A/B pairs that share one.
    #expect(corpus.citedPatents.values.count > manifest.citations * 9 / 10)
  }

  @Test("applicant sizes have a Zipf-like tail and families are skewed")
  func distributions() throws {
    let (_, _, workspace) = Self.demo
    let sizes = try workspace.applicants(matching: PatentFilter()).map(\.patents).sorted(by: >)
    let total = sizes.reduce(0, +)
    let top = sizes.prefix(max(1, sizes.count / 10)).reduce(0, +)
    #expect(Double(top) / Double(total) > 0.5, "top 10 % of applicants hold \(top) of \(total)")
    #expect(sizes.filter { $0 <= 3 }.count > sizes.count / 3, "a long tail of small applicants")
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    var familySizes = Array(repeating: 0, count: corpus.extendedFamilyCount)
    for f in corpus.extendedFamilies { familySizes[Int(f)] += 1 }
    familySizes.sort()
    #expect(familySizes[familySizes.count / 2] <= 2)
    #expect((familySizes.last ?? 0) >= 10)
  }

  @Test("planted core families are the most cited")
  func coreFamiliesMostCited() throws {
    let (_, manifest, workspace) = Self.demo
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    var byFamily: [Int32: Int] = [:]
    for i in 0..<corpus.count { byFamily[corpus.extendedFamilies[i], default: 0] += Int(corpus.forwardCitations[i]) }
    let ranked = byFamily.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(manifest.coreFamilies.count)
    // Map corpus family numbers back to DOCDB family ids through the workspace.
    let docdb = try TestQuery.docdbFamilies(workspace, corpus: corpus, families: Set(ranked.map(\.key)))
    let planted = docdb.filter { manifest.coreFamilies.contains($0) }.count
    #expect(planted >= manifest.coreFamilies.count * 3 / 4, "\(planted) of the top families are planted cores")
  }

  @Test("the demo's target city is found by the region filter, with its planted strengths and gap")
  func targetRegion() throws {
    let (_, _, workspace) = Self.demo
    var filter = PatentFilter()
    filter.cities = ["常州"]
    let local = try workspace.loadCorpus(matching: filter, language: .zh)
    // DOCDB bundles were ingested before the CNIPA ones: the addresses still reach the DOCDB party rows.
    #expect(local.count > 50)
    var chinese = PatentFilter()
    chinese.applicantCountries = ["CN"]
    let all = try workspace.loadCorpus(matching: chinese, language: .zh)
    let strong = ["H01M4/5", "H01M4/13", "H01M4/36", "C01G53/", "H01M10/0525", "H01M10/058", "H01M10/04"]
    func share(_ corpus: Corpus, _ prefixes: [String]) -> Double {
      let hits = (0..<corpus.count).filter { i in
        corpus.ipc[i].contains { id in prefixes.contains { corpus.symbols[id].hasPrefix($0) } }
      }.count
      return Double(hits) / Double(max(1, corpus.count))
    }
    // Strengths: cathodes and cell manufacturing are more common locally than among all Chinese applicants.
    #expect(share(local, strong) > share(all, strong))
    // Gap: battery management (outside its co-classified H01M 10/48) is absent locally, present overall.
    #expect(share(local, ["G01R31/", "B60L58/"]) == 0)
    #expect(share(all, ["G01R31/", "B60L58/"]) > 0)
  }
}

/// Small SQL helpers for the generator checks.
enum TestQuery {
  /// The DOCDB family ids of the given corpus family numbers.
  static func docdbFamilies(
    _ workspace: SQLiteWorkspace, corpus: PatentCorpus.Corpus, families: Set<Int32>
  ) throws -> [Int] {
    let ids = (0..<corpus.count).filter { families.contains(corpus.extendedFamilies[$0]) }.map {
      corpus.workspaceIDs[$0]
    }
    var filter = PatentFilter()
    filter.countries = []
    var lines: [String] = []
    _ = try workspace.export(matching: filter, format: .csv) { lines.append($0) }
    let header = SQLiteWorkspace.csvColumns
    let idColumn = header.firstIndex(of: "id") ?? 0
    let docdbColumn = header.firstIndex(of: "docdb_family") ?? 0
    var result = Set<Int>()
    let wanted = Set(ids)
    for line in lines.dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count > docdbColumn, let id = Int64(cells[idColumn]), wanted.contains(id) else { continue }
      if let family = Int(cells[docdbColumn]) { result.insert(family) }
    }
    return Array(result)
  }
}
