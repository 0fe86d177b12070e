import PatentModel
import PatentXML
import Testing

/// Exact field values of CNIPA, JPO, KIPRIS, DPMA and WIPO ST.96 documents.
@Suite("CN, JP, KR, DE and ST.96 fields")
struct AsianFieldTests {
  @Test("CNIPA legacy: BOM, IPCR text, Chinese applicant located from the address")
  func cnLegacy() throws {
    let r = try #require(Corpus.first("cnipa-legacy/ps_cn_old1.xml"))
    #expect(r.publication.normalized == "CN 104223352 A")
    #expect(r.publication.date?.description == "2014-12-24")
    #expect(r.application?.normalized == "CN 201410408762")
    #expect(r.application?.date?.description == "2014-08-19")
    #expect(r.firstIPC?.description == "A24B 15/18")
    #expect(r.parties(.applicant).first?.name == "云南中烟工业有限责任公司")
    #expect(r.parties(.applicant).first?.country == "CN")
    #expect(r.titles.first == LocalizedText(lang: "zh", text: "一种甘草发酵所得烟用香料及其应用"))
    #expect(r.claimsCount == 3)
  }

  @Test("CNIPA legacy PCT national phase: foreign applicant, international priority")
  func cnLegacyPCT() throws {
    let r = try #require(Corpus.first("cnipa-legacy/200880114428_A.xml"))
    #expect(r.publication.normalized == "CN 103492414 A")
    #expect(r.parties(.applicant).first?.country == "US")
    #expect(r.priorities.first?.country == "US")
    #expect(r.priorities.first?.date?.description == "2007-11-02")
  }

  @Test("CNIPA 2021+: split IPCR, placeholders dropped, KR applicant")
  func cnBusiness() throws {
    let r = try #require(Corpus.first("cnipa-business/ps_cn_new1.xml"))
    #expect(r.publication.normalized == "CN 113781974 A")
    #expect(r.publication.date?.description == "2021-12-10")
    #expect(r.application?.normalized == "CN 202111286633")
    #expect(r.firstIPC?.description == "G09G 3/36")
    let applicant = try #require(r.parties(.applicant).first)
    #expect(applicant.name == "三星显示有限公司")
    #expect(applicant.country == "KR")
    #expect(applicant.city == nil && applicant.state == nil && applicant.postcode == nil)
    #expect(r.priorities.first?.country == "KR")
    #expect(r.priorities.first?.number == "1020160063019")
  }

  @Test("JPO gazette: no XML declaration, ST.16 kind from the root, FI/F-terms, Japanese citations")
  func jpo() throws {
    let r = try #require(Corpus.first("jpo/ps_jp_example1.xml"))
    #expect(r.publication.normalized == "JP 2021044377 A")
    #expect(r.application?.normalized == "JP 2019165329")
    #expect(r.ipc.map(\.symbol.description) == ["H01L 21/301", "H01L 21/67", "H01L 21/683", "B23K 26/53"])
    #expect(r.ipc.first?.isFirst == true && r.ipc.first?.isInventive == true)
    let applicant = try #require(r.parties(.applicant).first)
    #expect(applicant.name == "株式会社ディスコ")
    #expect(applicant.registrationNumber == "000134051")
    #expect(applicant.country == "JP")
    #expect(r.nationalClassifications.contains(NationalClassification(scheme: "F-term", symbol: "4E168AE01")))
    #expect(r.citations.map(\.document.normalized).contains("JP 6151557 B"))
    #expect(r.claimsCount == 6)
  }

  @Test("KIPRIS: one record per item, registration as B1, status kept, pipe-separated IPC")
  func kipris() throws {
    let (records, _, _) = Corpus.read("kipris-api/kipris_patent_120050421158_1.xml")
    #expect(records.count == 14)
    let r = try #require(records.first)
    #expect(r.publication.normalized == "KR 101476982 B1")
    #expect(r.application?.normalized == "KR 1020130121923")
    #expect(r.statusText == "등록")
    #expect(r.ipc.first?.symbol.description == "F04B 43/08")
    #expect(r.parties(.applicant).first?.name == "주식회사 이노디스")
  }

  @Test("DPMA register: compact IPC, procedural events")
  func dpma() throws {
    let r = try #require(Corpus.first("dpma-register/dpma_patent_info.xml"))
    #expect(r.publication.normalized == "DE 10027360 A1")
    #expect(r.ipc.map(\.symbol.description) == ["H02K 16/00"])
    #expect(r.parties(.applicant).first?.country == "JP")
    #expect(r.legalEvents.count == 5)
    #expect(r.legalEvents.first?.code == "R000")
  }

  @Test("WIPO ST.96: bags, CPC, citations by party, claim total")
  func st96() throws {
    let r = try #require(Corpus.first("wipo-st96/PatentPublication_Example.xml"))
    #expect(r.publication.normalized == "US 8936998 B2")
    #expect(r.publication.date?.description == "2015-01-20")
    #expect(r.application?.normalized == "US 13797521")
    #expect(r.firstIPC?.description == "H01L 21/30")
    #expect(r.cpc.first?.symbol.description == "H01L 21/2007")
    #expect(r.citations.count == 17)
    #expect(r.nplCitations.count == 13)
    #expect(r.citations.first?.citedBy == .applicant)
    #expect(r.priorities.first?.number == "2007290922")
    #expect(r.parties(.assignee).first?.name == "Mitsubishi Heavy Industries, Ltd.")
    #expect(r.claimsCount == 10)
  }
}
