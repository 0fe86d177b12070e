import Applicants
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

/// The linking rules on hand-built corpora.
@Suite struct EntityLinkerRuleTests {
  static let pinyin = TestCorpora.reference.pinyin

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
