import Foundation
import PatentModel

/// The CSV tables of a landscape (RFC 4180).
public enum LandscapeTables {
  /// Every table as (file name, CSV text).
  public static func all(_ r: LandscapeAnalysis.Result) -> [(String, String)] {
    var tables: [(String, String)] = []
    tables.append(
      (
        "trends.csv",
        CSV.table(
          ["year", "by_application", "by_priority", "by_publication", "families"],
          r.trends.years.map {
            ["\($0.year)", "\($0.byApplication)", "\($0.byPriority)", "\($0.byPublication)", "\($0.families)"]
          })
      ))
    tables.append(
      (
        "clusters.csv",
        CSV.table(
          ["id", "label_en", "label_zh", "patents", "families", "stage", "codes", "top_applicants"],
          r.clusters.map {
            [
              "\($0.id)", $0.labelEN, $0.labelZH, "\($0.patents)", "\($0.families)", $0.lifecycle.stage.rawValue,
              $0.codes.joined(separator: "; "), $0.topApplicants.joined(separator: "; "),
            ]
          })
      ))
    tables.append(
      (
        "applicants.csv",
        CSV.table(
          ["key", "name", "type", "country", "province", "city", "families", "documents"],
          r.players.top.map {
            [
              $0.key, $0.name, $0.type.rawValue, $0.country ?? "", $0.province ?? "", $0.city ?? "", "\($0.families)",
              "\($0.documents)",
            ]
          })
      ))
    tables.append(
      (
        "co-applicants.csv",
        CSV.table(
          ["first", "first_type", "second", "second_type", "patents", "industry_academia"],
          r.coApplicants.links.map {
            [
              $0.first, $0.firstType.rawValue, $0.second, $0.secondType.rawValue, "\($0.patents)",
              "\($0.industryAcademia)",
            ]
          })
      ))
    tables.append(
      (
        "applicant-clusters.csv",
        CSV.table(
          ["name", "type", "group"] + r.clusters.map { "cluster_\($0.id)" },
          r.applicantGroups.rows.map { [$0.name, $0.type, "\($0.group)"] + $0.clusters.map(String.init) })
      ))
    for (level, entries) in r.ipc.levels.sorted(by: { $0.key < $1.key }) {
      tables.append(
        (
          "ipc-\(level).csv",
          CSV.table(
            ["code", "title_en", "title_zh", "patents_all_codes", "patents_first_code"],
            entries.map { [$0.code, $0.titleEN, $0.titleZH, "\($0.allCodes)", "\($0.firstCode)"] })
        ))
    }
    tables.append(
      (
        "fields.csv",
        CSV.table(
          ["field", "name_en", "name_zh", "patents_all_codes", "patents_first_code"],
          r.ipc.fields.map { [$0.code, $0.titleEN, $0.titleZH, "\($0.allCodes)", "\($0.firstCode)"] })
      ))
    return tables
  }

}
