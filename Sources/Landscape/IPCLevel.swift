/// The IPC level a landscape counts or clusters at.
public enum IPCLevel: String, Sendable, Codable, CaseIterable {
  /// `H`.
  case section
  /// `H01`.
  case `class`
  /// `H01M`.
  case subclass
  /// `H01M10/00` (main group of the symbol).
  case mainGroup = "main-group"
  /// `H01M10/052` (the full symbol).
  case subgroup

  /// The symbol cut to this level, from a compact symbol (`H01M10/052`).
  public func cut(_ compact: String) -> String {
    switch self {
    case .section: String(compact.prefix(1))
    case .class: String(compact.prefix(3))
    case .subclass: String(compact.prefix(4))
    case .mainGroup: compact.firstIndex(of: "/").map { String(compact[..<$0]) + "/00" } ?? compact
    case .subgroup: compact
    }
  }
}
