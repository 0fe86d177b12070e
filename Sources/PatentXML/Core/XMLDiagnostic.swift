/// A problem met while reading input: where it is and what it is.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How bad it is.
  public enum Severity: String, Sendable, Hashable {
    /// Reading went on; the data is complete (e.g. an undeclared entity mapped from our own table).
    case warning
    /// The document could not be read; other documents were.
    case error
  }

  /// How bad it is.
  public var severity: Severity
  /// The input file (archive members as `archive.zip!member.xml`).
  public var file: String
  /// 0-based index of the XML document within the file, when the problem is inside one.
  public var documentIndex: Int?
  /// 1-based line within the file, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?
  /// What happened, in words.
  public var message: String

  /// Creates a diagnostic.
  public init(
    severity: Severity, file: String, documentIndex: Int? = nil, line: Int? = nil,
    column: Int? = nil, message: String
  ) {
    self.severity = severity
    self.file = file
    self.documentIndex = documentIndex
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: error: document N: message`, the form editors and CI logs link.
  public var description: String {
    var location = file
    if let line { location += ":\(line)" }
    if let column, line != nil { location += ":\(column)" }
    let doc = documentIndex.map { "document \($0): " } ?? ""
    return "\(location): \(severity.rawValue): \(doc)\(message)"
  }
}
