/// Whitespace normalization for text taken from XML.
enum TextNormalizer {
  /// Collapses runs of ASCII whitespace to one space and trims; `nil` when nothing is left.
  ///
  /// Complexity: O(n); writes straight into the result's storage (one allocation, none for text of up to 15
  /// bytes), with invalid UTF-8 repaired as `String(decoding:as:)` does.
  static func collapse(_ bytes: ArraySlice<UInt8>) -> String? {
    let text = bytes.withUnsafeBufferPointer { source in
      String(unsafeUninitializedCapacity: source.count) { out in
        var count = 0
        var pendingSpace = false
        for byte in source {
          if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
            pendingSpace = count > 0
          } else {
            if pendingSpace {
              out[count] = 0x20
              count += 1
              pendingSpace = false
            }
            out[count] = byte
            count += 1
          }
        }
        return count
      }
    }
    return text.isEmpty ? nil : text
  }
}
