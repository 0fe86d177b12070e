import CorePatents
import Foundation
import Generator
import IndustryChain
import Landscape
import Overseas
import PatentCorpus
import Projects
import ReferenceData
import TestSupport
import Testing
import Workspace

/// The as-of property: an analysis of the whole workspace as of D equals the same analysis of a workspace that
/// holds only what had been published by D: for the landscape, chain, core, fence and overseas analyses, on a
/// generated corpus at three dates (the generator writes both from one plan) and on the real corpora (the
/// later documents and events deleted and the derived data rebuilt).
@Suite(.serialized) struct AsOfPropertyTests {
  static let reference = TestCorpora.reference

  /// The five analyses' results as JSON (sorted keys), by name. `owner` names the fence's owner.
  static func analyses(
    _ workspace: SQLiteWorkspace, asOf: Int32, chain: String, region: String, owner: [String]
  ) throws -> [String: String] {
    var filter = PatentFilter()
    filter.asOf = asOf
    let corpus = try workspace.loadCorpus(matching: filter, language: .zh, inventors: true)
    var out: [String: String] = [:]
    func put(_ name: String, _ value: some Encodable) throws {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      out[name] = String(decoding: try encoder.encode(value), as: UTF8.self)
    }
    var landscape = LandscapeAnalysis.Parameters()
    landscape.asOf = asOf
    try put("landscape", LandscapeAnalysis.run(corpus, reference: reference, parameters: landscape))
    let definition = try BuiltinChains.load(chain).chain
    var chainParameters = ChainAnalysis.Parameters()
    chainParameters.subject = try workspace.subject(region)
    let hits = try workspace.keywordHits(definition, corpus: corpus, matching: filter)
    try put(
      "chain",
      ChainAnalysis.analyze(
        corpus, chain: definition, keywordHits: hits, industry: nil, coreFamilies: nil, parameters: chainParameters
      ).result)
    let scores = CoreScores(corpus: corpus, reference: reference, asOf: asOf)
    let ranks = scores.ranks
    try put(
      "core",
      CoreResult(
        scores, rows: scores.order.prefix(50).map { scores.row(Int($0), corpus: corpus, rank: ranks[Int($0)]) }))
    try put(
      "fence",
      FenceAnalysis.run(corpus, scores: scores, reference: reference, owner: try workspace.entityKeys(for: owner)))
    var overseas = OverseasParameters()
    overseas.subject = try workspace.subject(region)
    overseas.targets = try TargetSet.parse("bri+rcep", countries: reference.countries)
    overseas.asOf = asOf
    try put("overseas", OverseasAnalysis.run(corpus, reference: reference, parameters: overseas))
    return out
  }

  static let owner = ["杭州通亿电新能源科技有限公司", "TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD."]

  @Test(
    "generated demo: the whole workspace as of D = the workspace of what was published by D",
    arguments: [
      // Deep cuts recompute the whole snapshot; the last two (5 % and 1 % later) only what the later documents touch.
      2019_07_01, 2021_01_01, 2023_06_30, 2024_12_31, 2026_01_01,
    ])
  func generated(date: Int) throws {
    let whole = try Self.generatedWorkspace(publishedBy: nil)
    let cut = try Self.generatedWorkspace(publishedBy: date)
    let asOf = Int32(date)
    let a = try Self.analyses(whole, asOf: asOf, chain: "nev", region: "city=常州", owner: Self.owner)
    let b = try Self.analyses(cut, asOf: asOf, chain: "nev", region: "city=常州", owner: Self.owner)
    for name in a.keys.sorted() { #expect(a[name] == b[name], "\(name) as of \(date)") }
    // Not vacuous: the cut removed documents, and the whole workspace read without a date differs.
    let stats = try cut.stats(matching: PatentFilter())
    let all = try whole.stats(matching: PatentFilter())
    #expect(stats.patents < all.patents)
    let today = try Self.analyses(whole, asOf: 2026_12_31, chain: "nev", region: "city=常州", owner: Self.owner)
    #expect(today["landscape"] != a["landscape"] && today["core"] != a["core"])
  }

  @Test("real corpora: as of D = the corpora with the later documents and events removed")
  func real() throws {
    let date: Int32 = 2013_06_30
    let whole = try TestCorpora.realWorkspace()
    let copy = try TestCorpora.scratch().appendingPathComponent("cut.sqlite").path
    // A consistent copy (the workspace runs in WAL mode).
    #expect(try TestCorpora.sqlite(whole.path, "VACUUM INTO '\(copy)';") == 0)
    try Self.deletePublished(after: "2013-06-30", in: copy)
    let cut = try SQLiteWorkspace(path: copy, reference: Self.reference, create: false)
    #expect(try cut.rebuildDerivedIfStale())
    #expect(try cut.stats(matching: PatentFilter()).patents < whole.stats(matching: PatentFilter()).patents)
    let owner = ["테스크"]
    let a = try Self.analyses(whole, asOf: date, chain: "ic", region: "country=US", owner: owner)
    let b = try Self.analyses(cut, asOf: date, chain: "ic", region: "country=US", owner: owner)
    for name in a.keys.sorted() { #expect(a[name] == b[name], "\(name)") }
  }

  /// A demo workspace of 3,000 publications (seed 5), whole or cut at a date.
  static func generatedWorkspace(publishedBy: Int?) throws -> SQLiteWorkspace {
    let directory = try TestCorpora.scratch("patnav-asof")
    var generator = CorpusGenerator(patents: 3_000, seed: 5, profile: .demo)
    generator.publishedBy = publishedBy
    let manifest = try generator.write(to: directory)
    return try TestCorpora.workspace(ingesting: manifest.files.map { directory.appendingPathComponent($0).path })
  }

  /// Deletes the patents published after `date` (and their rows) and the events dated after it; marks the
  /// derived data stale.
  static func deletePublished(after date: String, in path: String) throws {
    let later = "SELECT id FROM patents WHERE pub_date > '\(date)'"
    var sql = ""
    for table in [
      "patent_sources", "texts", "classifications", "parties", "citations", "npl_citations", "priorities",
      "designations", "legal_events",
    ] {
      sql += "DELETE FROM \(table) WHERE patent_id IN (\(later));\n"
    }
    sql += "DELETE FROM patents WHERE pub_date > '\(date)';\n"
    sql += "DELETE FROM legal_events WHERE date > '\(date)';\n"
    sql += "UPDATE meta SET value = '1' WHERE key = 'derived_stale';\n"
    #expect(try TestCorpora.sqlite(path, sql) == 0)
  }
}
