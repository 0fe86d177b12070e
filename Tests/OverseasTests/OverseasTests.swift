import Applicants
import Foundation
import Overseas
import PatentCorpus
import PatentModel
import ReferenceData
import TestSupport
import Testing
import Workspace

/// Overseas layout on constructed families with hand-checked coverage, gaps and deadlines; the country facts;
/// and the real OPS and DOCDB files.
@Suite("Overseas layout")
struct OverseasTests {
  static var reference: ReferenceData { TestCorpora.reference }

  /// Entities: 1 the subject (CN), 2 a competitor (JP).
  struct Fixture {
    var builder = CorpusBuilder()
    var next: Int64 = 0
    init() {
      for (id, key, country) in [(Int64(1), "subject", "CN"), (2, "rival", "JP")] {
        builder.add(
          CorpusEntity(
            workspaceID: id, key: key, name: key.uppercased(), type: .company,
            location: ApplicantLocation(country: country)))
      }
    }
    mutating func add(
      family: Int64, office: String, holder: Int64, priority: Int32, states: [String] = [], granted: Bool = true
    ) {
      next += 1
      var p = CorpusPatent(workspaceID: next, publication: "\(office) \(next) A", country: office, kind: "A")
      p.extendedFamily = family
      p.applicants = [holder]
      p.priorityDate = priority
      p.applicationDate = priority
      p.applicationYear = Int16(priority / 10_000)
      p.designatedStates = states
      p.legalFlags = granted ? LegalEventMeaning.grant.bit : 0
      builder.append(p)
    }
  }

  /// Subject: family 1 (CN + VN), family 2 (CN + EP designating DE), family 3 (CN + EA without states),
  /// family 4 (CN + WO, priority 2024-05-31, pending). Rival: families 10–13 in ID, VN, ID+MY, ID (recent).
  static func corpus() -> Corpus {
    var f = Fixture()
    f.add(family: 1, office: "CN", holder: 1, priority: 20_180_301)
    f.add(family: 1, office: "VN", holder: 1, priority: 20_180_301)
    f.add(family: 2, office: "CN", holder: 1, priority: 20_190_301)
    f.add(family: 2, office: "EP", holder: 1, priority: 20_190_301, states: ["DE", "FR"])
    f.add(family: 3, office: "CN", holder: 1, priority: 20_200_301)
    f.add(family: 3, office: "EA", holder: 1, priority: 20_200_301)
    f.add(family: 4, office: "CN", holder: 1, priority: 20_240_531, granted: false)
    f.add(family: 4, office: "WO", holder: 1, priority: 20_240_531, granted: false)
    f.add(family: 10, office: "ID", holder: 2, priority: 20_190_101)
    f.add(family: 11, office: "VN", holder: 2, priority: 20_200_101)
    f.add(family: 12, office: "ID", holder: 2, priority: 20_210_101)
    f.add(family: 12, office: "MY", holder: 2, priority: 20_210_101)
    f.add(family: 13, office: "ID", holder: 2, priority: 20_220_101)
    return f.builder.build()
  }

  static func parameters(_ targets: String, asOf: Int32 = 20_261_121) throws -> OverseasParameters {
    var p = OverseasParameters()
    p.subject = .entities(["subject"])
    p.competitors = .entities(["rival"])
    p.targets = try TargetSet.parse(targets, countries: reference.countries)
    p.asOf = asOf
    return p
  }

  @Test("coverage: national members, recorded regional states, regional with unknown states never counted")
  func coverage() throws {
    let r = OverseasAnalysis.run(
      Self.corpus(), reference: Self.reference, parameters: try Self.parameters("VN,DE,FR,KZ,RU,ID,CN"))
    #expect(r.subjectFamilies == 4 && r.competitorFamilies == 4)
    #expect(!r.countries.contains { $0.code == "CN" })  // the subject's home is not overseas
    let c = Dictionary(uniqueKeysWithValues: r.countries.map { ($0.code, $0) })
    #expect(c["VN"]?.subjectFamilies == 1 && c["VN"]?.subjectShare == 0.25)
    #expect(c["DE"]?.subjectFamilies == 1 && c["FR"]?.subjectFamilies == 1)  // EP designations recorded
    #expect(c["KZ"]?.subjectFamilies == 0 && c["KZ"]?.subjectRegionalUnknown == 1)  // EA, states unknown
    #expect(c["RU"]?.subjectRegionalUnknown == 1)
    let row = try #require(r.matrix.first { $0.coverage.contains("?") })
    #expect(row.coverage.filter { $0 == "?" }.count == 2)  // KZ and RU
  }

  @Test("gaps against the planted competitor filings, with the priority components")
  func gaps() throws {
    var p = try Self.parameters("asean")
    p.markets = ["MY"]
    let r = OverseasAnalysis.run(Self.corpus(), reference: Self.reference, parameters: p)
    #expect(r.countries.count == 10)  // ASEAN-10
    // Rival shares: ID 3/4, VN 1/4, MY 1/4; subject: VN 1/4. Gaps: ID and MY (VN: 0.25 is not below half).
    #expect(r.gaps.map(\.code) == ["ID", "MY"])
    let id = try #require(r.gaps.first)
    #expect(id.competitorShare == 0.75 && id.presence == 1 && id.routeScore == 1)
    let my = try #require(r.gaps.last)
    #expect(abs(my.presence - 1.0 / 3) < 1e-12 && my.market == 1)
    let sets = Dictionary(uniqueKeysWithValues: r.sets.map { ($0.name, $0) })
    #expect(sets["asean"]?.familiesCovering == 0.25 && sets["asean"]?.competitorFamiliesCovering == 1)
  }

