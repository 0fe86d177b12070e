/// Interns element and attribute names as small integer ids.
///
/// libxml2 interns names in its dictionary, so within one parser context a name is always the same pointer:
/// the hot path (one lookup per SAX event) hashes a pointer and allocates nothing. A `String` is created only
/// the first time a name is seen. Extractors look names up by `StaticString`, also keyed by pointer.
/// Ids are stable for the table's lifetime, across documents. One table per parser.
struct NameTable {
  private var byDictPointer: [UnsafeRawPointer: Int32] = [:]
  /// Direct-mapped cache in front of `byDictPointer`: most documents use a few hundred names. libxml2 packs
  /// its names into pools without alignment, so neighbouring names differ only in the low bits of their
  /// address: the slot is a multiplicative (Fibonacci) hash of the whole pointer, not its shifted bits (which
  /// sent three lookups in four to the dictionary).
  private var cacheKeys = [UInt](repeating: 0, count: 1 << Self.cacheBits)
  private var cacheIDs = [Int32](repeating: 0, count: 1 << Self.cacheBits)
  private static let cacheBits = 11
  private var byStaticPointer: [UnsafeRawPointer: Int32] = [:]
  /// Direct-mapped cache in front of `byStaticPointer`: extractors ask for a name at every step they take
  /// (about 200 lookups per DOCDB document), and hashing the pointer with `Hasher` cost about 100 instructions
  /// each. Static strings never move, so entries stay valid for the table's lifetime.
  private var staticKeys = [UInt](repeating: 0, count: 1 << Self.staticCacheBits)
  private var staticIDs = [Int32](repeating: 0, count: 1 << Self.staticCacheBits)
  private static let staticCacheBits = 9
  private var byString: [String: Int32] = [:]
  /// The names, indexed by id.
  private(set) var names: [String] = []
  private var dictionary: UnsafeRawPointer?

  init() {
    byDictPointer.reserveCapacity(1024)
  }

  /// Forgets pointer-keyed entries when libxml2's dictionary changes (ids stay).
  mutating func bind(dictionary: UnsafeRawPointer?) {
    if dictionary != self.dictionary {
      byDictPointer.removeAll(keepingCapacity: true)
      for i in cacheKeys.indices { cacheKeys[i] = 0 }
      self.dictionary = dictionary
    }
  }

  /// The id of a NUL-terminated name from libxml2's dictionary. Amortized O(1), no allocation on a hit.
  @inline(__always)
  mutating func id(dictName pointer: UnsafePointer<UInt8>) -> Int32 {
    let bits = UInt(bitPattern: pointer)
    let slot = Self.slot(bits, Self.cacheBits)
    if cacheKeys[slot] == bits { return cacheIDs[slot] }
    let key = UnsafeRawPointer(pointer)
    let id: Int32
    if let known = byDictPointer[key] {
      id = known
    } else {
      id = intern(String(cString: pointer))
      byDictPointer[key] = id
    }
    cacheKeys[slot] = bits
    cacheIDs[slot] = id
    return id
  }

  /// The id of a name used by an extractor. Amortized O(1), no allocation on a hit.
  @inline(__always)
  mutating func id(_ name: StaticString) -> Int32 {
    let bits = UInt(bitPattern: name.utf8Start)
    let slot = Self.slot(bits, Self.staticCacheBits)
    if staticKeys[slot] == bits { return staticIDs[slot] }
    let key = UnsafeRawPointer(name.utf8Start)
    let id: Int32
    if let known = byStaticPointer[key] {
      id = known
    } else {
      id = intern(name.description)
      byStaticPointer[key] = id
    }
    staticKeys[slot] = bits
    staticIDs[slot] = id
    return id
  }

  /// The slot of an address in a direct-mapped cache of `2^bits` entries: the top bits of the address times
  /// 2^64/φ, which spreads neighbouring addresses over all slots. O(1).
  @inline(__always)
  private static func slot(_ bits: UInt, _ width: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(bits) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - width))
  }

  /// The id of a name given as a string (slow path; allocates only for new names).
  mutating func intern(_ name: String) -> Int32 {
    if let id = byString[name] { return id }
    let id = Int32(names.count)
    names.append(name)
    byString[name] = id
    return id
  }
}
