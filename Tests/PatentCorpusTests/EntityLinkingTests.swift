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
