/// IPC titles in English and Chinese for sections, classes, subclasses and main groups.
///
/// Symbols are compact (`H01M`, `H01M10/00`). Lookup is a hash probe, O(1).
public struct IPCTitles: Sendable {
  /// The level of an IPC symbol.
  public enum Level: String, Sendable, Hashable, Codable {
    /// `H`.
    case section
    /// `H01`.
    case `class`
    /// `H01M`.
    case subclass
    /// `H01M10/00`.
    case group
  }

  /// One titled symbol.
  public struct Entry: Sendable, Hashable {
    /// Compact symbol.
    public let symbol: String
    /// Level.
    public let level: Level
    /// English title (IPC 2019.01), empty when the edition lacks it.
    public let en: String
    /// Chinese title (IPC 2026.01), empty when the edition lacks it.
    public let zh: String

    /// The title in `language`, falling back to the other language when missing.
    public func title(_ language: Language) -> String {
      switch language {
      case .en: en.isEmpty ? zh : en
      case .zh: zh.isEmpty ? en : zh
      }
    }
  }

  private let entries: [String: Entry]
  /// Where the titles come from and their editions.
  public let provenance: [String]

  /// Builds the lookup from the `ipc-titles.tsv` table.
  public init(table: ReferenceTable) throws {
    let symbol = try table.column("symbol")
    let level = try table.column("level")
    let en = try table.column("title_en")
    let zh = try table.column("title_zh")
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(table.rows.count)
    for row in table.rows {
      guard let lvl = Level(rawValue: row[level]) else { continue }
      entries[row[symbol]] = Entry(symbol: row[symbol], level: lvl, en: row[en], zh: row[zh])
    }
    self.entries = entries
    self.provenance = table.provenance
  }

  /// Number of titled symbols.
  public var count: Int { entries.count }

  /// The entry for a compact symbol (`H01M`, `H01M10/00`), if titled.
  public subscript(symbol: String) -> Entry? { entries[symbol] }

  /// The title of the symbol or, when it has none, of its nearest titled ancestor (main group, subclass,
  /// class, section). `H01M10/052` → the title of `H01M10/00`.
  public func nearest(_ symbol: String) -> Entry? {
    if let hit = entries[symbol] { return hit }
    if let slash = symbol.firstIndex(of: "/") {
      if let main = entries[symbol[..<slash] + "/00"] { return main }
    }
    for length in [4, 3, 1] where symbol.count >= length {
      if let hit = entries[String(symbol.prefix(length))] { return hit }
    }
    return nil
  }
}
