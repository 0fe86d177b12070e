/// Whitespace normalization for text taken from XML.
enum TextNormalizer {
  /// Collapses runs of ASCII whitespace to one space and trims; `nil` when nothing is left.
  ///
  /// Complexity: O(n); allocates the result only.
  static func collapse(_ bytes: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace {
          out.append(0x20)
          pendingSpace = false
        }
        out.append(byte)
      }
    }
    return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
  }
}
