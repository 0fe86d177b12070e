import Foundation

/// A content fingerprint of an input file: size plus a 64-bit hash of every byte, so the same file ingested
/// again (under any path) is recognized. A cheap pre-check (path, size and modification time) skips the usual
/// re-ingest without reading; the full hash runs on another thread while the file is parsed.
///
/// Reads the file in 64 KiB chunks; several GB/s on one core. Not cryptographic: it guards against re-ingest,
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
  ///
  /// Four independent multiply-xorshift lanes over 32-byte blocks (a single lane waits on its own multiply: 2 GB/s;
  /// four run side by side), combined at the end; read with `read(2)` into one reused 64 KiB buffer, so no chunk
  /// is allocated and no fresh page is faulted in per chunk. (A buffer of 4 MiB raised glibc's mmap threshold for
  /// the whole process: the 1 M ingest's peak RSS went from 0.8 to 1.3 GB.) The `v2` prefix keeps these apart from the
  /// one-lane fingerprints of earlier versions.
  static func of(path: String) -> String? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 64)
    defer { buffer.deallocate() }
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x9e37_79b9_7f4a_7c15, 1, 2)
    var size = 0
    var pending = 0  // bytes at the start of `buffer` carried over from the last read (less than one block)
    while true {
      let count = read(fd, buffer.baseAddress.map { $0 + pending }, buffer.count - pending)
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      let filled = pending + count
      let blocks = count == 0 ? 0 : filled / 32
      for b in 0..<blocks {
        let o = b * 32
        lanes.0 = mix(lanes.0, buffer.loadUnaligned(fromByteOffset: o, as: UInt64.self))
        lanes.1 = mix(lanes.1, buffer.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self))
        lanes.2 = mix(lanes.2, buffer.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self))
        lanes.3 = mix(lanes.3, buffer.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self))
      }
      size += count
      if count == 0 {
        for i in 0..<filled { lanes.0 = mix(lanes.0, UInt64(buffer[i])) }  // the last partial block
        break
      }
      pending = filled - blocks * 32
      if pending > 0 { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[(blocks * 32)..<filled])) }
    }
    var hash = lanes.0
    for lane in [lanes.1, lanes.2, lanes.3] { hash = mix(hash, lane) }
    return "v2-\(size)-" + String(hash, radix: 16)
  }

  /// One step: xor the word in, multiply (FNV prime), fold the high bits down.
  @inline(__always)
  private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let h = (hash ^ UInt64(littleEndian: word)) &* 0x0000_0100_0000_01b3
    return h ^ (h >> 29)
  }
}
