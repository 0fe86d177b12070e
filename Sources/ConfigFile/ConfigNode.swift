import PatentModel
import Yams

/// A node of a YAML configuration file (chain files, project manifests, weights), with typed accessors whose
/// errors name the file, line and field. Unknown keys are collected so callers can warn about them.
public struct ConfigNode {
  /// The YAML node.
  let node: Node
  /// The file name used in messages.
  public let file: String
  /// The dotted path of this node (`segments[2].ipc`).
  public let path: String

  /// Parses a whole YAML document; an empty document is an error.
  public static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw ConfigError(file: file, line: Self.line(of: error), field: nil, message: Self.problem(of: error))
    } catch {
      throw ConfigError(file: file, line: nil, field: nil, message: "\(error)")
    }
    guard let root else { throw ConfigError(file: file, line: nil, field: nil, message: "the file is empty") }
    return ConfigNode(node: root, file: file, path: "")
  }

  /// 1-based line of the node.
  public var line: Int? { node.mark?.line }

  /// An error at this node.
  public func error(_ message: String) -> ConfigError {
    ConfigError(file: file, line: line, field: path.isEmpty ? nil : path, message: message)
  }

  /// The keys of a mapping node, in file order (empty for other nodes).
  public var keys: [String] { node.mapping?.keys.compactMap(\.string) ?? [] }

  /// Whether this node is a mapping.
  public var isMapping: Bool { node.mapping != nil }

  /// The child at `key` of a mapping, if present.
  public func optional(_ key: String) -> ConfigNode? {
    guard let mapping = node.mapping, let child = mapping[Node(key)] else { return nil }
    return ConfigNode(node: child, file: file, path: path.isEmpty ? key : "\(path).\(key)")
  }

  /// The child at `key`, or an error naming the missing field.
  public func required(_ key: String) throws(ConfigError) -> ConfigNode {
    guard node.mapping != nil else { throw error("expected a mapping with `\(key)`") }
    guard let child = optional(key) else {
      throw ConfigError(
        file: file, line: line, field: path.isEmpty ? key : "\(path).\(key)", message: "required field is missing")
    }
    return child
  }

  /// The items of a sequence node; a scalar is an error.
  public func items() throws(ConfigError) -> [ConfigNode] {
    guard let sequence = node.sequence else { throw error("expected a list") }
    return sequence.enumerated().map { ConfigNode(node: $1, file: file, path: "\(path)[\($0)]") }
  }

  /// The node as a non-empty string.
  public func string() throws(ConfigError) -> String {
    guard case .scalar(let scalar) = node else { throw error("expected a text value") }
    let value = scalar.string.trimmingSpaces()
    guard !value.isEmpty else { throw error("must not be empty") }
    return value
  }

  /// The node as an integer.
  public func int() throws(ConfigError) -> Int {
    guard let value = node.int else { throw error("expected a whole number") }
    return value
  }

  /// The node as a number.
  public func double() throws(ConfigError) -> Double {
    guard let value = node.float ?? node.int.map(Double.init) else { throw error("expected a number") }
    return value
  }

  /// The node as a list of strings; a single string becomes a one-element list.
  public func strings() throws(ConfigError) -> [String] {
    if case .scalar = node { return [try string()] }
    var result: [String] = []
    for item in try items() { result.append(try item.string()) }
    return result
  }

  /// A canonical one-line text of the node (mapping keys sorted, lists in order): equal meaning, equal text,
  /// whatever the layout or comments. For fingerprints.
  public var canonical: String { Self.canonical(node) }

  private static func canonical(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return "\"" + scalar.string.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .sequence(let sequence): return "[" + sequence.map(canonical).joined(separator: ",") + "]"
    case .mapping(let mapping):
      return "{"
        + mapping.map { (canonical($0.key), canonical($0.value)) }.sorted { $0.0 < $1.0 }.map { "\($0.0):\($0.1)" }
        .joined(separator: ",") + "}"
    case .alias: return "*"
    }
  }

  /// Errors for keys not in `allowed` (typos must not pass silently).
  public func unknownKeys(allowed: Set<String>) -> [ConfigError] {
    guard let mapping = node.mapping else { return [] }
    return mapping.compactMap { key, _ in
      guard let name = key.string, !allowed.contains(name) else { return nil }
      return ConfigError(
        file: file, line: key.mark?.line, field: path.isEmpty ? name : "\(path).\(name)",
        message: "unknown field (allowed: \(allowed.sorted().joined(separator: ", ")))")
    }
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
      .composer(let context, let problem, _, _):
      "YAML syntax: " + [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: " ")
    default: "YAML: \(error)"
    }
  }
}
