#if Postgres
  /// A ``RowCursor`` over a PostgreSQL query. A query without arguments (the selection's bulk reads) streams
  /// through a server-side cursor in pages of 20,000 rows, so memory stays bounded whatever the result's size;
  /// a query with arguments (a point lookup) is read at once.
  final class PGCursor: RowCursor {
    private let connection: PGConnection
    private let name: String?
    private var page: PGResult
    private var row: Int32 = 0
    private static let pageSize: Int32 = 20_000
    /// Whether the cursor is on a row.
    private(set) var hasRow: Bool

    /// Runs `sql`; a streamed cursor must be opened inside a transaction, under a name unique in it.
    init(_ connection: PGConnection, sql: String, arguments: [SQLValue], name: String) throws {
      self.connection = connection
      if arguments.isEmpty {
        try connection.execute("DECLARE \(name) NO SCROLL CURSOR FOR \(sql)")
        self.name = name
        page = try connection.execute("FETCH FORWARD \(Self.pageSize) FROM \(name)")
      } else {
        self.name = nil
        page = try connection.execute(sql, arguments)
      }
      hasRow = page.rows > 0
    }

    /// Moves to the next row, fetching the next page when this one is used up.
    func advance() throws {
      row += 1
      if row < page.rows { return }
      guard let name, page.rows == Self.pageSize else {
        hasRow = false
        return
      }
      page = try connection.execute("FETCH FORWARD \(Self.pageSize) FROM \(name)")
      row = 0
      hasRow = page.rows > 0
    }

    func int64(_ i: Int32) -> Int64 { page.int64(row, i) }

    func isNull(_ i: Int32) -> Bool { page.isNull(row, i) }

    func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> { page.bytes(row, i) }
  }

  /// A PostgreSQL connection seen as a ``SQLSession``, for the read paths shared with SQLite. Streamed cursors
  /// need an open transaction (``PostgresWorkspace`` reads inside one).
  final class PGSession: SQLSession {
    /// The connection.
    let connection: PGConnection
    private var cursors = 0

    init(_ connection: PGConnection) { self.connection = connection }

    var dialect: SQLDialect { .postgres }

    func cursor(_ sql: String, _ arguments: [SQLValue]) throws -> PGCursor {
      cursors += 1
      return try PGCursor(connection, sql: sql, arguments: arguments, name: "patnav_c\(cursors)")
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws { try connection.execute(sql, arguments) }
  }
#endif
