/// Interned strings: each distinct string stored once and named by a dense `Int32` id.
///
/// `intern` is an O(1) expected hash probe; `subscript` is O(1).
public struct StringPool: Sendable, Hashable {
  /// The strings, by id.
  public private(set) var strings: [String] = []
  private var ids: [String: Int32] = [:]

  /// An empty pool.
  public init() {}

  /// The id of `string`, adding it when new.
  @discardableResult
  public mutating func intern(_ string: String) -> Int32 {
    if let id = ids[string] { return id }
    let id = Int32(strings.count)
    strings.append(string)
    ids[string] = id
    return id
  }

  /// The id of `string` if interned.
  public func id(of string: String) -> Int32? { ids[string] }

  /// The string with this id.
  public subscript(id: Int32) -> String { strings[Int(id)] }

  /// Number of distinct strings.
  public var count: Int { strings.count }
}
