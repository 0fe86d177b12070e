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
