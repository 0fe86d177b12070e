import ConfigFile
import CorePatents
import PatentCorpus
import ReferenceData
import Testing

/// Core-patent components on constructed corpora with hand-computed answers.
@Suite("Core scoring")
struct CoreScoringTests {
  static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    a.map { abs($0 - b) < tolerance } ?? false
  }

  /// Family 0 (H01M) is cited by 1 (H01M), 2 (H01M) and 3 (H02J + B60L); family 3 cites 0 and 4 (G06F).
  static func diversityCorpus() -> Corpus {
    var fixture = Fixture(entities: [("a", "CN"), ("b", "JP")])
    fixture.add(100, family: 1, ipc: ["H01M10/0525"], holders: [1], year: 2015)
    fixture.add(101, family: 2, ipc: ["H01M4/525"], holders: [2], year: 2016, cites: [100])
    fixture.add(102, family: 3, ipc: ["H01M50/20"], holders: [2], year: 2017, cites: [100])
    fixture.add(103, family: 4, ipc: ["H02J7/00", "B60L58/12"], holders: [2], year: 2018, cites: [100, 104])
    fixture.add(104, family: 5, ipc: ["G06F17/00"], holders: [1], year: 2014)
    return fixture.build()
  }

  @Test("OECD generality and originality on a worked example")
  func diversity() {
    let corpus = Self.diversityCorpus()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    let f100 = Int(corpus.extendedFamilies[0])
    // Citing subclasses of 100: H01M, H01M, and H02J/B60L at ½ each → shares ⅔, ⅙, ⅙ → 1 − (4/9 + 1/36 + 1/36) = ½.
    #expect(Self.close(scores.generality[f100], 0.5))
    // 103 cites H01M (100) and G06F (104): shares ½, ½ → originality ½; 101 cites only H01M → 0.
    #expect(Self.close(scores.originality[Int(corpus.extendedFamilies[3])], 0.5))
    #expect(Self.close(scores.originality[Int(corpus.extendedFamilies[1])], 0))
    #expect(scores.generality[Int(corpus.extendedFamilies[1])].isNaN)  // nobody cites 101
    #expect(scores.forward[f100] == 3 && scores.graph.outDegree(Int(corpus.extendedFamilies[3])) == 2)
  }

  @Test("cohort normalization: each component over its cohort's largest value; small cohorts fall back to the year")
  func cohorts() {
    var fixture = Fixture(entities: [("a", "CN")])
    // Three 2015 families in H01M cited 4, 2 and 0 times; one 2016 family cited once. Citers are 2020 G06F.
    fixture.add(1, family: 1, ipc: ["H01M10/0525"], holders: [1], year: 2015)
    fixture.add(2, family: 2, ipc: ["H01M10/0525"], holders: [1], year: 2015)
    fixture.add(3, family: 3, ipc: ["H01M10/0525"], holders: [1], year: 2015)
    fixture.add(4, family: 4, ipc: ["H01M10/0525"], holders: [1], year: 2016)
    for (k, cited) in [1, 1, 1, 1, 2, 2, 4].enumerated() {
      fixture.add(10 + k, family: Int64(10 + k), ipc: ["G06F17/00"], holders: [1], year: 2020, cites: [cited])
    }
    let corpus = fixture.build()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121, minimumCohort: 1)
    let forward = scores.normalized[0]
    func family(_ i: Int) -> Int { Int(corpus.extendedFamilies[i]) }
    #expect(Self.close(forward[family(0)], 1) && Self.close(forward[family(1)], 0.5) && forward[family(2)] == 0)
    #expect(Self.close(forward[family(3)], 1))  // alone in its cohort
    // Cohort mean of the 2015 H01M cohort: (4 + 2 + 0) / 3 = 2.
    #expect(Self.close(scores.cohortMean[family(0)], 2) && Self.close(scores.normalizedForward[family(0)], 2))
    // With the default minimum of 20, every 2016 family (field or not) shares one year cohort.
    let pooled = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    #expect(pooled.cohort[family(0)] == "2016 · all fields")
    // Remaining life: filed 2015-01-01, expires 2035-01-01; as of 2026-11-21 that is 8.11 years → 8.11 / 20.
    #expect(Self.close(scores.normalized[7][family(0)], (8.0 + 41.0 / 365.25) / 20, 1e-3))
    // The composite is the weighted mean of the normalized components.
    let w = CoreWeights().components.map(\.weight)
    let expected = zip(w, scores.normalized).reduce(0) { $0 + $1.0 * $1.1[family(0)] } / w.reduce(0, +)
    #expect(Self.close(scores.score[family(0)], expected))
    let ordered = scores.order.map { scores.score[Int($0)] }
    #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 >= $1 })
    // Alone in its cohort, the 2016 family is its cohort's best on every component: why small cohorts are pooled.
    #expect(scores.order.first.map(Int.init) == family(3))
  }

  @Test("status: alive, lapsed with its date, expired by term; a family is alive if any member is")
  func status() {
    var fixture = Fixture(entities: [("a", "CN")])
    let lapse = LegalEventMeaning.grant.bit | LegalEventMeaning.lapse.bit
    fixture.add(1, family: 1, ipc: ["H01M4/525"], holders: [1], year: 2015, flags: lapse, endDate: 20_200_301)
    fixture.add(2, family: 1, ipc: ["H01M4/525"], holders: [1], year: 2015, office: "US")
    fixture.add(3, family: 2, ipc: ["H01M4/525"], holders: [1], year: 2016, flags: lapse, endDate: 20_210_501)
    fixture.add(4, family: 3, ipc: ["H01M4/525"], holders: [1], year: 2004)
    let corpus = fixture.build()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    let rows = (0..<3).map { scores.row($0, corpus: corpus, rank: 0) }
    #expect(rows[0].status == .alive && rows[0].familySize == 2)
    #expect(rows[1].status == .lapsed && rows[1].statusDate == "2021-05-01" && rows[1].remainingYears == 0)
    #expect(rows[2].status == .expired && rows[2].statusDate == "2024-01-01")
  }

  @Test("weights files: YAML or JSON, errors with line and field")
  func weightsFiles() throws {
    let yaml = try CoreWeights.parse("version: 1\nweights:\n  forward_citations: 1\n  pagerank: 1\n", file: "w.yaml")
    #expect(yaml.forwardCitations == 1 && yaml.pageRank == 1 && yaml.claims == 0)
    let json = try CoreWeights.parse(#"{"version": 1, "weights": {"claims": 2}}"#, file: "w.json")
    #expect(json.claims == 2 && json.forwardCitations == 0)
    let bad: [(String, Int, String)] = [
      ("weights:\n  forward_citation: 1\n", 2, "weights.forward_citation: unknown field"),
      ("weights:\n  claims: -1\n", 2, "non-negative"),
      ("weights:\n  claims: 0\n", 2, "at least one weight must be positive"),
      ("version: 2\nweights: {claims: 1}\n", 1, "unsupported weights version"),
      ("wieghts: {claims: 1}\n", 1, "unknown field"),
    ]
    for (text, line, message) in bad {
      do {
        _ = try CoreWeights.parse(text, file: "w.yaml")
        Issue.record("expected an error for \(text)")
      } catch {
        #expect(error.line == line, "\(error)")
        #expect(error.description.contains(message), "\(error)")
      }
    }
  }
}
