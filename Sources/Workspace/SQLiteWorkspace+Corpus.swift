import Applicants
import GRDB
import PatentCorpus
import ReferenceData

extension SQLiteWorkspace {
  /// Loads the selection into a ``Corpus``.
  ///
  /// Child tables are read in patent-id order by cursors that advance in step with the patents (a merge join),
  /// so each row is touched once and nothing is buffered per table. Cost: O(selected rows); about 1 µs per row.
  public func loadCorpus(matching filter: PatentFilter, language: Language) throws -> Corpus {
    try withSelection(filter) { db in
      var builder = CorpusBuilder()
      for entity in try selectedEntities(db) { builder.add(entity) }
      let forward = try forwardCitations(db)
      let join = "JOIN temp.selection s ON s.id = x.patent_id"
      let titles = try RawCursor(
        db, sql: "SELECT x.patent_id, x.lang, x.text FROM texts x \(join) WHERE x.type = 'title' ORDER BY x.patent_id")
      let classes = try RawCursor(
        db,
        sql:
          "SELECT x.patent_id, x.scheme, x.compact FROM classifications x \(join) WHERE x.scheme IN ('IPC', 'CPC') ORDER BY x.patent_id, x.scheme, x.position"
      )
      let parties = try RawCursor(
        db,
        sql:
          "SELECT x.patent_id, x.role, x.entity_id FROM parties x \(join) WHERE x.entity_id IS NOT NULL ORDER BY x.patent_id, x.role, x.sequence"
      )
      let citations = try RawCursor(
        db, sql: "SELECT x.patent_id, x.cited_country, x.cited_number FROM citations x \(join) ORDER BY x.patent_id")
      let states = try RawCursor(
        db, sql: "SELECT x.patent_id, x.state FROM designations x \(join) ORDER BY x.patent_id, x.type, x.state")
      let events = try RawCursor(
        db, sql: "SELECT x.patent_id, x.meaning FROM legal_events x \(join) ORDER BY x.patent_id")
      let patents = try RawCursor(
        db,
        sql: """
          SELECT p.id, p.publication, p.pub_country, p.kind, p.app_year, p.priority_year, p.pub_year, p.simple_family,
            p.extended_family, p.claims FROM patents p JOIN temp.selection s ON s.id = p.id ORDER BY p.id
          """)
      let preferred = language.rawValue
      while patents.hasRow {
        let id = patents.int64(0)
        var patent = CorpusPatent(
          workspaceID: id, publication: patents.text(1), country: patents.text(2), kind: patents.text(3))
        patent.applicationYear = Int16(truncatingIfNeeded: patents.int64(4))
        patent.priorityYear = Int16(truncatingIfNeeded: patents.int64(5))
        patent.publicationYear = Int16(truncatingIfNeeded: patents.int64(6))
        patent.simpleFamily = patents.int64(7)
        patent.extendedFamily = patents.int64(8)
        patent.claims = Int16(truncatingIfNeeded: patents.int64(9))
        patent.forwardCitations = forward[id] ?? 0
        try each(titles, id) { c in
          let lang = c.text(1)
          if patent.title.isEmpty || lang == preferred || (lang == "en" && patent.title.isEmpty) {
            patent.title = c.text(2)
          }
        }
        var assignees: [Int64] = []
        try each(classes, id) { c in
          if c.text(1) == "IPC" { patent.ipc.append(c.text(2)) } else { patent.cpc.append(c.text(2)) }
        }
        try each(parties, id) { c in
          if c.text(1) == "applicant" { patent.applicants.append(c.int64(2)) } else { assignees.append(c.int64(2)) }
        }
        if patent.applicants.isEmpty { patent.applicants = assignees }
        try each(citations, id) { c in
          patent.cited.append(c.text(1) + "|" + c.text(2))
          patent.backwardCitations += 1
        }
        try each(states, id) { c in patent.designatedStates.append(c.text(1)) }
        try each(events, id) { c in patent.legalFlags |= (LegalEventMeaning(rawValue: c.text(1)) ?? .other).bit }
        builder.append(patent)
        try patents.advance()
      }
      return builder.build()
    }
  }

  /// Calls `body` for each row of `cursor` whose first column is `id`, skipping rows of smaller ids.
  private func each(_ cursor: RawCursor, _ id: Int64, _ body: (RawCursor) -> Void) throws {
    while cursor.hasRow, cursor.int64(0) < id { try cursor.advance() }
    while cursor.hasRow, cursor.int64(0) == id {
      body(cursor)
      try cursor.advance()
    }
  }

  /// Times each selected publication is cited by any workspace patent (by country and number, any kind).
  private func forwardCitations(_ db: Database) throws -> [Int64: Int32] {
    var counts: [Int64: Int32] = [:]
    let cursor = try RawCursor(
      db,
      sql: """
        SELECT p.id, COUNT(DISTINCT c.patent_id) FROM temp.selection s JOIN patents p ON p.id = s.id
        JOIN citations c ON c.cited_country = p.pub_country AND c.cited_number = p.pub_number GROUP BY p.id
        """)
    while cursor.hasRow {
      counts[cursor.int64(0)] = Int32(truncatingIfNeeded: cursor.int64(1))
      try cursor.advance()
    }
    return counts
  }

  /// The entities named by the selection, each with its most frequent location.
  private func selectedEntities(_ db: Database) throws -> [CorpusEntity] {
    var entities: [Int64: CorpusEntity] = [:]
    var best: [Int64: Int64] = [:]
    let cursor = try RawCursor(
      db,
      sql: """
        SELECT e.id, e.key, e.name, e.type, a.country, a.province, a.province_code, a.region_city, COUNT(*) AS n
        FROM parties a JOIN temp.selection s ON s.id = a.patent_id JOIN entities e ON e.id = a.entity_id
        GROUP BY e.id, a.country, a.province, a.province_code, a.region_city
        ORDER BY e.id, n DESC, a.country, a.province, a.region_city
        """)
    while cursor.hasRow {
      let id = cursor.int64(0)
      let n = cursor.int64(8)
      if best[id] == nil {
        best[id] = n
        func optional(_ i: Int32) -> String? { cursor.isNull(i) ? nil : cursor.text(i) }
        entities[id] = CorpusEntity(
          workspaceID: id, key: cursor.text(1), name: cursor.text(2),
          type: EntityType(rawValue: cursor.text(3)) ?? .other,
          location: ApplicantLocation(
            country: optional(4), province: optional(5), provinceCode: optional(6), city: optional(7)))
      }
      try cursor.advance()
    }
    return entities.keys.sorted().compactMap { entities[$0] }
  }
}
