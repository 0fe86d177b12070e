import CorePatents
import Foundation
import IndustryChain
import Landscape
import Overseas
import PatentModel

/// The data a report template sees: the project, and each stage's results with its charts (inline SVG) and
/// method texts. Built from the JSON results on disk, so a report never reruns an analysis.
enum ReportContext {
  static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f %%", $0 * 100) } ?? "–" }
  static func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }

  /// A stage's result, `nil` when the stage has not run; a result that no longer decodes (written by another
  /// version) is an error, never silently left out.
  static func load<T: Decodable>(_ type: T.Type, _ directory: URL, json name: String) throws -> T? {
    guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) else { return nil }
    do {
      return try ResultWriter.read(type, directory, json: name)
    } catch {
      throw ReportError.unreadableResult(directory.appendingPathComponent(name).path, "\(error)")
    }
  }

  static func build(runner: ProjectRunner, generatedAt: String) throws -> [String: Any] {
    let m = runner.manifest
    var context: [String: Any] = [
      "name": m.name, "client": m.client, "type": m.type.rawValue, "asOf": DayNumber.iso(m.asOf),
      "generatedAt": generatedAt, "reference": m.reference, "targets": m.targets,
    ]
    if let region = m.region { context["region"] = region }
    if !m.enterprise.isEmpty { context["enterprise"] = m.enterprise.joined(separator: "; ") }
    let results = { (stage: ProjectStage) in runner.results(stage) }
    if let collect = try load(CollectSummary.self, results(.collect), json: "collect.json") {
      context["collect"] =
        [
          "files": collect.files, "records": collect.records, "failed": collect.failedDocuments,
          "patents": collect.patents, "families": collect.simpleFamilies,
          "failures": collect.failures.map { ["text": $0] }, "hasFailures": !collect.failures.isEmpty,
          "harmonization": collect.harmonization.map { ["text": $0] },
          "hasHarmonization": !collect.harmonization.isEmpty,
        ] as [String: Any]
    }
    if let l = try load(LandscapeAnalysis.Result.self, results(.landscape), json: "landscape.json") {
      context["landscape"] = landscape(l)
    }
    var chains: [[String: Any]] = []
    for id in m.chains {
      let definition = try runner.chain(id)
      guard
        let c = try load(
          ChainAnalysis.Result.self, results(.chain).appendingPathComponent(definition.id), json: "chain.json")
      else { continue }
      chains.append(chain(c))
    }
    if !chains.isEmpty { context["chains"] = chains }
    if let core = try load(CoreResult.self, results(.core), json: "core.json") {
      context["core"] =
        [
          "families": core.families, "links": core.citationLinks,
          "rows": core.top.prefix(15).map {
            [
              "rank": $0.rank, "publication": $0.publication, "holders": $0.holders.prefix(2).joined(separator: "; "),
              "score": number($0.score), "forward": $0.forwardCitations, "offices": $0.familySize,
              "status": $0.status.rawValue, "cohort": $0.cohort,
            ] as [String: Any]
          },
          "chart": SVGChart.bars(
            core.top.prefix(10).map { ($0.publication, $0.score * 100) }, title: "Core-patent scores (× 100)"),
          "method": core.method.sorted { $0.key < $1.key }.map { ["key": $0.key, "text": $0.value] },
        ] as [String: Any]
    }
    if let fence = try load(FenceResult.self, results(.fence), json: "fence.json") {
      context["fence"] = Self.fence(fence)
    }
    if let o = try load(OverseasResult.self, results(.overseas), json: "overseas.json") {
      context["overseas"] = overseas(o)
    }
    if let paths = try load(DevelopmentPaths.self, results(.paths), json: "paths.json") {
      context["paths"] =
        [
          "positions": paths.positions.map {
            [
              "chain": $0.chain, "nameZH": $0.nameZH, "nameEN": $0.nameEN, "labelZH": $0.labelZH, "labelEN": $0.labelEN,
              "adviceZH": $0.adviceZH, "adviceEN": $0.adviceEN, "rta": number($0.rta), "control": percent($0.control),
              "reason": $0.reason,
            ]
          },
          "paths": paths.paths.map { p in
            [
              "titleZH": p.titleZH, "titleEN": p.titleEN,
              "items": p.items.map {
                ["textZH": $0.textZH, "textEN": $0.textEN, "evidence": $0.evidence.prefix(4).joined(separator: "; ")]
              },
            ] as [String: Any]
          },
          "method": paths.method,
        ] as [String: Any]
      if paths.grid.count > 1 {
        let mean = paths.grid.map(\.competitiveness).reduce(0, +) / Double(paths.grid.count)
        context["grid"] =
          [
            "chart": SVGChart.matrix(
              paths.grid.map { ($0.nameEN, $0.competitiveness * 100, $0.matching * 100) }, xLabel: "competitiveness %",
              yLabel: "matching %", xLine: mean * 100, yLine: 50, title: "Competitiveness × matching grid"),
            "rows": paths.grid.map {
              [
                "nameZH": $0.nameZH, "nameEN": $0.nameEN, "competitiveness": percent($0.competitiveness),
                "matching": percent($0.matching), "cell": $0.cell,
              ]
            },
          ] as [String: Any]
      }
    }
    if let actions = try load(ActionList.self, results(.actions), json: "actions.json") {
      context["actions"] =
        [
          "rows": actions.actions.map {
            [
              "actionZH": $0.actionZH, "actionEN": $0.actionEN, "owner": $0.owner, "deadline": $0.deadline,
              "source": $0.source, "evidence": $0.evidence.prefix(3).joined(separator: "; "),
            ]
          },
          "method": actions.method,
        ] as [String: Any]
    }
    return context
  }

  static func landscape(_ l: LandscapeAnalysis.Result) -> [String: Any] {
    let years = l.trends.years.filter { $0.byPriority > 0 }
    let clusters = l.clusters.prefix(12)
    let groups = l.applicantGroups.rows.prefix(15)
    return [
      "patents": l.patents, "families": l.families, "stage": l.lifecycle.stage.rawValue,
      "cr4": percent(l.players.concentration.cr4), "hhi": String(format: "%.0f", l.players.concentration.hhi),
      "trends": SVGChart.line(years.map { ("\($0.year)", Double($0.byPriority)) }, title: "Filings by priority year"),
      "applicants": SVGChart.bars(
        l.players.top.prefix(12).map { ($0.name, Double($0.families)) }, title: "Top applicants by families"),
      "clusters": SVGChart.bars(
        clusters.map { ("C\($0.id) \($0.labelEN)", Double($0.patents)) }, title: "Technology clusters by patents"),
      "heatmap": SVGChart.heatmap(
        rows: groups.map(\.name), columns: l.clusters.map { "C\($0.id)" },
        values: groups.map { $0.clusters.map(Double.init) }, title: "Applicant × cluster"),
      "clusterRows": clusters.map {
        [
          "id": $0.id, "labelZH": $0.labelZH, "labelEN": $0.labelEN, "patents": $0.patents,
          "stage": $0.lifecycle.stage.rawValue,
        ]
          as [String: Any]
      },
      "legalAsOf": l.legalStatus.asOf,
      "legal": legalRows(l.legalStatus),
      "methods": [
        ["key": "legal status", "text": l.legalStatus.method],
        ["key": "trends", "text": l.trends.method], ["key": "clusters", "text": l.clusterMethod],
        ["key": "players", "text": l.players.method], ["key": "lifecycle", "text": l.lifecycle.rule],
        ["key": "groups", "text": l.applicantGroups.method],
      ],
    ]
  }

  /// The legal-status table's rows: Chinese and English labels with the count of applications.
  static func legalRows(_ s: LegalStatusSummary) -> [[String: Any]] {
    [
      ("有效（含部分无效、恢复）", "In force (incl. partly invalidated, restored)", s.alive),
      ("审查中", "Pending", s.pending), ("未缴年费终止", "Lapsed for non-payment", s.lapsed),
      ("其中仍可请求恢复", "of which still restorable", s.lapsedRestorable),
      ("主动放弃", "Abandoned by the owner", s.abandoned), ("撤回", "Withdrawn", s.withdrawn),
      ("驳回", "Refused", s.refused), ("期限届满", "Expired (term)", s.expired),
      ("全部无效或撤销", "Revoked or wholly invalidated", s.revoked),
      ("部分无效（仍有效）", "Partly invalidated (in force)", s.partiallyInvalidated),
      ("恢复后有效", "Restored", s.restored), ("曾许可备案", "Licence recorded", s.licensed),
      ("许可在备", "Licence in force", s.licensedNow), ("独占许可", "Exclusive licence", s.exclusiveLicensed),
      ("转让", "Transferred", s.transferred), ("曾质押", "Pledged", s.pledged), ("质押未解除", "Pledge in force", s.pledgedNow),
      ("开放许可", "Open licence in force", s.openLicence),
    ].map { ["labelZH": $0.0, "labelEN": $0.1, "count": $0.2] as [String: Any] }
  }

  /// A lapsed-core row's action in Chinese and English.
  static func action(_ action: String) -> (zh: String, en: String) {
    switch action {
    case "free-to-practise": ("可自由实施", "free to practise")
    case "restore-or-drop": ("恢复或放弃（自有）", "restore or drop (own)")
    case "restorable-by-holder": ("权利人仍可请求恢复", "holder can still restore")
    default: ("同族在该局仍有效", "a family member is in force there")
    }
  }

  static func chain(_ c: ChainAnalysis.Result) -> [String: Any] {
    let leaves = c.segments.filter { s in !c.segments.contains { $0.parent == s.id } }
    let withIndustry = c.structure != nil
    let points = leaves.filter { $0.families > 0 }.map { s in
      (s.nameEN, withIndustry ? (s.position.industryIndex ?? 0) : s.referenceShare * 10, s.rta ?? 0)
    }
    return [
      "nameZH": c.chain.nameZH, "nameEN": c.chain.nameEN, "sources": c.chain.sources.joined(separator: "; "),
      "untagged": percent(c.tagging.untaggedShare), "subjectFamilies": c.subjectFamilies,
      "referenceFamilies": c.referenceFamilies,
      "matrix": SVGChart.matrix(
        points, xLabel: withIndustry ? "industry index" : "reference share × 10", yLabel: "RTA",
        xLine: withIndustry ? c.parameters.thresholds.quadrantIndustry : 1, yLine: c.parameters.thresholds.quadrantRTA,
        title: "Chain matching matrix"),
      "segments": c.segments.map { s in
        [
          "indent": String(repeating: "　", count: s.depth), "nameZH": s.nameZH, "nameEN": s.nameEN,
          "subject": s.subjectFamilies, "reference": s.referenceFamilies, "share": percent(s.subjectShare),
          "gap": percent(s.shareGap), "rta": number(s.rta), "control": percent(s.control),
          "labelZH": s.position.labelZH, "labelEN": s.position.labelEN, "reason": s.position.reason,
        ] as [String: Any]
      },
      "structure": c.structure.map {
        [
          "cosine": number($0.cosine), "krugman": number($0.krugman), "degree": number($0.couplingDegree),
          "band": $0.band,
        ]
      } as Any,
      "method": c.method.sorted { $0.key < $1.key }.map { ["key": $0.key, "text": $0.value] },
    ]
  }

  static func fence(_ f: FenceResult) -> [String: Any] {
    func rows(_ list: [FenceOpportunity]) -> [[String: Any]] {
      list.prefix(8).map {
        [
          "code": $0.code, "titleZH": $0.titleZH, "titleEN": $0.titleEN, "score": number($0.score),
          "holder": $0.holder ?? "", "rule": $0.rule, "evidence": $0.evidence.prefix(3).joined(separator: "; "),
        ]
      }
    }
    let cells = f.cells.prefix(15)
    return [
      "owner": f.owner.joined(separator: "; "),
      "map": SVGChart.heatmap(
        rows: cells.map { "\($0.code) [\($0.relation)]" }, columns: f.years.map { String($0 % 100) },
        values: cells.map { $0.perYear.map(Double.init) }, title: "Fence map: neighbourhood cells × filing year"),
      "defensive": rows(f.defensive), "surrounding": rows(f.surrounding), "encirclement": rows(f.encirclement),
      "lapsed": f.lapsedCore.prefix(8).map {
        [
          "publication": $0.publication, "office": $0.office, "status": $0.state.rawValue, "date": $0.date,
          "freeIn": $0.freeIn.joined(separator: ", "), "actionZH": action($0.action).zh,
          "actionEN": action($0.action).en,
        ]
      },
      "method": f.method.sorted { $0.key < $1.key }.map { ["key": $0.key, "text": $0.value] },
    ]
  }

  static func overseas(_ o: OverseasResult) -> [String: Any] {
    var shown: [OverseasResult.CountryRow] = []
    for row in o.gaps + o.countries.sorted(by: { $0.competitorShare > $1.competitorShare })
    where shown.count < 20 && !shown.contains(where: { $0.code == row.code }) {
      shown.append(row)
    }
    return [
      "subjectFamilies": o.subjectFamilies, "competitorFamilies": o.competitorFamilies,
      "competitors": o.competitors.map(\.name).joined(separator: "; "),
      "grid": SVGChart.heatmap(
        rows: shown.map { "\($0.code) \($0.nameEN)" }, columns: ["subject %", "competitors %"],
        values: shown.map { [$0.subjectShare * 100, $0.competitorShare * 100] }, title: "Overseas coverage grid"),
      "gaps": o.gaps.prefix(10).map {
        [
          "code": $0.code, "nameZH": $0.nameZH, "nameEN": $0.nameEN, "subject": percent($0.subjectShare),
          "competitors": percent($0.competitorShare), "priority": number($0.priority), "route": $0.route,
        ]
      },
      "windows": o.windows.prefix(12).map {
        ["publication": $0.publication, "country": $0.country, "route": $0.route, "deadline": $0.deadline]
      },
      "sets": o.sets.map {
        [
          "name": $0.name, "subject": percent($0.familiesCovering),
          "competitors": percent($0.competitorFamiliesCovering),
        ]
      },
      "method": o.method.sorted { $0.key < $1.key }.map { ["key": $0.key, "text": $0.value] },
    ]
  }
}
