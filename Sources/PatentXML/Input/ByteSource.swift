import CInflate
import Foundation
import ZIPFoundation

/// Errors reading input bytes.
public enum InputError: Error, CustomStringConvertible, Sendable {
  /// The file cannot be opened or read.
  case unreadable(path: String, reason: String)
  /// A compressed stream is corrupt or ends early.
  case corrupt(path: String, reason: String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .corrupt(let path, let reason): "\(path): corrupt compressed data: \(reason)"
    }
  }
}

/// Pushes the bytes of one input (a plain file, a gzip stream, or one zip member) in chunks.
enum ByteSource {
  /// Chunk size for reads: large enough to amortize system calls, small enough to stay in cache.
  static let chunkSize = 4 << 20

  /// Reads a plain file with POSIX `read`, handing each chunk to `body`.
  static func readFile(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let n = read(fd, buffer.baseAddress, chunkSize)
      if n < 0 {
        if errno == EINTR { continue }
        throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { return }
      try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
    }
  }

  /// Reads a gzip file (multi-member streams included), handing decompressed chunks to `body`.
  static func readGzip(_ path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    let inflater = Inflater(path: path)
    try readFile(path) { chunk in try inflater.push(chunk, body) }
    try inflater.finish()
  }

  /// Reads every member of a zip archive; members that are themselves archives are reported, not opened.
  static func readZip(
    _ path: String, member: (String, ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> Void,
    skipped: (String, String) -> Void
  ) throws {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw InputError.corrupt(path: path, reason: "not a readable zip archive (\(error))")
    }
    let entries = archive.filter { $0.type == .file }.sorted { $0.path < $1.path }
    for entry in entries {
      let name = "\(path)!\(entry.path)"
      let lower = entry.path.lowercased()
      if lower.hasSuffix(".zip") || lower.hasSuffix(".gz") || lower.hasSuffix(".tar") {
        skipped(name, "nested archive not opened; extract it first")
        continue
      }
      try member(name) { body in
        do {
          _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { data in
            try data.withUnsafeBytes { try body($0) }
          }
        } catch let error as InputError {
          throw error
        } catch {
          throw InputError.corrupt(path: name, reason: "\(error)")
        }
      }
    }
  }
}

/// One zlib inflate stream; owns its `z_stream` and frees it in `deinit`.
final class Inflater {
  private var stream = z_stream()
  private let path: String
  private var ended = false
  private var output = [UInt8](repeating: 0, count: 1 << 20)
  private var initialized = false

  init(path: String) {
    self.path = path
    // 15 + 32: zlib or gzip header, detected.
    initialized = patnav_inflateInit2(&stream, 15 + 32) == Z_OK
  }

  deinit { if initialized { inflateEnd(&stream) } }

  func push(_ input: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    guard initialized else { throw InputError.corrupt(path: path, reason: "zlib could not start") }
    guard let base = input.baseAddress, !input.isEmpty else { return }
    stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
    stream.avail_in = uInt(input.count)
    while true {
      if ended {
        // Another gzip member follows (concatenated .gz files are valid).
        inflateReset(&stream)
        ended = false
      }
      var outputFull = false
      let status = try output.withUnsafeMutableBytes { out -> Int32 in
        guard let base = out.baseAddress else { return Z_BUF_ERROR }
        stream.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(out.count)
        let status = inflate(&stream, Z_NO_FLUSH)
        let produced = out.count - Int(stream.avail_out)
        outputFull = stream.avail_out == 0
        if produced > 0 { try body(UnsafeRawBufferPointer(rebasing: out[0..<produced])) }
        return status
      }
      switch status {
      case Z_STREAM_END:
        ended = true
        if stream.avail_in == 0 { return }
      case Z_OK, Z_BUF_ERROR:
        if stream.avail_in == 0 && !outputFull { return }
      default:
        let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        throw InputError.corrupt(path: path, reason: message)
      }
    }
  }

  func finish() throws {
    guard ended else { throw InputError.corrupt(path: path, reason: "gzip stream ends early (truncated file)") }
  }
}
