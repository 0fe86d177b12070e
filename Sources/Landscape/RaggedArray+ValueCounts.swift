import PatentCorpus

extension RaggedArray where Element == Int32 {
  /// How many rows hold each value of `map` (read at each element; negative: no value), a row counting once per
  /// value however many of its elements map to it. O(elements + slots), with no allocation per row: a value's
  /// last counted row is remembered.
  func rowCounts(mappedBy map: [Int32], slots: Int) -> [Int] {
    var counts = Array(repeating: 0, count: slots)
    var last = Array(repeating: -1, count: slots)
    for i in 0..<count {
      for element in self[i] {
        let value = Int(map[Int(element)])
        if value >= 0 && last[value] != i {
          last[value] = i
          counts[value] += 1
        }
      }
    }
    return counts
  }

  /// How many rows have each value of `map` at their first element (negative: no value). O(rows + slots).
  func firstCounts(mappedBy map: [Int32], slots: Int) -> [Int] {
    var counts = Array(repeating: 0, count: slots)
    for i in 0..<count {
      if let head = self[i].first, map[Int(head)] >= 0 { counts[Int(map[Int(head)])] += 1 }
    }
    return counts
  }
}
