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

  /// Builds the catalog from `legal-event-codes.tsv`, refining coarse meanings (``refined(_:description:)``)
  /// and then applying the per-code corrections of `legal-event-types.tsv` when given (codes it names that the
  /// EPO list lacks are added).
  public init(table: ReferenceTable, types: ReferenceTable? = nil) throws {
    let c = try ["authority", "code", "influence", "event_class", "meaning", "description_en"].map(table.column)
    var entries: [String: Entry] = [:]
    for row in table.rows {
      let coarse = LegalEventMeaning(rawValue: row[c[4]]) ?? .other
      let entry = Entry(
        authority: row[c[0]], code: row[c[1]], influence: row[c[2]], eventClass: row[c[3]],
        meaning: Self.refined(coarse, description: row[c[5]]), description: row[c[5]])
      entries[entry.authority + "\t" + entry.code] = entry
    }
    var provenance = table.provenance
    if let types {
      let t = try ["authority", "code", "meaning", "note"].map(types.column)
      for (n, row) in types.rows.enumerated() {
        guard let meaning = LegalEventMeaning(rawValue: row[t[2]]) else {
          throw ReferenceError.badValue(path: types.path, row: n + 1, value: row[t[2]])
        }
        let key = row[t[0]] + "\t" + row[t[1]]
        let old = entries[key]
        entries[key] = Entry(
          authority: row[t[0]], code: row[t[1]], influence: old?.influence ?? "", eventClass: old?.eventClass ?? "",
          meaning: meaning, description: old?.description ?? row[t[3]])
      }
      provenance += types.provenance.map { "legal-event-types.tsv: " + $0 }
    }
    self.entries = entries
    self.provenance = provenance
  }

  /// The finer meaning of a code whose EPO category is coarse, from words of its description: a licence
  /// cancelled, changed, exclusive or offered to all (willingness, intention, licence of right); a pledge
  /// released; a partial revocation or invalidation (also when the text says "full or partial", so that the
  /// right is not assumed ended); a lapse that is a voluntary abandonment (actively abandoned, surrendered, to
  /// avoid double patenting). Other meanings pass unchanged. O(description length).
  public static func refined(_ meaning: LegalEventMeaning, description: String) -> LegalEventMeaning {
    let text = description.uppercased()
    func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
    switch meaning {
    case .licence:
      if has("WILLINGNESS", "INTENTION TO LICEN", "LICENCES OF RIGHT", "LICENSE OF RIGHT", "OPEN LICEN") {
        return has("WITHDRAW", "DELET") ? .openLicenceWithdrawn : .openLicence
      }
      if has("NONBINDING", "NON-BINDING") { return .other }
      if has("CANCEL", "DELET", "TERMINAT", "EXPIR") { return .licenceCancelled }
      if has("CHANGE", "MODIF", "AMEND") { return .licenceChanged }
      return has("EXCLUSIVE") ? .exclusiveLicence : .licence
    case .pledge:
      return has("CANCEL", "RELEAS", "DELET", "DISCHARG", "EXTINCT") ? .pledgeReleased : .pledge
    case .revocation:
      return has("PARTIAL", "PARTLY", "LIMITATION", "LIMITED") ? .partialInvalidation : .revocation
    case .lapse:
      if has("PARTIALLY ABANDONED", "PARTIAL ABANDON", "PARTIAL SURRENDER") { return .partialInvalidation }
      return has("ACTIVELY ABANDONED", "SURRENDER", "DOUBLE PATENTING", "AVOID REGRANT", "RENUNCIATION")
        ? .surrender : .lapse
    default:
      return meaning
    }
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
