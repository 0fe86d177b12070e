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
    return byID.values.map { summary in
      var s = summary
      s.variants.sort { ($0.patents, $1.name) > ($1.patents, $0.name) }
      s.countries = Array(Set(s.countries)).sorted()
      s.provinces = Array(Set(s.provinces)).sorted()
      if !s.aliased, let top = s.variants.first { s.name = top.name }
      return s
    }.sorted { ($0.patents, $1.key) > ($1.patents, $0.key) }
  }

}
