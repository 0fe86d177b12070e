/// INPADOC legal-event codes by authority, with their meaning.
public struct LegalEventCatalog: Sendable {
  /// One code of one authority.
  public struct Entry: Sendable, Hashable {
    /// The office (`CN`, `EP`, `US`…).
    public let authority: String
    /// The code (`PG25`, `CF01`…).
    public let code: String
    /// `+`, `-` or empty.
    public let influence: String
    /// EPO event class letter (`A`…`Z`), empty when unclassified.
    public let eventClass: String
    /// What it means.
    public let meaning: LegalEventMeaning
    /// The EPO's English description.
    public let description: String
  }

  private let entries: [String: Entry]
  /// Where the codes come from and their as-of date.
  public let provenance: [String]

  /// Builds the catalog from `legal-event-codes.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["authority", "code", "influence", "event_class", "meaning", "description_en"].map(table.column)
    var entries: [String: Entry] = [:]
    for row in table.rows {
      let entry = Entry(
        authority: row[c[0]], code: row[c[1]], influence: row[c[2]], eventClass: row[c[3]],
        meaning: LegalEventMeaning(rawValue: row[c[4]]) ?? .other, description: row[c[5]])
      entries[entry.authority + "\t" + entry.code] = entry
    }
    self.entries = entries
    self.provenance = table.provenance
  }

  /// Number of codes.
  public var count: Int { entries.count }

  /// The entry for a code of an authority; O(1).
  public func entry(authority: String, code: String) -> Entry? { entries[authority + "\t" + code] }

  /// The meaning of an event: the catalog's when the code is known for the authority, else a reading of the
  /// source's own description (English keywords), else `.other`.
  public func meaning(authority: String?, code: String, description: String?) -> LegalEventMeaning {
    if let authority, let hit = entry(authority: authority, code: code) { return hit.meaning }
    guard let text = description?.lowercased(), !text.isEmpty else { return .other }
    let rules: [(String, LegalEventMeaning)] = [
      ("non-payment", .lapse), ("lapse", .lapse), ("expir", .expiry), ("revoc", .revocation),
      ("invalid", .revocation), ("opposition", .opposition), ("refus", .refusal), ("withdraw", .withdrawal),
      ("surrender", .surrender), ("licen", .licence), ("pledge", .pledge), ("transfer", .transfer),
      ("assignment", .transfer), ("grant", .grant), ("fee", .feePayment), ("annual", .feePayment),
      ("publication", .publication), ("examination", .examination), ("search", .examination),
    ]
    return rules.first { text.contains($0.0) }?.1 ?? .other
  }
}
