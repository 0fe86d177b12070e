/// What the tree builder keeps of a document of one format.
///
/// Element names are local names (namespace prefixes never matter). Lookups are by interned id through a
/// flag table, O(1) per SAX event.
struct TreePolicy: Sendable {
  /// Elements dropped with their whole subtree (descriptions, drawings: most of a full-text document).
  var skip: [StaticString] = []
  /// Elements kept as nodes but without their content (claims are counted, not read).
  var shallow: [StaticString] = []
  /// Elements that each form one record; when empty the root element is the record.
  var records: [StaticString] = []
}

/// The per-name flags of a ``TreePolicy`` resolved against a ``NameTable``.
struct PolicyFlags {
  static let skip: UInt8 = 1
  static let shallow: UInt8 = 2
  static let record: UInt8 = 4

  private var flags: [UInt8]
  /// Whether the root element is the (only) record.
  let rootIsRecord: Bool

  init(policy: TreePolicy, names: inout NameTable) {
    var flags: [UInt8] = []
    func set(_ list: [StaticString], _ bit: UInt8) {
      for name in list {
        let id = Int(names.id(name))
        if id >= flags.count { flags.append(contentsOf: repeatElement(0, count: id - flags.count + 1)) }
        flags[id] |= bit
      }
    }
    set(policy.skip, Self.skip)
    set(policy.shallow, Self.shallow)
    set(policy.records, Self.record)
    self.flags = flags
    rootIsRecord = policy.records.isEmpty
  }

  @inline(__always)
  subscript(id: Int32) -> UInt8 { Int(id) < flags.count ? flags[Int(id)] : 0 }
}
