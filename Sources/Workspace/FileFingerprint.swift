import Foundation

/// A content fingerprint of an input file: size plus a 64-bit hash of every byte, so the same file ingested
/// again (under any path) is recognized. A cheap pre-check (path, size and modification time) skips the usual
/// re-ingest without reading; the full hash runs on another thread while the file is parsed.
///
/// Reads the file in 4 MiB chunks; about 2 GB/s on one core. Not cryptographic: it guards against re-ingest,
/// not against an adversary.
enum FileFingerprint {
  /// Size in bytes and modification time (seconds.nanoseconds since 1970), or `nil` when the file is missing.
  static func stat(path: String) -> (bytes: Int, modified: String)? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
    let bytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return (bytes, String(format: "%.6f", modified))
  }

  /// Starts hashing `path` on a global queue; `wait()` returns the fingerprint.
  struct Task: Sendable {
    private let hash: Background<String?>

    init(path: String) { hash = Background { FileFingerprint.of(path: path) } }

    /// Waits for the hash; `nil` when the file could not be read.
    func wait() -> String? { (try? hash.value()) ?? nil }
  }

  /// `size-hash` in hex, or `nil` when the file cannot be read.
  static func of(path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var size = 0
    while true {
      guard let chunk = try? handle.read(upToCount: 4 << 20), !chunk.isEmpty else { break }
      size += chunk.count
      chunk.withUnsafeBytes { raw in
        let words = raw.count / 8
        for i in 0..<words {
          let word = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
          hash = (hash ^ word) &* 0x0000_0100_0000_01b3
          hash ^= hash >> 29
        }
        for i in (words * 8)..<raw.count {
          hash = (hash ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3
        }
      }
    }
    return "\(size)-" + String(hash, radix: 16)
  }
}
