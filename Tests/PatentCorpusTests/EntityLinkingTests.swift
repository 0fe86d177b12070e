import Applicants
import Foundation
import Generator
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

/// Cross-script linking measured against the generator's truth: `applicants-truth.tsv` lists every document of a
/// Chinese applicant written under a Latin-script name with the Chinese name it belongs to.
@Suite(.serialized) struct EntityLinkingTests {
  static func quality(patents: Int, seed: UInt64, profile: GeneratorProfile) throws -> LinkQuality {
    let files = try TestCorpora.generatedFiles(patents: patents, seed: seed, profile: profile)
    let directory = URL(fileURLWithPath: files[0]).deletingLastPathComponent()
    let workspace = try TestCorpora.workspace(ingesting: files)
    let unlinked = try workspace.loadUnlinkedCorpus(matching: PatentFilter(), language: .zh, inventors: false)
    let text = try String(contentsOf: directory.appendingPathComponent("applicants-truth.tsv"), encoding: .utf8)
    return LinkQuality.measure(
      unlinked: unlinked, links: try workspace.entityLinks(in: unlinked), truth: LinkQuality.truth(text),
      harmonizer: ApplicantHarmonizer(legalForms: TestCorpora.reference.legalForms, aliases: AliasTable()))
  }

  @Test(
    "precision ≥ 0.98 and recall ≥ 0.95 against the generator's truth, by entity pair and by document",
    arguments: [
      (5_000, UInt64(1), "demo"), (5_000, UInt64(7), "demo"), (20_000, UInt64(1), "scale"),
      (20_000, UInt64(3), "scale"),
    ])
  func quality(_ c: (Int, UInt64, String)) throws {
    let profile = try #require(GeneratorProfile.named(c.2))
    let q = try Self.quality(patents: c.0, seed: c.1, profile: profile)
    if ProcessInfo.processInfo.environment["PATNAV_LINK_DEBUG"] != nil {
      print("QUALITY \(c) \(q)")
    }
    #expect(q.pairs > 20 && q.documents > 50)
    #expect(q.precision >= 0.98, "false merges: \(q.falseMerges)")
    #expect(q.recall >= 0.95, "\(q.merged) merged of \(q.pairs)")
    #expect(q.documentPrecision >= 0.98 && q.documentRecall >= 0.95, "\(q)")
  }
}

/// The linking rules on hand-built corpora.
@Suite struct EntityLinkerRuleTests {
  static let pinyin = LegalStatusTests.reference.pinyin

  /// Entities (name, country, city) and patents (publication, family, entity numbers, 1-based).
  static func corpus(_ entities: [(String, String?, String?)], _ patents: [(String, Int64, [Int64])]) -> Corpus {
    var builder = CorpusBuilder()
    for (i, e) in entities.enumerated() {
      builder.add(
        CorpusEntity(
          workspaceID: Int64(i + 1), key: e.0.uppercased(), name: e.0, type: .company,
          location: ApplicantLocation(country: e.1, city: e.2)))
    }
    for (i, p) in patents.enumerated() {
      let parts = p.0.split(separator: " ")
      var patent = CorpusPatent(
        workspaceID: Int64(i + 1), publication: p.0, country: String(parts[0]), kind: "application")
      patent.extendedFamily = p.1
      patent.applicants = p.2
      builder.append(patent)
    }
    return builder.build()
  }

  static func names(_ corpus: Corpus, _ i: Int) -> [String] {
    corpus.applicants[i].map { corpus.entities[Int($0)].name }
  }

  @Test func aFamilyAndAPinyinSpellingMergeDocumentByDocument() {
    let corpus = Self.corpus(
      [
        ("杭州通亿电新能源科技有限公司", "CN", "杭州市"), ("TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD.", "CN", nil),
        ("SIEMENS AG", "DE", nil),
      ],
      [("CN 1 A", 1, [1]), ("US 2 A1", 1, [2]), ("EP 3 A1", 2, [2]), ("US 4 A1", 3, [3])])
    let links = EntityLinker().links(in: corpus, pinyin: Self.pinyin)
    #expect(links.count == 1)
    let link = links[0]
    #expect(link.decision == .merged && link.spelled == "tongyidian" && link.sharedFamilies == 1)
    #expect(link.evidence == ["CN 1 A · US 2 A1"])
    let merged = corpus.merging(links)
    #expect(Self.names(merged, 1) == ["杭州通亿电新能源科技有限公司"])
    #expect(Self.names(merged, 2) == ["杭州通亿电新能源科技有限公司"])  // its only canonical: every document
    #expect(merged.entities.count == 2)
    let company = merged.entities.first { $0.name.hasPrefix("杭州") }
    #expect(company?.location.city == "杭州市" && company?.aliases == ["TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD."])
  }

