import CorePatents
import Foundation
import Generator
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

/// The fence analysis on a constructed corpus with a planted gap, an encircling competitor, a competitor's core
/// to surround and a lapsed core patent; then end to end on the real corpora and the generated demo.
@Suite("Fence analysis")
struct FenceTests {
  /// Entities: 1 own (the owner), 2 rival, 3 other, 4 encircler.
  static func corpus() -> Corpus {
    var f = Fixture(entities: [("own", "CN"), ("rival", "JP"), ("other", "KR"), ("encircler", "US")])
    // The owner's core: two H01M 10/0525 families.
    f.add(1, family: 1, ipc: ["H01M10/0525"], holders: [1], year: 2014)
    f.add(2, family: 2, ipc: ["H01M10/0525"], holders: [1], year: 2015)
    // Planted gap: five recent families of `other` in H01M 10/0587 improving on the owner's core.
    for k in 0..<5 {
      f.add(10 + k, family: Int64(10 + k), ipc: ["H01M10/0587"], holders: [3], year: 2017 + k, cites: [1])
    }
    // Planted encirclement: the encircler's three recent families in H01M 10/0562 around the core, one of other.
    for k in 0..<3 {
      f.add(20 + k, family: Int64(20 + k), ipc: ["H01M10/0562"], holders: [4], year: 2018 + k, cites: [2])
    }
    f.add(23, family: 23, ipc: ["H01M10/0562"], holders: [3], year: 2019, cites: [1])
    // The rival's core R1 (H01M 4/525), improved upon by four families of other in H01M 4/131.
    f.add(30, family: 30, ipc: ["H01M4/525"], holders: [2], year: 2012)
    for k in 0..<4 {
      f.add(31 + k, family: Int64(31 + k), ipc: ["H01M4/131"], holders: [3], year: 2016 + k, cites: [30])
    }
    // The rival's R2 in the owner's cell, much cited; its CN member lapsed in 2020, its JP member is alive.
    let lapse = LegalEventMeaning.grant.bit | LegalEventMeaning.lapse.bit
    f.add(40, family: 40, ipc: ["H01M10/0525"], holders: [2], year: 2013, flags: lapse, endDate: 20_200_615)
    f.add(41, family: 40, ipc: ["H01M10/0525"], holders: [2], year: 2013, office: "JP")
    for k in 0..<2 {
      f.add(42 + k, family: Int64(42 + k), ipc: ["H01M10/04"], holders: [3], year: 2018, cites: [40])
    }
    return f.build()
  }

  static func parameters() -> FenceParameters {
    var p = FenceParameters()
    p.core = .top(2)
    p.endYear = 2021
    p.lapsedPercentile = 0.5
    return p
  }

  @Test("the planted gap is the top defensive opportunity, with its rule and evidence")
  func defensive() throws {
    let corpus = Self.corpus()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    let r = FenceAnalysis.run(
      corpus, scores: scores, reference: Fixture.reference, owner: ["own"], competitor: ["rival"],
      parameters: Self.parameters())
    #expect(Set(r.core.map(\.publication)) == ["CN 1 B", "CN 2 B"])
    let top = try #require(r.defensive.first)
    #expect(top.code == "H01M10/0587" && top.score == 5)
    #expect(top.rule.contains("others filed 5 families in 2017–2021") && top.rule.contains("relation citing"))
    #expect(top.evidence.count == 5 && top.core.contains("CN 1 B"))
    #expect(!top.titleZH.isEmpty)
    // The owner's own cell is not a gap.
    #expect(!r.defensive.contains { $0.code == "H01M10/0525" })
  }

