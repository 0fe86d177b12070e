import PatentCorpus

extension WorkspaceAggregates {
  /// The aggregates computed in memory from a loaded corpus (the reference the push-down is tested against).
  /// O(patents + list values + pairs per family).
  public init(corpus: Corpus) {
    let familyCount = corpus.extendedFamilyCount
    var familyName = [String?](repeating: nil, count: familyCount)
    var priorityYear = [Int](repeating: 0, count: familyCount)
    var citations = [Int](repeating: 0, count: familyCount)
    var sets = (
      sections: [String: Set<Int32>](), classes: [String: Set<Int32>](), subclasses: [String: Set<Int32>](),
      groups: [String: Set<Int32>](), applicants: [String: Set<Int32>](), offices: [String: Set<Int32>]()
    )
    var familySubclasses = [Set<String>](repeating: [], count: familyCount)
    var publicationYears: [String: Int] = [:]
    for i in 0..<corpus.count {
      let f = corpus.extendedFamilies[i]
      let family = Int(f)
      if familyName[family].map({ corpus.publications[i] < $0 }) ?? true { familyName[family] = corpus.publications[i] }
      let year = Int(corpus.priorityYears[i])
      if year > 0, priorityYear[family] == 0 || year < priorityYear[family] { priorityYear[family] = year }
      citations[family] += Int(corpus.forwardCitations[i])
      let published = corpus.publicationYears[i]
      publicationYears[published > 0 ? String(published) : "unknown", default: 0] += 1
      sets.offices[corpus.country(of: i), default: []].insert(f)
      for symbol in corpus.ipc[i] {
        let compact = corpus.symbols[symbol]
        sets.sections[String(compact.prefix(1)), default: []].insert(f)
        sets.classes[String(compact.prefix(3)), default: []].insert(f)
        sets.subclasses[String(compact.prefix(4)), default: []].insert(f)
        sets.groups[String(compact.prefix { $0 != "/" }), default: []].insert(f)
        familySubclasses[family].insert(String(compact.prefix(4)))
      }
      for entity in corpus.applicants[i] { sets.applicants[corpus.entities[Int(entity)].key, default: []].insert(f) }
    }
    func counts(_ map: [String: Set<Int32>]) -> [Count] {
      Self.ranked(map.map { Count(label: $0.key, count: $0.value.count) })
    }
    var pairs: [String: Int] = [:]
    for subclasses in familySubclasses {
      let sorted = subclasses.sorted()
      for a in sorted.indices {
        for b in sorted.indices where b > a { pairs[sorted[a] + "\t" + sorted[b], default: 0] += 1 }
      }
    }
    var years: [String: Int] = [:]
    for family in 0..<familyCount where familyName[family] != nil {
      years[priorityYear[family] > 0 ? String(priorityYear[family]) : "unknown", default: 0] += 1
    }
    patents = corpus.count
    families = familyName.compactMap { $0 }.count
    ipcSections = counts(sets.sections)
    ipcClasses = counts(sets.classes)
    ipcSubclasses = counts(sets.subclasses)
    ipcMainGroups = counts(sets.groups)
    applicants = counts(sets.applicants)
    familiesByOffice = counts(sets.offices)
    familiesByPriorityYear = Self.byYear(years.map { Count(label: $0.key, count: $0.value) })
    patentsByPublicationYear = Self.byYear(publicationYears.map { Count(label: $0.key, count: $0.value) })
    ipcPairs = Self.ranked(
      pairs.map { key, n in
        let parts = key.split(separator: "\t").map(String.init)
        return Pair(first: parts[0], second: parts[1], families: n)
      })
    citedFamilies = Self.ranked(
      (0..<familyCount).compactMap { f in
        guard let name = familyName[f], citations[f] > 0 else { return nil }
        return Count(label: name, count: citations[f])
      })
  }
}
