/// The WIPO IPC–technology concordance: 35 technology fields in 5 sectors (Schmoch 2008, updated to 2024).
public struct TechnologyFields: Sendable {
  /// One technology field.
  public struct Field: Sendable, Hashable, Codable {
    /// 1–35.
    public let number: Int
    /// Sector (e.g. `Electrical engineering`).
    public let sectorEN: String
    /// Sector in Chinese.
    public let sectorZH: String
    /// Field name in English.
    public let nameEN: String
    /// Field name in Chinese (our translation).
    public let nameZH: String

    /// The name in `language`.
    public func name(_ language: Language) -> String { language == .zh ? nameZH : nameEN }
  }

  /// The fields, by number.
  public let fields: [Field]
  private let prefixes: [(prefix: String, field: Int)]
  /// Where the concordance comes from.
  public let provenance: [String]

  /// Builds the matcher from the `technology-fields.tsv` table.
  public init(table: ReferenceTable) throws {
    let number = try table.column("field_no")
    let cols = try ["sector_en", "sector_zh", "field_en", "field_zh", "match_prefix"].map(table.column)
    var fields: [Int: Field] = [:]
    var prefixes: [(String, Int)] = []
    for row in table.rows {
      guard let n = Int(row[number]) else { continue }
      fields[n] = Field(
        number: n, sectorEN: row[cols[0]], sectorZH: row[cols[1]], nameEN: row[cols[2]], nameZH: row[cols[3]])
      prefixes.append((row[cols[4]], n))
    }
    self.fields = fields.keys.sorted().compactMap { fields[$0] }
    // Longest prefix first, so the first hit is the most specific.
    self.prefixes = prefixes.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }.map { (prefix: $0.0, field: $0.1) }
    self.provenance = table.provenance
  }

  /// The field of a compact IPC symbol (`H04N21/234`), or `nil` when no pattern covers it.
  ///
  /// Complexity: O(patterns) (771), fine per distinct symbol; callers cache per symbol id.
  public func field(forCompactSymbol symbol: String) -> Field? {
    for entry in prefixes where symbol.hasPrefix(entry.prefix) {
      return fields.first { $0.number == entry.field }
    }
    return nil
  }
}
