import Foundation
import Generator
import IndustryChain
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

/// The built-in chains: valid files, patterns known to the IPC, every segment reachable, and the whole analysis
/// end to end on the real corpora.
@Suite("Built-in chains")
struct BuiltinChainTests {
  @Test(
    "parses without warnings, cites sources, and every IPC pattern names a group in the IPC titles",
    arguments: BuiltinChains.ids)
  func valid(_ id: String) throws {
    let output = try BuiltinChains.load(id)
    #expect(output.warnings.isEmpty, "\(output.warnings)")
    #expect(!output.chain.sources.isEmpty && output.chain.sources.contains { $0.contains("CNIPA") })
    #expect(Set(output.chain.segments.map(\.stage)).count >= 2)
    let unknown = ChainValidator.unknownSymbols(output.chain, titles: TestCorpora.reference.ipcTitles, file: id)
    #expect(unknown.isEmpty, "\(unknown)")
  }

  /// A printed symbol the pattern matches (`H01M10/05` → `H01M 10/05`, `H02K` → `H02K 1/00`).
  static func symbol(for pattern: IPCPattern) -> String {
    let value = pattern.value
    guard let slash = value.firstIndex(of: "/") else { return value + " 1/00" }
    let group = value[value.index(value.startIndex, offsetBy: 4)..<slash]
    let subgroup = value[value.index(after: slash)...]
    return "\(value.prefix(4)) \(group)/\(subgroup.isEmpty ? "00" : String(subgroup))"
  }

  /// One technology per leaf segment: a symbol of its first pattern that it tags, and a title carrying its first
  /// required keyword.
  static func profile(for chain: ChainDefinition) -> GeneratorProfile {
    let technologies = chain.segments.indices.filter(chain.isLeaf).compactMap { k -> GeneratorProfile.Technology? in
      let segment = chain.segments[k]
      let symbols = segment.ipc.map(symbol(for:)).filter { segment.tags($0.replacingOccurrences(of: " ", with: "")) }
      guard let first = symbols.first else { return nil }
      let required = segment.requireKeywords.first ?? ""
      return .init(
        segmentZH: segment.name.zh + required, segmentEN: segment.name.en + " " + required, symbols: [first],
        weight: 1, trend: .mature, targetRegionWeight: 1)
    }
    let demo = GeneratorProfile.demo
    return GeneratorProfile(
      name: "chain-\(chain.id)", technologies: technologies, regions: demo.regions,
      foreignCountries: demo.foreignCountries, years: 2015...2024, universityShare: 0.1, instituteShare: 0.05,
      individualShare: 0.05, overseasRate: 0.2, targetRegionOverseasRate: 0.1, overseasOffices: demo.overseasOffices,
      coreFamilies: 2)
  }

  @Test(
    "every segment tags patents of a corpus generated for the chain (through the workspace's text search)",
    arguments: BuiltinChains.ids)
  func everySegmentTags(_ id: String) throws {
    let chain = try BuiltinChains.load(id).chain
    let profile = Self.profile(for: chain)
    #expect(profile.technologies.count == chain.segments.indices.filter(chain.isLeaf).count)
    let workspace = try TestCorpora.generated(patents: 60 * profile.technologies.count, seed: 5, profile: profile)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let matches = try workspace.textMatches(KeywordHits.lists(chain), matching: PatentFilter())
    let tagging = ChainTagging(
      chain: chain, corpus: corpus, keywordHits: KeywordHits(chain: chain, corpus: corpus, matches: matches))
    for (k, segment) in chain.segments.enumerated() {
      #expect(tagging.patentCounts[k] > 0, "segment \(segment.id) tags nothing")
    }
    #expect(tagging.untaggedPatents == 0)
  }

