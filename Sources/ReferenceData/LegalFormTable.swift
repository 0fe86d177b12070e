/// Legal-form suffixes and organisation words for applicant-name harmonization, as rows.
public struct LegalFormTable: Sendable {
  /// One pattern.
  public struct Row: Sendable, Hashable {
    /// The pattern as written (`CO., LTD.`, `股份有限公司`, `(주)`).
    public let pattern: String
    /// `legal_form`, `abbreviation_expansion`, `org_suffix`, `org_type`, `geo_marker`.
    public let kind: String
    /// `end`, `start`, `start_or_end`, `anywhere`.
    public let position: String
    /// Replacement text (Magerman's `replace` rows), empty otherwise.
    public let replacement: String
    /// `strip`, `replace`, `keep`, `strip_optional`, `strip_legal_part`.
    public let action: String
    /// The sector the pattern indicates (`company`, `university`…), empty when none.
    public let sector: String
    /// Language tag (`en`, `zh`, `ja`, `ko`, `de`…).
    public let language: String
  }

  /// Rows in file order.
  public let rows: [Row]
  /// Where the patterns come from.
  public let provenance: [String]

  /// Builds the rows from `legal-forms.tsv`.
  public init(table: ReferenceTable) throws {
    let c = try ["pattern", "kind", "position", "replace_with", "action", "sector", "lang"].map(table.column)
    rows = table.rows.map {
      Row(
        pattern: $0[c[0]], kind: $0[c[1]], position: $0[c[2]], replacement: $0[c[3]], action: $0[c[4]],
        sector: $0[c[5]], language: $0[c[6]])
    }
    provenance = table.provenance
  }
}
