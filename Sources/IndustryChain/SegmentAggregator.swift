import Applicants
import PatentCorpus

/// Counts one segment at a time over the family table (the arithmetic behind ``SegmentMetrics``).
struct SegmentAggregator {
  let corpus: Corpus
  let chain: ChainDefinition
  let table: FamilyTable
  let subjectEntities: [Bool]
  let recent: ClosedRange<Int>
  let previous: ClosedRange<Int>
  let coreFamilies: Set<Int32>?
  let parameters: ChainAnalysis.Parameters
  /// N_R and N_N.
  let subjectTotal: Int
  let referenceTotal: Int

  init(
    corpus: Corpus, chain: ChainDefinition, table: FamilyTable, subjectEntities: [Bool], recent: ClosedRange<Int>,
    previous: ClosedRange<Int>, coreFamilies: Set<Int32>?, parameters: ChainAnalysis.Parameters
  ) {
    self.corpus = corpus
    self.chain = chain
    self.table = table
    self.subjectEntities = subjectEntities
    self.recent = recent
    self.previous = previous
    self.coreFamilies = coreFamilies
    self.parameters = parameters
    var subjectTotal = 0
    var referenceTotal = 0
    for f in 0..<table.count where table.isTagged(f) {
      if table.subject[f] { subjectTotal += 1 }
      if table.reference[f] { referenceTotal += 1 }
    }
    self.subjectTotal = subjectTotal
    self.referenceTotal = referenceTotal
  }

  var coreMethod: String {
    coreFamilies != nil
      ? "Core families: the given core set (core-patent scores), intersected with each segment."
      : "Core families (proxy until core-patent scores are given): per segment, the families whose most-cited "
        + "member has at least the forward citations of the family ranked ⌈\(parameters.coreShare) × n_k⌉ by "
        + "citations (ties included), and at least one citation."
  }

  /// The metrics of segment `k`. O(families + holders log holders).
  func metrics(_ k: Int, industryIndex: Double?, patents: Int) -> SegmentMetrics {
    let segment = chain.segments[k]
    var members: [Int] = []
    var subjectCount = 0
    var referenceCount = 0
    var growth = (subjectRecent: 0, subjectPrevious: 0, referenceRecent: 0, referencePrevious: 0)
    for f in 0..<table.count where table.contains(f, k) && (table.subject[f] || table.reference[f]) {
      members.append(f)
      let year = table.year[f]
      if table.subject[f] {
        subjectCount += 1
        if recent.contains(year) { growth.subjectRecent += 1 }
        if previous.contains(year) { growth.subjectPrevious += 1 }
      }
      if table.reference[f] {
        referenceCount += 1
        if recent.contains(year) { growth.referenceRecent += 1 }
        if previous.contains(year) { growth.referencePrevious += 1 }
      }
    }
    let n = members.count
    let sR = subjectTotal > 0 ? Double(subjectCount) / Double(subjectTotal) : 0
    let sN = referenceTotal > 0 ? Double(referenceCount) / Double(referenceTotal) : 0
    let rta = sN > 0 ? sR / sN : nil
    let core = coreSet(members)
    let subjectCore = core.filter { table.subject[$0] }.count
    let holders = holderCounts(members)
    let ranked = holders.keys.sorted { a, b in
      let (x, y) = (holders[a] ?? (0, 0), holders[b] ?? (0, 0))
      return x.0 != y.0 ? x.0 > y.0 : corpus.entities[Int(a)].key < corpus.entities[Int(b)].key
    }
    func holder(_ e: Int32) -> ChainHolder {
      let entity = corpus.entities[Int(e)]
      let counts = holders[e] ?? (0, 0)
      return ChainHolder(
        key: entity.key, name: entity.name, aliases: entity.aliases, type: entity.type,
        country: entity.location.country,
        province: entity.location.province, city: entity.location.city, families: counts.0,
        recentFamilies: counts.1, share: n > 0 ? Double(counts.0) / Double(n) : 0,
        inSubject: subjectEntities[Int(e)], evidence: evidence(e, members))
    }
    let limit = parameters.candidates
    let attract = ranked.lazy.filter { !subjectEntities[Int($0)] && corpus.entities[Int($0)].type == .company }
      .prefix(limit)
    let cultivate = ranked.lazy.filter { subjectEntities[Int($0)] && corpus.entities[Int($0)].type == .company }
      .prefix(limit)
    let academic = ranked.filter { [.university, .institute].contains(corpus.entities[Int($0)].type) }
    let partners = (academic.filter { subjectEntities[Int($0)] } + academic.filter { !subjectEntities[Int($0)] })
      .prefix(limit)
    let top = Set(ranked.prefix(parameters.concentrationN))
    let concentrated = members.filter { f in table.holders[f].contains { top.contains($0) } }.count
    return SegmentMetrics(
      id: segment.id, nameZH: segment.name.zh, nameEN: segment.name.en, stage: segment.stage, depth: segment.depth,
      parent: segment.parent.map { chain.segments[$0].id }, patents: patents, families: n,
      subjectFamilies: subjectCount, referenceFamilies: referenceCount, subjectShare: sR, referenceShare: sN,
      shareGap: sR - sN, rta: rta, symmetricRTA: rta.map { ($0 - 1) / ($0 + 1) },
      control: n > 0 ? Double(subjectCount) / Double(n) : 0, coreFamilies: core.count,
      subjectCoreFamilies: subjectCore, coreControl: core.isEmpty ? nil : Double(subjectCore) / Double(core.count),
      topHolders: ranked.prefix(parameters.topHolders).map(holder),
      concentration: n > 0 ? Double(concentrated) / Double(n) : 0,
      growth: SegmentGrowth(
        subjectRecent: growth.subjectRecent, subjectPrevious: growth.subjectPrevious,
        subjectRate: SegmentGrowth.rate(growth.subjectRecent, growth.subjectPrevious),
        referenceRecent: growth.referenceRecent, referencePrevious: growth.referencePrevious,
        referenceRate: SegmentGrowth.rate(growth.referenceRecent, growth.referencePrevious),
        relative: relative(growth)),
      position: SegmentPosition.place(
        subjectFamilies: subjectCount, families: n, rta: rta, industryIndex: industryIndex,
        thresholds: parameters.thresholds, subjectTotal: subjectTotal, referenceTotal: referenceTotal),
      candidates: SegmentCandidates(
        attract: attract.map(holder), cultivate: cultivate.map(holder), partners: partners.map(holder)),
      inventors: inventors(members))
  }

