import PatentCorpus
import PatentModel
import ReferenceData
import TestSupport
import Testing

/// Legal status per application and per family on hand-built corpora, against hand-computed dates.
@Suite struct LegalStatusTests {
  static let reference = TestCorpora.reference

  /// One publication: office, number, kind (DocumentKind raw value), application key, dates and events.
  struct Doc {
    var office = "CN"
    var number = "1"
    var kind = "application"
    var application: UInt64 = 1
    var family: Int64 = 1
    var filed: Int32 = 2015_03_10
    var published: Int32 = 2016_09_01
    var events: [CorpusEvent] = []
  }

  static func corpus(_ docs: [Doc]) -> Corpus {
    var builder = CorpusBuilder()
    for (i, d) in docs.enumerated() {
      var p = CorpusPatent(
        workspaceID: Int64(i + 1), publication: "\(d.office) \(d.number) X", country: d.office, kind: d.kind)
      p.applicationKey = d.application
      p.extendedFamily = d.family
      p.simpleFamily = d.family
      p.applicationDate = d.filed
      p.applicationYear = Int16(d.filed / 10_000)
      p.publicationDate = d.published
      p.publicationYear = Int16(d.published / 10_000)
      p.events = d.events
      builder.append(p)
    }
    return builder.build()
  }

  static func status(_ docs: [Doc], asOf: Int32) -> (LegalStatus, Corpus) {
    let corpus = corpus(docs)
    return (LegalStatus(corpus: corpus, reference: reference, asOf: asOf), corpus)
  }

  static func e(_ meaning: LegalEventMeaning, _ date: Int32, state: String = "") -> CorpusEvent {
    CorpusEvent(meaning: meaning, date: date, state: CorpusEvent.pack(state))
  }

  @Test func anEventlessApplicationPublicationTakesItsGrantsLapse() {
    // CN A (no events) and CN B of the same application: granted 2018, lapsed for non-payment in 2021.
    let docs = [
      Doc(number: "1", kind: "application"),
      Doc(number: "1", kind: "grant", published: 2018_05_04, events: [Self.e(.lapse, 2021_06_25)]),
    ]
    let (law, corpus) = Self.status(docs, asOf: 2024_01_01)
    #expect(corpus.applicationCount == 1)
    let s = law.of(patent: 0, in: corpus)
    #expect(s.state == .lapsed && s.since == 2021_06_25 && s.granted == 2018_05_04 && s.grantedByKind)
    let view = FamilyView(corpus: corpus, law: law)
    #expect(view.status[0] == .lapsed)
    // Before the lapse it was alive, before the grant pending.
    #expect(LegalStatus(corpus: corpus, reference: Self.reference, asOf: 2020_01_01).applications[0].state == .alive)
    #expect(LegalStatus(corpus: corpus, reference: Self.reference, asOf: 2017_01_01).applications[0].state == .pending)
  }

  @Test func grantedKindsAreGrantedWithoutEvents() {
    for kind in ["grant", "utility-model", "design", "plant"] {
      let (law, _) = Self.status(
        [Doc(office: "US", kind: kind, filed: 2019_01_02, published: 2020_02_03)], asOf: 2021_01_01)
      #expect(law.applications[0].state == .alive, "\(kind)")
      #expect(law.applications[0].granted == 2020_02_03)
    }
    let (pending, _) = Self.status([Doc(kind: "application")], asOf: 2021_01_01)
    #expect(pending.applications[0].state == .pending)
  }

  @Test func termsByOfficeRightTypeAndFilingDate() {
    func expiry(_ office: String, _ kind: String, filed: Int32, published: Int32) -> Int32 {
      Self.status([Doc(office: office, kind: kind, filed: filed, published: published)], asOf: 2022_01_01).0
        .applications[0].expiry
    }
    #expect(expiry("CN", "grant", filed: 2015_03_10, published: 2017_01_01) == 2035_03_10)
    #expect(expiry("CN", "utility-model", filed: 2015_03_10, published: 2015_09_01) == 2025_03_10)
    #expect(expiry("CN", "design", filed: 2021_05_31, published: 2021_10_01) == 2031_05_31)  // 10 years
    #expect(expiry("CN", "design", filed: 2021_06_01, published: 2021_10_01) == 2036_06_01)  // 15 years
    #expect(expiry("US", "design", filed: 2015_05_12, published: 2016_01_05) == 2030_01_05)  // 14 from grant
    #expect(expiry("US", "design", filed: 2015_05_13, published: 2016_01_05) == 2031_01_05)  // 15 from grant
    #expect(expiry("JP", "design", filed: 2020_04_01, published: 2021_01_01) == 2045_04_01)  // 25 from filing
    #expect(expiry("KR", "utility-model", filed: 2016_02_29, published: 2016_09_01) == 2026_02_28)
    #expect(expiry("FR", "design", filed: 2016_02_29, published: 2016_09_01) == 0)  // no row: no term applied
    // A CN utility model filed 2010 has expired by 2022 without any event.
    let (law, _) = Self.status([Doc(kind: "utility-model", filed: 2010_04_01, published: 2010_12_01)], asOf: 2022_01_01)
    #expect(law.applications[0].state == .expired && law.applications[0].since == 2020_04_01)
  }

