import PatentCorpus
import PatentModel
import ReferenceData

extension OverseasAnalysis {
  /// Open windows of one family: the Paris priority year (12 months from the earliest priority) for every
  /// target it does not cover, and, when a member is a PCT application (WO), each PCT target's national-phase
  /// limit (30/31 months) or its regional office's. Closed routes (GCC) are never offered.
  static func windows(
    _ f: Int, view: FamilyView, corpus: Corpus, coverage: CoverageMatrix, targets: [String], countries: CountryTable,
    asOf: Int32
  ) -> [OverseasResult.Window] {
    let priority = view.priority[f] > 0 ? view.priority[f] : view.filed[f]
    guard priority > 0 else { return [] }
    let publication = corpus.publications[Int(view.representative[f])]
    let pct = view.members[f].contains { corpus.country(of: Int($0)) == "WO" }
    let paris = DayNumber.adding(months: 12, to: priority)
    var rows: [OverseasResult.Window] = []
    func add(_ code: String, _ basis: String, _ route: String, _ deadline: Int32?) {
      rows.append(
        OverseasResult.Window(
          publication: publication, priority: DayNumber.iso(priority), country: code, basis: basis, route: route,
          deadline: deadline.map(DayNumber.iso) ?? "",
          daysLeft: deadline.map { DayNumber.days($0) - DayNumber.days(asOf) }))
    }
    for (k, code) in targets.enumerated() where !coverage.covers(f, k) {
      guard let country = countries[code] else { continue }
      if pct && country.isPCT {
        if country.nationalRouteOpen, let months = country.nationalPhaseMonths {
          let deadline = DayNumber.adding(months: months, to: priority)
          if deadline >= asOf { add(code, "pct", "PCT national phase at \(code) (\(months) months)", deadline) }
        } else if let office = country.regionalRoutes.first, let months = countries[office]?.nationalPhaseMonths {
          let deadline = DayNumber.adding(months: months, to: priority)
          if deadline >= asOf { add(code, "pct", "PCT regional phase at \(office) (\(months) months)", deadline) }
        }
        continue
      }
      guard paris >= asOf else { continue }
      if country.isPCT {
        add(code, "paris", "PCT application claiming priority, then national phase", paris)
      } else if country.isParis == true {
        add(code, "paris", "direct national filing claiming Paris priority (not a PCT state)", paris)
      } else {
        add(
          code, "paris", "national filing without a priority claim (neither PCT nor Paris): file before publication",
          nil)
      }
    }
    return rows
  }

  /// Coverage per named part of the target list (and the whole list).
  static func sets(
    _ p: OverseasParameters, targets: [String], countries: CountryTable, subject: [Int], rivals: [Int],
    coverage: CoverageMatrix
  ) -> [OverseasResult.SetRow] {
    let parts = Set(p.targets.name.split(whereSeparator: { $0 == "," || $0 == "+" }).map { $0.lowercased() })
    var named: [(String, [Int])] = [("all targets", Array(targets.indices))]
    for part in ["bri", "rcep", "asean"] where parts.contains(part) {
      let indices = targets.indices.filter { k in
        guard let c = countries[targets[k]] else { return false }
        switch part {
        case "bri": return c.isBeltAndRoad
        case "rcep": return c.isRCEP
        default: return c.isRCEP && !TargetSet.nonASEAN.contains(c.code)
        }
      }
      named.append((part, indices))
    }
    func rates(_ families: [Int], _ indices: [Int]) -> (Double, Double) {
      guard !families.isEmpty, !indices.isEmpty else { return (0, 0) }
      let any = families.filter { f in indices.contains { coverage.covers(f, $0) } }.count
      let mean =
        indices.map { k in Double(coverage.count(families, covering: k)) }.reduce(0, +)
        / Double(indices.count * families.count)
      return (Double(any) / Double(families.count), mean)
    }
    return named.map { name, indices in
      let s = rates(subject, indices)
      let r = rates(rivals, indices)
      return OverseasResult.SetRow(
        name: name, countries: indices.count, familiesCovering: s.0, meanCountryCoverage: s.1,
        competitorFamiliesCovering: r.0, competitorMeanCountryCoverage: r.1)
    }
  }

  static func method(_ p: OverseasParameters) -> [String: String] {
    [
      "coverage":
        "A family covers a country through a member published by that office (national), or through a regional "
        + "patent (EP, EA, AP, OA, GC) whose recorded designated or validated states include it (regional). A "
        + "regional member without recorded states is reported as regional-unknown and never counted.",
      "targets":
        "\(p.targets.name)\(p.excludeHome ? ", less the subject's home countries (its applicants' countries)" : "").",
      "subject":
        "Subject: \(p.subject). Competitors: \(p.competitors.map { "\($0)" } ?? "the \(p.competitorCount) largest companies outside the subject").",
      "shares": "subject share = subject families covering the country / subject families; the same for competitors.",
      "gap":
        "A gap: competitors' share ≥ \(p.minCompetitorShare) and the subject's below half of theirs.",
      "priority":
        "priority = (\(p.weights[0])·presence + \(p.weights[1])·growth + \(p.weights[2])·market + "
        + "\(p.weights[3])·route) / Σ weights; presence = competitor share / the largest competitor share; growth = "
        + "competitor families there first filed in the recent \(p.window) years / those in the last 2 × \(p.window); "
        + "market = 1 when in the subject's market list; route = 1 PCT national phase, 0.75 regional phase only, "
        + "0.5 direct Paris filing, 0.25 neither PCT nor Paris.",
      "windows":
        "As of \(DayNumber.iso(p.asOf)), for alive or pending families: the Paris priority year (12 months from the "
        + "earliest priority) for uncovered targets; for families with a PCT application (WO member), each PCT "
        + "target's national-phase limit from the country file (30 or 31 months; months end on the same day or "
        + "the month's last day), or its regional office's when the national route is closed. The GCC route "
        + "(closed 2021-01-06) is never offered.",
    ]
  }
}
