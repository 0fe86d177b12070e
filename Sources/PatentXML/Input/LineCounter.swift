import CLibXML2

/// Counts line feeds, for the line numbers of diagnostics: every document's bytes pass through here once.
/// O(n), no allocation; the loop is C that the compiler vectorizes (`patnav_count_newlines`).
enum LineCounter {
  /// Number of `\n` bytes in `bytes`.
  static func newlines(in bytes: UnsafeRawBufferPointer) -> Int {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
    return patnav_count_newlines(base.assumingMemoryBound(to: UInt8.self), bytes.count)
  }
}
