import Foundation

/// A temporary directory for files a test derives from real corpus documents; removed on deinit.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `data` to `name` inside the directory and returns its path.
  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file.path
  }

  /// The documents of a real bundle, split at their XML declarations.
  static func documents(of relative: String) throws -> [Data] {
    let data = try Data(contentsOf: URL(fileURLWithPath: Corpus.path(relative)))
    let marker = Data("\n<?xml ".utf8)
    var documents: [Data] = []
    var start = data.startIndex
    var search = data.startIndex
    while let range = data.range(of: marker, in: search..<data.endIndex) {
      documents.append(data[start...range.lowerBound])
      start = range.lowerBound + 1
      search = start
    }
    documents.append(data[start...])
    return documents
  }

  /// 1-based line of byte `offset` in `data`.
  static func line(of offset: Int, in data: Data) -> Int {
    data.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
