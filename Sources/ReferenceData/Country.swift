/// A country or territory (or a regional office) with the treaty facts the overseas analysis needs.
public struct Country: Sendable, Hashable, Codable {
  /// ISO 3166 alpha-2 code, which is also the ST.3 office code (`CN`, `DE`; offices `EP`, `WO`…).
  public let code: String
  /// English name.
  public let nameEN: String
  /// Chinese short name (as used by MFA).
  public let nameZH: String
  /// Party to RCEP.
  public let isRCEP: Bool
  /// Has signed a Belt-and-Road cooperation document (as of the list date).
  public let isBeltAndRoad: Bool
  /// PCT contracting state.
  public let isPCT: Bool
  /// Paris Convention member (`nil` when unknown).
  public let isParis: Bool?
  /// A regional office row (EP, EA, AP, OA, GC, WO) rather than a country.
  public let isRegionalOffice: Bool
  /// Regional offices through which a patent can take effect here: `EP` (member, extension or validation
  /// state), `EA`, `AP`, `OA`. Closed routes (GCC) are left out.
  public let regionalRoutes: [String]
  /// Regional offices whose patents cover this state but that take no new filings (`GC`: the GCC Patent Office
  /// closed to new applications on 2021-01-06).
  public let closedRoutes: [String]
  /// The EPC status when EP is a route: `member`, `extension` or `validation`.
  public let epcStatus: String?
  /// Months from priority to enter the PCT national phase (Chapter I), `nil` when not a PCT route.
  public let nationalPhaseMonths: Int?
  /// Months from priority to enter the national phase after a Chapter II demand, `nil` when not a PCT route.
  public let nationalPhaseMonthsChapterII: Int?
  /// Whether the national route is open (`false` when the office only takes regional filings).
  public let nationalRouteOpen: Bool

  /// The name in `language`.
  public func name(_ language: Language) -> String { language == .zh ? nameZH : nameEN }
}

/// All countries and regional offices, by code.
public struct CountryTable: Sendable {
  /// Rows in file order (countries, then regional offices).
  public let all: [Country]
  private let byCode: [String: Int]
  /// Where the facts come from and their as-of dates.
  public let provenance: [String]

  /// Builds the table from `countries.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try [
      "iso2", "name_en", "name_zh", "rcep", "bri", "pct_member", "paris_member", "regional_office",
      "pct_natphase_months_ch1", "national_route", "pct_natphase_months_ch2",
    ].map(table.column)
    var all: [Country] = []
    for row in table.rows {
      let offices = row[c[7]].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      var routes: [String] = []
      var epc: String?
      var closed: [String] = []
      for office in offices {
        if office.contains("closed") {
          closed.append(String(office.prefix(2)))
          continue
        }
        if office.hasPrefix("EP-") {
          routes.append("EP")
          epc = String(office.dropFirst(3))
        } else if office == "EA" || office == "OA" || office.hasPrefix("AP") {
          routes.append(String(office.prefix(2)))
        }
      }
      let paris = row[c[6]]
      all.append(
        Country(
          code: row[c[0]], nameEN: row[c[1]], nameZH: row[c[2]], isRCEP: row[c[3]] == "Y",
          isBeltAndRoad: row[c[4]] == "Y",
          isPCT: row[c[5]] == "Y", isParis: paris == "Y" ? true : (paris == "N" ? false : nil),
          isRegionalOffice: offices.contains("regional-office"), regionalRoutes: routes, closedRoutes: closed,
          epcStatus: epc, nationalPhaseMonths: Int(row[c[8]]), nationalPhaseMonthsChapterII: Int(row[c[10]]),
          nationalRouteOpen: row[c[9]] == "open" || row[c[9]].hasPrefix("national")
        ))
    }
    self.all = all
    self.byCode = Dictionary(all.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    self.provenance = table.provenance
  }

  /// The country or office with this code.
  public subscript(code: String) -> Country? { byCode[code].map { all[$0] } }
}
