/// A list of lists stored flat: one values array and one offsets array (CSR layout).
///
/// Row access is O(1) and allocation-free (an `ArraySlice` of the values); appending a row is amortized
/// O(row length). Memory: 4 bytes per row plus the values.
public struct RaggedArray<Element: Sendable & Hashable>: Sendable, Hashable {
  /// Start offsets; `offsets[i]..<offsets[i + 1]` is row `i`. Always one longer than the row count.
  public private(set) var offsets: [Int32] = [0]
  /// All values, row after row.
  public private(set) var values: [Element] = []

  /// An empty array of rows.
  public init() {}

  /// Number of rows.
  public var count: Int { offsets.count - 1 }

  /// Row `i`.
  public subscript(i: Int) -> ArraySlice<Element> { values[Int(offsets[i])..<Int(offsets[i + 1])] }

  /// Appends a row.
  public mutating func append(_ row: some Sequence<Element>) {
    values.append(contentsOf: row)
    offsets.append(Int32(values.count))
  }

  /// Reserves room for `rows` rows and `values` values.
  public mutating func reserve(rows: Int, values count: Int) {
    offsets.reserveCapacity(rows + 1)
    values.reserveCapacity(count)
  }
}

extension RaggedArray where Element == Int32 {
  /// The indices of `keys` grouped by key: row `k` lists, ascending, the positions `i` with `keys[i] == k`
  /// (keys dense in `0..<count`). A counting sort: O(keys + count), no array per row.
  public static func grouping(_ keys: [Int32], count: Int) -> RaggedArray<Int32> {
    var start = [Int](repeating: 0, count: count + 1)
    for k in keys { start[Int(k) + 1] += 1 }
    for k in 0..<count { start[k + 1] += start[k] }
    var order = [Int32](repeating: 0, count: keys.count)
    var fill = start
    for (i, k) in keys.enumerated() {
      order[fill[Int(k)]] = Int32(i)
      fill[Int(k)] += 1
    }
    var rows = RaggedArray<Int32>()
    rows.reserve(rows: count, values: keys.count)
    for k in 0..<count { rows.append(order[start[k]..<start[k + 1]]) }
    return rows
  }
}
