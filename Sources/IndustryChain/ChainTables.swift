import Foundation
import PatentCorpus
import PatentModel

/// The CSV tables of a chain analysis (RFC 4180).
public enum ChainTables {
  /// Every table as (file name, CSV text).
  public static func all(_ r: ChainAnalysis.Result) -> [(String, String)] {
    func number(_ value: Double?) -> String { value.map { String(format: "%.4f", $0) } ?? "" }
    var tables = [
      (
        "segments.csv",
        CSV.table(
          [
            "id", "name_zh", "name_en", "stage", "depth", "parent", "patents", "families", "subject_families",
            "reference_families", "subject_share", "reference_share", "share_gap", "rta", "symmetric_rta", "control",
            "core_families", "subject_core_families", "core_control", "concentration", "subject_recent",
            "subject_previous", "subject_growth", "reference_recent", "reference_previous", "reference_growth",
            "relative_growth", "level", "quadrant", "industry_index", "label_zh", "advice_zh", "reason",
          ],
          r.segments.map { s in
            [
              s.id, s.nameZH, s.nameEN, s.stage.rawValue, "\(s.depth)", s.parent ?? "", "\(s.patents)",
              "\(s.families)", "\(s.subjectFamilies)", "\(s.referenceFamilies)", number(s.subjectShare),
              number(s.referenceShare), number(s.shareGap), number(s.rta), number(s.symmetricRTA), number(s.control),
              "\(s.coreFamilies)", "\(s.subjectCoreFamilies)", number(s.coreControl), number(s.concentration),
              "\(s.growth.subjectRecent)", "\(s.growth.subjectPrevious)", number(s.growth.subjectRate),
              "\(s.growth.referenceRecent)", "\(s.growth.referencePrevious)", number(s.growth.referenceRate),
              number(s.growth.relative), s.position.level.rawValue, s.position.quadrant?.rawValue ?? "",
              number(s.position.industryIndex), s.position.labelZH, s.position.adviceZH, s.position.reason,
            ]
          })
      )
    ]
    let holderHeader = [
      "segment", "rank", "key", "name", "type", "country", "province", "city", "families", "recent_families", "share",
      "in_subject", "evidence",
    ]
    func rows(_ segment: String, _ holders: [ChainHolder], _ prefix: [String] = []) -> [[String]] {
      holders.enumerated().map { rank, h in
        prefix + [
          segment, "\(rank + 1)", h.key, h.name, h.type.rawValue, h.country ?? "", h.province ?? "", h.city ?? "",
          "\(h.families)", "\(h.recentFamilies)", number(h.share), h.inSubject ? "yes" : "no",
          h.evidence.joined(separator: "; "),
        ]
      }
    }
    tables.append(("holders.csv", CSV.table(holderHeader, r.segments.flatMap { rows($0.id, $0.topHolders) })))
    tables.append(
      (
        "candidates.csv",
        CSV.table(
          ["kind"] + holderHeader,
          r.segments.flatMap { s in
            rows(s.id, s.candidates.attract, ["attract"]) + rows(s.id, s.candidates.cultivate, ["cultivate"])
              + rows(s.id, s.candidates.partners, ["partner"])
          })
      ))
    tables.append(
      (
        "inventors.csv",
        CSV.table(
          ["segment", "rank", "name", "families", "recent_families", "local", "affiliation"],
          r.segments.flatMap { s in
            s.inventors.enumerated().map { rank, i in
              [
                s.id, "\(rank + 1)", i.name, "\(i.families)", "\(i.recentFamilies)", i.inSubject ? "yes" : "no",
                i.affiliation,
              ]
            }
          })
      ))
    if let structure = r.structure {
      tables.append(
        (
          "structure.csv",
          CSV.table(
            [
              "segment", "patent_share", "industry_share", "industry_index", "u1_patents", "u2_industry", "coupling_c",
              "coordination_t", "degree_d", "band",
            ],
            structure.rows.map {
              [
                $0.segment, number($0.patentShare), number($0.industryShare), number($0.industryIndex),
                number($0.patentScore), number($0.industryScore), number($0.coupling), number($0.coordination),
                number($0.degree), $0.band,
              ]
            })
        ))
    }
    return tables
  }

  /// Each selected patent with its segments (empty when untagged), in workspace order.
  public static func patents(_ corpus: Corpus, _ chain: ChainDefinition, _ tagging: ChainTagging) -> String {
    var text = CSV.row(["publication", "segments"])
    for i in 0..<corpus.count {
      text += CSV.row([
        corpus.publications[i], tagging.segments(of: i).map { chain.segments[$0].id }.joined(separator: "; "),
      ])
    }
    return text
  }
}
