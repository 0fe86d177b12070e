import PatentCorpus
import ReferenceData

/// The coverage of every target country by every analysed family (the subject's and the competitors'), in one
/// flat array of rows, one cell per target. Built once in O(Σ members × (1 + regional targets × states));
/// reading a cell is O(1) and allocates nothing.
struct CoverageMatrix: Sendable {
  /// Cells per row: the number of targets.
  let width: Int
  /// Row per view family, -1 for families not analysed.
  private let rowOf: [Int32]
  /// Row after row.
  private let cells: [Coverage]

  /// Computes the rows of `families` (distinct view families): national members, and regional members (EP, EA,
  /// AP, OA, GC) with the states the data records. A regional member without recorded states makes every target
  /// its office reaches `regionalUnknown`, unless the family covers it otherwise.
  init(families: [Int], view: FamilyView, corpus: Corpus, targets: [String], countries: CountryTable) {
    width = targets.count
    let countryIDs = targets.map { corpus.countries.id(of: $0) ?? -1 }
    var target = Array(repeating: -1, count: corpus.countries.count)
    for (k, id) in countryIDs.enumerated() where id >= 0 && target[Int(id)] < 0 { target[Int(id)] = k }
    var reach = Array(repeating: [Int](), count: corpus.countries.count)
    for office in ["EP", "EA", "AP", "OA", "GC"] {
      guard let id = corpus.countries.id(of: office) else { continue }
      reach[Int(id)] = targets.indices.filter { k in
        countries[targets[k]].map { $0.regionalRoutes.contains(office) || $0.closedRoutes.contains(office) } ?? false
      }
    }
    var rowOf = Array(repeating: Int32(-1), count: view.count)
    var cells = Array(repeating: Coverage.none, count: families.count * targets.count)
    for (r, f) in families.enumerated() {
      rowOf[f] = Int32(r)
      let base = r * targets.count
      for m in view.members[f] {
        let office = Int(corpus.countryIDs[Int(m)])
        if target[office] >= 0 { cells[base + target[office]] = .national }
        let states = corpus.designatedStates[Int(m)]
        for k in reach[office] where cells[base + k] != .regional && cells[base + k] != .national {
          if states.isEmpty {
            cells[base + k] = .regionalUnknown
          } else if states.contains(countryIDs[k]) {
            cells[base + k] = .regional
          }
        }
      }
    }
    self.rowOf = rowOf
    self.cells = cells
  }

  /// Family `f`'s coverage of target `k` (`none` for families not analysed).
  subscript(f: Int, k: Int) -> Coverage {
    let r = Int(rowOf[f])
    return r < 0 ? .none : cells[r * width + k]
  }

  /// Family `f`'s coverage of every target, in target order (empty for families not analysed).
  func row(_ f: Int) -> ArraySlice<Coverage> {
    let r = Int(rowOf[f])
    return r < 0 ? [] : cells[(r * width)..<((r + 1) * width)]
  }

  /// Whether family `f` covers target `k` (nationally, or regionally with the state recorded).
  func covers(_ f: Int, _ k: Int) -> Bool { self[f, k].covers }

  /// How many of `families` cover target `k`. O(families).
  func count(_ families: [Int], covering k: Int) -> Int {
    var n = 0
    for f in families where covers(f, k) { n += 1 }
    return n
  }
}
