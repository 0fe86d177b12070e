import Foundation
import PatentModel

/// The CSV tables of an overseas result (RFC 4180).
public enum OverseasTables {
  /// Every table as (file name, CSV text).
  public static func all(_ r: OverseasResult) -> [(String, String)] {
    func number(_ value: Double) -> String { String(format: "%.4f", value) }
    let header = [
      "code", "name_en", "name_zh", "rcep", "bri", "pct", "route", "subject_families", "subject_share",
      "subject_regional_unknown", "competitor_families", "competitor_share", "competitor_recent",
      "competitor_previous", "gap", "presence", "growth", "market", "route_score", "priority",
    ]
    func row(_ c: OverseasResult.CountryRow) -> [String] {
      [
        c.code, c.nameEN, c.nameZH, c.rcep ? "Y" : "N", c.beltAndRoad ? "Y" : "N", c.pct ? "Y" : "N", c.route,
        "\(c.subjectFamilies)", number(c.subjectShare), "\(c.subjectRegionalUnknown)", "\(c.competitorFamilies)",
        number(c.competitorShare), "\(c.competitorRecent)", "\(c.competitorPrevious)", c.gap ? "Y" : "N",
        number(c.presence), number(c.growth), number(c.market), number(c.routeScore), number(c.priority),
      ]
    }
    return [
      ("countries.csv", CSV.table(header, r.countries.map(row))),
      ("gaps.csv", CSV.table(header, r.gaps.map(row))),
      (
        "windows.csv",
        CSV.table(
          ["publication", "priority", "country", "basis", "route", "deadline", "days_left"],
          r.windows.map {
            [
              $0.publication, $0.priority, $0.country, $0.basis, $0.route, $0.deadline,
              $0.daysLeft.map(String.init) ?? "",
            ]
          })
      ),
      (
        "segments.csv",
        CSV.table(
          [
            "segment", "subject_families", "competitor_families", "country", "subject_covering", "competitors_covering",
          ],
          r.segments.flatMap { s in
            s.countries.map {
              [
                s.segment, "\(s.subjectFamilies)", "\(s.competitorFamilies)", $0.code, "\($0.subject)",
                "\($0.competitors)",
              ]
            }
          })
      ),
      (
        "coverage-matrix.csv",
        CSV.table(["publication"] + r.countries.map(\.code), r.matrix.map { [$0.publication] + $0.coverage })
      ),
    ]
  }
}