  private func relative(
    _ g: (subjectRecent: Int, subjectPrevious: Int, referenceRecent: Int, referencePrevious: Int)
  )
    -> Double?
  {
    guard let s = SegmentGrowth.rate(g.subjectRecent, g.subjectPrevious),
      let r = SegmentGrowth.rate(g.referenceRecent, g.referencePrevious), r > -1
    else { return nil }
    return (1 + s) / (1 + r)
  }

  /// The segment's core families (given set, or the citation proxy).
  private func coreSet(_ members: [Int]) -> [Int] {
    if let coreFamilies { return members.filter { coreFamilies.contains(Int32($0)) } }
    let cited = members.map { Int(table.citations[$0]) }.filter { $0 > 0 }.sorted(by: >)
    guard !cited.isEmpty else { return [] }
    let rank = min(cited.count, max(1, Int((parameters.coreShare * Double(members.count)).rounded(.up))))
    let threshold = cited[rank - 1]
    return members.filter { Int(table.citations[$0]) >= threshold }
  }

  /// The segment's most active inventors: by families, then name; the subject's flagged.
  private func inventors(_ members: [Int]) -> [ChainInventor] {
    var counts: [Int32: (families: Int, recent: Int, local: Bool)] = [:]
    for f in members {
      for inventor in table.inventors[f] {
        let current = counts[inventor] ?? (0, 0, false)
        counts[inventor] = (
          current.families + 1, current.recent + (recent.contains(table.year[f]) ? 1 : 0),
          current.local || table.subject[f]
        )
      }
    }
    let ranked = counts.keys.sorted { a, b in
      let (x, y) = (counts[a]?.families ?? 0, counts[b]?.families ?? 0)
      return x != y ? x > y : corpus.inventorNames[a] < corpus.inventorNames[b]
    }.prefix(parameters.topHolders)
    return ranked.map { inventor in
      var affiliations: [Int32: Int] = [:]
      for f in members where table.inventors[f].contains(inventor) {
        for h in table.holders[f] { affiliations[h, default: 0] += 1 }
      }
      let top = affiliations.max { a, b in
        a.value != b.value ? a.value < b.value : corpus.entities[Int(a.key)].key > corpus.entities[Int(b.key)].key
      }
      let count = counts[inventor] ?? (0, 0, false)
      return ChainInventor(
        name: corpus.inventorNames[inventor], families: count.families, recentFamilies: count.recent,
        inSubject: count.local, affiliation: top.map { corpus.entities[Int($0.key)].name } ?? "")
    }
  }

  /// Per holder entity: (families, families in the recent window).
  private func holderCounts(_ members: [Int]) -> [Int32: (Int, Int)] {
    var counts: [Int32: (Int, Int)] = [:]
    for f in members {
      let isRecent = recent.contains(table.year[f]) ? 1 : 0
      for e in table.holders[f] {
        counts[e, default: (0, 0)] = ((counts[e]?.0 ?? 0) + 1, (counts[e]?.1 ?? 0) + isRecent)
      }
    }
    return counts
  }

  /// The holder's most-cited families in the segment, as their representatives' publication numbers.
  private func evidence(_ entity: Int32, _ members: [Int]) -> [String] {
    let held = members.filter { table.holders[$0].contains(entity) }
    let best = held.sorted { a, b in
      let (x, y) = (table.citations[a], table.citations[b])
      if x != y { return x > y }
      return corpus.publications[Int(table.representative[a])] < corpus.publications[Int(table.representative[b])]
    }
    return best.prefix(parameters.evidence).map { corpus.publications[Int(table.representative[$0])] }
  }
}
