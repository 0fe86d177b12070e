import Foundation

/// Plans families and their publications: who files, in which technology and year, where (home office,
/// overseas offices, PCT with national phases), what each publication classifies and cites.
///
/// Families are generated in filing-year order so citations only point backwards. Citations follow
/// preferential attachment within a technology (a document is cited with probability proportional to
/// 1 + the citations it already has), with the planted core families weighted 40× from the start.
/// Cost: O(documents + citations).
struct CorpusSynthesizer {
  let profile: GeneratorProfile
  let applicants: [SyntheticApplicant]

  /// One planned family before numbering.
  private struct Plan {
    let applicant: Int
    let technology: Int
    let year: Int
    let core: Bool
  }

  /// Documents until `target` publications exist (the last family may overshoot by its size; the list is
  /// then cut at a family boundary at or above `target`).
  func documents(
    target: Int, random: inout SeededRandom
  ) -> (documents: [SyntheticDocument], families: Int, coreFamilies: [Int]) {
    let plans = planFamilies(target: target, random: &random)
    var documents: [SyntheticDocument] = []
    documents.reserveCapacity(target + 16)
    var bags = Array(repeating: [Int](), count: profile.technologies.count)
    var serials: [String: Int] = [:]
    var family = 0
    var core: [Int] = []
    for plan in plans {
      guard documents.count < target else { break }
      family += 1
      if plan.core { core.append(family) }
      let members = makeFamily(plan, family: family, serials: &serials, random: &random)
      for var document in members {
        let index = documents.count
        document.citations = cite(document, bag: bags[plan.technology], random: &random)
        for cited in document.citations { bags[plan.technology].append(cited) }
        documents.append(document)
        bags[plan.technology].append(contentsOf: repeatElement(index, count: plan.core ? 40 : 1))
      }
    }
    return (documents, family, core)
  }

  private func planFamilies(target: Int, random: inout SeededRandom) -> [Plan] {
    let applicantWeights = applicants.map(\.weight).cumulative()
    let years = Array(profile.years)
    var plans: [Plan] = []
    // Planted core families: the competitor (applicant 1) in the main technology, in the first three years.
    let mainTechnology =
      profile.technologies.indices.max { profile.technologies[$0].weight < profile.technologies[$1].weight } ?? 0
    for k in 0..<profile.coreFamilies {
      plans.append(Plan(applicant: 1, technology: mainTechnology, year: years[k % 3], core: true))
    }
    // About 1.9 publications per family on average; draw enough families, then order them by year.
    for _ in 0..<(target / 2 + 16) {
      let applicant = applicants[random.weightedIndex(cumulative: applicantWeights)]
      let technology = random.chance(0.6) ? applicant.technologies[0] : random.pick(applicant.technologies)
      let trend = profile.technologies[technology].trend
      let yearWeights = years.indices.map { trend.weight(yearIndex: $0) }.cumulative()
      plans.append(
        Plan(
          applicant: applicant.index, technology: technology,
          year: years[random.weightedIndex(cumulative: yearWeights)], core: false))
    }
    return plans.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
  }

  private func makeFamily(
    _ plan: Plan, family: Int, serials: inout [String: Int], random: inout SeededRandom
  ) -> [SyntheticDocument] {
    let applicant = applicants[plan.applicant]
    let home = applicant.country
    let filing = date(year: plan.year, random: &random)
    let homeApplication = (
      office: home, number: applicationNumber(home, year: plan.year, serials: &serials), date: filing, isPCT: false
    )
    let technology = profile.technologies[plan.technology]
    let ipc = classify(plan.technology, random: &random)
    let inventors = (0..<random.int(1...3)).map { _ in inventorName(applicant.country, random: &random) }
    var documents: [SyntheticDocument] = []
    func publish(
      _ office: String, kind: String, application: (office: String, number: String, date: String, isPCT: Bool),
      priorities: [(office: String, number: String, date: String, isPCT: Bool)], lag: Int
    ) {
      let chinese = office == "CN"
      documents.append(
        SyntheticDocument(
          family: family, office: office,
          number: publicationNumber(office, kind: kind, year: plan.year + lag, serials: &serials),
          kind: kind, publicationDate: date(year: plan.year + lag, random: &random), application: application,
          priorities: priorities, applicant: plan.applicant,
          applicantName: chinese ? variantZH(applicant, random: &random) : variantEN(applicant, random: &random),
          applicantDOCDBName: docdbName(applicant.nameEN), applicantCountry: applicant.country, inventors: inventors,
          technology: plan.technology, ipc: ipc,
          title: chinese
            ? "一种\(technology.segmentZH)及其制备方法" : "\(technology.segmentEN) and method for producing the same",
          abstract: chinese
            ? "本发明公开了一种\(technology.segmentZH)，属于\(technology.segmentZH)技术领域，提高了性能和安全性。"
            : "The invention relates to \(technology.segmentEN.lowercased()) with improved performance and safety.",
          language: chinese ? "zh" : "en", citations: []))
    }
    let homeKindA = home == "US" ? "A1" : (home == "EP" || home == "WO" ? "A1" : "A")
    let homeKindB = home == "US" ? "B2" : (home == "EP" ? "B1" : "B")
    publish(home, kind: homeKindA, application: homeApplication, priorities: [], lag: 1)
    if random.chance(0.55) { publish(home, kind: homeKindB, application: homeApplication, priorities: [], lag: 3) }
    let rate = applicant.region == 0 ? profile.targetRegionOverseasRate : profile.overseasRate
    let sizeBoost = applicant.index < 20 ? 1.5 : 1.0
    guard plan.core || random.chance(min(0.95, rate * sizeBoost)) else { return documents }
    var pct: (office: String, number: String, date: String, isPCT: Bool)?
    for (office, officeRate) in profile.overseasOffices where office != home {
      guard plan.core || random.chance(officeRate) else { continue }
      if office == "WO" {
        let application = (
          office: home, number: "\(plan.year)\(String(format: "%06d", next("PCT\(home)\(plan.year)", &serials)))",
          date: filing, isPCT: true
        )
        pct = application
        publish("WO", kind: "A1", application: application, priorities: [homeApplication], lag: 1)
        continue
      }
      let application = (
        office: office, number: applicationNumber(office, year: plan.year + 1, serials: &serials),
        date: date(year: plan.year + 1, random: &random), isPCT: false
      )
      let claims = [homeApplication] + (pct.map { [$0] } ?? [])
      publish(
        office, kind: office == "US" ? "A1" : (office == "EP" ? "A1" : "A"), application: application,
        priorities: claims, lag: 2)
      if random.chance(0.5) {
        publish(
          office, kind: office == "US" ? "B2" : (office == "EP" ? "B1" : "B"), application: application,
          priorities: claims, lag: 4)
      }
    }
    return documents
  }

