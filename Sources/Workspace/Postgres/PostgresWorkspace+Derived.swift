#if Postgres
  import Applicants
  import Foundation

  extension PostgresWorkspace {
    /// Recomputes derived data (families, entity locations, forward-citation counts) when files were committed
    /// since the last rebuild or aliases changed; returns whether it ran. One transaction under an advisory lock,
    /// so concurrent ingests rebuild one after the other and a killed rebuild is redone by the next run. Files
    /// committed while it runs stay marked and are picked up by the next rebuild.
    @discardableResult
    public func rebuildDerivedIfStale() throws -> Bool {
      let connection = try connect()
      return try run("rebuild derived data in \(url)") {
        try connection.transaction {
          try connection.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.derivedLock))")
          let files = try connection.execute("UPDATE files SET derived = true WHERE NOT derived").affected
          let aliases = try connection.execute("SELECT value FROM meta WHERE key = 'derived_stale'").text(0, 0) == "1"
          guard files > 0 || aliases else { return false }
          let session = PGSession(connection)
          _ = try FamilyBuilder.rebuild(session) { rows in try Self.updateFamilies(rows, on: connection) }
          _ = try EntityProfiles.rebuild(session) { rows in try Self.updateEntities(rows, on: connection) }
          _ = try ForwardCitations.rebuild(session) { rows in try Self.updateForwardCitations(rows, on: connection) }
          try connection.execute("UPDATE meta SET value = '0' WHERE key = 'derived_stale'")
          return true
        }
      }
    }

    /// Writes changed family ids with one COPY and one joined UPDATE.
    private static func updateFamilies(_ rows: [FamilyBuilder.Assignment], on connection: PGConnection) throws {
      guard !rows.isEmpty else { return }
      try connection.execute(
        "CREATE TEMP TABLE s_families (id BIGINT, simple BIGINT, extended BIGINT) ON COMMIT DROP")
      var buffer = CopyBuffer()
      for row in rows {
        buffer.add(row.id)
        buffer.add(row.simple)
        buffer.add(row.extended)
        buffer.endRow()
      }
      try connection.copy(into: "s_families", columns: ["id", "simple", "extended"], data: buffer.bytes)
      try connection.execute(
        "UPDATE patents p SET simple_family = f.simple, extended_family = f.extended FROM s_families f WHERE p.id = f.id"
      )
    }

    /// Writes changed entity names and locations with one COPY and one joined UPDATE.
    private static func updateEntities(_ rows: [EntityProfiles.Change], on connection: PGConnection) throws {
      guard !rows.isEmpty else { return }
      try connection.execute(
        """
        CREATE TEMP TABLE s_entities (id BIGINT, name TEXT, located BOOLEAN, country TEXT, province TEXT,
          province_code TEXT, city TEXT) ON COMMIT DROP
        """)
      var buffer = CopyBuffer()
      for row in rows {
        buffer.add(row.id)
        buffer.add(row.name)
        buffer.add(row.location != nil)
        buffer.add(row.location?.country)
        buffer.add(row.location?.province)
        buffer.add(row.location?.provinceCode)
        buffer.add(row.location?.city)
        buffer.endRow()
      }
      try connection.copy(
        into: "s_entities", columns: ["id", "name", "located", "country", "province", "province_code", "city"],
        data: buffer.bytes)
      try connection.execute(
        """
        UPDATE entities e SET name = coalesce(s.name, e.name),
          country = CASE WHEN s.located THEN s.country ELSE e.country END,
          province = CASE WHEN s.located THEN s.province ELSE e.province END,
          province_code = CASE WHEN s.located THEN s.province_code ELSE e.province_code END,
          city = CASE WHEN s.located THEN s.city ELSE e.city END
        FROM s_entities s WHERE e.id = s.id
        """)
    }

    /// Writes changed forward-citation counts with one COPY and one joined UPDATE.
    private static func updateForwardCitations(_ rows: [ForwardCitations.Change], on connection: PGConnection) throws {
      guard !rows.isEmpty else { return }
      try connection.execute("CREATE TEMP TABLE s_forward (id BIGINT, n BIGINT) ON COMMIT DROP")
      var buffer = CopyBuffer()
      for row in rows {
        buffer.add(row.id)
        buffer.add(row.count)
        buffer.endRow()
      }
      try connection.copy(into: "s_forward", columns: ["id", "n"], data: buffer.bytes)
      try connection.execute("UPDATE patents p SET forward_citations = f.n FROM s_forward f WHERE p.id = f.id")
    }

    /// Stores the aliases and re-keys every applicant and assignee party (entities no party uses are removed), with
    /// ingests shut out meanwhile (exclusive advisory lock). Returns how many party rows changed entity.
    public func setAliases(_ aliases: AliasTable) throws -> Int {
      let connection = try connect()
      let harmonizer = ApplicantHarmonizer(legalForms: reference.legalForms, aliases: aliases)
      let changed = try run("apply aliases in \(url)") {
        try connection.transaction {
          try connection.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.writersLock))")
          try connection.execute("DELETE FROM aliases")
          for alias in aliases.aliases {
            try connection.execute(
              """
              INSERT INTO aliases VALUES (?, ?, ?) ON CONFLICT (variant) DO UPDATE
              SET canonical = excluded.canonical, type = excluded.type
              """, [.text(alias.variant), .text(alias.canonical), .of(alias.type?.rawValue)])
          }
          for variant in aliases.rejections {
            try connection.execute(
              "INSERT INTO aliases VALUES (?, '-', NULL) ON CONFLICT (variant) DO UPDATE SET canonical = '-'",
              [.text(variant)])
          }
          let rows = try connection.execute(
            """
            SELECT DISTINCT name, type_hint, is_person FROM parties WHERE role IN ('applicant', 'assignee')
            ORDER BY name, type_hint, is_person
            """)
          var entities = CopyBuffer()
          var names = CopyBuffer()
          var seen: Set<Int64> = []
          var harmonized: [String: Int64] = [:]
          for r in 0..<rows.rows {
            let name = rows.text(r, 0)
            if harmonized[name] != nil { continue }
            let isPerson = rows.isNull(r, 2) ? nil : rows.int64(r, 2) != 0
            let h = harmonizer.harmonize(name, typeHint: rows.optionalText(r, 1), isPerson: isPerson)
            let id = StableID.of(h.key)
            harmonized[name] = id
            names.add(name)
            names.add(id)
            names.endRow()
            if seen.insert(id).inserted {
              entities.add(id)
              for text in [h.key, h.displayName, h.type.rawValue, h.typeEvidence] { entities.add(text) }
              entities.add(h.aliased)
              entities.endRow()
            }
          }
          try connection.execute(
            """
            CREATE TEMP TABLE s_alias_entities (LIKE entities) ON COMMIT DROP;
            CREATE TEMP TABLE s_alias_names (name TEXT COLLATE "C" PRIMARY KEY, entity_id BIGINT) ON COMMIT DROP
            """)
          try connection.copy(
            into: "s_alias_entities", columns: ["id", "key", "name", "type", "type_evidence", "aliased"],
            data: entities.bytes)
          try connection.copy(into: "s_alias_names", columns: ["name", "entity_id"], data: names.bytes)
          try connection.execute(
            """
            INSERT INTO entities (id, key, name, type, type_evidence, aliased)
            SELECT id, key, name, type, type_evidence, aliased FROM s_alias_entities ORDER BY id
            ON CONFLICT (id) DO UPDATE SET
              name = CASE WHEN excluded.aliased = 1 THEN excluded.name ELSE entities.name END,
              type = CASE WHEN excluded.aliased = 1 THEN excluded.type ELSE entities.type END,
              type_evidence = CASE WHEN excluded.aliased = 1 THEN excluded.type_evidence ELSE entities.type_evidence END,
              aliased = excluded.aliased
            """)
          let updated = try connection.execute(
            """
            UPDATE parties a SET entity_id = n.entity_id FROM s_alias_names n
            WHERE a.name = n.name AND a.role IN ('applicant', 'assignee') AND a.entity_id IS DISTINCT FROM n.entity_id
            """
          ).affected
          try connection.execute(
            """
            DELETE FROM entities e WHERE NOT EXISTS (SELECT 1 FROM parties a WHERE a.entity_id = e.id);
            UPDATE meta SET value = '1' WHERE key = 'derived_stale'
            """)
          return updated
        }
      }
      try rebuildDerivedIfStale()
      return changed
    }
  }
#endif
