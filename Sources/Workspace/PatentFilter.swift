import Applicants
import PatentModel

/// Which patents an analysis or export reads. Values within one field are alternatives (OR); fields combine
/// with AND. An empty filter selects everything.
///
/// Codable, so navigation projects keep it as part of their state.
public struct PatentFilter: Sendable, Hashable, Codable {
  /// Which date the year range applies to.
  public enum YearField: String, Sendable, Hashable, Codable, CaseIterable {
    /// Filing date of the application.
    case application
    /// Earliest priority date (the filing date when nothing is claimed).
    case priority
    /// Publication date.
    case publication
  }

  /// IPC prefixes, compact or printed (`H01M`, `H01M 10/05`, `H01M10`).
  public var ipcPrefixes: [String] = []
  /// CPC prefixes.
  public var cpcPrefixes: [String] = []
  /// The date `fromYear`/`toYear` apply to.
  public var yearField: YearField = .application
  /// First year, inclusive.
  public var fromYear: Int?
  /// Last year, inclusive.
  public var toYear: Int?
  /// Publishing offices (`CN`, `US`, `EP`…).
  public var countries: [String] = []
  /// Document kinds (`grant`, `application`, `utility-model`…).
  public var kinds: [String] = []
  /// Applicants: names (harmonized before matching) or entity keys.
  public var applicants: [String] = []
  /// Applicant countries (`CN`, `JP`…).
  public var applicantCountries: [String] = []
  /// Applicant provinces (`广东`, `广东省`, `Guangdong`, `44`).
  public var provinces: [String] = []
  /// Applicant cities (`深圳`, `深圳市`).
  public var cities: [String] = []
  /// Words or phrases, any of which must occur in a title or abstract (case-insensitive for Latin letters).
  public var keywords: [String] = []
  /// The as-of date (yyyymmdd): the world as it stood that day. Only documents published on or before it are
  /// selected (documents without a publication date are kept), only legal events dated on or before it are
  /// read, and families and forward citations are those of the documents published by then. nil: everything.
  public var asOf: Int32?

  /// Everything.
  public init() {}

  /// Whether the filter selects everything.
  public var isEmpty: Bool { self == PatentFilter() }

  /// A one-line statement of the selection, for reports and logs (`IPC H01M; application 2015–2024; …`).
  public var summary: String {
    var parts: [String] = []
    func add(_ label: String, _ values: [String]) {
      if !values.isEmpty { parts.append("\(label) \(values.joined(separator: " | "))") }
    }
    add("IPC", ipcPrefixes)
    add("CPC", cpcPrefixes)
    if fromYear != nil || toYear != nil {
      parts.append("\(yearField.rawValue) year \(fromYear.map(String.init) ?? "…")–\(toYear.map(String.init) ?? "…")")
    }
    add("office", countries)
    add("kind", kinds)
    add("applicant", applicants)
    add("applicant country", applicantCountries)
    add("province", provinces)
    add("city", cities)
    add("keyword", keywords)
    if let asOf { parts.append("as of " + DayNumber.iso(asOf)) }
    return parts.isEmpty ? "all patents" : parts.joined(separator: "; ")
  }
}