  @Test("end to end on the real corpora: known patents land in their segments; same input, same bytes")
  func realCorpora() throws {
    let workspace = try TestCorpora.realWorkspace()
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    func run(_ id: String) throws -> (ChainDefinition, ChainTagging, ChainAnalysis.Result) {
      let chain = try BuiltinChains.load(id).chain
      let matches = try workspace.textMatches(KeywordHits.lists(chain), matching: PatentFilter())
      let hits = KeywordHits(chain: chain, corpus: corpus, matches: matches)
      var parameters = ChainAnalysis.Parameters()
      parameters.subject = .countries(["US"])
      return (
        chain, ChainTagging(chain: chain, corpus: corpus, keywordHits: hits),
        ChainAnalysis.run(corpus, chain: chain, keywordHits: hits, parameters: parameters)
      )
    }
    func segments(_ publication: String, _ chain: ChainDefinition, _ tagging: ChainTagging) throws -> Set<String> {
      let i = try #require(corpus.publications.firstIndex(of: publication))
      return Set(tagging.segments(of: i).map { chain.segments[$0].id })
    }
    let (nev, nevTagging, nevResult) = try run("nev")
    // Lithium-metal battery cells: H01M 4/36 (cathode), 4/587 (anode), 10/0562 (electrolyte), 50/449 (separator).
    #expect(
      try segments("US 11646472 B2", nev, nevTagging).isSuperset(
        of: ["cathode", "anode", "electrolyte", "separator", "cells"]))
    // An EV charging system: B60L 53/16.
    #expect(try segments("KR 102702793 B1", nev, nevTagging).contains("charging"))
    // A hybrid-vehicle control (B60W 20/00 with "vehicle" in the title): electronic control.
    #expect(try segments("US 9358892 B1", nev, nevTagging).contains("electronic-control"))
    #expect(nevResult.tagging.patents == 251 && nevResult.tagging.untaggedPatents > 200)
    let (ic, icTagging, _) = try run("ic")
    // Room-temperature substrate bonding: H01L 21/30x (front end) and H01L 23/00 (packaging).
    #expect(try segments("US 8936998 B2", ic, icTagging).isSuperset(of: ["front-end", "packaging"]))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(try encoder.encode(nevResult) == encoder.encode(try run("nev").2))
  }

  @Test("text search ignores ASCII case, folds full-width forms, and keeps to the selection")
  func textSearch() throws {
    let workspace = try TestCorpora.realWorkspace()
    let all = try workspace.textMatches([["LITHIUM METAL"], ["ｌｉｔｈｉｕｍ metal"], [], ["方法"]], matching: PatentFilter())
    #expect(all[0].count == 1 && all[0] == all[1] && all[2].isEmpty)
    #expect(all[3].count == 4)  // one CN and three JP documents say 方法 (method)
    // A keyword inside another list's keyword is still found (the automaton's suffix outputs).
    let nested = try workspace.textMatches(
      [["lithium metal—seawater"], ["seawater"], ["metal—sea"]], matching: PatentFilter())
    #expect(nested[0] == all[0] && nested[1].contains(all[0][0]) && nested[2] == all[0])
    var japan = PatentFilter()
    japan.countries = ["JP"]
    #expect(try workspace.textMatches([["方法"]], matching: japan)[0].count == 3)
  }

  @Test("on the generated demo the planted strengths and gap of 常州 come out, and the industry file is matched")
  func generatedDemo() throws {
    // The demo's size: with fewer patents the target city has too few applicants for its planted profile to show.
    let workspace = try TestCorpora.generated(patents: 5_000, seed: 1, profile: .demo)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh, inventors: true)
    let chain = try BuiltinChains.load("nev").chain
    let hits = KeywordHits(
      chain: chain, corpus: corpus,
      matches: try workspace.textMatches(KeywordHits.lists(chain), matching: PatentFilter()))
    var parameters = ChainAnalysis.Parameters()
    parameters.subject = try SubjectSpec.parse("city=常州", divisions: workspace.reference.chinaDivisions)
    parameters.reference = .countries(["CN"])
    let industry = try IndustryStructure.parse(
      "segment,output\ncathode,40\ncells,20\nbms,40\n", file: "industry.csv", chain: chain)
    let r = ChainAnalysis.run(corpus, chain: chain, keywordHits: hits, industry: industry, parameters: parameters)
    let s = Dictionary(uniqueKeysWithValues: r.segments.map { ($0.id, $0) })
    // The demo plants 常州 strengths in cathodes (weight 3.0) and cells (2.5) and a gap in BMS (0.0).
    #expect(s["cathode"]?.position.level == .strong, "\(s["cathode"]?.position.reason ?? "")")
    #expect(s["cells"]?.position.level == .strong, "\(s["cells"]?.position.reason ?? "")")
    #expect([.absent, .weak].contains(s["bms"]?.position.level))
    #expect(s["bms"]?.position.quadrant == .industryAhead)
    #expect(s["bms"]?.candidates.attract.isEmpty == false)
    #expect(s["cathode"]?.candidates.cultivate.allSatisfy { $0.inSubject && $0.city == "常州市" } == true)
    #expect(r.structure.map { $0.cosine > 0 && $0.cosine <= 1 } == true)
    // Talent: the generated inventors load from the workspace; 常州's cathode inventors are among the local ones.
    #expect(corpus.inventorNames.count > 100)
    #expect(s["cathode"]?.inventors.contains { $0.inSubject } == true)
    #expect(s["cathode"]?.inventors.allSatisfy { $0.families >= 1 && !$0.affiliation.isEmpty } == true)
  }
}