  @Test func homonymsKeepTheirOwnFilings() {
    // Two Chinese companies, one English name: each foreign filing goes to its own family's company; the
    // English name's filing outside both families stays as it is.
    let corpus = Self.corpus(
      [("深圳鹏明储能技术有限公司", "CN", "深圳市"), ("宁德鹏明储能技术有限公司", "CN", "宁德市"), ("PENGMING ENERGY STORAGE CO., LTD.", "CN", nil)],
      [("CN 1 A", 1, [1]), ("US 2 A1", 1, [3]), ("CN 3 A", 2, [2]), ("EP 4 A1", 2, [3]), ("JP 5 A", 3, [3])])
    let merged = corpus.merging(EntityLinker().links(in: corpus, pinyin: Self.pinyin))
    #expect(Self.names(merged, 1) == ["深圳鹏明储能技术有限公司"])
    #expect(Self.names(merged, 3) == ["宁德鹏明储能技术有限公司"])
    #expect(Self.names(merged, 4) == ["PENGMING ENERGY STORAGE CO., LTD."])
  }

  @Test func aPersonIsNeverLinkedToHisOwnCoApplicantAndNeedsAFamily() {
    // 刘杰 and LIU JIE on one document are two co-applicants as far as the data says: never linked.
    let together = Self.corpus(
      [("刘杰", "CN", nil), ("LIU JIE", nil, nil)], [("CN 1 A", 1, [1]), ("US 2 A1", 1, [1, 2])])
    #expect(EntityLinker().links(in: together, pinyin: Self.pinyin).isEmpty)
    // JIE LIU in the same family (given name first): one person.
    let family = Self.corpus([("刘杰", "CN", nil), ("JIE LIU", nil, nil)], [("CN 1 A", 1, [1]), ("US 2 A1", 1, [2])])
    #expect(EntityLinker().links(in: family, pinyin: Self.pinyin).first?.decision == .merged)
    // Without a shared family nothing links them, however the names spell.
    let apart = Self.corpus([("刘杰", "CN", nil), ("JIE LIU", nil, nil)], [("CN 1 A", 1, [1]), ("US 2 A1", 2, [2])])
    #expect(EntityLinker().links(in: apart, pinyin: Self.pinyin).isEmpty)
  }

  @Test func rejectedVariantsAndOtherCountriesAreNotMerged() {
    let corpus = Self.corpus(
      [("杭州通亿电新能源科技有限公司", "CN", "杭州市"), ("TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD.", "US", nil)],
      [("CN 1 A", 1, [1]), ("US 2 A1", 1, [2])])
    #expect(EntityLinker().links(in: corpus, pinyin: Self.pinyin).first?.decision == .review)  // US vs CN
    var linker = EntityLinker()
    linker.rejected = ["TONGYIDIAN NEW ENERGY TECHNOLOGY CO., LTD."]
    #expect(linker.links(in: corpus, pinyin: Self.pinyin).first?.decision == .rejected)
  }

  @Test("real corpora: no family joins a Chinese- and a Latin-script applicant, so nothing is merged")
  func realCorpora() throws {
    let workspace = try TestCorpora.realWorkspace()
    let corpus = try workspace.loadUnlinkedCorpus(matching: PatentFilter(), language: .zh, inventors: false)
    let links = try workspace.entityLinks(in: corpus)
    #expect(links.isEmpty, "\(links.map { "\($0.variant) → \($0.canonical) \($0.evidence)" })")
    #expect(corpus.merging(links).entities == corpus.entities)
  }
}

/// Alias files: rejections and conflicting lines.
@Suite struct AliasTableTests {
  @Test func conflictingLinesAreAnErrorNamingBoth() {
    let text = "ACME\tACME CORP\nFOO\tBAR\nacme\tOTHER CORP\n"
    #expect(throws: ApplicantsError.self) { try AliasTable(text: text, path: "a.tsv") }
    do {
      _ = try AliasTable(text: text, path: "a.tsv")
    } catch { #expect("\(error)".contains("a.tsv:3") && "\(error)".contains("line 1")) }
  }

  @Test func aDashKeepsAVariantApart() throws {
    let table = try AliasTable(text: "TONGYIDIAN\t-\nFOO\tBAR\n", path: "a.tsv")
    #expect(table.rejections == ["TONGYIDIAN"] && table.aliases.map(\.variant) == ["FOO"])
    #expect(try AliasTable(text: table.text, path: "b.tsv") == table)
  }
}
