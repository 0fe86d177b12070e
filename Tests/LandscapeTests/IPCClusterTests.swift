import Foundation
import Generator
import Landscape
import PatentCorpus
import ReferenceData
import TestSupport
import Testing
import Workspace

@Suite("IPC clusters")
struct IPCClusterTests {
  @Test("on the real corpora every patent with an IPC code lands in a cluster, the same way every time")
  func realCorpora() throws {
    let corpus = try TestCorpora.workspace(ingesting: [TestCorpora.url.path]).loadCorpus(
      matching: PatentFilter(), language: .en)
    let clusters = IPCClusters(corpus: corpus)
    for i in 0..<corpus.count {
      #expect((clusters.patentCluster[i] >= 0) == !corpus.ipc[i].isEmpty)
    }
    #expect(clusters == IPCClusters(corpus: corpus))
    #expect(clusters.method.contains("association strength"))
  }

  @Test("on a generated chain the clusters follow its technology segments")
  func generatedSegments() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-lsgen-\(UUID().uuidString)")
    let manifest = try CorpusGenerator(patents: 3_000, seed: 5, profile: .demo).write(to: directory)
    let corpus = try TestCorpora.workspace(ingesting: manifest.files.map { directory.appendingPathComponent($0).path })
      .loadCorpus(matching: PatentFilter(), language: .en)
    let clusters = IPCClusters(corpus: corpus, level: .subgroup)
    // Symbols of one segment mostly share a cluster: cathode symbols with cathode symbols, BMS with BMS.
    func cluster(_ code: String) -> Int32? {
      clusters.codes.firstIndex(of: code).map { clusters.partition.community[$0] }
    }
    let cathode = ["H01M4/525", "H01M4/505", "H01M4/131"].compactMap(cluster)
    let bms = ["G01R31/367", "G01R31/382", "B60L58/12"].compactMap(cluster)
    #expect(Set(cathode).count == 1)
    #expect(Set(bms).count == 1)
    #expect(cathode.first != bms.first)
    #expect(clusters.modularity > 0.3)
  }
}
