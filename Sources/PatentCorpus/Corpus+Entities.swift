extension Corpus {
  /// Member patents per extended family (dense family ids), ascending: a counting sort, no array per family.
  /// O(patents).
  public func extendedFamilyMembers() -> RaggedArray<Int32> {
    .grouping(extendedFamilies, count: extendedFamilyCount)
  }

  /// The corpus with each merged link's variant entity folded into its canonical one: the variant's documents in
  /// the shared families name the canonical entity instead (once), and so do its other documents when all its
  /// merged links lead to one canonical entity. The canonical entity lists the variant's name among its
  /// ``CorpusEntity/aliases`` and keeps its own location (the variant's when it has none); entities no patent
  /// names any more are dropped and the rest renumbered in order. O(patents × applicants + entities).
  public func merging(_ links: [EntityLink]) -> Corpus {
    let merges = links.filter { $0.decision == .merged }
    guard !merges.isEmpty else { return self }
    var index: [String: Int] = [:]
    for (i, e) in entities.enumerated() { index[e.key] = i }
    var merged = entities
    var byDocument: [Int32: [(from: Int32, to: Int32)]] = [:]
    var targets: [Int: Set<Int>] = [:]
    for link in merges {
      guard let v = index[link.variantKey], let c = index[link.canonicalKey], v != c else { continue }
      targets[v, default: []].insert(c)
      if !merged[c].aliases.contains(entities[v].name) { merged[c].aliases.append(entities[v].name) }
      if merged[c].location.country == nil { merged[c].location = entities[v].location }
      for d in link.documents { byDocument[d, default: []].append((Int32(v), Int32(c))) }
    }
    var whole = Array(entities.indices).map(Int32.init)  // variants with one canonical: every document
    for (v, cs) in targets where cs.count == 1 { whole[v] = Int32(cs.first ?? v) }
    var corpus = self
    var used = [Bool](repeating: false, count: entities.count)
    var applicants = RaggedArray<Int32>()
    applicants.reserve(rows: self.applicants.count, values: self.applicants.values.count)
    var row: [Int32] = []
    for i in 0..<self.applicants.count {
      row.removeAll(keepingCapacity: true)
      let rewrites = byDocument[Int32(i)] ?? []
      for e in self.applicants[i] {
        let t = rewrites.first { $0.from == e }?.to ?? whole[Int(e)]
        if !row.contains(t) { row.append(t) }
        used[Int(t)] = true
      }
      applicants.append(row)
    }
    var renumbered = [Int32](repeating: -1, count: entities.count)
    var kept: [CorpusEntity] = []
    for i in entities.indices where used[i] {
      renumbered[i] = Int32(kept.count)
      var entity = merged[i]
      entity.aliases.sort()
      kept.append(entity)
    }
    var remapped = RaggedArray<Int32>()
    remapped.reserve(rows: applicants.count, values: applicants.values.count)
    for i in 0..<applicants.count { remapped.append(applicants[i].map { renumbered[Int($0)] }) }
    corpus.entities = kept
    corpus.applicants = remapped
    return corpus
  }
}
