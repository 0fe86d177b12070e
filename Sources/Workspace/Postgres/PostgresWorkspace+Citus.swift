#if Postgres
  extension PostgresSchema {
    /// Tables replicated to every Citus node (small, read by every query).
    static let referenceTables = ["meta", "files", "failures", "entities", "aliases"]

    /// Tables distributed by patent id, co-located with `patents`.
    static let distributedTables: [(table: String, column: String)] = [
      ("patents", "id"), ("patent_sources", "patent_id"), ("texts", "patent_id"), ("classifications", "patent_id"),
      ("parties", "patent_id"), ("citations", "patent_id"), ("npl_citations", "patent_id"),
      ("priorities", "patent_id"), ("designations", "patent_id"), ("legal_events", "patent_id"),
    ]
  }

  extension PostgresWorkspace {
    /// The statements that turn this workspace's database into a Citus-distributed one (see `docs/postgres.md`).
    public static var citusStatements: [String] {
      PostgresSchema.referenceTables.map { "SELECT create_reference_table('\($0)');" }
        + PostgresSchema.distributedTables.map { table, column in
          table == "patents"
            ? "SELECT create_distributed_table('patents', 'id');"
            : "SELECT create_distributed_table('\(table)', '\(column)', colocate_with => 'patents');"
        }
    }

    /// What in this workspace's schema Citus would refuse under ``citusStatements``, read from the catalog:
    /// a primary-key or unique constraint of a distributed table without its distribution column, a foreign key
    /// or a sequence default on a distributed table, a table the plan does not place. Empty when compatible.
    public func citusIssues() throws -> [String] {
      let connection = try connect()
      return try run("check \(url) for Citus") {
        var issues: [String] = []
        let placed = Set(PostgresSchema.referenceTables + PostgresSchema.distributedTables.map(\.table))
        let tables = try connection.execute(
          "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        for r in 0..<tables.rows where !placed.contains(tables.text(r, 0)) {
          issues.append("table \(tables.text(r, 0)) is neither distributed nor a reference table")
        }
        for (table, column) in PostgresSchema.distributedTables {
          let constraints = try connection.execute(
            """
            SELECT c.conname, c.contype, array_to_string(ARRAY(
              SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k
              ORDER BY a.attname), ',')
            FROM pg_constraint c WHERE c.conrelid = to_regclass(?) ORDER BY c.conname
            """, [.text(table)])
          for r in 0..<constraints.rows {
            let (name, type) = (constraints.text(r, 0), constraints.text(r, 1))
            let columns = constraints.text(r, 2).split(separator: ",").map(String.init)
            if (type == "p" || type == "u") && !columns.contains(column) {
              issues.append("\(table): constraint \(name) (\(columns.joined(separator: ", "))) lacks \(column)")
            }
            if type == "f" { issues.append("\(table): foreign key \(name)") }
          }
          let sequences = try connection.execute(
            """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND column_default LIKE 'nextval%'
            """, [.text(table)])
          for r in 0..<sequences.rows { issues.append("\(table).\(sequences.text(r, 0)) takes a sequence default") }
        }
        return issues
      }
    }
  }
#endif
