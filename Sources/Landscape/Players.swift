import Applicants
import PatentCorpus

/// Who holds the field: applicants ranked by families and documents, concentration, entity types, origin
/// (applicant country and Chinese province) and market (filing office).
public struct Players: Sendable, Codable, Equatable {
  /// One applicant.
  public struct Applicant: Sendable, Codable, Equatable {
    /// Harmonized key.
    public let key: String
    /// Display name.
    public let name: String
    /// Entity type.
    public let type: EntityType
    /// Country, province and city (most frequent on its party rows).
    public let country: String?, province: String?, city: String?
    /// Documents naming it as applicant (or assignee when no applicant is given).
    public let documents: Int
    /// Extended families with at least one such document.
    public let families: Int
    /// Documents per filing year over the landscape's years (`Trends.years`, priority else application year).
    public let perYear: [Int]
  }

  /// A label with a count of documents.
  public struct Count: Sendable, Codable, Equatable {
    /// The label.
    public let label: String
    /// Documents.
    public let documents: Int
  }

  /// The top applicants by families (ties: documents, then key).
  public let top: [Applicant]
  /// Concentration of families over applicants.
  public let concentration: Concentration
  /// Documents by applicant entity type (a document counts once per type among its applicants).
  public let byType: [Count]
  /// Documents by applicant country (origin).
  public let byOrigin: [Count]
  /// Documents by Chinese applicant province.
  public let byProvince: [Count]
  /// Documents by publishing office (market).
  public let byOffice: [Count]
  /// How the figures were computed.
  public let method: String

  /// Counts the corpus. O(patents × applicants per patent).
  public init(corpus: Corpus, top count: Int = 30, years: ClosedRange<Int>? = nil) {
    var documents = Array(repeating: 0, count: corpus.entities.count)
    var families = Array(repeating: Set<Int32>(), count: corpus.entities.count)
    var type: [String: Int] = [:]
    var origin: [String: Int] = [:]
    var province: [String: Int] = [:]
    var office: [String: Int] = [:]
    for i in 0..<corpus.count {
      office[corpus.country(of: i), default: 0] += 1
      var types = Set<String>()
      var origins = Set<String>()
      var provinces = Set<String>()
      for e in corpus.applicants[i] {
        documents[Int(e)] += 1
        families[Int(e)].insert(corpus.extendedFamilies[i])
        let entity = corpus.entities[Int(e)]
        types.insert(entity.type.rawValue)
        if let c = entity.location.country { origins.insert(c) }
        if let p = entity.location.province { provinces.insert(p) }
      }
      for t in types { type[t, default: 0] += 1 }
      for o in origins { origin[o, default: 0] += 1 }
      for p in provinces { province[p, default: 0] += 1 }
    }
    let ranked = corpus.entities.indices.filter { documents[$0] > 0 }.sorted {
      let a = (families[$0].count, documents[$0])
      let b = (families[$1].count, documents[$1])
      return a != b ? a > b : corpus.entities[$0].key < corpus.entities[$1].key
    }
    let leaders = Array(ranked.prefix(count))
    var position: [Int: Int] = [:]
    for (p, e) in leaders.enumerated() { position[e] = p }
    let span = years.map(\.count) ?? 0
    var perYear = Array(repeating: Array(repeating: 0, count: span), count: leaders.count)
    if let years {
      for i in 0..<corpus.count where years.contains(corpus.filingYear(of: i)) {
        for e in corpus.applicants[i] {
          if let p = position[Int(e)] { perYear[p][corpus.filingYear(of: i) - years.lowerBound] += 1 }
        }
      }
    }
    top = leaders.enumerated().map { p, i in
      let e = corpus.entities[i]
      return Applicant(
        key: e.key, name: e.name, type: e.type, country: e.location.country, province: e.location.province,
        city: e.location.city, documents: documents[i], families: families[i].count, perYear: perYear[p])
    }
    concentration = Concentration(counts: ranked.map { families[$0].count })
    func counts(_ d: [String: Int]) -> [Count] {
      d.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { Count(label: $0.key, documents: $0.value) }
    }
    byType = counts(type)
    byOrigin = counts(origin)
    byProvince = counts(province)
    byOffice = counts(office)
    method = """
      applicants are harmonized entities (assignees stand in where a document names no applicant); ranking by \
      extended families, then documents; concentration over family counts per applicant; origin is the \
      entity's most frequent country (province for Chinese applicants); market is the publishing office
      """
  }
}
