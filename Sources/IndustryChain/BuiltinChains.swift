import ConfigFile
import Foundation

/// The chains shipped with the product (`Resources/chains/*.yaml`), each citing its sources.
public enum BuiltinChains {
  /// Ids of the built-in chains, sorted.
  public static let ids = ["display", "ic", "nev", "robot"]

  /// The text of a built-in chain file, or `nil`.
  public static func text(_ id: String) -> String? {
    guard ids.contains(id),
      let url = Bundle.module.url(forResource: id, withExtension: "yaml", subdirectory: "Resources/chains")
        ?? Bundle.module.url(forResource: id, withExtension: "yaml")
    else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
  }

  /// A chain file (relative paths resolved against `directory`) when one exists there, else the built-in chain
  /// of that id.
  public static func resolve(_ idOrFile: String, relativeTo directory: URL? = nil) throws -> ChainFileParser.Output {
    let file =
      idOrFile.hasPrefix("/") ? idOrFile : directory.map { $0.appendingPathComponent(idOrFile).path } ?? idOrFile
    guard FileManager.default.fileExists(atPath: file) else { return try load(idOrFile) }
    return try ChainFileParser.parse(String(contentsOfFile: file, encoding: .utf8), file: idOrFile)
  }

  /// Parses a built-in chain.
  public static func load(_ id: String) throws(ConfigError) -> ChainFileParser.Output {
    guard let text = text(id) else {
      throw ConfigError(
        file: id, line: nil, field: nil,
        message: "no built-in chain `\(id)` (built in: \(ids.joined(separator: ", ")); or give a chain file path)")
    }
    return try ChainFileParser.parse(text, file: "\(id).yaml")
  }
}