  @Test("the encircling competitor is flagged; the rival's core is surrounded; the lapsed core member is reported")
  func risksAndSurrounding() throws {
    let corpus = Self.corpus()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    let r = FenceAnalysis.run(
      corpus, scores: scores, reference: Fixture.reference, owner: ["own"], competitor: ["rival"],
      parameters: Self.parameters())
    let encircled = try #require(r.encirclement.first { $0.code == "H01M10/0562" })
    #expect(encircled.holder == "ENCIRCLER" && encircled.rule.contains("3 of the 4 recent families"))
    #expect(Set(encircled.evidence) == ["CN 20 B", "CN 21 B", "CN 22 B"])
    let surround = try #require(r.surrounding.first)
    #expect(surround.code == "H01M4/131" && surround.holder == "RIVAL" && surround.score == 4)
    #expect(surround.core == ["CN 30 B"] && surround.evidence.count == 4)
    let lapsed = try #require(r.lapsedCore.first { $0.publication == "CN 40 B" })
    #expect(lapsed.status == .lapsed && lapsed.date == "2020-06-15" && lapsed.aliveElsewhere == ["JP"])
    // Cells carry their holders over time.
    let cell = try #require(r.cells.first { $0.code == "H01M10/0587" })
    #expect(cell.families == 5 && cell.recent == 5 && cell.perYear.reduce(0, +) == 5 && cell.relation == "citing")
    // Same input, same bytes.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let again = FenceAnalysis.run(
      corpus, scores: scores, reference: Fixture.reference, owner: ["own"], competitor: ["rival"],
      parameters: Self.parameters())
    #expect(try encoder.encode(r) == encoder.encode(again))
  }

  @Test("cells given by the caller (technology clusters) replace IPC cells")
  func givenCells() throws {
    let corpus = Self.corpus()
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    // Two clusters: lithium cells (H01M 10) and electrodes (H01M 4).
    let codes = corpus.symbols.strings.map { $0.hasPrefix("H01M10") ? "cluster 0: H01M10/00" : "cluster 1: H01M4/00" }
    let r = FenceAnalysis.run(
      corpus, scores: scores, reference: Fixture.reference, owner: ["own"], competitor: ["rival"], cellCodes: codes,
      parameters: Self.parameters())
    #expect(Set(r.cells.map(\.code)) == ["cluster 0: H01M10/00"])
    #expect(r.cells.first?.titleEN.isEmpty == false)  // the title of the cluster's first code
    // In the electrode cluster the rival now holds 1 of 5 families (20 % > 10 %): no longer a surrounding cell.
    #expect(r.surrounding.map(\.code) == ["cluster 0: H01M10/00"])
  }

  @Test("end to end on the real corpora: scores bounded and ordered from claims, references and family size")
  func realCorpora() throws {
    let workspace = try TestCorpora.realWorkspace()
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .en)
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    // The corpora's 2,713 references point outside them: no citation link inside, so no generality either.
    #expect(scores.graph.edgeCount == 0 && scores.generality.allSatisfy(\.isNaN))
    #expect(scores.families.references.max() ?? 0 > 10 && scores.families.claims.max() ?? 0 > 10)
    #expect(scores.score.allSatisfy { $0 >= 0 && $0 <= 1 })
    let ordered = scores.order.map { scores.score[Int($0)] }
    #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 >= $1 })
    #expect(abs(scores.pageRank.reduce(0, +) - 1) < 1e-9)
    // US 9291047 B2's family (OPS: CA, CN, EP, RU, US, WO members) is the largest by offices.
    let i = try #require(corpus.publications.firstIndex(of: "US 9291047 B2"))
    let family = Int(corpus.extendedFamilies[i])
    #expect(scores.families.offices[family] == scores.families.offices.max())
    #expect(scores.normalized[2][family] == 1)
    // A fence for the applicant with the most families.
    let owner = try #require(
      (0..<corpus.entities.count).max { a, b in
        let (x, y) = (
          scores.families.holders.values.filter { $0 == Int32(a) }.count,
          scores.families.holders.values.filter { $0 == Int32(b) }.count
        )
        return x != y ? x < y : corpus.entities[a].key > corpus.entities[b].key
      })
    let r = FenceAnalysis.run(
      corpus, scores: scores, reference: Fixture.reference, owner: [corpus.entities[owner].key])
    #expect(!r.core.isEmpty && !r.cells.isEmpty)
  }

  @Test("on the generated demo, the planted competitor's most-cited families are among the core")
  func generatedDemo() throws {
    let workspace = try TestCorpora.generated(patents: 5_000, seed: 1, profile: .demo)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let scores = CoreScores(corpus: corpus, reference: Fixture.reference, asOf: 20_261_121)
    // The generator's first foreign applicant owns the planted, heavily cited core families.
    let mostCited = (0..<scores.families.count).sorted { scores.forward[$0] > scores.forward[$1] }.prefix(5)
    let holders = Set(mostCited.flatMap { scores.families.holders[$0] })
    #expect(holders.count == 1)
    let ranks = scores.ranks
    let top5Percent = scores.families.count / 20
    let planted = (0..<scores.families.count).filter { scores.families.holders[$0].contains { holders.contains($0) } }
    #expect(planted.filter { ranks[$0] <= top5Percent }.count >= 3, "\(mostCited.map { ranks[$0] })")
  }
}
