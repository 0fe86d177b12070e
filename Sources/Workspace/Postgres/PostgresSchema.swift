#if Postgres
  /// The PostgreSQL workspace schema: the SQLite tables and columns (see ``Schema``), with the same names, keys
  /// and meaning, in PostgreSQL types. Documented with the Citus distribution in `docs/postgres.md`.
  ///
  /// Differences, all forced by many concurrent writers and by sharding:
  /// - `patents.id` and `entities.id` are ``StableID``s of the publication and the entity key, computed by the
  ///   writers, so parallel ingests agree on them and `patent_id` can be the distribution column;
  /// - `publication` is indexed but not declared unique (Citus requires the distribution column in every unique
  ///   constraint); the id is its hash, and writers check that no two publications share one;
  /// - `files.derived` marks the files whose records the derived data (families, locations, forward citations)
  ///   already includes, instead of a single `derived_stale` row every writer would have to lock;
  /// - text columns compare bytewise (`COLLATE "C"`), as SQLite's do, so orderings agree across backends.
  enum PostgresSchema {
    /// The newest schema version this build writes (the same number as SQLite's).
    static let version = Schema.version

    /// Advisory-lock keys: schema creation, derived-data rebuilds, ingests (shared) against alias changes
    /// (exclusive).
    static let schemaLock: Int64 = 0x5041_544E_0001
    static let derivedLock: Int64 = 0x5041_544E_0002
    static let writersLock: Int64 = 0x5041_544E_0003

    /// The statements of version 1.
    static let v1 = """
      CREATE TABLE meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
      CREATE TABLE files (
        id BIGSERIAL PRIMARY KEY, path TEXT COLLATE "C" NOT NULL, fingerprint TEXT COLLATE "C" NOT NULL UNIQUE,
        bytes BIGINT NOT NULL, modified TEXT COLLATE "C" NOT NULL,
        documents INTEGER NOT NULL, records INTEGER NOT NULL, failed_documents INTEGER NOT NULL,
        ingested_at TEXT COLLATE "C" NOT NULL, derived BOOLEAN NOT NULL DEFAULT false);
      CREATE TABLE failures (
        id BIGSERIAL PRIMARY KEY, file_id BIGINT NOT NULL, path TEXT COLLATE "C" NOT NULL,
        document_index INTEGER, line INTEGER, "column" INTEGER, severity TEXT COLLATE "C" NOT NULL,
        message TEXT COLLATE "C" NOT NULL);
      CREATE TABLE patents (
        id BIGINT PRIMARY KEY,
        publication TEXT COLLATE "C" NOT NULL,
        pub_country TEXT COLLATE "C" NOT NULL, pub_number TEXT COLLATE "C" NOT NULL, pub_kind TEXT COLLATE "C" NOT NULL,
        kind TEXT COLLATE "C" NOT NULL, pub_date TEXT COLLATE "C", pub_year INTEGER,
        app_country TEXT COLLATE "C", app_number TEXT COLLATE "C", app_date TEXT COLLATE "C", app_year INTEGER,
        app_key TEXT COLLATE "C", priority_date TEXT COLLATE "C", priority_year INTEGER,
        docdb_family TEXT COLLATE "C", simple_family BIGINT, extended_family BIGINT,
        claims INTEGER, status TEXT COLLATE "C", source_rank INTEGER NOT NULL,
        forward_citations INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX patents_publication ON patents(publication);
      CREATE INDEX patents_number ON patents(pub_country, pub_number);
      CREATE TABLE patent_sources (
        patent_id BIGINT NOT NULL, file_id BIGINT NOT NULL, member TEXT COLLATE "C" NOT NULL,
        document_index INTEGER NOT NULL, record_index INTEGER NOT NULL, format TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (patent_id, file_id, member, document_index, record_index));
      CREATE TABLE texts (
        patent_id BIGINT NOT NULL, type TEXT COLLATE "C" NOT NULL, lang TEXT COLLATE "C" NOT NULL,
        text TEXT COLLATE "C" NOT NULL, source_rank INTEGER NOT NULL,
        PRIMARY KEY (patent_id, type, lang));
      CREATE TABLE classifications (
        patent_id BIGINT NOT NULL, scheme TEXT COLLATE "C" NOT NULL, symbol TEXT COLLATE "C" NOT NULL,
        compact TEXT COLLATE "C" NOT NULL, section TEXT COLLATE "C", class TEXT COLLATE "C",
        subclass TEXT COLLATE "C", main_group TEXT COLLATE "C", subgroup TEXT COLLATE "C",
        is_inventive INTEGER, is_first INTEGER, position INTEGER NOT NULL, version TEXT COLLATE "C",
        PRIMARY KEY (patent_id, scheme, symbol));
      CREATE TABLE entities (
        id BIGINT PRIMARY KEY, key TEXT COLLATE "C" NOT NULL UNIQUE, name TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL, type_evidence TEXT COLLATE "C" NOT NULL, aliased INTEGER NOT NULL DEFAULT 0,
        country TEXT COLLATE "C", province TEXT COLLATE "C", province_code TEXT COLLATE "C", city TEXT COLLATE "C");
      CREATE TABLE parties (
        patent_id BIGINT NOT NULL, role TEXT COLLATE "C" NOT NULL, name_normalized TEXT COLLATE "C" NOT NULL,
        sequence INTEGER NOT NULL, name TEXT COLLATE "C" NOT NULL, entity_id BIGINT,
        is_person INTEGER, country TEXT COLLATE "C", address TEXT COLLATE "C", city TEXT COLLATE "C",
        state TEXT COLLATE "C", postcode TEXT COLLATE "C", province TEXT COLLATE "C", province_code TEXT COLLATE "C",
        region_city TEXT COLLATE "C", type_hint TEXT COLLATE "C", registration_number TEXT COLLATE "C",
        PRIMARY KEY (patent_id, role, name_normalized));
      CREATE TABLE citations (
        patent_id BIGINT NOT NULL, cited_country TEXT COLLATE "C" NOT NULL, cited_number TEXT COLLATE "C" NOT NULL,
        cited_kind TEXT COLLATE "C" NOT NULL, phase TEXT COLLATE "C" NOT NULL, cited_date TEXT COLLATE "C",
        cited_name TEXT COLLATE "C", category TEXT COLLATE "C", cited_by TEXT COLLATE "C",
        PRIMARY KEY (patent_id, cited_country, cited_number, cited_kind));
      CREATE TABLE npl_citations (
        patent_id BIGINT NOT NULL, text TEXT COLLATE "C" NOT NULL, category TEXT COLLATE "C",
        cited_by TEXT COLLATE "C", phase TEXT COLLATE "C", PRIMARY KEY (patent_id, text));
      CREATE TABLE priorities (
        patent_id BIGINT NOT NULL, priority_key TEXT COLLATE "C" NOT NULL, country TEXT COLLATE "C" NOT NULL,
        number TEXT COLLATE "C" NOT NULL, date TEXT COLLATE "C", is_pct INTEGER NOT NULL,
        PRIMARY KEY (patent_id, priority_key));
      CREATE TABLE designations (
        patent_id BIGINT NOT NULL, type TEXT COLLATE "C" NOT NULL, state TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (patent_id, type, state));
      CREATE TABLE legal_events (
        patent_id BIGINT NOT NULL, date TEXT COLLATE "C" NOT NULL, country TEXT COLLATE "C" NOT NULL,
        code TEXT COLLATE "C" NOT NULL, description TEXT COLLATE "C", influence TEXT COLLATE "C",
        meaning TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (patent_id, date, country, code));
      CREATE TABLE aliases (
        variant TEXT COLLATE "C" PRIMARY KEY, canonical TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C");
      CREATE VIEW family_offices AS
        SELECT extended_family AS family, COUNT(*) AS publications,
               COUNT(DISTINCT pub_country) AS offices, string_agg(DISTINCT pub_country, ',') AS office_list
        FROM patents WHERE extended_family IS NOT NULL GROUP BY extended_family;
      INSERT INTO meta(key, value) VALUES ('schema_version', '1'), ('derived_stale', '0');
      """

    /// Version 2: the owner after a transfer, when a legal event names one.
    static let v2 = """
      ALTER TABLE legal_events ADD COLUMN new_owner TEXT COLLATE "C";
      UPDATE meta SET value = '2' WHERE key = 'schema_version';
      """

    /// Creates or checks the schema, under an advisory lock so concurrent first connections do not race.
    static func migrate(_ connection: PGConnection) throws {
      try connection.transaction {
        try connection.execute("SELECT pg_advisory_xact_lock(\(schemaLock))")
        let exists = try connection.execute("SELECT to_regclass('meta') IS NOT NULL").int64(0, 0) != 0
        let current =
          exists
          ? Int(
            String(
              decoding: try connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").bytes(0, 0),
              as: UTF8.self)) ?? 0 : 0
        if current > version {
          throw WorkspaceError.newerSchema(path: connection.location, version: current)
        }
        if current < 1 { try connection.execute(v1) }
        if current < 2 { try connection.execute(v2) }
      }
    }
  }
#endif
