import Foundation

/// Draws the applicant population: Zipf-distributed sizes, a realistic share of universities, institutes and
/// individuals, Chinese applicants spread over the profile's regions, unique names.
struct ApplicantFactory {
  let profile: GeneratorProfile

  /// `count` applicants; index 0 is the largest. The first foreign company is the planted competitor.
  func make(count: Int, random: inout SeededRandom) -> [SyntheticApplicant] {
    let regionWeights = profile.regions.map(\.weight).cumulative()
    let foreignShare = profile.foreignCountries.reduce(0) { $0 + $1.share }
    var used = Set<String>()
    var applicants: [SyntheticApplicant] = []
    applicants.reserveCapacity(count)
    for index in 0..<count {
      // Zipf with exponent 1.1: the top applicants file most, a long tail files once or twice.
      let weight = 1 / pow(Double(index + 1), 1.1)
      var country = "CN"
      var draw = random.unit()
      if draw < foreignShare || index == 1 {
        for (code, share) in profile.foreignCountries {
          if draw < share || index == 1 {
            country = code
            break
          }
          draw -= share
        }
      }
      var kind = SyntheticApplicant.Kind.company
      if country == "CN", index > 2 {
        let k = random.unit()
        if k < profile.universityShare {
          kind = .university
        } else if k < profile.universityShare + profile.instituteShare {
          kind = .institute
        } else if k < profile.universityShare + profile.instituteShare + profile.individualShare, index >= count / 5 {
          // Individuals file a few patents each: they only appear in the tail of the size distribution.
          kind = .individual
        }
      }
      let region = country == "CN" ? random.weightedIndex(cumulative: regionWeights) : nil
      var names = makeNames(kind: kind, country: country, region: region, random: &random)
      var attempt = 0
      while used.contains(names.zh) {
        attempt += 1
        names = makeNames(kind: kind, country: country, region: region, random: &random)
        // Individuals may share names in reality; companies may not. Number the rare leftovers.
        if attempt > 8 { names = (names.zh + "\(attempt)", names.en + " \(attempt)") }
      }
      used.insert(names.zh)
      applicants.append(
        SyntheticApplicant(
          index: index, country: country, kind: kind, region: region, nameZH: names.zh, nameEN: names.en,
          technologies: technologies(region: region, random: &random), weight: weight))
    }
    return applicants
  }

  private func technologies(region: Int?, random: inout SeededRandom) -> [Int] {
    let target = region == 0
    let weights = profile.technologies.map { target ? $0.weight * $0.targetRegionWeight : $0.weight }.cumulative()
    var chosen: [Int] = []
    for _ in 0..<3 {
      let t = random.weightedIndex(cumulative: weights)
      if !chosen.contains(t) { chosen.append(t) }
    }
    return chosen
  }

  private func makeNames(
    kind: SyntheticApplicant.Kind, country: String, region: Int?, random: inout SeededRandom
  ) -> (zh: String, en: String) {
    let stem = (0..<random.int(2...3)).map { _ in random.pick(NamePieces.syllables) }
    let stemZH = stem.map(\.0).joined()
    let stemEN = stem.map(\.1).joined().capitalized
    let cityZH = region.map { String(profile.regions[$0].city.dropLast()) } ?? ""
    switch (kind, country) {
    case (.university, _):
      return (stemZH + "大学", stemEN + " University")
    case (.institute, _):
      return ("中国科学院" + stemZH + "研究所", "Institute of " + stemEN + ", Chinese Academy of Sciences")
    case (.individual, _):
      let surname = random.pick(NamePieces.surnames)
      let given = (0..<random.int(1...2)).map { _ in random.pick(NamePieces.given) }
      let en = (NamePieces.pinyin[surname] ?? "") + " " + given.map { NamePieces.pinyin[$0] ?? "" }.joined()
      return (surname + given.joined(), en)
    case (.company, "CN"):
      let industry = random.pick(NamePieces.industries)
      let form = random.chance(0.3) ? "股份有限公司" : "有限公司"
      return (cityZH + stemZH + industry.0 + form, stemEN + " " + industry.1 + " Co., Ltd.")
    case (.company, _):
      let latin = (0..<random.int(2...3)).map { _ in random.pick(NamePieces.latin) }.joined().capitalized
      let form = NamePieces.legalForm(country)
      return (stemZH + "能源" + form.zh, latin + " Energy " + form.en)
    }
  }
}
