import Applicants

extension SelectionQueries {
  /// Entities of the selection, most patents first (ties by key), with their spellings.
  static func applicants<S: SQLSession>(_ s: S) throws -> [ApplicantSummary] {
    let selection = s.dialect.selection
    var byID: [Int64: ApplicantSummary] = [:]
    var patents: [Int64: Int] = [:]
    for (id, count) in try s.all(
      """
      SELECT a.entity_id, COUNT(DISTINCT a.patent_id) FROM parties a JOIN \(selection) s ON s.id = a.patent_id
      WHERE a.entity_id IS NOT NULL GROUP BY a.entity_id
      """, [], { ($0.int64(0), Int($0.int64(1))) })
    {
      patents[id] = count
    }
    let rows = try s.cursor(
      """
      SELECT e.id, e.key, e.name, e.type, e.type_evidence, e.aliased, a.name, COUNT(DISTINCT a.patent_id),
        \(s.dialect.distinctList("a.country")), \(s.dialect.distinctList("a.province"))
      FROM parties a JOIN \(selection) s ON s.id = a.patent_id JOIN entities e ON e.id = a.entity_id
      GROUP BY e.id, e.key, e.name, e.type, e.type_evidence, e.aliased, a.name
      """, [])
    while rows.hasRow {
      let id = rows.int64(0)
      var summary =
        byID[id]
        ?? ApplicantSummary(
          id: id, key: rows.text(1), name: rows.text(2), type: EntityType(rawValue: rows.text(3)) ?? .other,
          typeEvidence: rows.text(4), aliased: rows.int64(5) != 0, patents: patents[id] ?? 0, countries: [],
          provinces: [], variants: [])
      summary.variants.append(.init(name: rows.text(6), patents: Int(rows.int64(7))))
      summary.countries += rows.text(8).split(separator: ",").map(String.init)
      summary.provinces += rows.text(9).split(separator: ",").map(String.init)
      byID[id] = summary
      try rows.advance()
    }
    return byID.values.map(finished).sorted { ($0.patents, $1.key) > ($1.patents, $0.key) }
  }

  /// The `top` entities of the whole workspace with the most patents among those spelled more than one way,
  /// with their spellings (most used first), countries and provinces: samples to review harmonization.
  /// Ordered like ``applicants(_:)``. Two grouping passes over `parties`, the second only for the `top` ids.
  static func mergedApplicants<S: SQLSession>(_ s: S, top: Int) throws -> [ApplicantSummary] {
    var summaries = try s.all(
      """
      SELECT e.id, e.key, e.name, e.type, e.type_evidence, e.aliased, m.n FROM (
        SELECT entity_id, COUNT(DISTINCT patent_id) AS n FROM parties WHERE entity_id IS NOT NULL
        GROUP BY entity_id HAVING COUNT(DISTINCT name) > 1) m
      JOIN entities e ON e.id = m.entity_id ORDER BY m.n DESC, e.key LIMIT \(max(0, top))
      """
    ) {
      ApplicantSummary(
        id: $0.int64(0), key: $0.text(1), name: $0.text(2), type: EntityType(rawValue: $0.text(3)) ?? .other,
        typeEvidence: $0.text(4), aliased: $0.int64(5) != 0, patents: Int($0.int64(6)), countries: [],
        provinces: [], variants: [])
    }
    guard !summaries.isEmpty else { return [] }
    let index = Dictionary(uniqueKeysWithValues: summaries.enumerated().map { ($1.id, $0) })
    let rows = try s.cursor(
      """
      SELECT entity_id, name, COUNT(DISTINCT patent_id), \(s.dialect.distinctList("country")),
        \(s.dialect.distinctList("province"))
      FROM parties WHERE entity_id IN (\(summaries.map { String($0.id) }.joined(separator: ",")))
      GROUP BY entity_id, name
      """, [])
    while rows.hasRow {
      if let i = index[rows.int64(0)] {
        summaries[i].variants.append(.init(name: rows.text(1), patents: Int(rows.int64(2))))
        summaries[i].countries += rows.text(3).split(separator: ",").map(String.init)
        summaries[i].provinces += rows.text(4).split(separator: ",").map(String.init)
      }
      try rows.advance()
    }
    return summaries.map(finished)
  }

  /// Spellings most used first (ties by name), countries and provinces distinct and sorted, and the display
  /// name the most used spelling unless an alias gave one.
  private static func finished(_ summary: ApplicantSummary) -> ApplicantSummary {
    var s = summary
    s.variants.sort { ($0.patents, $1.name) > ($1.patents, $0.name) }
    s.countries = Array(Set(s.countries)).sorted()
    s.provinces = Array(Set(s.provinces)).sorted()
    if !s.aliased, let top = s.variants.first { s.name = top.name }
    return s
  }
}
