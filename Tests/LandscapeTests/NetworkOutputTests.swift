import Applicants
import Foundation
import Landscape
import Networks
import PatentCorpus
import TestSupport
import Testing
import Workspace

@Suite("Co-applicants and network files")
struct NetworkOutputTests {
  @Test("产学研 links from the KIPRIS joint applications in the corpora")
  func industryAcademiaLinks() throws {
    let workspace = try TestCorpora.workspace(ingesting: [TestCorpora.url.path])
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh)
    let network = CoApplicantNetwork(corpus: corpus)
    // 부경대 ×3, 제주대, 가천대 ×2 and 성신여대 file jointly with (주)마린바이오프로세스.
    #expect(network.industryAcademiaPatents == 7)
    let busan = try #require(network.links.first { $0.first.contains("부경대학교") || $0.second.contains("부경대학교") })
    #expect(busan.patents == 3 && busan.industryAcademia)
    #expect(
      network.links.filter { !$0.industryAcademia }.allSatisfy {
        !CoApplicantLinkCheck.isIndustryAcademia($0.firstType, $0.secondType)
      })
  }

  @Test("VOSviewer and GraphML files list every node and edge once")
  func exports() {
    var builder = GraphBuilder(nodeCount: 3)
    builder.add(0, 1, weight: 2.5)
    builder.add(1, 2, weight: 1.0 / 3.0)
    let graph = builder.build()
    let partition = Partition(labels: [0, 0, 1])
    let labels = ["H01M4/00", "H01M10/00", "B60L58/00 & <x>"]
    let map = NetworkExport.vosviewerMap(labels: labels, partition: partition, graph: graph)
    #expect(
      map == "id\tlabel\tcluster\tweight<Links>\n1\tH01M4/00\t1\t1\n2\tH01M10/00\t1\t2\n3\tB60L58/00 & <x>\t2\t1\n")
    #expect(NetworkExport.vosviewerNetwork(graph) == "1\t2\t2.5\n2\t3\t0.333333\n")
    let graphML = NetworkExport.graphML(labels: labels, partition: partition, graph: graph)
    #expect(graphML.components(separatedBy: "<node ").count - 1 == 3)
    #expect(graphML.components(separatedBy: "<edge ").count - 1 == 2)
    #expect(graphML.contains("B60L58/00 &amp; &lt;x&gt;"))
  }
}

/// The 产学研 rule restated for the test (company with university or institute).
enum CoApplicantLinkCheck {
  static func isIndustryAcademia(_ a: Applicants.EntityType, _ b: Applicants.EntityType) -> Bool {
    (a == .company && (b == .university || b == .institute)) || (b == .company && (a == .university || a == .institute))
  }
}
