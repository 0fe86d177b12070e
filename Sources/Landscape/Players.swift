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
    /// Other-script names merged into it (see `EntityLinker`).
    public let aliases: [String]
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

  /// Counts the corpus. O(patents × applicants per patent + pairs × log pairs), with no allocation per patent.
  public init(corpus: Corpus, top count: Int = 30, years: ClosedRange<Int>? = nil) {
    var documents = Array(repeating: 0, count: corpus.entities.count)
    var pairs: [UInt64] = []  // entity << 32 | extended family, one per document and applicant
    pairs.reserveCapacity(corpus.count * 2)
    for i in 0..<corpus.count {
      let family = UInt64(UInt32(bitPattern: corpus.extendedFamilies[i]))
      for e in corpus.applicants[i] {
        documents[Int(e)] += 1
        pairs.append(UInt64(UInt32(bitPattern: e)) << 32 | family)
      }
    }
    pairs.sort()
    var families = Array(repeating: 0, count: corpus.entities.count)
    for (n, pair) in pairs.enumerated() where n == 0 || pairs[n - 1] != pair { families[Int(pair >> 32)] += 1 }
    let ranked = corpus.entities.indices.filter { documents[$0] > 0 }.sorted {
      let a = (families[$0], documents[$0])
      let b = (families[$1], documents[$1])
      return a != b ? a > b : corpus.entities[$0].key < corpus.entities[$1].key
    }
    let leaders = Array(ranked.prefix(count))
    var position = Array(repeating: -1, count: corpus.entities.count)
    for (p, e) in leaders.enumerated() { position[e] = p }
    let span = years.map(\.count) ?? 0
    var perYear = Array(repeating: Array(repeating: 0, count: span), count: leaders.count)
    if let years {
      for i in 0..<corpus.count where years.contains(corpus.filingYear(of: i)) {
        for e in corpus.applicants[i] {
          let p = position[Int(e)]
          if p >= 0 { perYear[p][corpus.filingYear(of: i) - years.lowerBound] += 1 }
        }
      }
    }
    top = leaders.enumerated().map { p, i in
      let e = corpus.entities[i]
      return Applicant(
        key: e.key, name: e.name, aliases: e.aliases, type: e.type, country: e.location.country,
        province: e.location.province,
        city: e.location.city, documents: documents[i], families: families[i], perYear: perYear[p])
    }
    concentration = Concentration(counts: ranked.map { families[$0] })
    byType = Self.documents(corpus) { $0.type.rawValue }
    byOrigin = Self.documents(corpus) { $0.location.country }
    byProvince = Self.documents(corpus) { $0.location.province }
    var offices = Array(repeating: 0, count: corpus.countries.count)
    for id in corpus.countryIDs { offices[Int(id)] += 1 }
    byOffice = Self.sortedCounts(offices.indices.map { (corpus.countries[Int32($0)], offices[$0]) })
    method = """
      applicants are harmonized entities (assignees stand in where a document names no applicant); ranking by \
      extended families, then documents; concentration over family counts per applicant; origin is the \
      entity's most frequent country (province for Chinese applicants); market is the publishing office
      """
  }

  /// Documents per label of their applicants, a document counting once per label (labels are numbered per
  /// entity up front). O(entities + patents × applicants).
  static func documents(_ corpus: Corpus, label: (CorpusEntity) -> String?) -> [Count] {
    var numbers: [String: Int32] = [:]
    var labels: [String] = []
    let labelOf = corpus.entities.map { entity -> Int32 in
      guard let text = label(entity) else { return -1 }
      if let n = numbers[text] { return n }
      numbers[text] = Int32(labels.count)
      labels.append(text)
      return Int32(labels.count - 1)
    }
    let counts = corpus.applicants.rowCounts(mappedBy: labelOf, slots: labels.count)
    return sortedCounts(Array(zip(labels, counts)))
  }

  /// Labels with at least one document, by documents (descending), then label.
  static func sortedCounts(_ counts: [(String, Int)]) -> [Count] {
    counts.filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map { Count(label: $0.0, documents: $0.1) }
  }
}
