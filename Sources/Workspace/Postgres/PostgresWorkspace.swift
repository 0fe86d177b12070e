#if Postgres
  import Applicants
  import Foundation
  import PatentCorpus
  import ReferenceData

  /// A workspace in a PostgreSQL database (or a Citus cluster), shared by several analysts and ingest processes.
  ///
  /// Same tables, behaviour and results as ``SQLiteWorkspace`` (see ``PostgresSchema`` for the few differences).
  /// Each operation opens its own connection, so an instance holds no connection state and may be used from any
  /// thread; reads run in one `REPEATABLE READ` transaction, so they see one snapshot while ingests go on.
  public final class PostgresWorkspace: WorkspaceStore {
    /// The `postgres://` URL (never with a password).
    public let url: String
    /// Reference data used for harmonization, locations and legal-event meanings.
    public let reference: ReferenceData

    /// The URL, for messages.
    public var location: String { url }

    /// Connects to `url`; creates the schema when `create` is set (ingest), else requires it to exist.
    public init(url: String, reference: ReferenceData, create: Bool = false) throws {
      self.url = url
      self.reference = reference
      let connection = try connect()
      if create {
        try run("create schema in \(url)") { try PostgresSchema.migrate(connection) }
      } else {
        let exists = try run("open \(url)") { try connection.execute("SELECT to_regclass('meta') IS NOT NULL") }
        if exists.int64(0, 0) == 0 { throw WorkspaceError.notFound(path: url) }
      }
    }

    /// A new connection to the workspace's database.
    func connect() throws -> PGConnection {
      do {
        return try PGConnection(url: url)
      } catch {
        throw WorkspaceError.cannotOpen(path: WorkspaceLocation.redacted(url), reason: "\(error)")
      }
    }

    /// Runs `body`, mapping PostgreSQL errors to ``WorkspaceError``.
    func run<T>(_ operation: String, _ body: () throws -> T) throws -> T {
      do {
        return try body()
      } catch let error as WorkspaceError {
        throw error
      } catch {
        throw WorkspaceError.database(operation: operation, reason: "\(error)")
      }
    }

    /// Runs `body` in a `REPEATABLE READ` transaction with the selection's ids in the temporary table
    /// `patnav_selection` (dropped at commit).
    func withSelection<T>(_ filter: PatentFilter, _ body: (PGSession) throws -> T) throws -> T {
      let sql = try FilterSQL(
        filter, harmonizer: harmonizer(), divisions: reference.chinaDivisions, pinyin: reference.pinyin)
      let connection = try connect()
      return try run("query \(url)") {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ") {
          // Analytic reads sort and hash millions of rows: give them memory instead of spilling to disk.
          try connection.execute("SET LOCAL work_mem = '256MB'")
          try connection.execute("CREATE TEMP TABLE patnav_selection (id BIGINT PRIMARY KEY) ON COMMIT DROP")
          try connection.execute(
            "INSERT INTO patnav_selection SELECT p.id FROM patents p WHERE \(sql.condition)", sql.values)
          try connection.execute("ANALYZE patnav_selection")
          return try body(PGSession(connection))
        }
      }
    }

    /// The aliases stored in the workspace.
    public func aliases() throws -> AliasTable {
      let connection = try connect()
      return try run("read aliases from \(url)") {
        let rows = try connection.execute("SELECT variant, canonical, type FROM aliases ORDER BY canonical, variant")
        return AliasTable(
          aliases: (0..<rows.rows).map {
            AliasTable.Alias(
              variant: rows.text($0, 0), canonical: rows.text($0, 1),
              type: rows.optionalText($0, 2).flatMap(EntityType.init))
          })
      }
    }

    /// Workspace ids of the selected patents, ascending.
    public func patentIDs(matching filter: PatentFilter) throws -> [Int64] {
      try withSelection(filter) { try SelectionQueries.ids($0) }
    }

    /// Loads the selection into a corpus: server-side cursors stream each table in id order (a merge join on
    /// the client), O(selected rows).
    public func loadUnlinkedCorpus(matching filter: PatentFilter, language: Language, inventors: Bool) throws -> Corpus
    {
      try withSelection(filter) { session in
        let asOf = try filter.asOf.map { try AsOfSnapshot.make(session, asOf: $0) }
        return try SelectionQueries.corpus(session, language: language, inventors: inventors, asOf: asOf)
      }
    }

    /// Counts over the selection; failures and files are for the whole workspace.
    public func stats(matching filter: PatentFilter) throws -> WorkspaceStats {
      try withSelection(filter) {
        try SelectionQueries.stats($0, selection: filter.summary, catalog: reference.legalEvents)
      }
    }

    /// Writes the selected patents in id order; returns how many.
    public func export(
      matching filter: PatentFilter, format: ExportFormat, legal: ((Int64) -> ExportLegal?)?,
      emit: (String) -> Void
    ) throws -> Int {
      try withSelection(filter) { try SelectionQueries.export($0, format: format, legal: legal, emit: emit) }
    }

    /// Entities of the selection, most patents first (ties by key), with their spellings.
    public func applicants(matching filter: PatentFilter) throws -> [ApplicantSummary] {
      try withSelection(filter) { try SelectionQueries.applicants($0) }
    }

    /// The `top` largest entities spelled more than one way, with their spellings.
    public func mergedApplicants(top: Int) throws -> [ApplicantSummary] {
      let connection = try connect()
      return try run("query \(url)") {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ") {
          try SelectionQueries.mergedApplicants(PGSession(connection), top: top)
        }
      }
    }

    /// Whole-workspace totals and the first `failures` recorded failures.
    public func totals(failures: Int) throws -> WorkspaceTotals {
      let connection = try connect()
      return try run("query \(url)") {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ") {
          try SelectionQueries.totals(PGSession(connection), failures: failures)
        }
      }
    }

    /// For each keyword list, the selected patents whose title or abstract contains one of its keywords.
    public func textMatches(_ lists: [[String]], matching filter: PatentFilter) throws -> [[Int64]] {
      try withSelection(filter) { try SelectionQueries.textMatches($0, lists) }
    }

    /// The selection's aggregates, computed by the server (push-down: only aggregate rows are sent).
    public func aggregates(matching filter: PatentFilter) throws -> WorkspaceAggregates {
      try withSelection(filter) { try SelectionQueries.aggregates($0) }
    }
  }
#endif

#if Postgres
  extension PostgresWorkspace {
    /// Creates an empty database `name` on the server of `url` (whose role needs `CREATEDB`) and returns its URL.
    /// For tests and benchmarks that want a workspace of their own.
    public static func createDatabase(_ name: String, on url: String) throws -> String {
      guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
        throw WorkspaceError.cannotOpen(path: name, reason: "a database name takes letters, digits and _ only")
      }
      let connection: PGConnection
      do {
        connection = try PGConnection(url: url)
        try connection.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'")
      } catch let error as PGError {
        throw WorkspaceError.cannotOpen(path: WorkspaceLocation.redacted(url), reason: "\(error)")
      }
      guard var components = URLComponents(string: url) else { return url }
      components.path = "/" + name
      return components.string ?? url
    }
  }
#endif
