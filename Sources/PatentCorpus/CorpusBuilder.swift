/// Builds a ``Corpus`` patent by patent; resolves citations and densifies family ids at the end.
///
/// Appending is amortized O(list lengths); ``build()`` is O(patents + citations).
public struct CorpusBuilder: Sendable {
  private var corpus = Corpus()
  private var entityIndex: [Int64: Int32] = [:]
  private var simpleFamilies: [Int64] = []
  private var extendedFamilies: [Int64] = []
  private var applicationKeys: [UInt64] = []
  private var cited = RaggedArray<UInt64>()
  private var keys: [UInt64] = []
  private var applicantIDs = RaggedArray<Int64>()

  /// An empty builder.
  public init() {}

  /// Adds an entity; patents refer to entities by workspace id. Adding the same id twice keeps the first.
  public mutating func add(_ entity: CorpusEntity) {
    guard entityIndex[entity.workspaceID] == nil else { return }
    entityIndex[entity.workspaceID] = Int32(corpus.entities.count)
    corpus.entities.append(entity)
  }

  /// Adds a patent. Applicants are resolved to entities at ``build()``; those never added are dropped.
  public mutating func append(_ patent: CorpusPatent) {
    corpus.workspaceIDs.append(patent.workspaceID)
    corpus.publications.append(patent.publication)
    corpus.titles.append(patent.title)
    corpus.countryIDs.append(corpus.countries.intern(patent.country))
    corpus.kindIDs.append(UInt8(truncatingIfNeeded: corpus.kinds.intern(patent.kind)))
    corpus.applicationYears.append(patent.applicationYear)
    corpus.priorityYears.append(patent.priorityYear)
    corpus.publicationYears.append(patent.publicationYear)
    corpus.claims.append(patent.claims)
    corpus.legalFlags.append(patent.legalFlags)
    corpus.applicationDates.append(patent.applicationDate)
    corpus.priorityDates.append(patent.priorityDate > 0 ? patent.priorityDate : patent.applicationDate)
    corpus.endDates.append(patent.endDate)
    corpus.publicationDates.append(patent.publicationDate)
    corpus.events.append(patent.events)
    applicationKeys.append(patent.applicationKey)
    corpus.forwardCitations.append(patent.forwardCitations)
    corpus.backwardCitations.append(patent.backwardCitations)
    corpus.ipc.append(patent.ipc.map { corpus.symbols.intern($0) })
    corpus.cpc.append(patent.cpc.map { corpus.symbols.intern($0) })
    applicantIDs.append(patent.applicants)
    corpus.inventors.append(patent.inventors.map { corpus.inventorNames.intern($0) })
    corpus.designatedStates.append(patent.designatedStates.map { corpus.countries.intern($0) })
    simpleFamilies.append(patent.simpleFamily)
    extendedFamilies.append(patent.extendedFamily)
    cited.append(patent.cited)
    if patent.citationKey != 0 {
      keys.append(patent.citationKey)
    } else {
      let parts = patent.publication.split(separator: " ")
      keys.append(parts.count >= 2 ? CitationKey.make(country: parts[0].utf8, number: parts[1].utf8) : 0)
    }
  }

  /// The finished corpus.
  public consuming func build() -> Corpus {
    // Citations: office and number → corpus patent (the first of that number, any kind).
    var byNumber: [UInt64: Int32] = [:]
    byNumber.reserveCapacity(corpus.count)
    for (i, key) in keys.enumerated() where key != 0 && byNumber[key] == nil { byNumber[key] = Int32(i) }
    corpus.citedPatents.reserve(rows: cited.count, values: cited.values.count)
    var row: [Int32] = []
    for i in 0..<cited.count {
      row.removeAll(keepingCapacity: true)
      for key in cited[i] {
        if let target = byNumber[key], target != Int32(i), !row.contains(target) { row.append(target) }
      }
      corpus.citedPatents.append(row)
    }
    corpus.applicants.reserve(rows: applicantIDs.count, values: applicantIDs.values.count)
    for i in 0..<applicantIDs.count {  // an entity named twice (two variants of one name) counts once
      row.removeAll(keepingCapacity: true)
      for id in applicantIDs[i] {
        if let entity = entityIndex[id], !row.contains(entity) { row.append(entity) }
      }
      corpus.applicants.append(row)
    }
    (corpus.simpleFamilies, corpus.simpleFamilyCount) = Self.densify(simpleFamilies)
    (corpus.extendedFamilies, corpus.extendedFamilyCount) = Self.densify(extendedFamilies)
    (corpus.applications, corpus.applicationCount) = Self.densify(applicationKeys)
    return corpus
  }

  /// Numbers distinct workspace family ids 0…n-1 in first-seen order; a 0 id (no family) gets its own number.
  private static func densify<ID: FixedWidthInteger>(_ ids: [ID]) -> ([Int32], Int) {
    var map: [ID: Int32] = [:]
    var next: Int32 = 0
    var out: [Int32] = []
    out.reserveCapacity(ids.count)
    for id in ids {
      if id == 0 {
        out.append(next)
        next += 1
      } else if let n = map[id] {
        out.append(n)
      } else {
        map[id] = next
        out.append(next)
        next += 1
      }
    }
    return (out, Int(next))
  }
}
