/// One IPC pattern of a chain segment, matched against compact symbols (`H01M10/0525`).
///
/// Syntax (spaces ignored, printed or compact): a section, class or subclass (`H`, `H01`, `H01M`) matches every
/// symbol under it; a main group without subgroup (`H01M 4`, `H01M4/`, `H01M 4/*`) matches the whole main group;
/// a full symbol (`H01M 4/525`, `H01M 4/00`) matches that symbol only; a trailing `*` on a subgroup
/// (`H01M 10/05*`) matches the subgroups whose digits start so (`10/05`, `10/052`, `10/0525`…), which is how
/// search engines truncate and how IPC numbers most indented subgroups.
public struct IPCPattern: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How a pattern compares with a symbol.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The symbol starts with `value`.
    case prefix
    /// The symbol equals `value`.
    case exact
  }

  /// The pattern as written.
  public let text: String
  /// The compact prefix or symbol compared with symbols.
  public let value: String
  /// Prefix or exact match.
  public let kind: Kind

  /// Parses a pattern; the error says what is wrong.
  public init(_ text: String) throws(IPCPatternError) {
    self.text = text
    var compact = text.uppercased().filter { !$0.isWhitespace }
    var truncated = false
    if compact.hasSuffix("*") {
      truncated = true
      compact.removeLast()
    }
    let chars = Array(compact)
    func letter(_ i: Int) -> Bool { i < chars.count && chars[i].isASCII && chars[i].isLetter }
    func digits(_ range: Range<Int>) -> Bool {
      range.upperBound <= chars.count && chars[range].allSatisfy { $0.isASCII && $0.isNumber }
    }
    guard letter(0), "ABCDEFGH".contains(chars[0]) else { throw .init(text, "must start with a section letter A–H") }
    switch chars.count {
    case 1:
      (value, kind) = (compact, .prefix)
      return
    case 3 where digits(1..<3):
      (value, kind) = (compact, .prefix)
      return
    case 4 where digits(1..<3) && letter(3):
      (value, kind) = (compact, .prefix)
      return
    default:
      break
    }
    guard chars.count > 4, digits(1..<3), letter(3) else {
      throw .init(text, "is not an IPC symbol (expected e.g. H01M, H01M 4, H01M 4/525 or H01M 10/05*)")
    }
    let rest = String(chars[4...])
    let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
    guard let group = parts.first, (1...4).contains(group.count), group.allSatisfy(\.isNumber) else {
      throw .init(text, "has no main group number after the subclass")
    }
    let mainGroup = String(Int(group) ?? 0)
    let head = String(chars[0..<4]) + mainGroup + "/"
    if parts.count == 1 || (parts.count == 2 && parts[1].isEmpty) {
      (value, kind) = (head, .prefix)
      return
    }
    guard parts.count == 2, parts[1].allSatisfy(\.isNumber), parts[1].count <= 6 else {
      throw .init(text, "has a malformed subgroup (digits after one slash)")
    }
    guard parts[1].count >= 2 || truncated else {
      throw .init(text, "has a one-digit subgroup; IPC subgroups have at least two digits (/00, /02, /525)")
    }
    (value, kind) = (head + parts[1], truncated ? .prefix : .exact)
  }

  /// Whether the compact symbol matches. O(pattern length).
  public func matches(_ compact: some StringProtocol) -> Bool {
    kind == .exact ? compact == value : compact.hasPrefix(value)
  }

  /// Whether some symbol could match both patterns.
  public func overlaps(_ other: IPCPattern) -> Bool {
    switch (kind, other.kind) {
    case (.exact, .exact): value == other.value
    case (.exact, .prefix): value.hasPrefix(other.value)
    case (.prefix, .exact): other.value.hasPrefix(value)
    case (.prefix, .prefix): value.hasPrefix(other.value) || other.value.hasPrefix(value)
    }
  }

  /// Whether every symbol `other` matches also matches this pattern.
  public func covers(_ other: IPCPattern) -> Bool {
    kind == .prefix ? other.value.hasPrefix(value) : (other.kind == .exact && other.value == value)
  }

  /// The subclass (`H01M`), when the pattern is at least that deep.
  public var subclass: String? { value.count >= 4 ? String(value.prefix(4)) : nil }

  /// The main group (`H01M4/00`), when the pattern names one.
  public var mainGroup: String? {
    value.firstIndex(of: "/").map { String(value[..<$0]) + "/00" }
  }

  /// The pattern as written.
  public var description: String { text }

  /// Decodes from the written text.
  public init(from decoder: any Decoder) throws {
    try self.init(decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes as the written text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}

/// Why an IPC pattern does not parse.
public struct IPCPatternError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The pattern as written.
  public let pattern: String
  /// What is wrong.
  public let reason: String

  init(_ pattern: String, _ reason: String) {
    self.pattern = pattern
    self.reason = reason
  }

  /// `IPC pattern "H1M" must …`.
  public var description: String { "IPC pattern \"\(pattern)\" \(reason)" }
}
