#if Postgres
  /// The SQL that stages one file's rows and merges them into the workspace, with ``RecordWriter``'s rules:
  /// patent scalars from the most trusted source with gaps filled from the others, every other fact by
  /// ``MergeRules`` (order-independent), list facts as unions.
  ///
  /// Where SQLite applies rows one by one, each statement here applies a whole file: rows of one key are first
  /// folded the way one-by-one upserts would have combined them, since PostgreSQL lets one statement touch a
  /// row once. A publication that occurs several times in a file is merged in rounds
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

    /// `min(column)` for each column: what ``MergeRules/pick(_:in:)`` keeps of a group, since MIN skips NULLs.
    private static func smallest(_ columns: [String]) -> String {
      columns.map { "MIN(\($0))" }.joined(separator: ", ")
    }

    /// Everything after the patents, in order; `?` is the file id where a statement takes one. Each folds the
    /// file's rows of one key by ``MergeRules`` first (so a statement touches each row once), then upserts with
    /// the same rules.
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
        ORDER BY patent_id, type, lang, source_rank, text
        \(MergeRules.textUpsert)
        """, false
      ),
      (
        """
        INSERT INTO classifications
        SELECT patent_id, scheme, symbol, \(smallest([
          "compact", "section", "class", "subclass", "main_group", "subgroup", "is_inventive", "is_first", "position",
          "version",
        ]))
        FROM s_classifications GROUP BY patent_id, scheme, symbol ORDER BY patent_id, scheme, symbol
        \(MergeRules.classificationUpsert)
        """, false
      ),
      (
        """
        INSERT INTO parties
        SELECT patent_id, role, name_normalized, \(smallest(MergeRules.partyColumns))
        FROM s_parties GROUP BY patent_id, role, name_normalized ORDER BY patent_id, role, name_normalized
        \(MergeRules.partyUpsert)
        """, false
      ),
      (
        """
        INSERT INTO citations
        SELECT patent_id, cited_country, cited_number, cited_kind, coalesce(MIN(NULLIF(phase, '')), ''),
          \(smallest(["cited_date", "cited_name", "category", "cited_by"]))
        FROM s_citations GROUP BY patent_id, cited_country, cited_number, cited_kind
        ORDER BY patent_id, cited_country, cited_number, cited_kind
        \(MergeRules.citationUpsert)
        """, false
      ),
      (
        """
        INSERT INTO npl_citations SELECT patent_id, text, \(smallest(["category", "cited_by", "phase"]))
        FROM s_npl GROUP BY patent_id, text ORDER BY patent_id, text \(MergeRules.nplUpsert)
        """, false
      ),
      (
        """
        INSERT INTO priorities
        SELECT DISTINCT ON (patent_id, priority_key) * FROM s_priorities s
        ORDER BY patent_id, priority_key, \(MergeRules.priorityOrder("s"))
        \(MergeRules.priorityUpsert)
        """, false
      ),
      ("INSERT INTO designations SELECT * FROM s_designations ORDER BY patent_id ON CONFLICT DO NOTHING", false),
      (
        """
        INSERT INTO legal_events SELECT patent_id, date, country, code, \(smallest(["description", "influence", "meaning", "new_owner"]))
        FROM s_events GROUP BY patent_id, date, country, code ORDER BY patent_id, date, country, code
        \(MergeRules.eventUpsert)
        """, false
      ),
    ]
  }
#endif
