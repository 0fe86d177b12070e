import Foundation

/// Compression detected from a file's first bytes (never its name).
enum Compression {
  case none, gzip, zip

  static func detect(_ path: String) throws -> Compression {
    var magic = [UInt8](repeating: 0, count: 4)
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    let n = read(fd, &magic, 4)
    if n >= 2, magic[0] == 0x1F, magic[1] == 0x8B { return .gzip }
    if n >= 4, magic[0] == 0x50, magic[1] == 0x4B, magic[2] == 0x03, magic[3] == 0x04 { return .zip }
    return .none
  }
}
