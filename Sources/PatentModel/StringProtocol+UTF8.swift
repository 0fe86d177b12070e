extension StringProtocol {
  /// Calls `body` with the text's UTF-8 bytes: in place for native strings and substrings, from a copy
  /// otherwise. One call through the protocol instead of one per byte, so the byte parsers behind
  /// `init?(parsing: some StringProtocol)` run on concrete buffers even where the generic is not specialized.
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
  }
}

extension String {
  /// Calls `body` with the string's UTF-8 bytes, in place for native strings (small ones from the stack),
  /// copied once for bridged ones. Chosen over the `StringProtocol` version wherever the type is `String`.
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var copy = self
    return copy.withUTF8(body)
  }
}
