/// Problems reading a reference-data file.
public enum ReferenceError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The file is neither in the override directory nor bundled.
  case missing(file: String)
  /// The file cannot be read or is not UTF-8.
  case unreadable(path: String, reason: String)
  /// A column the loader needs is absent from the header.
  case missingColumn(path: String, column: String)
  /// A row has fewer cells than the header.
  case shortRow(path: String, line: Int)
  /// A cell holds a value the loader does not know.
  case badValue(path: String, row: Int, value: String)

  /// A sentence naming the file and what is wrong.
  public var description: String {
    switch self {
    case .missing(let file): "reference file \(file) not found (neither in the override directory nor bundled)"
    case .unreadable(let path, let reason): "cannot read reference file \(path): \(reason)"
    case .missingColumn(let path, let column): "\(path): header has no column \(column)"
    case .shortRow(let path, let line): "\(path):\(line): row has fewer cells than the header"
    case .badValue(let path, let row, let value): "\(path): data row \(row): unknown value \(value)"
    }
  }
}
