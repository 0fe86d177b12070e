/// Terms of rights by office, right type and filing date (`right-terms.tsv`).
///
/// The most specific row applies: the office's own rows before the `*` rows, and among them the one with the
/// latest `filed_from` on or before the filing date. Lookup is O(rows of the office), a handful.
public struct RightTermTable: Sendable {
  /// One term rule.
  public struct Term: Sendable, Hashable, Codable {
    /// The office (`CN`, `US`…) or `*` for any office.
    public let office: String
    /// The right it applies to.
    public let rightType: RightType
    /// First filing date (yyyymmdd) it applies to; 0 for any.
    public let filedFrom: Int32
    /// Length in years.
    public let years: Int
    /// Whether the term runs from the grant date (US designs) rather than the filing date.
    public let fromGrant: Bool
    /// The statute.
    public let source: String
  }

  /// Rules in file order.
  public let terms: [Term]
  /// Where the terms come from and their as-of date.
  public let provenance: [String]

  /// Builds the table from `right-terms.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["office", "right_type", "filed_from", "term_years", "from", "source"].map(table.column)
    terms = try table.rows.enumerated().map { n, row in
      guard let right = RightType(rawValue: row[c[1]]), let years = Int(row[c[3]]), years > 0,
        row[c[4]] == "filing" || row[c[4]] == "grant"
      else {
        throw ReferenceError.badValue(
          path: table.path, row: n + 1, value: c[1...4].map { row[$0] }.joined(separator: " "))
      }
      let from = row[c[2]].filter(\.isNumber)
      guard row[c[2]].isEmpty || from.count == 8, let filedFrom = Int32(from.isEmpty ? "0" : from) else {
        throw ReferenceError.badValue(path: table.path, row: n + 1, value: row[c[2]])
      }
      return Term(
        office: row[c[0]], rightType: right, filedFrom: filedFrom, years: years, fromGrant: row[c[4]] == "grant",
        source: row[c[5]])
    }
    provenance = table.provenance
  }

  /// The term of a `right` at `office` filed on `filed` (yyyymmdd, 0 when unknown: only rows for any date
  /// apply); nil when no row covers it (utility models and designs of offices the table does not list).
  public func term(office: String, right: RightType, filed: Int32) -> Term? {
    var best: Term?
    for t in terms where t.rightType == right && (t.office == office || t.office == "*") && t.filedFrom <= filed {
      guard let b = best else {
        best = t
        continue
      }
      let moreSpecific = (t.office != "*" && b.office == "*") || (t.office == b.office && t.filedFrom > b.filedFrom)
      if moreSpecific { best = t }
    }
    return best
  }

  /// The end of the term (yyyymmdd): `years` after the filing or grant date, on the same day (February 28 for a
  /// February 29). 0 when no term applies or its start date is unknown.
  public func expiry(office: String, right: RightType, filed: Int32, granted: Int32) -> Int32 {
    guard let term = term(office: office, right: right, filed: filed) else { return 0 }
    let start = term.fromGrant ? granted : filed
    guard start > 0 else { return 0 }
    var end = start + Int32(term.years) * 10_000
    let year = end / 10_000
    if end % 10_000 == 229 && !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) { end -= 1 }
    return end
  }
}
