import Networks
import PatentCorpus

/// OECD generality and originality (Squicciarini, Dernis and Criscuolo 2013, after Trajtenberg, Henderson and
/// Jaffe 1997): 1 − Σ_j s_j², where s_j is the share of the citing (generality) or cited (originality) families
/// in IPC subclass j. A family with several subclasses counts 1/k in each. `nil` without citations.
enum Diversity {
  /// Subclass id (into `subclasses`) per symbol id of the corpus.
  static func subclassIDs(_ corpus: Corpus) -> [Int32] {
    var ids: [Substring: Int32] = [:]
    return corpus.symbols.strings.map { symbol in
      let key = symbol.prefix(4)
      if let id = ids[key] { return id }
      let id = Int32(ids.count)
      ids[key] = id
      return id
    }
  }

  /// Distinct subclass ids per family. O(family symbols).
  static func familySubclasses(_ families: FamilyView, subclassOf: [Int32]) -> RaggedArray<Int32> {
    var rows = RaggedArray<Int32>()
    var row: [Int32] = []
    for f in 0..<families.count {
      row.removeAll(keepingCapacity: true)
      for s in families.symbols[f] {
        let id = subclassOf[Int(s)]
        if !row.contains(id) { row.append(id) }
      }
      rows.append(row)
    }
    return rows
  }

  /// 1 − Σ s_j² over the neighbours' subclasses (fractional counts); `nil` when no neighbour has an IPC code.
  /// Sums in subclass order, so the result does not depend on hashing. `scratch` is reused between calls.
  static func index(
    _ neighbours: ArraySlice<Int32>, subclasses: RaggedArray<Int32>, scratch: inout [(Int32, Double)]
  ) -> Double? {
    scratch.removeAll(keepingCapacity: true)
    var total = 0.0
    for g in neighbours {
      let row = subclasses[Int(g)]
      guard !row.isEmpty else { continue }
      let weight = 1 / Double(row.count)
      for s in row { scratch.append((s, weight)) }
      total += 1
    }
    guard total > 0 else { return nil }
    scratch.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var concentration = 0.0
    var start = 0
    while start < scratch.count {
      var share = 0.0
      var end = start
      while end < scratch.count && scratch[end].0 == scratch[start].0 {
        share += scratch[end].1
        end += 1
      }
      concentration += (share / total) * (share / total)
      start = end
    }
    return 1 - concentration
  }
}
