import Foundation

/// Buffered byte output to stdout or a file (records are small; write(2) per record would dominate).
final class OutputSink {
  private let fd: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8] = []
  private let path: String

  /// Opens `path` for writing (truncating), or stdout when `nil`.
  init(path: String?) throws {
    self.path = path ?? "<stdout>"
    if let path {
      fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
      ownsDescriptor = true
    } else {
      fd = STDOUT_FILENO
      ownsDescriptor = false
    }
    buffer.reserveCapacity(1 << 20)
  }

  /// Appends bytes, flushing every MiB.
  func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try? flush() }
  }

  /// Writes out what is buffered.
  func flush() throws {
    var written = 0
    while written < buffer.count {
      let n = buffer.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Foundation.write(fd, base + written, raw.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
      }
      written += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file.
  func close() throws {
    try flush()
    if ownsDescriptor { Foundation.close(fd) }
  }
}

/// Writes diagnostics to standard error.
enum StandardError {
  /// Prints one line to stderr.
  static func print(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Writes text to stderr as is (progress lines).
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Writes data to standard output.
enum StandardOutput {
  /// Prints text and a newline to stdout.
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}

/// Failures of the command-line tool itself.
enum CLIError: Error, CustomStringConvertible {
  /// The output cannot be written.
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
