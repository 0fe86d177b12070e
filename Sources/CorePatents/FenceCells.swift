import PatentCorpus

/// IPC cells (subgroups or main groups) and the families in each, for the fence analysis. O(family symbols)
/// plus a sort of the (cell, family) pairs.
struct FenceCells {
  /// Cell codes.
  let codes: [String]
  /// Main-group id per cell (cells of one main group share it).
  let mainGroup: [Int32]
  /// Cell id per corpus symbol id.
  let cellOfSymbol: [Int32]
  /// Families per cell, ascending.
  let families: RaggedArray<Int32>

  /// `cellCodes` (one per corpus symbol id) replaces IPC cells, e.g. by technology clusters; a cell is then its
  /// own main group.
  init(corpus: Corpus, view: FamilyView, mainGroups: Bool, cellCodes: [String]? = nil) {
    var ids: [String: Int32] = [:]
    var codes: [String] = []
    var groupIDs: [String: Int32] = [:]
    var mainGroup: [Int32] = []
    let cellOfSymbol: [Int32] = corpus.symbols.strings.enumerated().map { index, symbol in
      let given = cellCodes.flatMap { index < $0.count ? $0[index] : nil }
      let group = given ?? symbol.firstIndex(of: "/").map { symbol[..<$0] + "/00" } ?? symbol
      let code = given ?? (mainGroups ? group : symbol)
      if let id = ids[code] { return id }
      let id = Int32(codes.count)
      ids[code] = id
      codes.append(code)
      if groupIDs[group] == nil { groupIDs[group] = Int32(groupIDs.count) }
      mainGroup.append(groupIDs[group] ?? 0)
      return id
    }
    var pairs: [UInt64] = []
    for f in 0..<view.count {
      for s in view.symbols[f] { pairs.append(UInt64(UInt32(cellOfSymbol[Int(s)])) << 32 | UInt64(f)) }
    }
    pairs.sort()
    var families = RaggedArray<Int32>()
    var row: [Int32] = []
    var cell = 0
    var previous = UInt64.max
    for pair in pairs where pair != previous {
      previous = pair
      while cell < Int(pair >> 32) {
        families.append(row)
        row.removeAll(keepingCapacity: true)
        cell += 1
      }
      row.append(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
    }
    while cell < codes.count {
      families.append(row)
      row.removeAll(keepingCapacity: true)
      cell += 1
    }
    self.codes = codes
    self.mainGroup = mainGroup
    self.cellOfSymbol = cellOfSymbol
    self.families = families
  }

  /// The distinct cells of family `f`, ascending.
  func cells(of f: Int, _ view: FamilyView) -> [Int32] {
    var result = view.symbols[f].map { cellOfSymbol[Int($0)] }
    result.sort()
    var kept = 0
    for i in result.indices where kept == 0 || result[kept - 1] != result[i] {
      result[kept] = result[i]
      kept += 1
    }
    result.removeLast(result.count - kept)
    return result
  }
}
