import Applicants
import Foundation
import GRDB
import PatentCorpus
import PatentModel
import PatentXML
import ReferenceData
import Testing
import Workspace

@Suite("Reading the workspace")
struct QueryTests {
  /// The records of the whole corpus, parsed directly (the reference the workspace is checked against).
  static let records = PatentReader().records([TestWorkspace.corpora.path]).records

  /// Distinct publications among parsed records satisfying `test`.
  static func expected(_ test: (PatentRecord) -> Bool) -> Int {
    Set(records.filter(test).map(\.publication.normalized)).count
  }

  @Test(arguments: Backend.available)
  func ipcPrefixSelectsTheSamePatentsAsTheRecords(backend: Backend) throws {
    var filter = PatentFilter()
    filter.ipcPrefixes = ["A23L"]
    let expected = Self.expected { (r: PatentRecord) -> Bool in r.ipc.contains { $0.symbol.subclassSymbol == "A23L" } }
    #expect(try TestWorkspace.all(backend).patentIDs(matching: filter).count == expected)
    filter.ipcPrefixes = ["A23L 33"]
    let group = Self.expected { (r: PatentRecord) -> Bool in
      r.ipc.contains { $0.symbol.subclassSymbol == "A23L" && $0.symbol.mainGroup == "33" }
    }
    #expect(try TestWorkspace.all(backend).patentIDs(matching: filter).count == group)
    #expect(group > 0 && group < expected)
  }

  @Test(arguments: Backend.available)
  func yearsOfficesAndKindsCombine(backend: Backend) throws {
    var filter = PatentFilter()
    filter.countries = ["US"]
    filter.kinds = ["grant"]
    filter.yearField = .publication
    filter.fromYear = 2005
    filter.toYear = 2007
    let expected = Self.expected { (r: PatentRecord) -> Bool in
      let year = r.publication.date?.year ?? 0
      return r.publication.country == "US" && r.kind == .grant && year >= 2005 && year <= 2007
    }
    #expect(try TestWorkspace.all(backend).patentIDs(matching: filter).count == expected)
    #expect(expected > 0)
  }

  @Test(arguments: Backend.available)
  func applicantNamesAreHarmonizedBeforeMatching(backend: Backend) throws {
    var filter = PatentFilter()
    filter.applicants = ["마린바이오프로세스 주식회사"]
    let expected = Self.expected { (r: PatentRecord) -> Bool in r.parties.contains { $0.name.contains("마린바이오프로세스") } }
    #expect(expected >= 30)
    #expect(try TestWorkspace.all(backend).patentIDs(matching: filter).count == expected)
  }

  @Test("Chinese applicants are placed by province and city", arguments: Backend.available)
  func region(backend: Backend) throws {
    var filter = PatentFilter()
    filter.provinces = ["云南"]
    let yunnan = try TestWorkspace.all(backend).export(matching: filter, format: .csv) { _ in }
    #expect(yunnan == 1)
    filter.provinces = ["Beijing"]
    filter.cities = ["北京"]
    var lines: [String] = []
    _ = try TestWorkspace.all(backend).export(matching: filter, format: .jsonl) { lines.append($0) }
    #expect(lines.count == 1)
    #expect(lines.first?.contains("\"EP\"") == true)
    filter.provinces = ["Atlantis"]
    #expect(throws: WorkspaceError.self) { try TestWorkspace.all(backend).patentIDs(matching: filter) }
  }

  @Test(arguments: Backend.available)
  func keywordsSearchTitlesAndAbstracts(backend: Backend) throws {
    var filter = PatentFilter()
    filter.keywords = ["显示"]
    let expected = Self.expected { (r: PatentRecord) -> Bool in
      (r.titles + r.abstracts).contains { $0.text.contains("显示") }
    }
    #expect(expected >= 1)
    #expect(try TestWorkspace.all(backend).patentIDs(matching: filter).count == expected)
  }

