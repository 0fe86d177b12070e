import Foundation
import Generator
import Landscape
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

@Suite("Landscape analysis")
struct LandscapeAnalysisTests {
  static var reference: ReferenceData { TestCorpora.reference }

  static func encode(_ result: LandscapeAnalysis.Result) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return try encoder.encode(result)
  }

  @Test("on the real corpora: end to end, consistent totals, byte-identical JSON")
  func realCorpora() throws {
    let workspace = try TestCorpora.workspace(ingesting: [TestCorpora.url.path])
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let result = LandscapeAnalysis.run(corpus, reference: Self.reference)
    #expect(result.patents == 251)
    #expect(
      result.clusters.reduce(0) { $0 + $1.patents } == (0..<corpus.count).filter { !corpus.ipc[$0].isEmpty }.count)
    #expect(
      result.trends.years.reduce(0) { $0 + $1.byPublication }
        == (0..<corpus.count).filter { corpus.publicationYears[$0] > 0 }.count)
    #expect(result.ipc.levels["subclass"]?.first?.code == "A23L")  // the most frequent subclass in the corpora
    #expect(result.ipc.levels["subclass"]?.first?.titleZH.isEmpty == false)
    #expect(result.players.byOffice.first?.label == "US")
    // Every per-year series spans the same years; a cluster's series never exceeds its documents.
    for cluster in result.clusters {
      #expect(cluster.perYear.count == result.seriesYears.count)
      #expect(cluster.perYear.reduce(0, +) <= cluster.patents)
    }
    #expect(result.players.top.allSatisfy { $0.perYear.count == result.seriesYears.count })
    #expect(result.players.top.allSatisfy { $0.perYear.reduce(0, +) <= $0.documents })
    #expect(try Self.encode(result) == Self.encode(LandscapeAnalysis.run(corpus, reference: Self.reference)))
  }

  @Test("on the generated demo: the planted competitor is among the leaders and the legal status is counted")
  func generatedDemo() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-lsd-\(UUID().uuidString)")
    let manifest = try CorpusGenerator(patents: 3_000, seed: 11, profile: .demo).write(to: directory)
    let workspace = try TestCorpora.workspace(
      ingesting: manifest.files.map { directory.appendingPathComponent($0).path })
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let result = LandscapeAnalysis.run(corpus, reference: Self.reference)
    #expect(result.families == manifest.families)
    // Applicant 1 (the planted foreign competitor, JP in the demo) is the second-largest by construction.
    #expect(result.players.top.prefix(3).contains { $0.country == "JP" })
    // The planted truth: every operation lands in its own row (one planted event of a type per application).
    let status = result.legalStatus
    let planted = manifest.eventTypes
    #expect(status.alive > 0 && status.lapsed > 0)
    #expect(status.restored == planted["revival"] ?? -1)
    #expect(status.revoked == planted["revocation"] ?? -1)
    #expect(status.abandoned == planted["surrender"] ?? -1)
    #expect(status.licensed == planted["licence"] ?? -1)
    #expect(status.transferred == planted["transfer"] ?? -1)
    #expect(status.pledged == planted["pledge"] ?? -1)
    #expect(status.pledgedNow <= status.pledged - (planted["pledge-released"] ?? 0))
    #expect(status.licensedNow <= status.licensed - (planted["licence-cancelled"] ?? 0))
    #expect(status.partiallyInvalidated > 0 && status.partiallyInvalidated <= planted["partial-invalidation"] ?? 0)
    #expect(
      status.openLicence > 0
        && status.openLicence <= (planted["open-licence"] ?? 0) - (planted["open-licence-withdrawn"] ?? 0))
    #expect(result.clusters.count >= 2)
    #expect(result.lifecycle.rule.contains("last 3 years"))
  }
}
