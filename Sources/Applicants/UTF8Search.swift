/// Literal substring search on UTF-8 bytes, for names and patterns already in the same normalized form (the
/// harmonizer's NFKC upper-case text). Unlike Foundation's `contains`/`range(of:)` it does no case folding or
/// canonical-equivalence work, which on normalized text changes nothing but the cost.
enum UTF8Search {
  /// The byte offset of the first occurrence of `needle` in `haystack` (with `wordBoundaries`, only one with
  /// a space or an end on both sides), or `nil`; an empty needle is never found. O(h × n) worst case, about
  /// O(h) on names; no allocation for native strings.
  static func firstOffset(of needle: String, in haystack: String, wordBoundaries: Bool = false) -> Int? {
    withBytes(haystack) { h in
      withBytes(needle) { n in search(n, in: h, wordBoundaries: wordBoundaries) }
    }
  }

  /// Whether `needle` occurs in `haystack` (see ``firstOffset(of:in:wordBoundaries:)``).
  static func contains(_ haystack: String, _ needle: String, wordBoundaries: Bool = false) -> Bool {
    firstOffset(of: needle, in: haystack, wordBoundaries: wordBoundaries) != nil
  }

  /// Whether `text` is longer than `affix` and ends (`atEnd`) or starts with it; with `spaced`, a space must
  /// separate it from the rest. O(affix length).
  static func hasAffix(_ text: String, _ affix: String, atEnd: Bool, spaced: Bool) -> Bool {
    withBytes(text) { t in
      withBytes(affix) { a in
        guard t.count > a.count, !a.isEmpty else { return false }
        let start = atEnd ? t.count - a.count : 0
        for k in 0..<a.count where t[start + k] != a[k] { return false }
        return !spaced || t[atEnd ? start - 1 : a.count] == 0x20
      }
    }
  }

  /// The index in `text` `offset` UTF-8 bytes from its start.
  static func index(_ text: String, offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offset)
  }

  private static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
  }

  private static func search(
    _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, wordBoundaries: Bool
  ) -> Int? {
    guard let first = n.first, n.count <= h.count else { return nil }
    var i = 0
    let last = h.count - n.count
    while i <= last {
      if h[i] == first {
        var j = 1
        while j < n.count, h[i + j] == n[j] { j += 1 }
        if j == n.count {
          guard wordBoundaries else { return i }
          let before = i == 0 || h[i - 1] == 0x20
          let after = i + n.count == h.count || h[i + n.count] == 0x20
          if before && after { return i }
        }
      }
      i += 1
    }
    return nil
  }
}
