import Foundation

/// Interns byte strings as dense ids (0, 1, 2 … in first-seen order): an open-addressing hash table over one
/// byte arena, for the derived-data rebuild's millions of keys (publication numbers, priority keys, family
/// ids) without a `String` or a dictionary entry allocated per key.
///
/// Cost: O(length) per lookup or insert (FNV-1a hash; a probe compares a 32-bit tag stored in the slot, and the
/// bytes only when the tags agree), amortized; memory is the bytes plus 32 bytes per key (arena offset, hash,
/// table slots at a load factor of at most 1/2).
struct ByteInterner {
  /// Byte strings one after another; key `id` is `arena[starts[id]..<starts[id + 1]]`.
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Slot → the key's hash in the high 32 bits and its id + 1 in the low 32 (0 when empty); the count is a power
  /// of two.
  private var slots: [UInt64]

  /// An interner sized for about `capacity` keys of `bytesPerKey` bytes.
  init(capacity: Int = 0, bytesPerKey: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: 0, count: size)
    arena.reserveCapacity(capacity * bytesPerKey)
    starts.reserveCapacity(capacity + 1)
    hashes.reserveCapacity(capacity)
  }

  /// How many distinct keys were interned.
  var count: Int { hashes.count }

  /// The id of `key`, interning it when new. Amortized O(`key.count`).
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(key)
    let (found, slot) = probe(key, hash)
    if let found { return found }
    let id = Int32(hashes.count)
    arena.append(contentsOf: key)
    starts.append(arena.count)
    hashes.append(hash)
    slots[slot] = Self.entry(hash, id)
    if hashes.count * 2 > slots.count { grow() }
    return id
  }

  /// The id of `key` when it was interned, else `nil`. O(`key.count`).
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
    probe(key, Self.hash(key)).id
  }

  /// The id of `key`, or `nil` and the empty slot where it belongs.
  private func probe(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (id: Int32?, slot: Int) {
    let tag = hash & 0xFFFF_FFFF_0000_0000
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let entry = slots[slot]
        if entry & 0xFFFF_FFFF_0000_0000 == tag {
          let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
          if equals(id, key) { return (id, slot) }
        }
        slot = (slot + 1) & mask
      }
      return (nil, slot)
    }
  }

  /// A slot's value for key `id` with `hash`.
  private static func entry(_ hash: UInt64, _ id: Int32) -> UInt64 {
    (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(id) + 1)
  }

  /// Calls `body` with the bytes of key `id` (valid only inside `body`).
  func withBytes<T>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    try arena.withUnsafeBufferPointer { arena in
      try body(UnsafeBufferPointer(rebasing: arena[starts[Int(id)]..<starts[Int(id) + 1]]))
    }
  }

  private func equals(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let (start, end) = (starts[Int(id)], starts[Int(id) + 1])
    guard end - start == key.count else { return false }
    return arena.withUnsafeBytes { arena in
      guard let base = arena.baseAddress, let bytes = key.baseAddress else { return key.count == 0 }
      return memcmp(base + start, bytes, key.count) == 0
    }
  }

  /// Doubles the table and reinserts every id by its stored hash. O(count).
  private mutating func grow() {
    var table = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = table.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while table[slot] != 0 { slot = (slot + 1) & mask }
      table[slot] = Self.entry(hash, Int32(id))
    }
    slots = table
  }

  /// 64-bit FNV-1a, with a final mix so that the low bits (the slot) depend on every byte.
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    h ^= h >> 33
    h = h &* 0xff51_afd7_ed55_8ccd
    return h ^ (h >> 33)
  }
}
