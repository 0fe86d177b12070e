/// A reusable byte buffer for composing a key from parts (a prefix and a column's bytes) before interning it.
struct KeyBuilder {
  private var bytes: [UInt8] = []

  /// Starts a new key with the byte `prefix` (which separates key kinds that share an interner).
  mutating func start(_ prefix: UInt8) {
    bytes.removeAll(keepingCapacity: true)
    bytes.append(prefix)
  }

  /// Appends bytes to the key.
  mutating func append(_ part: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: part) }

  /// Appends one byte (a separator).
  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  /// Calls `body` with the key's bytes.
  func withKey<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
    try bytes.withUnsafeBufferPointer(body)
  }
}
