/// Problems with user-supplied harmonization input.
public enum ApplicantsError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The alias file cannot be read.
  case unreadableAliasFile(path: String, reason: String)
  /// A line of the alias file is not `variant<TAB>canonical[<TAB>type]`.
  case malformedAlias(path: String, line: Int, reason: String)

  /// A sentence with the file and line.
  public var description: String {
    switch self {
    case .unreadableAliasFile(let path, let reason): "cannot read alias file \(path): \(reason)"
    case .malformedAlias(let path, let line, let reason): "\(path):\(line): \(reason)"
    }
  }
}