  private func cite(_ document: SyntheticDocument, bag: [Int], random: inout SeededRandom) -> [Int] {
    guard !bag.isEmpty else { return [] }
    var cited: [Int] = []
    for _ in 0..<random.int(0...8) {
      let target = bag[random.below(bag.count)]
      if !cited.contains(target) { cited.append(target) }
    }
    return cited
  }

  private func classify(_ technology: Int, random: inout SeededRandom) -> [String] {
    let symbols = profile.technologies[technology].symbols
    var ipc = [random.chance(0.5) ? symbols[0] : random.pick(symbols)]
    for _ in 0..<random.int(0...2) {
      let symbol = random.pick(symbols)
      if !ipc.contains(symbol) { ipc.append(symbol) }
    }
    // Co-classification with a neighbouring segment, so technology communities overlap.
    if random.chance(0.2) {
      let neighbour = profile.technologies[(technology + 1) % profile.technologies.count].symbols[0]
      if !ipc.contains(neighbour) { ipc.append(neighbour) }
    }
    return ipc
  }

  private func next(_ key: String, _ serials: inout [String: Int]) -> Int {
    let value = serials[key, default: 0] + 1
    serials[key] = value
    return value
  }

  private func applicationNumber(_ office: String, year: Int, serials: inout [String: Int]) -> String {
    let serial = next("app\(office)\(year)", &serials)
    switch office {
    case "CN": return "\(year)1\(String(format: "%07d", serial))"
    case "EP": return "\(String(format: "%02d", year % 100))\(String(format: "%06d", 100_000 + serial))"
    default: return "\(year)\(String(format: "%06d", serial))"
    }
  }

  private func publicationNumber(_ office: String, kind: String, year: Int, serials: inout [String: Int]) -> String {
    // CN and EP grants keep the application's publication number (CN 104968889 A → B); others number anew.
    let series = office == "CN" || office == "EP" ? "" : String(kind.prefix(1))
    let serial =
      kind.hasPrefix("B") && series.isEmpty
      ? serials["last\(office)", default: 0] : next("pub\(office)\(series)", &serials)
    if series.isEmpty, !kind.hasPrefix("B") { serials["last\(office)"] = serial }
    switch (office, kind.prefix(1)) {
    case ("US", "A"), ("JP", "A"), ("WO", _): return "\(year)\(String(format: "%06d", serial))"
    case ("US", _): return String(10_000_000 + serial)
    case ("CN", _): return String(110_000_000 + serial)
    case ("KR", "A"): return "10\(year)\(String(format: "%07d", serial))"
    case ("KR", _): return String(10_200_000 + serial)
    default: return String(3_000_000 + serial)
    }
  }

  private func date(year: Int, random: inout SeededRandom) -> String {
    "\(year)\(String(format: "%02d", random.int(1...12)))\(String(format: "%02d", random.int(1...28)))"
  }

  private func inventorName(_ country: String, random: inout SeededRandom) -> String {
    if country == "CN" {
      return random.pick(NamePieces.surnames) + random.pick(NamePieces.given) + random.pick(NamePieces.given)
    }
    let first = (0..<2).map { _ in random.pick(NamePieces.latin) }.joined().capitalized
    let last = (0..<random.int(2...3)).map { _ in random.pick(NamePieces.latin) }.joined().capitalized
    return "\(first) \(last)"
  }

  /// The Chinese name as documents write it: sometimes the other PRC legal form, sometimes full-width brackets.
  private func variantZH(_ applicant: SyntheticApplicant, random: inout SeededRandom) -> String {
    let name = applicant.nameZH
    guard applicant.kind == .company, random.chance(0.15) else { return name }
    if name.hasSuffix("股份有限公司") { return String(name.dropLast(6)) + "有限公司" }
    if name.hasSuffix("有限公司") { return String(name.dropLast(4)) + "股份有限公司" }
    return name
  }

  /// The English name as documents write it: as registered, upper case, or with squeezed punctuation.
  private func variantEN(_ applicant: SyntheticApplicant, random: inout SeededRandom) -> String {
    let name = applicant.nameEN
    switch random.below(4) {
    case 0: return name.uppercased()
    case 1: return name.replacingOccurrences(of: ", ", with: ",")
    default: return name
    }
  }

  /// DOCDB's standardized name: upper case, punctuation dropped.
  private func docdbName(_ name: String) -> String {
    String(name.uppercased().map { $0.isLetter || $0.isNumber || $0 == " " ? $0 : " " }).split(separator: " ").joined(
      separator: " ")
  }
}
