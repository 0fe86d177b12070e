/// Pinyin readings of the GB 2312 hanzi (`hanzi-pinyin.tsv`), for matching romanized place and applicant names
/// against Chinese ones (`Changzhou` ↔ `常州`, `Chongqing` ↔ `重庆`).
public struct PinyinTable: Sendable {
  /// Readings per character, most common first (toneless, `ü` as `v`).
  private let readings: [Character: [String]]
  /// Where the readings come from and their as-of date.
  public let provenance: [String]

  /// Builds the table from `hanzi-pinyin.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["hanzi", "readings"].map(table.column)
    var readings: [Character: [String]] = [:]
    for row in table.rows {
      guard let character = row[c[0]].first, row[c[0]].count == 1 else { continue }
      readings[character] = row[c[1]].split(separator: "|").map(String.init)
    }
    self.readings = readings
    provenance = table.provenance
  }

  /// Number of characters.
  public var count: Int { readings.count }

  /// The readings of a character (empty when not in GB 2312).
  public func readings(of character: Character) -> [String] { readings[character] ?? [] }

  /// Letters only, lower case, `ü` as `v`: `Chang-Zhou` → `changzhou`.
  public static func latinKey(_ text: String) -> String {
    String(
      text.lowercased().replacingOccurrences(of: "ü", with: "v").unicodeScalars
        .filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
  }

  /// The most common reading of each character run together (`常州市` → `changzhoushi`); characters
  /// without a reading are kept as they are.
  public func romanized(_ hanzi: String) -> String {
    hanzi.map { readings[$0]?.first ?? String($0) }.joined()
  }

  /// Whether `latin` (any case, spaces and hyphens ignored) spells `hanzi` in pinyin with some reading of each
  /// character. O(length × readings) with memoized positions.
  public func spells(_ latin: String, _ hanzi: String) -> Bool {
    let target = Array(Self.latinKey(latin).utf8)
    let characters = Array(hanzi)
    guard !target.isEmpty, !characters.isEmpty else { return false }
    var failed = Set<Int>()  // (character index << 16 | position) known not to finish
    func match(_ k: Int, _ at: Int) -> Bool {
      if k == characters.count { return at == target.count }
      let key = k << 16 | at
      if failed.contains(key) { return false }
      for reading in readings[characters[k]] ?? [] {
        let bytes = Array(reading.utf8)
        if at + bytes.count <= target.count, Array(target[at..<at + bytes.count]) == bytes,
          match(k + 1, at + bytes.count)
        {
          return true
        }
      }
      failed.insert(key)
      return false
    }
    return match(0, 0)
  }
}
