import Foundation

/// Our own table for character entities that documents use without declaring them.
///
/// USPTO PAP v1.5/v1.6 and Red Book v2.5 reference ISO 8879 entity sets (`&ldquo;`, `&minus;`, `&lsqb;`)
/// that are defined only in external files that are not shipped; we never load DTDs, so libxml2 reports
/// these as undeclared and hands them to us. The table is `Resources/iso-entities.tsv` (source and date in
/// its header), loaded once per process. Lookup is O(1).
enum ISOEntities {
  private static let table: [String: String] = load()

  /// The replacement text for an entity name, or `nil` when it is not in the table.
  static func replacement(for name: String) -> String? { table[name] }

  /// Number of entities known.
  static var count: Int { table.count }

  private static func load() -> [String: String] {
    guard let url = Bundle.module.url(forResource: "iso-entities", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [:] }
    var table: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t")
      guard parts.count == 2 else { continue }
      var value = String.UnicodeScalarView()
      for hex in parts[1].split(separator: " ") {
        if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { value.append(scalar) }
      }
      table[String(parts[0])] = String(value)
    }
    return table
  }
}
