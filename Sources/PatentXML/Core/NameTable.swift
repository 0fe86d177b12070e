/// Interns element and attribute names as small integer ids.
///
/// libxml2 interns names in its dictionary, so within one parser context a name is always the same pointer:
/// the hot path (one lookup per SAX event) hashes a pointer and allocates nothing. A `String` is created only
/// the first time a name is seen. Extractors look names up by `StaticString`, also keyed by pointer.
/// Ids are stable for the table's lifetime, across documents. Not thread-safe: one table per parser.
final class NameTable {
  private var byDictPointer: [UnsafeRawPointer: Int32] = [:]
  private var byStaticPointer: [UnsafeRawPointer: Int32] = [:]
  private var byString: [String: Int32] = [:]
  /// The names, indexed by id.
  private(set) var names: [String] = []
  private var dictionary: UnsafeRawPointer?

  init() {
    byDictPointer.reserveCapacity(1024)
  }

  /// Forgets pointer-keyed entries when libxml2's dictionary changes (ids stay).
  func bind(dictionary: UnsafeRawPointer?) {
    if dictionary != self.dictionary {
      byDictPointer.removeAll(keepingCapacity: true)
      self.dictionary = dictionary
    }
  }

  /// The id of a NUL-terminated name from libxml2's dictionary. Amortized O(1), no allocation on a hit.
  @inline(__always)
  func id(dictName pointer: UnsafePointer<UInt8>) -> Int32 {
    let key = UnsafeRawPointer(pointer)
    if let id = byDictPointer[key] { return id }
    let id = intern(String(cString: pointer))
    byDictPointer[key] = id
    return id
  }

  /// The id of a name used by an extractor. Amortized O(1), no allocation on a hit.
  @inline(__always)
  func id(_ name: StaticString) -> Int32 {
    let key = UnsafeRawPointer(name.utf8Start)
    if let id = byStaticPointer[key] { return id }
    let id = intern(name.description)
    byStaticPointer[key] = id
    return id
  }

  /// The id of a name given as a string (slow path; allocates only for new names).
  func intern(_ name: String) -> Int32 {
    if let id = byString[name] { return id }
    let id = Int32(names.count)
    names.append(name)
    byString[name] = id
    return id
  }

  /// Number of distinct names seen.
  var count: Int { names.count }
}
