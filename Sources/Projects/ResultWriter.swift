import Foundation

/// Writes an analysis result: one JSON file (pretty, keys sorted, so the same input gives the same bytes) and
/// its CSV tables, into a directory it creates.
public enum ResultWriter {
  /// Creates `directory` and writes `value` as `name` and each `(file, text)` table.
  public static func write(
    _ directory: URL, json name: String, _ value: some Encodable, tables: [(String, String)] = []
  ) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try encoder.encode(value).write(to: directory.appendingPathComponent(name))
    for (file, text) in tables { try Data(text.utf8).write(to: directory.appendingPathComponent(file)) }
  }

  /// Reads a result written by ``write(_:json:_:tables:)``.
  public static func read<T: Decodable>(_ type: T.Type, _ directory: URL, json name: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(contentsOf: directory.appendingPathComponent(name)))
  }

  static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
