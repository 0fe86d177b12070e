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

  /// Parses the text of a reference file (one pass over the UTF-8 bytes).
  public init(text: String, path: String) throws {
    var provenance: [String] = []
    var header: [String]?
    var rows: [[String]] = []
    var text = text
    try text.withUTF8 { bytes in
      var lineNumber = 0
      var lineStart = 0
      while lineStart < bytes.count {
        lineNumber += 1
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var contentEnd = lineEnd
        if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        defer { lineStart = lineEnd + 1 }
        guard contentEnd > lineStart else { continue }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd])
        if header == nil, line[0] == UInt8(ascii: "#") {
          var from = 1
          while from < line.count, line[from] == 0x20 { from += 1 }
          provenance.append(String(decoding: UnsafeBufferPointer(rebasing: line[from...]), as: UTF8.self))
          continue
        }
        var cells: [String] = []
        cells.reserveCapacity(header?.count ?? 8)
        var cellStart = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
          cells.append(String(decoding: UnsafeBufferPointer(rebasing: line[cellStart..<i]), as: UTF8.self))
          cellStart = i + 1
        }
        guard let width = header?.count else {
          header = cells
          continue
        }
        if cells.count < width {
          // Trailing empty cells may be cut by editors; a row with only one cell is broken.
          guard cells.count > 1 else { throw ReferenceError.shortRow(path: path, line: lineNumber) }
          cells += Array(repeating: "", count: width - cells.count)
        }
        rows.append(cells.count == width ? cells : Array(cells.prefix(width)))
      }
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
