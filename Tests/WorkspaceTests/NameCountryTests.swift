import Testing
import Workspace

/// Applicants whose records give no address but whose names show their country.
@Suite struct NameCountryTests {
  @Test("country=KR finds the Korean applicants of the KIPRIS records", arguments: Backend.available)
  func koreanApplicants(backend: Backend) throws {
    var filter = PatentFilter()
    filter.applicantCountries = ["KR"]
    let korean = try TestWorkspace.all(backend).export(matching: filter, format: .jsonl) { _ in }
    filter.applicantCountries = []
    filter.countries = ["KR"]
    var kipris = 0
    _ = try TestWorkspace.all(backend).export(matching: filter, format: .jsonl) { line in
      if line.contains("\"kipris-api\"") && line.contains("주식회사") { kipris += 1 }
    }
    #expect(kipris > 5 && korean >= kipris)
  }
}
