import PatentModel
import PatentXML
import Testing

/// Exact field values of USPTO documents, checked against the XML by hand.
@Suite("USPTO fields")
struct USPTOFieldTests {
  @Test("grant v4.7 (ODP): numbers, dates, IPC, CPC, parties, citations, claims")
  func grantV47() throws {
    let r = try #require(Corpus.first("uspto-grant-v4/grant_us11646472b2_17248024.xml"))
    #expect(r.publication.normalized == "US 11646472 B2")
    #expect(r.publication.date?.description == "2023-05-09")
    #expect(r.application?.normalized == "US 17248024")
    #expect(r.application?.date?.description == "2021-01-05")
    #expect(r.kind == .grant)
    #expect(r.firstIPC?.description == "H01M 50/46")
    #expect(r.ipc.first?.isInventive == true)
    #expect(r.cpc.first?.symbol.description == "H01M 50/46")
    #expect(r.parties(.applicant).first?.name == "PolyPlus Battery Company")
    #expect(r.parties(.applicant).first?.country == "US")
    #expect(r.parties(.inventor).first?.name == "Steven J. Visco")
    #expect(r.citations.count == 296)
    #expect(r.nplCitations.count == 258)
    #expect(r.citations.first?.document.normalized == "US 3343988 A")
    #expect(r.citations.first?.citedBy == .applicant)
    #expect(r.claimsCount == 17)
    #expect(r.titles.first?.lang == "en")
  }

  @Test("grant v4.0: classification-ipc text, USPC kept apart, applicant-inventors")
  func grantV40() throws {
    let r = try #require(Corpus.first("uspto-grant-v4/gouspto_v4-0-B2.xml"))
    #expect(r.publication.normalized == "US 6857133 B2")
    #expect(r.publication.date?.description == "2005-02-22")
    #expect(r.ipc.map(\.symbol.description) == ["A41D 13/00"])
    #expect(r.nationalClassifications.first == NationalClassification(scheme: "USPC", symbol: "2 16"))
    #expect(r.citations.count == 8)
    #expect(r.citations.allSatisfy { $0.citedBy == .examiner })
    #expect(!r.parties(.inventor).isEmpty)
  }

  @Test("weekly bundle: 25 grants, sequence listing skipped, design patent with Locarno and priority")
  func bundle() throws {
    let (records, _, summary) = Corpus.read("uspto-grant-v4/ipg070102.small.xml")
    #expect(records.count == 25)
    #expect(summary.skipped["USPTO sequence listing"] == 1)
    #expect(Set(records.map(\.source.index)).count == 25)
    let design = try #require(Corpus.first("uspto-grant-v4/ipg120327.one.xml"))
    #expect(design.kind == .design)
    #expect(design.publication.number.hasPrefix("D"))
    #expect(design.nationalClassifications.contains { $0.scheme == "Locarno" })
    #expect(design.ipc.isEmpty)
  }

  @Test("application v4.5: kind A2, CPC")
  func applicationV45() throws {
    let r = try #require(Corpus.first("uspto-app-v4/gouspto_v4-5-A2.xml"))
    #expect(r.publication.normalized == "US 20220160114 A2")
    #expect(r.kind == .application)
    #expect(r.cpc.count == 2)
    #expect(r.parties(.applicant).first?.name == "BEVIS GEAR INC.")
    #expect(r.parties(.applicant).first?.country == "CA")
  }

  @Test("PAP v1.5: undeclared ISO entities mapped from our table, foreign priority, assignee")
  func pap() throws {
    let r = try #require(Corpus.first("uspto-app-pap-v1x/US20010000943A1.xml"))
    #expect(r.publication.normalized == "US 20010000943 A1")
    #expect(r.application?.normalized == "US 09727454")
    #expect(r.application?.date?.description == "2000-12-04")
    #expect(r.ipc.map(\.symbol.description) == ["H01J 1/62"])
    #expect(
      r.priorities == [
        PriorityClaim(country: "JP", number: "11097727", date: PatentDate(year: 1999, month: 4, day: 5), isPCT: false)
      ])
    #expect(r.parties(.assignee).first?.name == "IDEMITSU KOSAN CO., LTD.")
    #expect(r.abstracts.first?.text.contains("\u{2212}") == true)  // &minus;
  }

  @Test("Red Book v2.5: B-tags, IPC with implied slash, citations, entities")
  func redBook() throws {
    let r = try #require(Corpus.first("uspto-redbook-v25/gouspto_v2-5-B1.xml"))
    #expect(r.publication.normalized == "US 6334226 B1")
    #expect(r.publication.date?.description == "2002-01-01")
    #expect(r.application?.normalized == "US 09529968")
    #expect(r.ipc.map(\.symbol.description) == ["E03C 1/04"])
    #expect(r.priorities.first?.country == "JP")
    #expect(r.priorities.first?.date?.description == "1997-10-22")
    #expect(r.parties(.assignee).first?.name == "Toto Ltd.")
    #expect(r.parties(.assignee).first?.country == "JP")
    #expect(r.citations.count == 14)
    #expect(r.claimsCount == 31)
    let quoted = try #require(Corpus.first("uspto-redbook-v25/US06337117.xml"))
    #expect(quoted.abstracts.first?.text.contains("\u{201C}") == true)  // &ldquo;
  }
}
