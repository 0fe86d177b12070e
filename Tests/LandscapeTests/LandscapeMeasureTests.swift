import Foundation
import Generator
import Landscape
import PatentCorpus
import TestSupport
import Testing
import Workspace

/// Oracle tests for the landscape's measures, with answers computed by hand.
@Suite("Landscape measures")
struct LandscapeMeasureTests {
  @Test("CR4, CR8 and HHI, computed by hand")
  func concentration() {
    // Shares 40, 30, 20, 10 %: CR4 = 1, HHI = 1600 + 900 + 400 + 100 = 3000.
    let c = Concentration(counts: [20, 40, 0, 30, 10])
    #expect(c.total == 100)
    #expect(c.holders == 4)
    #expect(c.cr4 == 1)
    #expect(abs(c.hhi - 3000) < 1e-9)
    // Ten equal holders: CR4 = 0.4, CR8 = 0.8, HHI = 10 · 10² = 1000.
    let even = Concentration(counts: Array(repeating: 7, count: 10))
    #expect(abs(even.cr4 - 0.4) < 1e-12 && abs(even.cr8 - 0.8) < 1e-12)
    #expect(abs(even.hhi - 1000) < 1e-9)
    // A monopoly: HHI = 10,000.
    #expect(Concentration(counts: [5]).hhi == 10_000)
    #expect(Concentration(counts: []).hhi == 0)
  }

  @Test(
    "lifecycle stages of constructed series",
    arguments: [
      // years oldest first: patents, applicants, expected stage
      ([0, 0, 0, 0, 1, 1, 2, 2, 3, 6, 9, 14], [0, 0, 0, 0, 1, 1, 2, 2, 2, 4, 5, 8], LifecycleStage.emerging),
      ([20, 25, 30, 40, 50, 60, 80, 100, 130, 160, 200, 250], [5, 6, 8, 9, 12, 14, 16, 20, 24, 30, 34, 40], .growth),
      (
        [50, 80, 120, 150, 160, 170, 165, 170, 168, 172, 166, 170], [10, 15, 20, 24, 25, 25, 24, 24, 23, 24, 23, 22],
        .maturity
      ),
      (
        [100, 150, 200, 220, 210, 200, 180, 150, 120, 100, 80, 60], [20, 25, 30, 30, 28, 27, 25, 22, 20, 16, 14, 12],
        .decline
      ),
    ] as [([Int], [Int], LifecycleStage)])
  func lifecycle(_ series: ([Int], [Int], LifecycleStage)) {
    let result = LifecycleClassifier().classify(patents: series.0, applicants: series.1)
    #expect(result.stage == series.2, "g_P \(result.patentGrowth), g_A \(result.applicantGrowth)")
    #expect(result.rule.contains("last 3 years"))
  }

  @Test("short and empty series are classified without failing")
  func shortSeries() {
    let classifier = LifecycleClassifier()
    #expect(classifier.classify(patents: [], applicants: []).stage == .maturity)
    #expect(classifier.classify(patents: [1, 3], applicants: [1, 2]).stage == .emerging)
  }
}

@Suite("Competitor groups")
struct ApplicantGroupTests {
  @Test("applicants with the same technology profile form one group; different profiles stay apart")
  func groupsByProfile() throws {
    // Built from a generated demo: its applicants favour segments, so groups exist and every row sums to the
    // applicant's clustered documents.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-ag-\(UUID().uuidString)")
    let manifest = try CorpusGenerator(patents: 2_000, seed: 4, profile: .demo).write(to: directory)
    let workspace = try TestCorpora.workspace(
      ingesting: manifest.files.map { directory.appendingPathComponent($0).path })
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let clusters = IPCClusters(corpus: corpus)
    let groups = ApplicantGroups(corpus: corpus, clusters: clusters, top: 20)
    #expect(groups.rows.count == 20)
    #expect(groups.groups >= 2 && groups.groups < 20)
    for row in groups.rows { #expect(row.clusters.count == clusters.partition.communityCount) }
    // Within a group, every member is similar to some other member (cosine ≥ 0.5), unless it is alone.
    for g in 0..<groups.groups {
      let members = groups.rows.filter { $0.group == g }
      guard members.count > 1 else { continue }
      for a in members {
        let best = members.filter { $0 != a }.map { cosine(a.clusters, $0.clusters) }.max() ?? 0
        #expect(best >= 0.5)
      }
    }
  }

  func cosine(_ a: [Int], _ b: [Int]) -> Double {
    let dot = zip(a, b).reduce(0.0) { $0 + Double($1.0 * $1.1) }
    let na = a.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot()
    let nb = b.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot()
    return na > 0 && nb > 0 ? dot / (na * nb) : 0
  }
}
