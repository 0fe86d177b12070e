import Foundation

/// User aliases: names the rules cannot merge (`华为技术有限公司` = `HUAWEI TECHNOLOGIES CO LTD`).
///
/// File format (TSV, UTF-8, `#` comments, blank lines ignored):
/// `variant<TAB>canonical[<TAB>type]`. Every variant (and the canonical name itself) maps to the entity of the
/// canonical name; `type` (`company`, `university`, `institute`, `hospital`, `government`, `individual`,
/// `other`) overrides the detected type. Names are compared after harmonization, so case, punctuation and
/// legal forms need not match exactly. `variant<TAB>-` keeps the variant apart: automatic cross-script links
/// (``PatentCorpus/EntityLinker``) never merge it. A variant mapped to two different canonical names is an
/// error naming both lines.
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
  /// Variants kept apart (`variant<TAB>-`), in file order.
  public var rejections: [String] = []

  /// A table of these aliases; aliases whose canonical name is `-` are rejections.
  public init(aliases: [Alias] = []) {
    self.aliases = aliases.filter { $0.canonical != "-" }
    rejections = aliases.filter { $0.canonical == "-" }.map(\.variant)
  }

  /// Parses alias text; `path` is for messages.
  public init(text: String, path: String) throws {
    var aliases: [Alias] = []
    var rejections: [String] = []
    var first: [String: (canonical: String, line: Int)] = [:]
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
      let variant = cells[0].uppercased()
      if let earlier = first[variant], earlier.canonical != cells[1].uppercased() {
        throw ApplicantsError.malformedAlias(
          path: path, line: i + 1,
          reason: "\(cells[0]) is mapped to \(cells[1]) here but to another name on line \(earlier.line)")
      }
      first[variant] = (cells[1].uppercased(), i + 1)
      if cells[1] == "-" {
        rejections.append(cells[0])
      } else {
        aliases.append(Alias(variant: cells[0], canonical: cells[1], type: type))
      }
    }
    self.aliases = aliases
    self.rejections = rejections
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
    (aliases.map { [$0.variant, $0.canonical, $0.type?.rawValue ?? ""].joined(separator: "\t") }
      + rejections.map { $0 + "\t-" }).joined(separator: "\n")
  }
}
