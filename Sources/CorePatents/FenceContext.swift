import PatentCorpus
import PatentModel
import ReferenceData

extension FenceAnalysis {
  /// One neighbourhood cell's counts, kept for the opportunity rules.
  struct CellStats {
    let id: Int32
    let cell: FenceCell
    let relation: Relation
    /// Recent families of holders other than the owner.
    let othersRecent: [Int]
    /// Per non-owner holder, its recent families in the cell.
    let recentByHolder: [Int32: [Int]]
  }

  /// What the opportunity rules read.
  struct Context {
    let corpus: Corpus
    let view: FamilyView
    let scores: CoreScores
    let cells: FenceCells
    let reference: ReferenceData
    let owner: Set<Int32>
    let years: [Int]
    let recent: ClosedRange<Int>
    let previous: ClosedRange<Int>
    let filedYears: [Int]
    let parameters: FenceParameters

    /// Titles of an IPC code, or of the first code of a cluster cell (`cluster 3: H01M10/00 …`).
    func title(_ code: String) -> (String, String) {
      let symbol = code.range(of: ": ").map { String(code[$0.upperBound...].prefix { $0 != " " }) } ?? code
      let entry = reference.ipcTitles.nearest(symbol)
      return (entry?.en ?? "", entry?.zh ?? "")
    }

    func publication(_ f: Int) -> String { corpus.publications[Int(view.representative[f])] }

    /// Families by score, best first.
    func best(_ families: some Sequence<Int>) -> [String] {
      families.sorted { scores.score[$0] != scores.score[$1] ? scores.score[$0] > scores.score[$1] : $0 < $1 }
        .prefix(parameters.evidence).map(publication)
    }

    /// Counts a cell: families, the owner's, windows, per-year series and leading holders. O(cell families).
    func cellStats(_ id: Int32, relation: Relation) -> CellStats {
      let families = cells.families[Int(id)]
      var perYear = Array(repeating: 0, count: years.count)
      var byHolder: [Int32: (families: Int, recent: Int, perYear: [Int])] = [:]
      var ownerFamilies = 0
      var recentCount = 0
      var previousCount = 0
      var othersRecent: [Int] = []
      var recentByHolder: [Int32: [Int]] = [:]
      for family in families {
        let f = Int(family)
        let year = filedYears[f]
        let slot = years.first.map { year - $0 } ?? -1
        let isRecent = recent.contains(year)
        if years.indices.contains(slot) { perYear[slot] += 1 }
        if isRecent { recentCount += 1 }
        if previous.contains(year) { previousCount += 1 }
        let holders = view.holders[f]
        let owned = holders.contains(where: owner.contains)
        if owned { ownerFamilies += 1 } else if isRecent { othersRecent.append(f) }
        for h in holders {
          var entry = byHolder[h] ?? (0, 0, Array(repeating: 0, count: years.count))
          entry.families += 1
          if isRecent {
            entry.recent += 1
            if !owned { recentByHolder[h, default: []].append(f) }
          }
          if years.indices.contains(slot) { entry.perYear[slot] += 1 }
          byHolder[h] = entry
        }
      }
      let leading = byHolder.keys.sorted { a, b in
        let (x, y) = (byHolder[a]?.families ?? 0, byHolder[b]?.families ?? 0)
        return x != y ? x > y : corpus.entities[Int(a)].key < corpus.entities[Int(b)].key
      }.prefix(5)
      let code = cells.codes[Int(id)]
      let (en, zh) = title(code)
      let cell = FenceCell(
        code: code, titleEN: en, titleZH: zh, relation: relation.name, families: families.count,
        ownerFamilies: ownerFamilies, recent: recentCount, previous: previousCount, perYear: perYear,
        holders: leading.map { h in
          let entry = byHolder[h] ?? (0, 0, [])
          return CellHolder(
            name: corpus.entities[Int(h)].name, families: entry.families, recent: entry.recent,
            perYear: entry.perYear, isOwner: owner.contains(h))
        })
      return CellStats(
        id: id, cell: cell, relation: relation, othersRecent: othersRecent, recentByHolder: recentByHolder)
    }

    /// Defensive: others file, the owner holds little.
    func defensive(_ s: CellStats, related: Set<Int>) -> FenceOpportunity? {
      let share = s.cell.families > 0 ? Double(s.cell.ownerFamilies) / Double(s.cell.families) : 0
      guard share <= parameters.maxOwnerShare, s.othersRecent.count >= parameters.minRecent else { return nil }
      let score = Double(s.othersRecent.count) * (1 - share) * s.relation.weight
      return FenceOpportunity(
        code: s.cell.code, titleEN: s.cell.titleEN, titleZH: s.cell.titleZH, score: score,
        rule:
          "others filed \(s.othersRecent.count) families in \(recent.lowerBound)–\(recent.upperBound); the owner holds "
          + "\(s.cell.ownerFamilies) of \(s.cell.families) (\(percent(share)) ≤ \(percent(parameters.maxOwnerShare))); "
          + "relation \(s.relation.name) (weight \(s.relation.weight)); score = \(s.othersRecent.count) × "
          + "(1 − \(rounded(share))) × \(s.relation.weight)",
        holder: nil, core: best(related), evidence: best(s.othersRecent))
    }

