/// How long a right lapsed for non-payment can be restored, by office (`restoration-rules.tsv`).
public struct RestorationRules: Sendable {
  /// One office's rule.
  public struct Rule: Sendable, Hashable, Codable {
    /// The office.
    public let office: String
    /// The late-payment (grace) period after the due date, in months.
    public let graceMonths: Int
    /// The longest time after the missed deadline (the grace period's end) a restoration can be requested, in
    /// months; nil when there is no time limit.
    public let limitMonths: Int?
    /// A further limit the data cannot show (counted from a notice or the removal of a cause).
    public let also: String
    /// The statute or rule.
    public let source: String
  }

  /// Rules by office.
  public let rules: [String: Rule]
  /// Where the rules come from and their as-of date.
  public let provenance: [String]

  /// Builds the rules from `restoration-rules.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["office", "grace_months", "limit_months", "also", "source"].map(table.column)
    var rules: [String: Rule] = [:]
    for (n, row) in table.rows.enumerated() {
      guard let grace = Int(row[c[1]]), row[c[2]].isEmpty || Int(row[c[2]]) != nil else {
        throw ReferenceError.badValue(path: table.path, row: n + 1, value: row[c[1]] + " " + row[c[2]])
      }
      rules[row[c[0]]] = Rule(
        office: row[c[0]], graceMonths: grace, limitMonths: Int(row[c[2]]), also: row[c[3]], source: row[c[4]])
    }
    self.rules = rules
    provenance = table.provenance
  }

  /// The rule of an office; nil when the table has none (restoration is then not assessed).
  public func rule(office: String) -> Rule? { rules[office] }
}
