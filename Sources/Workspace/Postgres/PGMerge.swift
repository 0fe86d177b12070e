#if Postgres
  /// The SQL that stages one file's rows and merges them into the workspace, with ``RecordWriter``'s rules:
  /// scalars from the most trusted source with gaps filled from the others, list facts as unions, the first
  /// value seen kept where sources disagree at equal rank.
  ///
  /// Where SQLite applies rows one by one, each statement here applies a whole file: rows of one key are first
  /// folded in insertion order (`seq`) the way one-by-one upserts would have combined them, since PostgreSQL
  /// lets one statement touch a row once. A publication that occurs several times in a file is merged in rounds
  /// (`occ`). Rows are inserted in key order, so concurrent writers lock rows in the same order.
  enum PGMerge {
    /// Staging tables, one per workspace table, emptied at each commit or rollback.
    static let staging = """
      CREATE TEMP TABLE s_patents (occ INTEGER, LIKE patents INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_sources (LIKE patent_sources) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_texts (seq BIGINT, LIKE texts) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_classifications (seq BIGINT, LIKE classifications) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_entities (LIKE entities) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_parties (seq BIGINT, LIKE parties) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_citations (seq BIGINT, LIKE citations) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_npl (LIKE npl_citations) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_priorities (LIKE priorities) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_designations (LIKE designations) ON COMMIT DELETE ROWS;
      CREATE TEMP TABLE s_events (LIKE legal_events) ON COMMIT DELETE ROWS;
      """

    private static let patentColumns = [
      "id", "publication", "pub_country", "pub_number", "pub_kind", "kind", "pub_date", "pub_year", "app_country",
      "app_number", "app_date", "app_year", "app_key", "priority_date", "priority_year", "docdb_family", "claims",
      "status", "source_rank",
    ]

    /// `column = CASE WHEN the new row ranks better THEN new, else old, each filled from the other`.
    private static func better(_ column: String) -> String {
      """
      \(column) = CASE WHEN excluded.source_rank < patents.source_rank THEN coalesce(excluded.\(column), patents.\(column)) \
      ELSE coalesce(patents.\(column), excluded.\(column)) END
      """
    }

    /// `column = coalesce(table.column, excluded.column)` for each column.
    private static func fill(_ columns: [String], in table: String) -> String {
      columns.map { "\($0) = coalesce(\(table).\($0), excluded.\($0))" }.joined(separator: ", ")
    }

    /// The first value in insertion order (`first`) or the first non-NULL one (`firstKnown`) of a group.
    private static func first(_ column: String) -> String { "(array_agg(\(column) ORDER BY seq))[1]" }
    private static func firstKnown(_ column: String) -> String {
      "(array_agg(\(column) ORDER BY seq) FILTER (WHERE \(column) IS NOT NULL))[1]"
    }

    /// Merges round `$1` of the staged patents (the n-th occurrence of each publication in the file).
    static let patents: String = {
      let scalars = [
        "kind", "pub_date", "pub_year", "app_country", "app_number", "app_date", "app_year", "app_key",
        "docdb_family", "claims", "status",
      ]
      let earliest = "LEAST(patents.priority_date, excluded.priority_date)"
      return """
        INSERT INTO patents (\(patentColumns.joined(separator: ", ")))
        SELECT \(patentColumns.joined(separator: ", ")) FROM s_patents WHERE occ = ? ORDER BY id
        ON CONFLICT (id) DO UPDATE SET \(scalars.map(better).joined(separator: ", ")),
          priority_date = \(earliest), priority_year = CAST(substr(\(earliest), 1, 4) AS INTEGER),
          source_rank = LEAST(patents.source_rank, excluded.source_rank)
        WHERE patents.publication = excluded.publication
        """
    }()

    /// A staged publication whose id an existing, different publication holds (a ``StableID`` collision).
    static let patentCollision = """
      SELECT s.publication, p.publication FROM s_patents s JOIN patents p ON p.id = s.id
      WHERE p.publication <> s.publication LIMIT 1
      """

    /// A staged entity key whose id an existing, different key holds.
    static let entityCollision = """
      SELECT s.key, e.key FROM s_entities s JOIN entities e ON e.id = s.id WHERE e.key <> s.key LIMIT 1
      """

    /// Everything after the patents, in order; `?` is the file id where a statement takes one.
    static let facts: [(sql: String, takesFile: Bool)] = [
      (
        """
        INSERT INTO entities (id, key, name, type, type_evidence, aliased)
        SELECT id, key, name, type, type_evidence, aliased FROM s_entities ORDER BY id ON CONFLICT (id) DO NOTHING
        """, false
      ),
      (
        """
        INSERT INTO patent_sources SELECT patent_id, CAST(? AS BIGINT), member, document_index, record_index, format
        FROM s_sources ORDER BY patent_id ON CONFLICT DO NOTHING
        """, true
      ),
      (
        """
        INSERT INTO texts (patent_id, type, lang, text, source_rank)
        SELECT DISTINCT ON (patent_id, type, lang) patent_id, type, lang, text, source_rank FROM s_texts
        ORDER BY patent_id, type, lang, source_rank, seq
        ON CONFLICT (patent_id, type, lang) DO UPDATE SET text = excluded.text, source_rank = excluded.source_rank
        WHERE excluded.source_rank < texts.source_rank
        """, false
      ),
      (
        """
        INSERT INTO classifications
        SELECT patent_id, scheme, symbol, \(["compact", "section", "class", "subclass", "main_group", "subgroup"].map(first).joined(separator: ", ")),
          \(firstKnown("is_inventive")), \(firstKnown("is_first")), \(first("position")), \(firstKnown("version"))
        FROM s_classifications GROUP BY patent_id, scheme, symbol ORDER BY patent_id, scheme, symbol
        ON CONFLICT (patent_id, scheme, symbol) DO UPDATE SET \(fill(["is_inventive", "is_first", "version"], in: "classifications"))
        """, false
      ),
      (parties, false),
      (
        """
        INSERT INTO citations
        SELECT patent_id, cited_country, cited_number, cited_kind,
          coalesce((array_agg(phase ORDER BY seq) FILTER (WHERE phase <> ''))[1], ''),
          \(["cited_date", "cited_name", "category", "cited_by"].map(firstKnown).joined(separator: ", "))
        FROM s_citations GROUP BY patent_id, cited_country, cited_number, cited_kind
        ORDER BY patent_id, cited_country, cited_number, cited_kind
        ON CONFLICT (patent_id, cited_country, cited_number, cited_kind) DO UPDATE SET
          phase = CASE WHEN citations.phase = '' THEN excluded.phase ELSE citations.phase END,
          \(fill(["cited_date", "cited_name", "category", "cited_by"], in: "citations"))
        """, false
      ),
      ("INSERT INTO npl_citations SELECT * FROM s_npl ORDER BY patent_id, text ON CONFLICT DO NOTHING", false),
      ("INSERT INTO priorities SELECT * FROM s_priorities ORDER BY patent_id ON CONFLICT DO NOTHING", false),
      ("INSERT INTO designations SELECT * FROM s_designations ORDER BY patent_id ON CONFLICT DO NOTHING", false),
      ("INSERT INTO legal_events SELECT * FROM s_events ORDER BY patent_id ON CONFLICT DO NOTHING", false),
    ]

    private static let parties: String = {
      let fills = [
        "entity_id", "is_person", "country", "address", "city", "state", "postcode", "province", "province_code",
        "region_city", "type_hint", "registration_number",
      ]
      return """
        INSERT INTO parties
        SELECT patent_id, role, name_normalized, \(first("sequence")), \(first("name")),
          \(fills.map(firstKnown).joined(separator: ", "))
        FROM s_parties GROUP BY patent_id, role, name_normalized ORDER BY patent_id, role, name_normalized
        ON CONFLICT (patent_id, role, name_normalized) DO UPDATE SET \(fill(fills, in: "parties"))
        """
    }()
  }
#endif