  @Test("coverage by technology segment: a family is in the segments of any member")
  func segments() throws {
    let corpus = Self.corpus()
    // Patents 0–1 (family 1) and 8 (rival family 10) are cathode patents; patent 5 (family 3) is a cell patent.
    var labels = Array(repeating: [String](), count: corpus.count)
    labels[1] = ["cathode"]
    labels[8] = ["cathode"]
    labels[5] = ["cells"]
    let r = OverseasAnalysis.run(
      corpus, reference: Self.reference, parameters: try Self.parameters("VN,ID,KZ"), segments: labels)
    #expect(r.segments.map(\.segment) == ["cathode", "cells"])
    let cathode = try #require(r.segments.first)
    #expect(cathode.subjectFamilies == 1 && cathode.competitorFamilies == 1)
    #expect(cathode.countries.map(\.code) == ["ID", "VN"])
    #expect(cathode.countries.map(\.subject) == [0, 1] && cathode.countries.map(\.competitors) == [1, 0])
    #expect(r.segments.last?.countries.isEmpty == true)  // family 3 reaches KZ only through EA, states unknown
  }

  @Test("months end on the same day or the month's last day; leap years")
  func deadlines() {
    #expect(DayNumber.adding(months: 12, to: 20_200_229) == 20_210_228)
    #expect(DayNumber.adding(months: 48, to: 20_200_229) == 20_240_229)
    #expect(DayNumber.adding(months: 30, to: 20_210_831) == 20_240_229)
    #expect(DayNumber.adding(months: 31, to: 20_240_531) == 20_261_231)
    #expect(DayNumber.adding(months: 30, to: 20_240_531) == 20_261_130)
    #expect(DayNumber.days(20_240_301) - DayNumber.days(20_240_228) == 2)
  }

  @Test(
    "windows: PCT national phase per state (30/31 months), regional phase where the national route is closed, no GCC route"
  )
  func windows() throws {
    let r = OverseasAnalysis.run(
      Self.corpus(), reference: Self.reference, parameters: try Self.parameters("IN,TH,FR,AE,MM"))
    let w = Dictionary(grouping: r.windows, by: \.country)
    // Family 4: priority 2024-05-31, a WO member. IN 31 months → 2026-12-31; TH 30 → 2026-11-30.
    #expect(w["IN"]?.first?.deadline == "2026-12-31" && w["IN"]?.first?.daysLeft == 40)
    #expect(w["TH"]?.first?.deadline == "2026-11-30" && w["TH"]?.first?.basis == "pct")
    // France closed its national route: the EP regional phase, 31 months.
    #expect(w["FR"]?.first?.route.contains("regional phase at EP (31 months)") == true)
    // The UAE: PCT national phase, never the closed GCC office.
    #expect(w["AE"]?.first?.route.contains("PCT national phase") == true)
    #expect(!r.windows.contains { $0.route.contains("GC") })
    // Myanmar (neither PCT nor Paris): past the priority year there is no window.
    #expect(w["MM"] == nil)
    // Earlier, inside the priority year, Myanmar gets a filing without priority and no deadline.
    let early = OverseasAnalysis.run(
      Self.corpus(), reference: Self.reference, parameters: try Self.parameters("MM,TH", asOf: 20_250_101))
    let mm = try #require(early.windows.first { $0.country == "MM" })
    #expect(mm.deadline.isEmpty && mm.route.contains("without a priority claim"))
    #expect(early.windows.last?.country == "MM")  // open-ended rows last
  }

  @Test("country facts: 15 RCEP parties, 152 Belt-and-Road partners as of 2023-08, ASEAN-10, valid codes")
  func countryFacts() throws {
    let countries = Self.reference.countries
    let states = countries.all.filter { !$0.isRegionalOffice }
    #expect(states.filter(\.isRCEP).count == 15)
    #expect(states.filter(\.isBeltAndRoad).count == 152)
    #expect(try TargetSet.parse("asean", countries: countries).codes.count == 10)
    #expect(countries["IT"]?.isBeltAndRoad == false)  // withdrew 2023-12
    #expect(countries["AE"]?.closedRoutes == ["GC"] && countries["AE"]?.regionalRoutes.isEmpty == true)
    #expect(countries.all.allSatisfy { $0.code.count == 2 && $0.code.allSatisfy { $0.isUppercase && $0.isASCII } })
    #expect(throws: OverseasError.self) { try TargetSet.parse("rcep,XX", countries: countries) }
  }

  @Test("end to end on the real OPS and DOCDB files: EP designations count as regional coverage")
  func realCorpora() throws {
    let workspace = try TestCorpora.realWorkspace()
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .en)
    var p = OverseasParameters()
    p.targets = try TargetSet.parse("DE,IT,RU,CN,AU,CA", countries: Self.reference.countries)
    p.asOf = 20_261_121
    p.excludeHome = false
    let r = OverseasAnalysis.run(corpus, reference: Self.reference, parameters: p)
    #expect(r.subjectFamilies > 0)
    let i = try #require(corpus.publications.firstIndex(of: "EP 1019261 B1"))
    let de = try #require(r.countries.firstIndex { $0.code == "DE" })
    let row = try #require(
      r.matrix.first { $0.publication.hasPrefix("EP 1019261") || $0.publication == corpus.publications[i] })
    #expect(["R", "N"].contains(row.coverage[de]))
    // The OPS family of US 9291047 B2 has members in RU, CN, CA and AU: national coverage.
    let ops = try #require(r.matrix.first { $0.coverage[r.countries.firstIndex { $0.code == "RU" } ?? 0] == "N" })
    #expect(ops.coverage.filter { $0 == "N" }.count >= 3)
  }
}