  @Test func partialInvalidationLeavesTheRightInForce() {
    let docs = [Doc(kind: "grant", events: [Self.e(.grant, 2016_09_01), Self.e(.partialInvalidation, 2019_02_01)])]
    let (law, corpus) = Self.status(docs, asOf: 2022_01_01)
    #expect(law.applications[0].state == .partiallyInvalidated && law.applications[0].state.isInForce)
    #expect(FamilyView(corpus: corpus, law: law).status[0] == .alive)
  }

  @Test func restorationWindowsOnHandComputedDates() {
    let r = Self.reference
    // CN: filed 2015-03-10, lapse gazetted 2021-06-25: the missed due date 2020-03-10, late payment until
    // 2020-09-10, restorable until 2022-09-10 (2 years).
    #expect(LegalStatus.restorableUntil(lapse: 2021_06_25, filed: 2015_03_10, "CN", r) == 2022_09_10)
    // EP: filed 2015-07-20, lapse 2022-03-01: due 2021-07-20, grace to 2022-01-20, 12 months: 2023-01-20.
    #expect(LegalStatus.restorableUntil(lapse: 2022_03_01, filed: 2015_07_20, "EP", r) == 2023_01_20)
    // The due date is at least the 6-month late-payment period before the lapse: a lapse gazetted on
    // 2020-08-01 missed the 2019-03-10 annuity (late payment until 2019-09-10), one on 2021-04-01 the 2020 one.
    #expect(LegalStatus.restorableUntil(lapse: 2020_08_01, filed: 2015_03_10, "CN", r) == 2021_09_10)
    #expect(LegalStatus.restorableUntil(lapse: 2021_04_01, filed: 2015_03_10, "CN", r) == 2022_09_10)
    #expect(LegalStatus.restorableUntil(lapse: 2021_06_25, filed: 2015_03_10, "US", r) == Int32.max)
    #expect(LegalStatus.restorableUntil(lapse: 2021_06_25, filed: 2015_03_10, "BR", r) == 0)  // not assessed
    let docs = [Doc(kind: "grant", events: [Self.e(.grant, 2016_09_01), Self.e(.lapse, 2021_06_25)])]
    let (law, _) = Self.status(docs, asOf: 2022_09_10)
    #expect(law.applications[0].restorable(on: 2022_09_10))
    #expect(!law.applications[0].restorable(on: 2022_09_11))
    let view = FamilyView(corpus: Self.corpus(docs), law: law)
    #expect(view.officeStatus[0].first?.isFree(on: 2022_09_10) == false)
    #expect(view.officeStatus[0].first?.isFree(on: 2022_09_11) == true)
  }

  @Test func restorationRevivesALapse() {
    let docs = [
      Doc(
        kind: "grant", events: [Self.e(.grant, 2016_09_01), Self.e(.lapse, 2021_06_25), Self.e(.revival, 2021_10_08)])
    ]
    let (law, _) = Self.status(docs, asOf: 2022_01_01)
    #expect(law.applications[0].state == .restored && law.applications[0].since == 2021_10_08)
    #expect(law.applications[0].restorations == 1)
    let (before, _) = Self.status(docs, asOf: 2021_07_01)
    #expect(before.applications[0].state == .lapsed)
  }

  @Test func causesOfEndsStayApart() {
    for (meaning, state) in [
      (LegalEventMeaning.lapse, LegalState.lapsed), (.surrender, .abandoned), (.withdrawal, .withdrawn),
      (.refusal, .refused), (.revocation, .revoked), (.expiry, .expired),
    ] {
      let (law, _) = Self.status([Doc(kind: "grant", events: [Self.e(meaning, 2020_01_01)])], asOf: 2021_01_01)
      #expect(law.applications[0].state == state, "\(meaning)")
    }
  }

