/// Builds a ``Corpus`` patent by patent; resolves citations and densifies family ids at the end.
///
/// Appending is amortized O(list lengths); ``build()`` is O(patents + citations).
public struct CorpusBuilder: Sendable {
  private var corpus = Corpus()
  private var entityIndex: [Int64: Int32] = [:]
  private var simpleFamilies: [Int64] = []
  private var extendedFamilies: [Int64] = []
  private var cited: [[String]] = []

  /// An empty builder.
  public init() {}

  /// Adds an entity; patents refer to entities by workspace id. Adding the same id twice keeps the first.
  public mutating func add(_ entity: CorpusEntity) {
    guard entityIndex[entity.workspaceID] == nil else { return }
    entityIndex[entity.workspaceID] = Int32(corpus.entities.count)
    corpus.entities.append(entity)
  }

  /// Adds a patent. Applicants not added as entities are dropped.
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
    corpus.forwardCitations.append(patent.forwardCitations)
    corpus.backwardCitations.append(patent.backwardCitations)
    corpus.ipc.append(patent.ipc.map { corpus.symbols.intern($0) })
    corpus.cpc.append(patent.cpc.map { corpus.symbols.intern($0) })
    corpus.applicants.append(patent.applicants.compactMap { entityIndex[$0] })
    corpus.designatedStates.append(patent.designatedStates.map { corpus.countries.intern($0) })
    simpleFamilies.append(patent.simpleFamily)
    extendedFamilies.append(patent.extendedFamily)
    cited.append(patent.cited)
  }

  /// The finished corpus.
  public consuming func build() -> Corpus {
    // Citations: `country|number` → corpus patent (the first of that number, any kind).
    var byNumber: [String: Int32] = [:]
    byNumber.reserveCapacity(corpus.count)
    for (i, publication) in corpus.publications.enumerated() {
      let parts = publication.split(separator: " ")
      guard parts.count >= 2 else { continue }
      let key = "\(parts[0])|\(parts[1])"
      if byNumber[key] == nil { byNumber[key] = Int32(i) }
    }
    for (i, list) in cited.enumerated() {
      var row: [Int32] = []
      for key in list {
        if let target = byNumber[key], target != Int32(i), !row.contains(target) { row.append(target) }
      }
      corpus.citedPatents.append(row)
    }
    (corpus.simpleFamilies, corpus.simpleFamilyCount) = Self.densify(simpleFamilies)
    (corpus.extendedFamilies, corpus.extendedFamilyCount) = Self.densify(extendedFamilies)
    return corpus
  }

  /// Numbers distinct workspace family ids 0…n-1 in first-seen order; a 0 id (no family) gets its own number.
  private static func densify(_ ids: [Int64]) -> ([Int32], Int) {
    var map: [Int64: Int32] = [:]
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
