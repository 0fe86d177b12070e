/// A 64-bit key for "this office, this number" (any kind), to resolve citations to corpus patents without
/// building a string per citation.
///
/// FNV-1a over the office bytes, a separator, and the number bytes. Two different publications collide with
/// probability about n²/2⁶⁵ (for 10⁷ publications, about 3·10⁻⁶).
public enum CitationKey {
  /// The key of an office and a number given as UTF-8 bytes. Inlinable, so that callers in other modules
  /// (the corpus loader, once per citation) get a loop specialized for their byte buffers instead of the
  /// generic one that fetches every byte through the `Sequence` witnesses.
  @inlinable
  public static func make(country: some Sequence<UInt8>, number: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in country { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
    for byte in number { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
  }

  /// The key of an office and a number.
  public static func make(country: String, number: String) -> UInt64 {
    make(country: country.utf8, number: number.utf8)
  }
}
