/// How two sources' versions of one fact combine, as SQL both backends run (``RecordWriter`` row by row,
/// `PGMerge` file by file). Every rule is commutative and associative, so the merged workspace does not depend
/// on the order files are ingested in, serially or by concurrent writers:
/// - a value is kept over NULL; of two values the smaller (`pick`), so equal-rank disagreements resolve the
///   same way whoever came first;
/// - texts: the better-ranked source's, ties by the smaller text;
/// - priority claims: the form with a country, then with a date, then the smaller number;
/// - citation phase: a known phase over none, then the smaller.
///
/// Patent scalars alone follow source rank (``RecordWriter``): the best-ranked source's value, gaps filled from
/// the others.
enum MergeRules {
  /// `column = the smaller non-NULL of table.column and excluded.column`.
  static func pick(_ column: String, in table: String) -> String {
    let (old, new) = ("\(table).\(column)", "excluded.\(column)")
    return "\(column) = CASE WHEN \(old) IS NULL THEN \(new) WHEN \(new) IS NULL THEN \(old) "
      + "WHEN \(new) < \(old) THEN \(new) ELSE \(old) END"
  }

  /// ``pick(_:in:)`` for each column, comma-separated.
  static func pick(_ columns: [String], in table: String) -> String {
    columns.map { pick($0, in: table) }.joined(separator: ", ")
  }

  /// The condition for a ``pick(_:in:)`` upsert's `WHERE`: true only when some column would change, so a
  /// repeated fact costs a lookup, not a row rewrite.
  static func changed(_ columns: [String], in table: String) -> String {
    columns.map { c in
      "(\(table).\(c) IS NULL AND excluded.\(c) IS NOT NULL) OR excluded.\(c) < \(table).\(c)"
    }.joined(separator: " OR ")
  }

  /// Texts: replace when the new source ranks better, or equally with a smaller text.
  static let textUpsert = """
    ON CONFLICT(patent_id, type, lang) DO UPDATE SET text = excluded.text, source_rank = excluded.source_rank
    WHERE excluded.source_rank < texts.source_rank
      OR (excluded.source_rank = texts.source_rank AND excluded.text < texts.text)
    """

  /// The order of priority-claim forms, best first, as a sort key over `table`'s columns.
  static func priorityOrder(_ table: String) -> String {
    "CASE WHEN \(table).country = '' THEN 1 ELSE 0 END, CASE WHEN \(table).date IS NULL THEN 1 ELSE 0 END, "
      + "\(table).number, coalesce(\(table).date, ''), \(table).is_pct"
  }

  /// Priority claims: replace the stored form by a better one.
  static let priorityUpsert = """
    ON CONFLICT(patent_id, priority_key) DO UPDATE SET country = excluded.country, number = excluded.number,
      date = excluded.date, is_pct = excluded.is_pct
    WHERE (\(priorityOrder("excluded"))) < (\(priorityOrder("priorities")))
    """

  /// Citations: the phase rule, then `pick` for the rest.
  static let citationUpsert = """
    ON CONFLICT(patent_id, cited_country, cited_number, cited_kind) DO UPDATE SET
      phase = CASE WHEN citations.phase = '' THEN excluded.phase WHEN excluded.phase = '' THEN citations.phase
        WHEN excluded.phase < citations.phase THEN excluded.phase ELSE citations.phase END,
      \(pick(["cited_date", "cited_name", "category", "cited_by"], in: "citations"))
    WHERE (citations.phase = '' AND excluded.phase <> '') OR (excluded.phase <> '' AND excluded.phase < citations.phase)
      OR \(changed(["cited_date", "cited_name", "category", "cited_by"], in: "citations"))
    """

  /// Classifications: `pick` for the source-dependent columns.
  static let classificationUpsert = """
    ON CONFLICT(patent_id, scheme, symbol) DO UPDATE SET \(pick(classificationColumns, in: "classifications"))
    WHERE \(changed(classificationColumns, in: "classifications"))
    """

  private static let classificationColumns = ["is_inventive", "is_first", "position", "version"]

  /// Party columns that come from the source (the key is role and normalized name).
  static let partyColumns = [
    "sequence", "name", "entity_id", "is_person", "country", "address", "city", "state", "postcode", "province",
    "province_code", "region_city", "type_hint", "registration_number",
  ]

  /// Parties: `pick` for every source column.
  static let partyUpsert = """
    ON CONFLICT(patent_id, role, name_normalized) DO UPDATE SET \(pick(partyColumns, in: "parties"))
    WHERE \(changed(partyColumns, in: "parties"))
    """

  /// Non-patent citations: `pick`.
  static let nplUpsert = """
    ON CONFLICT(patent_id, text) DO UPDATE SET \(pick(["category", "cited_by", "phase"], in: "npl_citations"))
    WHERE \(changed(["category", "cited_by", "phase"], in: "npl_citations"))
    """

  /// Legal events: `pick` for the wording.
  static let eventUpsert = """
    ON CONFLICT(patent_id, date, country, code) DO UPDATE SET \(pick(["description", "influence", "meaning", "new_owner"], in: "legal_events"))
    WHERE \(changed(["description", "influence", "meaning", "new_owner"], in: "legal_events"))
    """
}
