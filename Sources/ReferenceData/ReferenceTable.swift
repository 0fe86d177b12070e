import Foundation

/// A tab-separated reference file: leading `#` comment lines (source, as-of date), one header row, rows.
///
/// Cells are never quoted (the files hold no tabs or newlines in values). Complexity: O(file size).
public struct ReferenceTable: Sendable {
  /// The path the table was read from (for messages).
  public let path: String
  /// The comment lines without the leading `# `: where the data comes from and its as-of date.
  public let provenance: [String]
  /// Column names.
  public let header: [String]
  /// Rows; each has exactly `header.count` cells (missing trailing cells are empty).
  public let rows: [[String]]

  /// Parses the text of a reference file.
  public init(text: String, path: String) throws {
    var provenance: [String] = []
    var header: [String]?
    var rows: [[String]] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = line.hasSuffix("\r") ? line.dropLast() : line
      if header == nil {
        if line.hasPrefix("#") {
          provenance.append(String(line.dropFirst().drop { $0 == " " }))
          continue
        }
        if line.isEmpty { continue }
        header = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        continue
      }
      if line.isEmpty { continue }
      var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let width = header?.count ?? 0
      if cells.count < width {
        // Trailing empty cells may be cut by editors; a row with only one cell is broken.
        guard cells.count > 1 else { throw ReferenceError.shortRow(path: path, line: lineNumber) }
        cells += Array(repeating: "", count: width - cells.count)
      }
      rows.append(Array(cells.prefix(width)))
    }
    self.path = path
    self.provenance = provenance
    self.header = header ?? []
    self.rows = rows
  }

  /// Reads and parses a file.
  public init(contentsOf url: URL) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw ReferenceError.unreadable(path: url.path, reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ReferenceError.unreadable(path: url.path, reason: "not UTF-8")
    }
    try self.init(text: text, path: url.path)
  }

  /// The index of a column, or a ``ReferenceError/missingColumn(path:column:)`` error.
  public func column(_ name: String) throws -> Int {
    guard let index = header.firstIndex(of: name) else {
      throw ReferenceError.missingColumn(path: path, column: name)
    }
    return index
  }

  /// The `as-of:` provenance line, when present.
  public var asOf: String? {
    provenance.first { $0.hasPrefix("as-of:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
  }
}
