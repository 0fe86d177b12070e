import Foundation

/// User aliases: names the rules cannot merge (`华为技术有限公司` = `HUAWEI TECHNOLOGIES CO LTD`).
///
/// File format (TSV, UTF-8, `#` comments, blank lines ignored):
/// `variant<TAB>canonical[<TAB>type]`. Every variant (and the canonical name itself) maps to the entity of the
/// canonical name; `type` (`company`, `university`, `institute`, `hospital`, `government`, `individual`,
/// `other`) overrides the detected type. Names are compared after harmonization, so case, punctuation and
/// legal forms need not match exactly.
public struct AliasTable: Sendable, Hashable {
  /// One alias line.
  public struct Alias: Sendable, Hashable, Codable {
    /// The variant as written.
    public var variant: String
    /// The canonical name as written.
    public var canonical: String
    /// The type override, if any.
    public var type: EntityType?

    /// Creates an alias.
    public init(variant: String, canonical: String, type: EntityType? = nil) {
      self.variant = variant
      self.canonical = canonical
      self.type = type
    }
  }

  /// The aliases in file order.
  public var aliases: [Alias]

  /// An empty table.
  public init(aliases: [Alias] = []) { self.aliases = aliases }

  /// Parses alias text; `path` is for messages.
  public init(text: String, path: String) throws {
    var aliases: [Alias] = []
    for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
        throw ApplicantsError.malformedAlias(path: path, line: i + 1, reason: "expected variant<TAB>canonical")
      }
      var type: EntityType?
      if cells.count >= 3, !cells[2].isEmpty {
        guard let t = EntityType(rawValue: cells[2]) else {
          throw ApplicantsError.malformedAlias(path: path, line: i + 1, reason: "unknown entity type \(cells[2])")
        }
        type = t
      }
      aliases.append(Alias(variant: cells[0], canonical: cells[1], type: type))
    }
    self.aliases = aliases
  }

  /// Reads an alias file.
  public init(contentsOf url: URL) throws {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw ApplicantsError.unreadableAliasFile(path: url.path, reason: error.localizedDescription)
    }
    try self.init(text: text, path: url.path)
  }

  /// The file text for these aliases (round-trips through ``init(text:path:)``).
  public var text: String {
    aliases.map { [$0.variant, $0.canonical, $0.type?.rawValue ?? ""].joined(separator: "\t") }.joined(separator: "\n")
  }
}
