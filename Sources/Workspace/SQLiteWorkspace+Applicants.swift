import Applicants
import GRDB

extension SQLiteWorkspace {
  /// Entities of the selection, most patents first (ties by key), with their spellings.
  public func applicants(matching filter: PatentFilter) throws -> [ApplicantSummary] {
    try withSelection(filter) { db in try SelectionQueries.applicants(SQLiteSession(db: db)) }
  }

  /// The `top` largest entities spelled more than one way (see ``SelectionQueries/mergedApplicants(_:top:)``).
  public func mergedApplicants(top: Int) throws -> [ApplicantSummary] {
    try read { db in try SelectionQueries.mergedApplicants(SQLiteSession(db: db), top: top) }
  }

  /// Stores the aliases and re-keys every applicant and assignee party (entities no party uses are removed).
  public func setAliases(_ aliases: AliasTable) throws -> Int {
    let lock = try WriteLock(workspace: path)
    defer { withExtendedLifetime(lock) {} }
    let harmonizer = ApplicantHarmonizer(legalForms: reference.legalForms, aliases: aliases)
    let changed = try write("apply aliases") { db in
      try db.execute(sql: "DELETE FROM aliases")
      let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO aliases VALUES (?, ?, ?)")
      for alias in aliases.aliases {
        try insert.execute(arguments: [alias.variant, alias.canonical, alias.type?.rawValue])
      }
      for variant in aliases.rejections { try insert.execute(arguments: [variant, "-", nil]) }
      let upsert = try db.makeStatement(
        sql: """
          INSERT INTO entities (key, name, type, type_evidence, aliased) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(key) DO UPDATE SET name = CASE WHEN excluded.aliased THEN excluded.name ELSE entities.name END,
            type = CASE WHEN excluded.aliased THEN excluded.type ELSE entities.type END,
            type_evidence = CASE WHEN excluded.aliased THEN excluded.type_evidence ELSE entities.type_evidence END,
            aliased = excluded.aliased
          RETURNING id
          """)
      // One pass over the owner rows; each distinct name is harmonized once; rows are updated by primary key.
      let update = try db.makeStatement(
        sql: "UPDATE parties SET entity_id = ? WHERE patent_id = ? AND role = ? AND name_normalized = ?")
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT patent_id, role, name_normalized, name, type_hint, is_person, entity_id FROM parties
          WHERE role IN ('applicant', 'assignee') ORDER BY patent_id, role, name_normalized
          """)
      var entityOf: [String: Int64] = [:]
      var changed = 0
      for row in rows {
        let name: String = row[3]
        let id: Int64
        if let known = entityOf[name] {
          id = known
        } else {
          let h = harmonizer.harmonize(name, typeHint: row[4], isPerson: row[5])
          guard
            let upserted = try Int64.fetchOne(
              upsert, arguments: [h.key, h.displayName, h.type.rawValue, h.typeEvidence, h.aliased])
          else { continue }
          entityOf[name] = upserted
          id = upserted
        }
        if (row[6] as Int64?) != id {
          try update.execute(arguments: [id, row[0] as Int64, row[1] as String, row[2] as String])
          changed += 1
        }
      }
      try db.execute(
        sql: "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM parties WHERE entity_id IS NOT NULL)")
      try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'derived_stale'")
      return changed
    }
    try rebuildDerivedIfStale()
    return changed
  }
}
