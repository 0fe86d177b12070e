import PatentCorpus
import PatentModel
import ReferenceData

/// Overseas layout gaps (海外布局缺口): where the subject's families reach the target countries (Belt-and-Road,
/// RCEP…), where benchmark competitors file and the subject does not, with a stated priority per country, and
/// which gaps can still be closed as of a date (Paris priority year, PCT national-phase limits) and by which
/// route. A pure function of (corpus, country facts, parameters).
public enum OverseasAnalysis {
  /// Runs the analysis. `segments` (labels per corpus patent, e.g. chain segments) adds coverage by technology
  /// segment; a family is in the segments of any member. The corpus should be cut at `p.asOf` (loaded with that
  /// as-of date): families first published later do not exist yet, and later filings do not close a window.
  /// O(families × (members + targets)).
  public static func run(
    _ corpus: Corpus, reference: ReferenceData, parameters p: OverseasParameters, segments: [[String]]? = nil
  ) -> OverseasResult {
    let countries = reference.countries
    let view = FamilyView(corpus: corpus, reference: reference, asOf: p.asOf)
    let subjectEntities = p.subject.members(of: corpus)
    // The subject's home comes from its spec (a Chinese city or province is at home in CN, whatever the country
    // of its entities' overseas records), else from its entities.
    let home = Set(
      p.subject.homeCountries
        ?? corpus.entities.indices.filter { subjectEntities[$0] }.compactMap { corpus.entities[$0].location.country })
    let targets = p.excludeHome ? p.targets.codes.filter { !home.contains($0) } : p.targets.codes
    let competitorEntities = p.competitors?.members(of: corpus) ?? largest(corpus, view, excluding: subjectEntities, p)
    func held(_ f: Int, _ set: [Bool]) -> Bool { view.holders[f].contains { set[Int($0)] } }
    let subject = (0..<view.count).filter { held($0, subjectEntities) }
    let rivals = (0..<view.count).filter { held($0, competitorEntities) && !held($0, subjectEntities) }
    let coverage = CoverageMatrix(
      families: subject + rivals, view: view, corpus: corpus, targets: targets, countries: countries)
    let end = (view.filed.map { Int($0 / 10_000) }.max() ?? 0) - p.publicationLag
    let recent = (end - p.window + 1)...end
    let previous = (end - 2 * p.window + 1)...(end - p.window)
    let markets = Set(p.markets)
    var rows: [OverseasResult.CountryRow] = []
    let shares = targets.indices.map { k in
      rivals.isEmpty ? 0 : Double(coverage.count(rivals, covering: k)) / Double(rivals.count)
    }
    let maxShare = shares.max() ?? 0
    for (k, code) in targets.enumerated() {
      let country = countries[code]
      let covering = coverage.count(subject, covering: k)
      let unknown = subject.filter { coverage[$0, k] == .regionalUnknown }.count
      let rivalCovering = rivals.filter { coverage.covers($0, k) }
      let rivalRecent = rivalCovering.filter { recent.contains(Int(view.filed[$0] / 10_000)) }.count
      let rivalPrevious = rivalCovering.filter { previous.contains(Int(view.filed[$0] / 10_000)) }.count
      let subjectShare = subject.isEmpty ? 0 : Double(covering) / Double(subject.count)
      let route = Self.route(country)
      let presence = maxShare > 0 ? shares[k] / maxShare : 0
      let growth = rivalRecent + rivalPrevious > 0 ? Double(rivalRecent) / Double(rivalRecent + rivalPrevious) : 0
      let market = markets.contains(code) ? 1.0 : 0
      let w = p.weights
      let priority = (w[0] * presence + w[1] * growth + w[2] * market + w[3] * route.score) / max(1e-12, w.reduce(0, +))
      rows.append(
        OverseasResult.CountryRow(
          code: code, nameEN: country?.nameEN ?? code, nameZH: country?.nameZH ?? code,
          rcep: country?.isRCEP ?? false, beltAndRoad: country?.isBeltAndRoad ?? false, pct: country?.isPCT ?? false,
          route: route.text, routeScore: route.score, subjectFamilies: covering, subjectShare: subjectShare,
          subjectRegionalUnknown: unknown, competitorFamilies: rivalCovering.count, competitorShare: shares[k],
          competitorRecent: rivalRecent, competitorPrevious: rivalPrevious,
          gap: shares[k] >= p.minCompetitorShare && subjectShare < shares[k] / 2, presence: presence, growth: growth,
          market: market, priority: priority))
    }
    let gaps = rows.filter(\.gap).sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.code < $1.code }
    let windows = subject.filter { !view.status[$0].isEnded }.flatMap { f in
      Self.windows(
        f, view: view, corpus: corpus, coverage: coverage, targets: targets, countries: countries,
        asOf: p.asOf)
    }
    let competitorNames = corpus.entities.indices.filter { competitorEntities[$0] }.map { e in
      OverseasResult.Competitor(
        name: corpus.entities[e].name, families: (0..<view.count).filter { view.holders[$0].contains(Int32(e)) }.count)
    }.sorted { $0.families != $1.families ? $0.families > $1.families : $0.name < $1.name }
    return OverseasResult(
      parameters: p, subjectFamilies: subject.count, competitors: competitorNames, competitorFamilies: rivals.count,
      countries: rows,
      sets: sets(p, targets: targets, countries: countries, subject: subject, rivals: rivals, coverage: coverage),
      gaps: gaps,
      windows: windows.sorted {
        ($0.deadline.isEmpty ? 1 : 0, $0.deadline, $0.publication, $0.country)
          < ($1.deadline.isEmpty ? 1 : 0, $1.deadline, $1.publication, $1.country)
      },
      matrix: subject.map { f in
        OverseasResult.FamilyRow(
          publication: corpus.publications[Int(view.representative[f])],
          coverage: coverage.row(f).map {
            ["none": "", "regional-unknown": "?", "regional": "R", "national": "N"][$0.rawValue] ?? ""
          })
      }.sorted { $0.publication < $1.publication },
      segments: segments.map {
        bySegment($0, view: view, subject: subject, rivals: rivals, coverage: coverage, targets: targets)
      } ?? [],
      method: method(p))
  }

  /// Coverage per segment label, countries in target order, those nobody covers left out.
  static func bySegment(
    _ labels: [[String]], view: FamilyView, subject: [Int], rivals: [Int], coverage: CoverageMatrix,
    targets: [String]
  ) -> [OverseasResult.SegmentRow] {
    var familyLabels: [Int: Set<String>] = [:]
    for f in subject + rivals {
      for m in view.members[f] where Int(m) < labels.count { familyLabels[f, default: []].formUnion(labels[Int(m)]) }
    }
    let names = Set(familyLabels.values.flatMap { $0 }).sorted()
    return names.map { name in
      let s = subject.filter { familyLabels[$0]?.contains(name) == true }
      let r = rivals.filter { familyLabels[$0]?.contains(name) == true }
      let rows = targets.indices.compactMap { k -> OverseasResult.SegmentCountry? in
        let a = coverage.count(s, covering: k)
        let b = coverage.count(r, covering: k)
        return a + b > 0 ? OverseasResult.SegmentCountry(code: targets[k], subject: a, competitors: b) : nil
      }
      return OverseasResult.SegmentRow(
        segment: name, subjectFamilies: s.count, competitorFamilies: r.count, countries: rows)
    }
  }

  /// The largest companies of the selection outside the subject (by families; ties by key).
  static func largest(
    _ corpus: Corpus, _ view: FamilyView, excluding subject: [Bool], _ p: OverseasParameters
  )
    -> [Bool]
  {
    var counts = Array(repeating: 0, count: corpus.entities.count)
    for f in 0..<view.count { for e in view.holders[f] { counts[Int(e)] += 1 } }
    let ranked = corpus.entities.indices.filter { !subject[$0] && corpus.entities[$0].type == .company }.sorted {
      counts[$0] != counts[$1] ? counts[$0] > counts[$1] : corpus.entities[$0].key < corpus.entities[$1].key
    }
    var result = Array(repeating: false, count: corpus.entities.count)
    for e in ranked.prefix(p.competitorCount) { result[e] = true }
    return result
  }

  /// The route a new filing to the country takes, and its availability score.
  static func route(_ country: Country?) -> (text: String, score: Double) {
    guard let country else { return ("unknown country", 0) }
    if country.isPCT && country.nationalRouteOpen {
      return ("PCT national phase (\(country.nationalPhaseMonths ?? 30) months)", 1)
    }
    if country.isPCT, let office = country.regionalRoutes.first { return ("PCT regional phase via \(office)", 0.75) }
    if country.isParis == true { return ("direct Paris filing within the priority year (not PCT)", 0.5) }
    return ("national filing without priority (neither PCT nor Paris)", 0.25)
  }
}
