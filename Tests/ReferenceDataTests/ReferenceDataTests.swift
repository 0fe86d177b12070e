import Foundation
import ReferenceData
import Testing

@Suite("Reference data")
struct ReferenceDataTests {
  static let data: ReferenceData = {
    do { return try ReferenceData() } catch { fatalError("bundled reference data must load: \(error)") }
  }()

  @Test("every bundled file names its source and as-of date")
  func provenance() {
    for (file, lines) in Self.data.provenance {
      #expect(lines.contains { $0.hasPrefix("source:") }, "\(file) has no source line")
      #expect(lines.contains { $0.hasPrefix("as-of:") }, "\(file) has no as-of line")
    }
  }

  @Test func ipcTitlesInBothLanguagesDownToMainGroups() throws {
    let titles = Self.data.ipcTitles
    #expect(titles.count == 8_493)
    let subclass = try #require(titles["H01M"])
    #expect(subclass.level == .subclass)
    #expect(subclass.zh.contains("电池"))
    #expect(titles.nearest("H01M10/052")?.symbol == "H01M10/00")
    #expect(titles.nearest("H01M10/052")?.title(.zh) == "二次电池；及其制造")
    #expect(titles.nearest("H01M99/99")?.symbol == "H01M")
  }

  @Test func technologyFieldsByLongestPrefix() {
    let fields = Self.data.technologyFields
    #expect(fields.fields.count == 35)
    #expect(fields.field(forCompactSymbol: "H01M10/052")?.number == 1)
    #expect(fields.field(forCompactSymbol: "G06F3/048")?.nameEN == "Computer technology")
    #expect(fields.field(forCompactSymbol: "A61K31/00")?.number == 16)
  }

  @Test func countriesCarryTreatyFacts() throws {
    let countries = Self.data.countries
    let vn = try #require(countries["VN"])
    #expect(vn.isRCEP && vn.isBeltAndRoad && vn.isPCT)
    #expect(vn.nameZH == "越南")
    let de = try #require(countries["DE"])
    #expect(de.regionalRoutes == ["EP"] && de.epcStatus == "member" && !de.isRCEP)
    #expect(countries["MA"]?.epcStatus == "validation")
    #expect(countries["EP"]?.isRegionalOffice == true)
    #expect(countries["CN"]?.nationalPhaseMonths == 30)
  }

  @Test func legalEventCodesHaveMeanings() {
    let events = Self.data.legalEvents
    #expect(events.count == 4_397)
    #expect(events.entry(authority: "EP", code: "PG25")?.meaning == .lapse)
    #expect(LegalEventMeaning.lapse.endsRight && !LegalEventMeaning.licence.endsRight)
  }

  @Test func chinaDivisionsFromCodes() {
    #expect(Self.data.chinaDivisions.provinces.count == 34)
    #expect(Self.data.chinaDivisions.province(code: "440300")?.nameZH == "广东省")
    #expect(Self.data.chinaDivisions.province(code: "99") == nil)
  }

  @Test("a user directory replaces the bundled file of the same name")
  func overrides() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-ref-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let newer = """
      # source: test
      # as-of: 2027-01
      iso2\tname_en\tname_zh\trcep\tbri\tpct_member\tparis_member\tregional_office\tpct_natphase_months_ch1\tpct_natphase_months_ch2\tnational_route
      XK\tKosovo\t科索沃\tN\tY\tN\tN\t\t\t\tnational filing only
      """
    try newer.write(to: directory.appendingPathComponent("countries.tsv"), atomically: true, encoding: .utf8)
    let data = try ReferenceData(overrides: directory)
    #expect(data.countries.all.map(\.code) == ["XK"])
    #expect(data.countries["XK"]?.isBeltAndRoad == true)
    #expect(data.ipcTitles.count == 8_493)  // other files still bundled
    let broken = "iso2\tname_en\nXK\n"
    try broken.write(to: directory.appendingPathComponent("countries.tsv"), atomically: true, encoding: .utf8)
    #expect(throws: ReferenceError.self) { try ReferenceData(overrides: directory) }
    // Bad overrides name the file and the line or column.
    let path = directory.appendingPathComponent("countries.tsv").path
    do {
      _ = try ReferenceData(overrides: directory)
    } catch {
      #expect("\(error)".contains("countries.tsv:2"), "\(error)")
    }
    // Trailing empty cells may be cut by editors; a row of one cell is broken.
    let short = newer + "\nVN\n"
    try short.write(to: directory.appendingPathComponent("countries.tsv"), atomically: true, encoding: .utf8)
    do {
      _ = try ReferenceData(overrides: directory)
      Issue.record("a short row must be refused")
    } catch let error as ReferenceError {
      #expect(error == .shortRow(path: path, line: 5), "\(error)")
    }
  }
}
