import Foundation
import PatentModel

/// CSV tables of the core-patent and fence results (RFC 4180).
public enum CoreTables {
  static func number(_ value: Double?) -> String { value.map { String(format: "%.6g", $0) } ?? "" }

  /// One row per family with every component and percentile.
  public static func families(_ rows: [FamilyScore], keys: [String]) -> String {
    CSV.table(
      [
        "rank", "publication", "title", "holders", "members", "year", "field", "forward_citations", "cohort_mean",
        "normalized_forward", "pagerank", "family_size", "claims", "backward_citations", "cited_families",
        "generality", "originality", "status", "status_date", "expiry", "remaining_years", "cohort",
      ] + keys.map { "n_\($0)" } + ["score"],
      rows.map { r in
        [
          "\(r.rank)", r.publication, r.title, r.holders.joined(separator: "; "), "\(r.members)", "\(r.year)", r.field,
          "\(r.forwardCitations)", number(r.cohortMean), number(r.normalizedForward), number(r.pageRank),
          "\(r.familySize)", "\(r.claims)", "\(r.backwardCitations)", "\(r.citedFamilies)", number(r.generality),
          number(r.originality), r.status.rawValue, r.statusDate, r.expiry, number(r.remainingYears), r.cohort,
        ] + keys.map { number(r.normalized[$0]) } + [number(r.score)]
      })
  }

  /// The fence's opportunity lists in one table.
  public static func opportunities(_ result: FenceResult) -> String {
    let lists = [
      ("defensive", result.defensive), ("surrounding", result.surrounding), ("encirclement", result.encirclement),
    ]
    return CSV.table(
      ["kind", "rank", "code", "title_en", "title_zh", "score", "holder", "rule", "core", "evidence"],
      lists.flatMap { kind, list in
        list.enumerated().map { rank, o in
          [
            kind, "\(rank + 1)", o.code, o.titleEN, o.titleZH, number(o.score), o.holder ?? "", o.rule,
            o.core.joined(separator: "; "), o.evidence.joined(separator: "; "),
          ]
        }
      })
  }

  /// Ended patents of core families.
  public static func lapsed(_ rows: [LapsedPatent]) -> String {
    CSV.table(
      [
        "publication", "office", "title", "holders", "status", "date", "family_score", "family_rank", "alive_elsewhere",
      ],
      rows.map {
        [
          $0.publication, $0.office, $0.title, $0.holders.joined(separator: "; "), $0.status.rawValue, $0.date,
          number($0.familyScore), "\($0.familyRank)", $0.aliveElsewhere.joined(separator: " "),
        ]
      })
  }

  /// The neighbourhood cells with their leading holders.
  public static func cells(_ result: FenceResult) -> String {
    CSV.table(
      ["code", "title_en", "title_zh", "relation", "families", "owner_families", "recent", "previous", "holders"],
      result.cells.map { c in
        [
          c.code, c.titleEN, c.titleZH, c.relation, "\(c.families)", "\(c.ownerFamilies)", "\(c.recent)",
          "\(c.previous)", c.holders.map { "\($0.name) (\($0.families))" }.joined(separator: "; "),
        ]
      })
  }
}
