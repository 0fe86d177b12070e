import ArgumentParser
import Workspace

/// The selection options shared by `stats`, `export` and `applicants` (and later the analyses).
struct FilterOptions: ParsableArguments {
  @Option(name: .customLong("ipc"), help: "IPC prefix (repeatable): H01M, H01M10/05.")
  var ipc: [String] = []
  @Option(name: .customLong("cpc"), help: "CPC prefix (repeatable).")
  var cpc: [String] = []
  @Option(help: "Year the range applies to: application, priority or publication.")
  var yearField: PatentFilter.YearField = .application
  @Option(help: "First year (inclusive).")
  var from: Int?
  @Option(help: "Last year (inclusive).")
  var to: Int?
  @Option(name: .customLong("country"), help: "Publishing office (repeatable): CN, US, EP…")
  var countries: [String] = []
  @Option(name: .customLong("kind"), help: "Document kind (repeatable): grant, application, utility-model…")
  var kinds: [String] = []
  @Option(name: .customLong("applicant"), help: "Applicant name or entity key (repeatable; names are harmonized).")
  var applicants: [String] = []
  @Option(name: .customLong("applicant-country"), help: "Applicant country (repeatable).")
  var applicantCountries: [String] = []
  @Option(name: .customLong("province"), help: "Applicant province (repeatable): 广东, 广东省, Guangdong, 44.")
  var provinces: [String] = []
  @Option(name: .customLong("city"), help: "Applicant city (repeatable): 深圳, 深圳市.")
  var cities: [String] = []
  @Option(name: .customLong("keyword"), help: "Word in title or abstract (repeatable; any matches).")
  var keywords: [String] = []

  /// The filter these options describe.
  var filter: PatentFilter {
    var filter = PatentFilter()
    filter.ipcPrefixes = ipc
    filter.cpcPrefixes = cpc
    filter.yearField = yearField
    filter.fromYear = from
    filter.toYear = to
    filter.countries = countries
    filter.kinds = kinds
    filter.applicants = applicants
    filter.applicantCountries = applicantCountries
    filter.provinces = provinces
    filter.cities = cities
    filter.keywords = keywords
    return filter
  }
}

extension PatentFilter.YearField: ExpressibleByArgument {}
