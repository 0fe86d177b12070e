import Applicants
import IndustryChain
import PatentCorpus
import Testing

/// The matching metrics on a constructed corpus whose shares are known, every figure computed by hand.
@Suite("Chain matching oracle")
struct ChainOracleTests {
  /// Segments: up → a (H01M 4/525), b (H01M 10/056*); down → c (B60L 53), d (H02J 7/02*).
  static let chainText = """
    id: oracle
    name: {zh: 测试链, en: Test chain}
    sources: [constructed]
    as_of: "2026"
    segments:
      - id: up
        stage: upstream
        name: {zh: 上游, en: Up}
        segments:
          - {id: a, name: {zh: 甲, en: A}, ipc: ["H01M 4/525"]}
          - {id: b, name: {zh: 乙, en: B}, ipc: ["H01M 10/056*"]}
      - id: down
        stage: downstream
        name: {zh: 下游, en: Down}
        segments:
          - {id: c, name: {zh: 丙, en: C}, ipc: ["B60L 53"]}
          - {id: d, name: {zh: 丁, en: D}, ipc: ["H02J 7/02*"]}
    """

  static func chain() throws -> ChainDefinition { try ChainFileParser.parse(chainText, file: "oracle.yaml").chain }

  /// Entities: 0 local company (常州), 1 Shenzhen company, 2 local university, 3 Japanese company.
  /// Applicants are workspace ids 1–4. Subject (常州) families: a ×3 (one with two members), b ×1 (with the
  /// university), d ×1 → N_R = 5.
  /// Others: a ×2 (one cited 10 times), b ×3, c ×1 (JP) → with the subject, N_N = 11; plus one untagged patent.
  static func corpus() -> Corpus {
    var builder = CorpusBuilder()
    let entities: [(String, String, EntityType, String, String?, String?)] = [
      ("local", "常州本地电池有限公司", .company, "CN", "江苏省", "常州市"),
      ("shenzhen", "深圳电池有限公司", .company, "CN", "广东省", "深圳市"),
      ("cz-university", "常州大学", .university, "CN", "江苏省", "常州市"),
      ("jp", "JAPAN BATTERY CORP", .company, "JP", nil, nil),
    ]
    for (i, e) in entities.enumerated() {
      builder.add(
        CorpusEntity(
          workspaceID: Int64(i + 1), key: e.0, name: e.1, type: e.2,
          location: ApplicantLocation(country: e.3, province: e.4, city: e.5)))
    }
    var id: Int64 = 0
    func add(
      _ family: Int64, _ ipc: String, _ holders: [Int64], year: Int16, cites: Int32 = 0, office: String = "CN",
      inventors: [String] = []
    ) {
      id += 1
      var patent = CorpusPatent(workspaceID: id, publication: "\(office) \(1000 + id) A", country: office, kind: "A")
      patent.extendedFamily = family
      patent.simpleFamily = family
      patent.applicationYear = year
      patent.ipc = [ipc]
      patent.applicants = holders
      patent.forwardCitations = cites
      patent.inventors = inventors
      builder.append(patent)
    }
    add(1, "H01M4/525", [1], year: 2012, inventors: ["ZHANG WEI"])
    add(1, "H01M4/525", [1], year: 2013, office: "US", inventors: ["ZHANG WEI"])  // same family: still one family
    add(2, "H01M4/525", [1], year: 2017, inventors: ["ZHANG WEI", "LI NA"])
    add(3, "H01M4/525", [1], year: 2018)
    add(4, "H01M10/0525", [1, 3], year: 2019)  // 10/0525 is not 10/056*: untagged by b, tests the truncation
    add(4, "H01M10/0562", [1, 3], year: 2019)
    add(5, "H02J7/022", [1], year: 2019)
    add(6, "H01M4/525", [2], year: 2013, cites: 10, inventors: ["WANG FANG"])
    add(7, "H01M4/525", [2], year: 2019, cites: 2, inventors: ["WANG FANG", "LI NA"])
    add(8, "H01M10/0567", [2], year: 2014)
    add(9, "H01M10/056", [2], year: 2016)
    add(10, "H01M10/0569", [2], year: 2020)
    add(11, "B60L53/10", [4], year: 2018)
    add(12, "A01B1/00", [2], year: 2018)  // in no segment
    return builder.build()
  }

  static func parameters(subject: SubjectSpec = .cities(["常州市"])) -> ChainAnalysis.Parameters {
    var p = ChainAnalysis.Parameters()
    p.subject = subject
    p.growthEndYear = 2020
    // The hand-computed oracle is small on purpose: the minimum support is tested on its own.
    p.thresholds.minimumSubject = 0
    p.thresholds.minimumReference = 0
    return p
  }

