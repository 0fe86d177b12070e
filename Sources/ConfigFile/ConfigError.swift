/// A problem in a configuration file, located by file, line and field.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file name.
  public let file: String
  /// 1-based line, when known.
  public let line: Int?
  /// Dotted field path (`segments[2].ipc[0]`), when known.
  public let field: String?
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int?, field: String?, message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  /// `nev.yaml:12: segments[2].ipc[0]: IPC pattern "H1M" must …`.
  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return field.map { "\(location): \($0): \(message)" } ?? "\(location): \(message)"
  }
}