  @Test("legal events carry their meaning from the INPADOC code list")
  func legalEventMeanings() throws {
    let meanings = try TestWorkspace.query(TestWorkspace.allSQLite) { db in
      try Row.fetchAll(
        db, sql: "SELECT DISTINCT code, meaning FROM legal_events WHERE code IN ('PG25', 'GRAA', 'STAA')"
      )
      .reduce(into: [String: Set<String>]()) { (result: inout [String: Set<String>], row: Row) in
        result[row[0] as String, default: []].insert(row[1] as String)
      }
    }
    #expect(meanings["PG25"] == ["lapse"])
    #expect(meanings["GRAA"] == ["grant"])
    let catalog = TestWorkspace.reference.legalEvents
    #expect(catalog.meaning(authority: "CN", code: "CF01", description: nil) == .lapse)
    #expect(catalog.meaning(authority: "CN", code: "EE01", description: nil) == .licence)
    #expect(catalog.meaning(authority: "CN", code: "TR01", description: nil) == .transfer)
    #expect(
      catalog.meaning(authority: "XX", code: "?", description: "Lapse because of non-payment of due fees") == .lapse)
  }

  @Test("entity types for universities and institutes in the corpora", arguments: Backend.available)
  func entityTypes(backend: Backend) throws {
    let applicants = try TestWorkspace.all(backend).applicants(matching: PatentFilter())
    func type(_ key: String) -> EntityType? { applicants.first { $0.key == key }?.type }
    #expect(type("국립부경대학교산학협력단") == .university)
    #expect(type("REGENTS OF THE UNIVERSITY OF CALIFORNIA") == .university)
    #expect(type("NATIONAL INSTITUTE OF ADVANCED INDUSTRIAL SCIENCE AND TECHNOLOGY") == .institute)
    #expect(type("마린바이오프로세스") == .company)
    // Spellings in the corpora that harmonization merges.
    #expect(applicants.first { $0.key == "CANON" }?.variants.count == 2)
    #expect(applicants.first { $0.key == "GENERAL ELECTRIC" }?.variants.count == 2)
    #expect(
      applicants.first { $0.key == "9SOLUTIONS" }?.variants.map(\.name).sorted() == [
        "9SOLUTIONS OY", "9SOLUTIONS OY,", "9Solutions Oy",
      ])
    #expect(applicants.first?.key == "테스크")
    #expect(applicants.first?.patents == 37)
  }

  /// The collect stage's cheap queries say what the full ones say: the merged-applicant samples are the head
  /// of `applicants` filtered to several spellings, and the totals are the matching fields of `stats`.
  @Test("merged applicants and totals agree with applicants and stats", arguments: Backend.available)
  func mergedApplicantsAndTotals(backend: Backend) throws {
    let workspace = try TestWorkspace.all(backend)
    let full = try workspace.applicants(matching: PatentFilter()).filter { $0.variants.count > 1 }
    #expect(full.count >= 3)
    for top in [0, 2, 10, 1000] {
      #expect(try workspace.mergedApplicants(top: top) == Array(full.prefix(top)))
    }
    let stats = try workspace.stats(matching: PatentFilter())
    let totals = try workspace.totals(failures: 1)
    #expect(totals.patents == stats.patents && totals.patents == 251)
    #expect(totals.files == stats.files && totals.sourceRecords == stats.sourceRecords)
    #expect(totals.simpleFamilies == stats.simpleFamilies)
    #expect(totals.failureCount == stats.failures.count)
    #expect(totals.failures == Array(stats.failures.prefix(1)))
  }

  @Test("aliases re-key applicants across scripts", arguments: Backend.available)
  func aliases(backend: Backend) throws {
    let workspace = try backend.empty()
    _ = try workspace.ingest([TestWorkspace.path("kipris-api")], jobs: 1, progress: nil)
    let before = try workspace.applicants(matching: PatentFilter()).count
    let aliases = AliasTable(aliases: [.init(variant: "테스크", canonical: "(주)마린바이오프로세스")])
    #expect(try workspace.setAliases(aliases) > 0)
    let after = try workspace.applicants(matching: PatentFilter())
    #expect(after.count == before - 1)
    #expect(after.first { $0.key == "마린바이오프로세스" }?.aliased == true)
    #expect(try workspace.aliases() == aliases)
  }

  @Test("the corpus holds the selection with ids, families and resolved citations", arguments: Backend.available)
  func corpus(backend: Backend) throws {
    let corpus = try TestWorkspace.all(backend).loadCorpus(matching: PatentFilter(), language: .en)
    #expect(corpus.count == 251)
    let pairs = Self.records.flatMap { (r: PatentRecord) -> [String] in
      r.ipc.map { "\(r.publication.normalized)|\($0.symbol)" }
    }
    #expect(corpus.ipc.values.count == Set(pairs).count)
    let i = try #require(corpus.publications.firstIndex(of: "EP 2906782 A2"))
    let j = try #require(corpus.publications.firstIndex(of: "US 9291047 B2"))
    #expect(corpus.extendedFamilies[i] == corpus.extendedFamilies[j])
    #expect(corpus.extendedFamilyCount < corpus.count)
    let marine = try #require(corpus.entities.firstIndex { $0.key == "마린바이오프로세스" })
    #expect(corpus.applicants.values.filter { $0 == Int32(marine) }.count >= 30)
    #expect(corpus.legalFlags.contains { $0 & LegalEventMeaning.lapse.bit != 0 })
  }

  @Test(arguments: Backend.available)
  func exportWritesEveryPatentInBothFormats(backend: Backend) throws {
    var lines: [String] = []
    let count = try TestWorkspace.all(backend).export(matching: PatentFilter(), format: .jsonl) { lines.append($0) }
    #expect(count == 251)
    #expect(lines.allSatisfy { $0.hasSuffix("}\n") && $0.contains("\"workspace\":{") })
    var csv = ""
    _ = try TestWorkspace.all(backend).export(matching: PatentFilter(), format: .csv) { csv += $0 }
    #expect(csv.hasPrefix(SQLiteWorkspace.csvColumns.joined(separator: ",") + "\r\n"))
  }
}