  @Test func operationsAreCountedApart() {
    let docs = [
      Doc(
        kind: "grant",
        events: [
          Self.e(.licence, 2017_01_01), Self.e(.licence, 2017_06_01), Self.e(.licenceCancelled, 2018_01_01),
          Self.e(.pledge, 2018_02_01), Self.e(.pledgeReleased, 2019_02_01), Self.e(.openLicence, 2022_03_01),
          Self.e(.transfer, 2019_05_05), Self.e(.exclusiveLicence, 2023_01_01),
        ])
    ]
    let (law, _) = Self.status(docs, asOf: 2022_06_01)
    let s = law.applications[0]
    #expect(s.licences == 2 && s.licencesCancelled == 1 && s.activeLicences == 1 && !s.exclusiveLicence)
    #expect(s.pledges == 1 && !s.pledged && s.pledgesReleased == 1)
    #expect(s.openLicence && s.transfers == 1)
    let (earlier, _) = Self.status(docs, asOf: 2018_06_01)
    #expect(earlier.applications[0].pledged && !earlier.applications[0].openLicence)
    #expect(earlier.applications[0].transfers == 0)
  }

  @Test func anEPCStateLapseDoesNotEndTheEuropeanPatent() {
    let docs = [
      Doc(office: "EP", kind: "grant", events: [Self.e(.grant, 2017_01_01), Self.e(.lapse, 2019_01_01, state: "DE")])
    ]
    let (law, _) = Self.status(docs, asOf: 2020_01_01)
    #expect(law.applications[0].state == .alive)
  }

  @Test func familyStatusPerOffice() {
    // One family: CN granted and lapsed (restoration window closed), US granted and alive.
    let docs = [
      Doc(office: "CN", number: "1", kind: "grant", application: 1, events: [Self.e(.lapse, 2018_06_25)]),
      Doc(office: "US", number: "2", kind: "grant", application: 2, filed: 2016_03_01, published: 2018_01_02),
    ]
    let (law, corpus) = Self.status(docs, asOf: 2022_01_01)
    let view = FamilyView(corpus: corpus, law: law)
    #expect(view.status[0] == .alive)
    let cn = view.status(0, in: corpus.countries.id(of: "CN") ?? -1)
    let us = view.status(0, in: corpus.countries.id(of: "US") ?? -1)
    #expect(cn?.state == .lapsed && cn?.isFree(on: 2022_01_01) == true)
    #expect(us?.state == .alive && us?.isFree(on: 2022_01_01) == false)
  }

  @Test func catalogRefinesCoarseMeanings() {
    let c = Self.reference.legalEvents
    #expect(c.entry(authority: "CN", code: "EC01")?.meaning == .licenceCancelled)
    #expect(c.entry(authority: "CN", code: "EE01")?.meaning == .licence)
    #expect(c.entry(authority: "CN", code: "PC01")?.meaning == .pledgeReleased)
    #expect(c.entry(authority: "CN", code: "OL01")?.meaning == .openLicence)
    #expect(c.entry(authority: "CN", code: "OL02")?.meaning == .openLicenceWithdrawn)
    #expect(c.entry(authority: "CN", code: "IP01")?.meaning == .partialInvalidation)
    #expect(c.entry(authority: "CN", code: "IW01")?.meaning == .revocation)
    #expect(c.entry(authority: "CN", code: "AV01")?.meaning == .surrender)
    #expect(c.entry(authority: "CN", code: "CF01")?.meaning == .lapse)
    #expect(c.entry(authority: "CN", code: "C35")?.meaning == .partialInvalidation)
    #expect(c.entry(authority: "DE", code: "R088")?.meaning == .exclusiveLicence)
    #expect(c.entry(authority: "EP", code: "U78")?.meaning == .licenceCancelled)
    #expect(LegalEventCatalog.refined(.licence, description: "LICENCE CANCELLED") == .licenceCancelled)
    #expect(LegalEventCatalog.refined(.pledge, description: "RELEASE OF PLEDGE") == .pledgeReleased)
    #expect(LegalEventCatalog.refined(.revocation, description: "FULL OR PARTIAL INVALIDATION") == .partialInvalidation)
    #expect(LegalEventCatalog.refined(.lapse, description: "LAPSE BECAUSE OF NON-PAYMENT OF DUE FEES") == .lapse)
    #expect(LegalEventMeaning.allCases.count <= 32)  // bits of a UInt32
  }
}
