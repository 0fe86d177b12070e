import Foundation

/// Chinese province-level divisions (GB/T 2260): codes and names, to place Chinese applicants.
public struct ChinaDivisions: Sendable {
  /// One province, municipality, autonomous region or SAR.
  public struct Province: Sendable, Hashable, Codable {
    /// Two-digit code (`11` Beijing, `44` Guangdong).
    public let code: String
    /// Full name, `广东省`.
    public let nameZH: String
    /// Short name, `广东`.
    public let shortZH: String
    /// Pinyin or English name, `Guangdong`.
    public let nameEN: String
  }

  /// All provinces, in code order.
  public let provinces: [Province]
  private let byCode: [String: Int]
  /// Where the codes come from.
  public let provenance: [String]

  /// Builds the table from `china-divisions.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["code", "name_zh", "short_zh", "name_en"].map(table.column)
    provinces = table.rows.map { Province(code: $0[c[0]], nameZH: $0[c[1]], shortZH: $0[c[2]], nameEN: $0[c[3]]) }
    byCode = Dictionary(provinces.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    provenance = table.provenance
  }

  /// The province of a division code: 2 digits or a 6-digit county/city code (`440300` → Guangdong).
  public func province(code: some StringProtocol) -> Province? {
    let digits = code.filter(\.isNumber)
    guard digits.count == 2 || digits.count == 6 else { return nil }
    return byCode[String(digits.prefix(2))].map { provinces[$0] }
  }

  /// The province a user wrote in any accepted form: code (`32`, `320400`), full or short Chinese name
  /// (`江苏省`, `江苏`) or English name (`Jiangsu`, any case). O(provinces).
  /// With `pinyin`, also its short name spelled in pinyin (`Xizang`, `nei menggu`).
  public func province(named value: String, pinyin: PinyinTable? = nil) -> Province? {
    if let hit = province(code: value) { return hit }
    let direct = provinces.first {
      $0.nameZH == value || $0.shortZH == value || $0.nameEN.caseInsensitiveCompare(value) == .orderedSame
    }
    guard direct == nil, let pinyin, !PinyinTable.latinKey(value).isEmpty else { return direct }
    let key = PinyinTable.latinKey(value)
    return provinces.first { pinyin.spells(key, $0.shortZH) || pinyin.spells(key, $0.nameZH) }
      ?? provinces.first { key.hasSuffix("sheng") && pinyin.spells(String(key.dropLast(5)), $0.shortZH) }
  }

  /// A city name as stored for applicants: `常州` → `常州市`; names ending in 市, 自治州, 盟 or 地区 are kept.
  /// Names not written in hanzi (`Changzhou`) are kept as given.
  public static func cityName(_ value: String) -> String {
    let hanzi = value.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    return !hanzi || ["市", "自治州", "盟", "地区"].contains(where: { value.hasSuffix($0) }) ? value : value + "市"
  }
}
