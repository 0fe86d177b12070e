import Foundation

/// An analysis's output directory: one JSON result (pretty, keys sorted, so the same input gives the same
/// bytes) and its CSV tables.
enum ResultDirectory {
  /// Creates `path` and writes `json` as `name` and each `(file, text)` table.
  static func write(_ path: String, json name: String, _ value: some Encodable, tables: [(String, String)]) throws {
    let directory = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try encoder.encode(value).write(to: directory.appendingPathComponent(name))
    for (file, text) in tables { try Data(text.utf8).write(to: directory.appendingPathComponent(file)) }
  }
}