  static let industry = """
    segment,output
    a,40
    b,40
    c,10
    d,10
    """

  static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) < tolerance
  }

  @Test("tagging, shares, gap, RTA, symmetric RTA and control equal the hand-computed values")
  func shares() throws {
    let chain = try Self.chain()
    let corpus = Self.corpus()
    let r = ChainAnalysis.run(
      corpus, chain: chain, keywordHits: .none(segments: chain.segments.count), parameters: Self.parameters())
    // Untagged: the A01B patent and the H01M 10/0525 member (its family is tagged through the 10/0562 member).
    #expect(r.tagging.patents == 14 && r.tagging.untaggedPatents == 2 && r.tagging.taggedFamilies == 11)
    #expect(r.subjectFamilies == 5 && r.referenceFamilies == 11)
    let s = Dictionary(uniqueKeysWithValues: r.segments.map { ($0.id, $0) })
    let a = try #require(s["a"])
    #expect(a.subjectFamilies == 3 && a.referenceFamilies == 5 && a.families == 5 && a.patents == 6)
    #expect(Self.close(a.subjectShare, 0.6) && Self.close(a.referenceShare, 5.0 / 11))
    #expect(Self.close(a.shareGap, 0.6 - 5.0 / 11))
    #expect(Self.close(a.rta, 1.32) && Self.close(a.symmetricRTA, 0.32 / 2.32))
    #expect(Self.close(a.control, 0.6))
    let b = try #require(s["b"])
    #expect(b.subjectFamilies == 1 && b.referenceFamilies == 4)
    #expect(Self.close(b.rta, 0.2 / (4.0 / 11)) && Self.close(b.symmetricRTA, (0.55 - 1) / 1.55))
    let c = try #require(s["c"])
    #expect(c.subjectFamilies == 0 && c.position.level == .absent && Self.close(c.rta, 0))
    let d = try #require(s["d"])
    #expect(Self.close(d.rta, 2.2) && d.position.level == .strong)
    #expect(a.position.level == .strong && b.position.level == .weak)
    let up = try #require(s["up"])
    #expect(up.subjectFamilies == 4 && up.referenceFamilies == 9 && Self.close(up.rta, 0.8 / (9.0 / 11)))
    #expect(up.position.level == .average)
  }

  @Test("holders, CR-n, core control, growth and candidates equal the hand-computed values")
  func holdersAndGrowth() throws {
    let chain = try Self.chain()
    var parameters = Self.parameters()
    parameters.concentrationN = 1
    let r = ChainAnalysis.run(
      Self.corpus(), chain: chain, keywordHits: .none(segments: chain.segments.count), parameters: parameters)
    let s = Dictionary(uniqueKeysWithValues: r.segments.map { ($0.id, $0) })
    let a = try #require(s["a"])
    #expect(a.topHolders.map(\.key) == ["local", "shenzhen"])
    #expect(a.topHolders.first?.families == 3 && a.topHolders.first?.inSubject == true)
    #expect(Self.close(a.concentration, 0.6))  // CR-1: the local company holds 3 of 5
    // Core proxy: ⌈0.1 × 5⌉ = 1 family, the one cited 10 times (Shenzhen's): the subject holds none.
    #expect(a.coreFamilies == 1 && a.subjectCoreFamilies == 0 && Self.close(a.coreControl, 0))
    #expect(a.topHolders.last?.evidence.first == "CN 1008 A")
    // Windows 2016–2020 and 2011–2015: subject 2 vs 1 (+100 %), everyone 3 vs 2 (+50 %); relative 2 / 1.5.
    #expect(r.recentYears == Array(2016...2020) && r.previousYears == Array(2011...2015))
    #expect(a.growth.subjectRecent == 2 && a.growth.subjectPrevious == 1 && Self.close(a.growth.subjectRate, 1))
    #expect(a.growth.referenceRecent == 3 && a.growth.referencePrevious == 2)
    #expect(Self.close(a.growth.referenceRate, 0.5) && Self.close(a.growth.relative, 2 / 1.5))
    let b = try #require(s["b"])
    #expect(b.candidates.attract.map(\.key) == ["shenzhen"])
    #expect(b.candidates.cultivate.map(\.key) == ["local"])
    #expect(b.candidates.partners.map(\.key) == ["cz-university"] && b.candidates.partners.first?.inSubject == true)
    #expect(s["c"]?.candidates.attract.map(\.key) == ["jp"])
    // Inventors of segment a: ZHANG WEI 2 families (local), LI NA 2 (one local, one Shenzhen), WANG FANG 2.
    let inventors = a.inventors.map { "\($0.name) \($0.families) \($0.inSubject)" }
    #expect(inventors == ["LI NA 2 true", "WANG FANG 2 false", "ZHANG WEI 2 true"])
    #expect(a.inventors.last?.affiliation == "常州本地电池有限公司" && a.inventors[1].affiliation == "深圳电池有限公司")
    #expect(a.inventors.first?.recentFamilies == 2)  // 2017 and 2019 are in 2016–2020
  }

  @Test("cosine, Krugman, coupling-coordination degree and quadrants equal the hand-computed values")
  func structure() throws {
    let chain = try Self.chain()
    let industry = try IndustryStructure.parse(Self.industry, file: "industry.csv", chain: chain)
    let r = ChainAnalysis.run(
      Self.corpus(), chain: chain, keywordHits: .none(segments: chain.segments.count), industry: industry,
      parameters: Self.parameters())
    let structure = try #require(r.structure)
    // p = (0.6, 0.2, 0, 0.2), i = (0.4, 0.4, 0.1, 0.1).
    #expect(Self.close(structure.cosine, 0.34 / (0.44.squareRoot() * 0.34.squareRoot())))
    #expect(Self.close(structure.krugman, 0.6))
    let d = structure.rows.map(\.degree)
    #expect(Self.close(d[0], 1) && Self.close(d[1], 0.759836, 1e-6) && d[2] == 0 && Self.close(d[3], 0.537285, 1e-6))
    #expect(Self.close(structure.couplingDegree, (1 + 0.759836 + 0.537285) / 4, 1e-6))
    #expect(structure.band.hasPrefix("勉强协调"))
    let quadrants = Dictionary(uniqueKeysWithValues: r.segments.map { ($0.id, $0.position.quadrant) })
    #expect(quadrants["a"] == .matched && quadrants["b"] == .industryAhead)
    #expect(quadrants["c"] == .bothWeak && quadrants["d"] == .patentsAhead)
    #expect(r.segments.first { $0.id == "a" }?.position.reason.contains("industry index 1.60 ≥ 1.00") == true)
  }

  @Test("a location quotient replaces the equal share when the industry file has a reference column")
  func industryLocationQuotient() throws {
    let chain = try Self.chain()
    let industry = try IndustryStructure.parse(
      "\u{FEFF}segment,output,reference\na,40,100\n乙,40,300\n", file: "i.csv", chain: chain)
    #expect(industry.usesLocationQuotient)
    // a: 0.5 / 0.25 = 2; b: 0.5 / 0.75 = 2/3.
    #expect(Self.close(industry.indices[0], 2) && Self.close(industry.indices[1], 2.0 / 3))
  }

  @Test("an entity list and a country are subjects too; a reference population changes N_N")
  func subjects() throws {
    let chain = try Self.chain()
    let none = KeywordHits.none(segments: chain.segments.count)
    let byList = ChainAnalysis.run(
      Self.corpus(), chain: chain, keywordHits: none, parameters: Self.parameters(subject: .entities(["jp"])))
    #expect(byList.subjectFamilies == 1)  // the Japanese company's family c
    var national = Self.parameters(subject: .cities(["常州市"]))
    national.reference = .countries(["CN"])
    let r = ChainAnalysis.run(Self.corpus(), chain: chain, keywordHits: none, parameters: national)
    #expect(r.referenceFamilies == 10)  // the Japanese company's family c drops out
    #expect(r.segments.first { $0.id == "c" }?.referenceFamilies == 0)
  }

  @Test("keywords tag without IPC; require_keywords restricts IPC matches")
  func keywords() throws {
    let text = Self.chainText.replacingOccurrences(
      of: "{id: c, name: {zh: 丙, en: C}, ipc: [\"B60L 53\"]}",
      with: "{id: c, name: {zh: 丙, en: C}, ipc: [\"B60L 53\"], require_keywords: [充电], keywords: [充电桩]}")
    let chain = try ChainFileParser.parse(text, file: "k.yaml").chain
    let corpus = Self.corpus()
    let c = try #require(chain.index(of: "c"))
    var keywords = Array(repeating: [Int32](), count: chain.segments.count)
    keywords[c] = [13]  // the untagged A01B patent mentions 充电桩
    let hits = KeywordHits(keywords: keywords, required: Array(repeating: [], count: chain.segments.count))
    let tagging = ChainTagging(chain: chain, corpus: corpus, keywordHits: hits)
    #expect(tagging.contains(13, c) && tagging.keywordOnlyCounts[c] == 1)
    #expect(!tagging.contains(12, c))  // B60L 53 without the required keyword
    #expect(tagging.contains(13, try #require(chain.index(of: "down"))))  // ancestors follow
    #expect(tagging.untaggedPatents == 2)  // H01M 10/0525 and the B60L 53 patent without 充电
  }
}
