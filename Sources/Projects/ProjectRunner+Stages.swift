import Applicants
import CorePatents
import Foundation
import IndustryChain
import Landscape
import Overseas
import PatentCorpus
import PatentModel
import Synchronization
import Workspace

extension ProjectRunner {
  /// The project's workspace (`workspace.sqlite` in the folder).
  func workspace() throws -> SQLiteWorkspace {
    try SQLiteWorkspace(
      path: directory.appendingPathComponent("workspace.sqlite").path, reference: reference, create: true)
  }

  /// The manifest's selection as a workspace filter.
  var filter: PatentFilter {
    var filter = PatentFilter()
    filter.ipcPrefixes = manifest.ipc
    filter.yearField = .priority
    filter.fromYear = manifest.fromYear
    filter.toYear = manifest.toYear
    filter.keywords = manifest.keywords
    filter.countries = manifest.offices
    filter.asOf = manifest.asOf  // every stage sees the world as of the manifest's date
    return filter
  }

  /// The selection's corpus for this run, shared by the analysis stages (see ``StageContext``).
  func corpus(_ context: StageContext) throws -> Corpus {
    try context.corpus { try workspace().loadCorpus(matching: filter, language: .zh, inventors: true) }
  }

  func execute(_ stage: ProjectStage, context: StageContext) throws {
    let out = results(stage)
    switch stage {
    case .collect:
      context.invalidate()
      try collect(out)
    case .landscape:
      let corpus = try corpus(context)
      var parameters = LandscapeAnalysis.Parameters()
      parameters.asOf = manifest.asOf
      parameters.top = manifest.parameters["top"] ?? 30
      let result = LandscapeAnalysis.run(corpus, reference: reference, parameters: parameters)
      try ResultWriter.write(out, json: "landscape.json", result, tables: LandscapeTables.all(result))
    case .chain: try chains(out, corpus: corpus(context))
    case .core:
      let corpus = try corpus(context)
      let scores = CoreScores(corpus: corpus, reference: reference, weights: try weights(), asOf: manifest.asOf)
      let ranks = scores.ranks
      let rows = scores.order.prefix(manifest.parameters["core_top"] ?? 50).map {
        scores.row(Int($0), corpus: corpus, rank: ranks[Int($0)])
      }
      let result = CoreResult(scores, rows: rows)
      try ResultWriter.write(
        out, json: "core.json", result,
        tables: [("core.csv", CoreTables.families(rows, keys: scores.weights.components.map(\.key)))])
    case .fence: try fence(out, corpus: corpus(context))
    case .overseas: try overseas(out, corpus: corpus(context))
    case .paths: try ResultWriter.write(out, json: "paths.json", DevelopmentPaths(runner: self))
    case .actions: try ResultWriter.write(out, json: "actions.json", ActionList(runner: self))
    case .report: try ReportStage.render(runner: self, into: out)
    }
  }

  private func collect(_ out: URL) throws {
    let workspace = try workspace()
    _ = try workspace.ingest(manifest.sources.map(path), jobs: 2, progress: nil)
    if let aliases = manifest.aliases {
      _ = try workspace.setAliases(try AliasTable(contentsOf: URL(fileURLWithPath: path(aliases))))
    }
    let totals = try workspace.totals(failures: 20)
    // The summary describes the workspace, not this run: a rerun after an interrupted collect says the same.
    let summary = CollectSummary(
      files: totals.files, records: totals.sourceRecords, failedDocuments: totals.failureCount,
      patents: totals.patents, sourceRecords: totals.sourceRecords, simpleFamilies: totals.simpleFamilies,
      failures: totals.failures.map { "\($0.file):\($0.line.map(String.init) ?? "?"): \($0.message)" },
      harmonization: try workspace.mergedApplicants(top: 10).map {
        "\($0.name) [\($0.type.rawValue)] ← "
          + $0.variants.prefix(4).map { "\($0.name) ×\($0.patents)" }.joined(separator: " | ")
      })
    try ResultWriter.write(out, json: "collect.json", summary)
  }