    /// Encirclement: one competitor concentrates the others' recent filings.
    func encirclement(_ s: CellStats, related: Set<Int>) -> FenceOpportunity? {
      guard !s.othersRecent.isEmpty,
        let top = s.recentByHolder.max(by: { a, b in
          a.value.count != b.value.count
            ? a.value.count < b.value.count : corpus.entities[Int(a.key)].key > corpus.entities[Int(b.key)].key
        })
      else { return nil }
      let share = Double(top.value.count) / Double(s.othersRecent.count)
      guard share >= parameters.encirclementShare, top.value.count >= parameters.minRecent else { return nil }
      let name = corpus.entities[Int(top.key)].name
      return FenceOpportunity(
        code: s.cell.code, titleEN: s.cell.titleEN, titleZH: s.cell.titleZH,
        score: Double(top.value.count) * share * s.relation.weight,
        rule:
          "\(name) filed \(top.value.count) of the \(s.othersRecent.count) recent families of others "
          + "(\(percent(share)) ≥ \(percent(parameters.encirclementShare))); relation \(s.relation.name); score = "
          + "\(top.value.count) × \(rounded(share)) × \(s.relation.weight)",
        holder: name, core: best(related), evidence: best(top.value))
    }

    /// Surrounding: the improvement cells of the families citing each surrounded core family.
    func surrounding(_ surrounded: [Int]) -> [FenceOpportunity] {
      var citing: [Int32: Set<Int>] = [:]
      var cores: [Int32: Set<Int>] = [:]
      var holderShare: [Int32: Double] = [:]
      var holderNames: [Int32: Set<String>] = [:]
      for s in surrounded {
        let holders = Set(view.holders[s])
        for g in scores.graph.predecessors(of: s) where !view.holders[Int(g)].contains(where: holders.contains) {
          for cell in cells.cells(of: Int(g), view) {
            let members = cells.families[Int(cell)]
            let share =
              Double(members.filter { view.holders[Int($0)].contains(where: holders.contains) }.count)
              / Double(max(1, members.count))
            guard share <= parameters.maxHolderShare else { continue }
            citing[cell, default: []].insert(Int(g))
            cores[cell, default: []].insert(s)
            holderShare[cell] = max(holderShare[cell] ?? 0, share)
            holderNames[cell, default: []].formUnion(holders.map { corpus.entities[Int($0)].name })
          }
        }
      }
      return citing.keys.sorted().map { cell in
        let count = citing[cell]?.count ?? 0
        let share = holderShare[cell] ?? 0
        let code = cells.codes[Int(cell)]
        let (en, zh) = title(code)
        return FenceOpportunity(
          code: code, titleEN: en, titleZH: zh, score: Double(count) * (1 - share),
          rule:
            "\(count) families of others cite the surrounded core here; its holder holds \(percent(share)) of the "
            + "cell (≤ \(percent(parameters.maxHolderShare))); score = \(count) × (1 − \(rounded(share)))",
          holder: holderNames[cell]?.sorted().joined(separator: "; "), core: best(cores[cell] ?? []),
          evidence: best(citing[cell] ?? []))
      }
    }

    /// Ended patents of the given families, best family first, then by publication: each with the offices where
    /// its family is free to practise on the as-of date (ended there, no restoration still possible) and, for
    /// the owner's own lapses that can still be restored, "restore or drop" instead of free technology.
    func lapsed(_ families: some Sequence<Int>, ranks: [Int]) -> [LapsedPatent] {
      var rows: [LapsedPatent] = []
      let asOf = view.asOf
      for f in families.sorted(by: { ranks[$0] < ranks[$1] }) {
        let offices = view.officeStatus[f]
        let inForce = offices.filter { !$0.state.isEnded }.map { corpus.countries[$0.office] }
        let free = offices.filter { $0.isFree(on: asOf) }.map { corpus.countries[$0.office] }
        let owned = view.holders[f].contains { owner.contains($0) }
        for m in view.members[f] {
          let i = Int(m)
          let app = view.law.of(patent: i, in: corpus)
          guard [.lapsed, .expired, .revoked, .abandoned].contains(app.state), app.granted > 0 else { continue }
          let restorable = app.restorable(on: asOf)
          let action: String
          if restorable {
            action = owned ? "restore-or-drop" : "restorable-by-holder"
          } else {
            action = free.contains(corpus.country(of: i)) ? "free-to-practise" : "member-in-force"
          }
          rows.append(
            LapsedPatent(
              publication: corpus.publications[i], office: corpus.country(of: i), title: corpus.titles[i],
              holders: corpus.applicants[i].map { corpus.entities[Int($0)].name }, status: app.state.familyStatus,
              state: app.state, date: DayNumber.iso(app.since), familyScore: scores.score[f], familyRank: ranks[f],
              aliveElsewhere: Array(Set(inForce)).sorted(), freeIn: Array(Set(free)).sorted(),
              restorableUntil: restorable ? ApplicationStatus.deadline(app.restorableUntil) : nil,
              action: action, owned: owned))
        }
        if rows.count >= parameters.top { break }
      }
      return Array(rows.prefix(parameters.top))
    }

    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
    func rounded(_ value: Double) -> String { String(Double(Int((value * 1000).rounded())) / 1000) }
  }
}
