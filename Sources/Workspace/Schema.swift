import GRDB

/// The workspace schema, as GRDB migrations. Documented table by table in README ("Workspace schema").
///
/// Conventions: one row per merged publication in `patents`; child tables keyed by `patent_id` with a primary
/// key that makes re-inserting the same fact a no-op (this is what makes ingest idempotent and merging
/// order-independent); empty strings instead of NULL in key columns.
enum Schema {
  /// The newest schema version this build writes.
  static let version = 2

  /// The migrator that creates or upgrades a workspace.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: v1)
    }
    migrator.registerMigration("v2") { db in
      try db.execute(sql: v2)
    }
    return migrator
  }

  private static let v1 = """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE files (
      id INTEGER PRIMARY KEY, path TEXT NOT NULL, fingerprint TEXT NOT NULL UNIQUE, bytes INTEGER NOT NULL,
      modified TEXT NOT NULL,
      documents INTEGER NOT NULL, records INTEGER NOT NULL, failed_documents INTEGER NOT NULL,
      ingested_at TEXT NOT NULL);
    CREATE TABLE failures (
      id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id), path TEXT NOT NULL,
      document_index INTEGER, line INTEGER, column INTEGER, severity TEXT NOT NULL, message TEXT NOT NULL);
    CREATE TABLE patents (
      id INTEGER PRIMARY KEY,
      publication TEXT NOT NULL UNIQUE,
      pub_country TEXT NOT NULL, pub_number TEXT NOT NULL, pub_kind TEXT NOT NULL,
      kind TEXT NOT NULL, pub_date TEXT, pub_year INTEGER,
      app_country TEXT, app_number TEXT, app_date TEXT, app_year INTEGER, app_key TEXT,
      priority_date TEXT, priority_year INTEGER,
      docdb_family TEXT, simple_family INTEGER, extended_family INTEGER,
      claims INTEGER, status TEXT, source_rank INTEGER NOT NULL,
      forward_citations INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX patents_number ON patents(pub_country, pub_number);
    CREATE TABLE patent_sources (
      patent_id INTEGER NOT NULL REFERENCES patents(id), file_id INTEGER NOT NULL REFERENCES files(id),
      member TEXT NOT NULL, document_index INTEGER NOT NULL, record_index INTEGER NOT NULL, format TEXT NOT NULL,
      PRIMARY KEY (patent_id, file_id, member, document_index, record_index)) WITHOUT ROWID;
    CREATE TABLE texts (
      patent_id INTEGER NOT NULL REFERENCES patents(id), type TEXT NOT NULL, lang TEXT NOT NULL,
      text TEXT NOT NULL, source_rank INTEGER NOT NULL,
      PRIMARY KEY (patent_id, type, lang)) WITHOUT ROWID;
    CREATE TABLE classifications (
      patent_id INTEGER NOT NULL REFERENCES patents(id), scheme TEXT NOT NULL, symbol TEXT NOT NULL,
      compact TEXT NOT NULL, section TEXT, class TEXT, subclass TEXT, main_group TEXT, subgroup TEXT,
      is_inventive INTEGER, is_first INTEGER, position INTEGER NOT NULL, version TEXT,
      PRIMARY KEY (patent_id, scheme, symbol)) WITHOUT ROWID;
    CREATE TABLE entities (
      id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL,
      type_evidence TEXT NOT NULL, aliased INTEGER NOT NULL DEFAULT 0,
      country TEXT, province TEXT, province_code TEXT, city TEXT);
    CREATE TABLE parties (
      patent_id INTEGER NOT NULL REFERENCES patents(id), role TEXT NOT NULL, name_normalized TEXT NOT NULL,
      sequence INTEGER NOT NULL, name TEXT NOT NULL, entity_id INTEGER REFERENCES entities(id),
      is_person INTEGER, country TEXT, address TEXT, city TEXT, state TEXT, postcode TEXT,
      province TEXT, province_code TEXT, region_city TEXT, type_hint TEXT, registration_number TEXT,
      PRIMARY KEY (patent_id, role, name_normalized)) WITHOUT ROWID;
    CREATE TABLE citations (
      patent_id INTEGER NOT NULL REFERENCES patents(id), cited_country TEXT NOT NULL, cited_number TEXT NOT NULL,
      cited_kind TEXT NOT NULL, phase TEXT NOT NULL, cited_date TEXT, cited_name TEXT, category TEXT, cited_by TEXT,
      PRIMARY KEY (patent_id, cited_country, cited_number, cited_kind)) WITHOUT ROWID;
    CREATE TABLE npl_citations (
      patent_id INTEGER NOT NULL REFERENCES patents(id), text TEXT NOT NULL, category TEXT, cited_by TEXT,
      phase TEXT, PRIMARY KEY (patent_id, text)) WITHOUT ROWID;
    CREATE TABLE priorities (
      patent_id INTEGER NOT NULL REFERENCES patents(id), priority_key TEXT NOT NULL, country TEXT NOT NULL,
      number TEXT NOT NULL, date TEXT, is_pct INTEGER NOT NULL,
      PRIMARY KEY (patent_id, priority_key)) WITHOUT ROWID;
    CREATE TABLE designations (
      patent_id INTEGER NOT NULL REFERENCES patents(id), type TEXT NOT NULL, state TEXT NOT NULL,
      PRIMARY KEY (patent_id, type, state)) WITHOUT ROWID;
    CREATE TABLE legal_events (
      patent_id INTEGER NOT NULL REFERENCES patents(id), date TEXT NOT NULL, country TEXT NOT NULL,
      code TEXT NOT NULL, description TEXT, influence TEXT, meaning TEXT NOT NULL,
      PRIMARY KEY (patent_id, date, country, code)) WITHOUT ROWID;
    CREATE TABLE aliases (
      variant TEXT PRIMARY KEY, canonical TEXT NOT NULL, type TEXT) WITHOUT ROWID;
    CREATE VIEW family_offices AS
      SELECT extended_family AS family, COUNT(*) AS publications,
             COUNT(DISTINCT pub_country) AS offices, group_concat(DISTINCT pub_country) AS office_list
      FROM patents WHERE extended_family IS NOT NULL GROUP BY extended_family;
    INSERT INTO meta(key, value) VALUES ('schema_version', '1'), ('derived_stale', '0');
    """

  /// Version 2: the owner after a transfer, when a legal event names one.
  static let v2 = """
    ALTER TABLE legal_events ADD COLUMN new_owner TEXT;
    UPDATE meta SET value = '2' WHERE key = 'schema_version';
    """
}
