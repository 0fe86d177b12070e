import PatentModel
import Testing

@testable import PatentXML

/// Exact field values of EPO publication, DOCDB and OPS documents.
@Suite("EPO fields")
struct EPOFieldTests {
  @Test("EP B1 v1.5.1: SDOBI tags, citations as printed text, designated states")
  func epGrant() throws {
    let r = try #require(Corpus.first("ep-publication/goeps_grant_v1-5-1-B1.xml"))
    #expect(r.publication.normalized == "EP 3383757 B1")
    #expect(r.publication.date?.description == "2021-07-07")
    #expect(r.application?.normalized == "EP 16849316")
    #expect(r.application?.date?.description == "2016-08-29")
    #expect(r.kind == .grant)
    #expect(r.firstIPC?.description == "B65D 51/18")
    #expect(r.priorities.first?.country == "US")
    #expect(r.priorities.first?.date?.description == "2015-09-25")
    #expect(r.parties(.assignee).first?.name == "ELC Management LLC")
    #expect(r.parties(.assignee).first?.country == "US")
    #expect(r.citations.count == 7)
    #expect(r.citations.first?.document.normalized == "WO 2014114885 A1")
    #expect(r.citations[1].document.normalized == "CN 202128028 U")
    #expect(r.designatedStates.first == "AL")
    #expect(r.designatedStates.count == 38)
    #expect(Set(r.titles.map(\.lang)) == ["de", "en", "fr"])
  }

  @Test("EP A1 v1.0: old B511 IPC with edition prefix, extension states")
  func epOld() throws {
    let r = try #require(Corpus.first("ep-publication/goeps_application_v1-0-A1.xml"))
    #expect(r.ipc.map(\.symbol.description) == ["C07C 29/44", "C07C 31/38"])
    #expect(r.extensionStates == ["AL", "LT", "LV", "MK", "RO", "SI"])
    #expect(r.parties(.applicant).first?.name == "ASAHI GLASS COMPANY LTD.")
  }

  @Test("DOCDB bundle: family id, docdba name as written, IPC and CPC, citations")
  func docdbBundle() throws {
    let (records, _, _) = Corpus.read("docdb/DE-backfile.xml")
    let r = try #require(records.first)
    #expect(r.publication.normalized == "DE 1258188 B")
    #expect(r.publication.date?.description == "1968-01-04")
    #expect(r.familyID == "6979546")
    #expect(r.firstIPC?.description == "F02M 41/12")
    #expect(r.cpc.first?.symbol.description == "F02M 59/34")
    #expect(r.parties(.applicant).first?.name == "ROBERT BOSCH G.M.B.H.")
    #expect(r.citations.count == 4)
    #expect(r.citations.first?.document.normalized == "DE 814968 C")
    #expect(r.citations.first?.phase == "SEA")
    #expect(records.map(\.source.record) == Array(0..<10))
  }

  @Test("DOCDB fragment with undeclared exch: prefix and DOCDB entities")
  func docdbFragment() throws {
    let (records, diagnostics, _) = Corpus.read("docdb/WO-2022259205-A1_544370561.xml")
    let r = try #require(records.first)
    #expect(diagnostics.isEmpty)
    #expect(r.publication.normalized == "WO 2022259205 A1")
    #expect(r.familyID == "82558028")
    #expect(r.nplCitations.count == 19)
    #expect(r.designatedStates.count == 141)
    #expect(r.parties(.applicant).first?.country == "PT")
    #expect(Set(r.abstracts.map(\.lang)) == ["en", "fr"])
    #expect(r.nplCitations.contains { $0.text.contains("\u{015A}") })  // &SACUTE; from docdb-entities
  }

  @Test("OPS family: members with the family id and priority claims")
  func opsFamily() throws {
    let (records, _, _) = Corpus.read("ops/pclient_family_publication_docdb_EP.2906782.A2_.xml")
    #expect(records.count == 11)
    #expect(Set(records.compactMap(\.familyID)) == ["50474376"])
    #expect(records.contains { $0.publication.normalized == "CN 104968889 A" })
    #expect(records.allSatisfy { !$0.priorities.isEmpty })
  }

  @Test("OPS legal: INPADOC events with codes, dates and countries")
  func opsLegal() throws {
    let r = try #require(Corpus.first("ops/epoops_get_legal.xml"))
    #expect(r.legalEvents.count == 69)
    let first = try #require(r.legalEvents.first)
    #expect(first.code == "AK")
    #expect(first.date?.description == "2011-12-28")
    #expect(first.influence == "+")
    #expect(r.legalEvents.contains { $0.code == "PGFP" })
  }

  @Test("OPS legal: a transfer's new owner from L509EP or from the free text")
  func opsNewOwner() throws {
    let (records, _, _) = Corpus.read("ops/epoops_get_family_with_legal.xml")
    let assignment = try #require(records.flatMap(\.legalEvents).first { $0.code == "AS" })
    #expect(assignment.newOwner == "9SOLUTIONS OY, FINLAND")
    // The EP register's RAP1 (applicant changed or rights transferred) names the applicant after it too.
    let named = records.flatMap(\.legalEvents).filter { $0.newOwner != nil }.map { "\($0.code) \($0.newOwner ?? "")" }
    #expect(Set(named) == ["AS 9SOLUTIONS OY, FINLAND", "RAP1 9SOLUTIONS OY"])
    let text =
      "Effective date of registration: 20190520; Address after: 213000 Changzhou; Patentee after: 常州某某电池有限公司; Address before: Beijing; Patentee before: 北京某某大学"
    #expect(OPSExtractor.ownerAfter(text) == " 常州某某电池有限公司")
    #expect(OPSExtractor.ownerAfter("ASSIGNMENT OF ASSIGNORS INTEREST") == nil)
  }

  @Test("OPS register (ns2:/ns3: prefixes): status, designated states, IPC list text")
  func opsRegister() throws {
    let r = try #require(Corpus.first("ops/epoops_get_register_biblio.xml"))
    #expect(r.publication.normalized == "EP 2400812 A1")
    #expect(r.statusText == "No opposition filed within time limit")
    #expect(r.ipc.map(\.symbol.description) == ["H04W 84/20", "H04W 88/04"])
    #expect(r.parties(.applicant).first?.name == "9Solutions Oy")
    #expect(r.parties(.applicant).first?.country == "FI")
    #expect(r.titles.count == 3)
  }
}
