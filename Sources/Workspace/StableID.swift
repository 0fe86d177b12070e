/// Ids derived from natural keys (a publication number, an entity key), for workspaces written by many processes
/// at once: every writer computes the same id without asking the server, so parallel and serial ingests give the
/// same rows, and the id can be the distribution column of a sharded (Citus) database.
///
/// 64-bit FNV-1a of the key's UTF-8 bytes, sign bit cleared (never 0). For 10⁸ keys a collision has a chance of
/// about 3 · 10⁻⁴; writers detect one and stop with an error naming both keys rather than merge them.
enum StableID {
  /// The id of `key`. O(key bytes), no allocation.
  static func of(_ key: String) -> Int64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let id = Int64(bitPattern: hash & 0x7fff_ffff_ffff_ffff)
    return id == 0 ? 1 : id
  }
}