  private func chains(_ out: URL, corpus: Corpus) throws {
    let workspace = try workspace()
    var parameters = ChainAnalysis.Parameters()
    parameters.asOf = DayNumber.iso(manifest.asOf)
    parameters.subject = try workspace.subject(manifest.region ?? "all", relativeTo: directory)
      .resolved(in: corpus, pinyin: reference.pinyin, role: "region")
    parameters.reference = try workspace.subject(manifest.reference, relativeTo: directory)
      .resolved(in: corpus, pinyin: reference.pinyin, role: "reference")
    let definitions = try manifest.chains.map(chain)
    // The industry file belongs to the chains whose segments it names; fitting none is an error.
    let industryText = try manifest.industryCSV.map { try String(contentsOfFile: path($0), encoding: .utf8) }
    let industries: [IndustryStructure?] = try definitions.map { definition in
      guard let industryText, let file = manifest.industryCSV else { return nil }
      do {
        return try IndustryStructure.parse(industryText, file: file, chain: definition)
      } catch {
        if definitions.count == 1 { throw error }
        return nil
      }
    }
    if let file = manifest.industryCSV, !industries.contains(where: { $0 != nil }) {
      throw ChainAnalysisError.industryCSV(file, 1, "names segments of none of the chains \(manifest.chains)")
    }
    let hits = try workspace.keywordHits(definitions, corpus: corpus, matching: filter)
    // Each chain's analysis and CSV tables (one row per patent in patent-segments.csv) are pure: computed on both
    // cores; the files are written here, in manifest order.
    let outputs = Self.parallel(definitions.count) { [parameters] i in
      let (result, tagging) = ChainAnalysis.analyze(
        corpus, chain: definitions[i], keywordHits: hits[i], industry: industries[i], coreFamilies: nil,
        parameters: parameters)
      let tables =
        ChainTables.all(result) + [("patent-segments.csv", ChainTables.patents(corpus, definitions[i], tagging))]
      return (result, tables)
    }
    for (definition, (result, tables)) in zip(definitions, outputs) {
      try ResultWriter.write(out.appendingPathComponent(definition.id), json: "chain.json", result, tables: tables)
    }
  }

  /// `body(0) … body(count - 1)` on the machine's cores, results in index order. For pure computations (each
  /// chain's analysis of one shared corpus): four chains on two cores take about half the time.
  static func parallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { i in
      let value = body(i)
      results.withLock { $0[i] = value }
    }
    return results.withLock { $0.compactMap { $0 } }  // every index ran: concurrentPerform returns after all
  }

  func chain(_ id: String) throws -> ChainDefinition {
    try BuiltinChains.resolve(id, relativeTo: directory).chain
  }

  private func weights() throws -> CoreWeights {
    guard let file = manifest.weights else { return CoreWeights() }
    return try CoreWeights.parse(String(contentsOfFile: path(file), encoding: .utf8), file: file)
  }

  private func fence(_ out: URL, corpus: Corpus) throws {
    let workspace = try workspace()
    let scores = CoreScores(corpus: corpus, reference: reference, weights: try weights(), asOf: manifest.asOf)
    var parameters = FenceParameters()
    parameters.core = .top(manifest.parameters["fence_core"] ?? 10)
    let result = FenceAnalysis.run(
      corpus, scores: scores, reference: reference, owner: try workspace.entityKeys(for: manifest.enterprise),
      competitor: try workspace.entityKeys(for: manifest.competitors), parameters: parameters)
    let keys = scores.weights.components.map(\.key)
    try ResultWriter.write(
      out, json: "fence.json", result,
      tables: [
        ("fence-opportunities.csv", CoreTables.opportunities(result)), ("fence-cells.csv", CoreTables.cells(result)),
        ("fence-core.csv", CoreTables.families(result.core + result.surroundedCore, keys: keys)),
        ("lapsed-core.csv", CoreTables.lapsed(result.lapsedCore)),
      ])
  }

  private func overseas(_ out: URL, corpus: Corpus) throws {
    let workspace = try workspace()
    var parameters = OverseasParameters()
    parameters.subject =
      manifest.type == .enterprise
      ? .entities(try workspace.entityKeys(for: manifest.enterprise))
      : try workspace.subject(manifest.region ?? "all", relativeTo: directory)
    if !manifest.competitors.isEmpty {
      parameters.competitors = .entities(try workspace.entityKeys(for: manifest.competitors))
    }
    parameters.subject = try parameters.subject.resolved(in: corpus, pinyin: reference.pinyin, role: "subject")
    parameters.targets = try TargetSet.parse(manifest.targets, countries: reference.countries)
    parameters.asOf = manifest.asOf
    let segments = try manifest.chains.first.map {
      try workspace.leafSegments(chain($0), corpus: corpus, matching: filter)
    }
    let result = OverseasAnalysis.run(
      corpus, reference: reference, parameters: parameters, segments: segments)
    try ResultWriter.write(out, json: "overseas.json", result, tables: OverseasTables.all(result))
  }
}

/// The collect stage's data-quality summary.
public struct CollectSummary: Sendable, Codable, Equatable {
  /// Files in the workspace, source records stored, failures recorded.
  public let files: Int, records: Int, failedDocuments: Int
  /// Patents (merged publications) and source records in the workspace.
  public let patents: Int, sourceRecords: Int
  /// Simple families.
  public let simpleFamilies: Int
  /// The first failures with file and line, to review.
  public let failures: [String]
  /// Samples to review: the largest applicants merged from several name variants.
  public let harmonization: [String]
}
