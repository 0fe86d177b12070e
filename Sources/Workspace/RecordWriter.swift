import Applicants
import GRDB
import PatentModel

/// Writes encoded records (``EncodedRecord``) into an open transaction, merging into the patent of the same publication.
///
/// Scalars come from the most trusted source (``SourceRank``), gaps are filled from the others; other facts
/// combine by ``MergeRules`` (order-independent); list facts are
/// unions (primary keys make repeats no-ops). Statements are prepared once per ingest. Cost per record is
/// one upsert plus one insert per fact, with nothing allocated but SQLite's own work.
struct RecordWriter {
  /// The file whose rows are being written (see ``begin(file:)``).
  private var fileID: Int64 = 0
  private var entityIDs: [Int64: (id: Int64, key: [UInt8])] = [:]
  /// The statement for each ``EncodedRecord/Table``, in case order.
  private let statements: [RawStatement]
  /// The id of an existing patent by publication, and of an existing entity by key (when the insert found one).
  private let patentID: RawStatement
  private let entityID: RawStatement

  private static func better(_ column: String) -> String {
    """
    \(column) = CASE WHEN excluded.source_rank < patents.source_rank THEN coalesce(excluded.\(column), patents.\(column)) \
    ELSE coalesce(patents.\(column), excluded.\(column)) END
    """
  }

  init(db: Database) throws {
    let scalars = [
      "kind", "pub_date", "pub_year", "app_country", "app_number", "app_date", "app_year", "app_key",
      "docdb_family", "claims", "status",
    ]
    let minPriority =
      "min(coalesce(patents.priority_date, excluded.priority_date), coalesce(excluded.priority_date, patents.priority_date))"
    let upsertPatent = try RawStatement(
      db,
      sql: """
        INSERT INTO patents (publication, pub_country, pub_number, pub_kind, kind, pub_date, pub_year, app_country,
          app_number, app_date, app_year, app_key, priority_date, priority_year, docdb_family, claims, status, source_rank)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(publication) DO UPDATE SET \(scalars.map(Self.better).joined(separator: ", ")),
          priority_date = \(minPriority), priority_year = CAST(substr(\(minPriority), 1, 4) AS INTEGER),
          source_rank = min(patents.source_rank, excluded.source_rank)
        """)
    let insertSource = try RawStatement(db, sql: "INSERT OR IGNORE INTO patent_sources VALUES (?, ?, ?, ?, ?, ?)")
    let upsertText = try RawStatement(
      db,
      sql:
        "INSERT INTO texts (patent_id, type, lang, text, source_rank) VALUES (?, ?, ?, ?, ?) \(MergeRules.textUpsert)")
    let insertClassification = try RawStatement(
      db,
      sql:
        "INSERT INTO classifications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.classificationUpsert)")
    let upsertEntity = try RawStatement(
      db,
      sql: """
        INSERT INTO entities (key, name, type, type_evidence, aliased) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) DO NOTHING
        """)
    // The same party from two sources (a DOCDB name and a CNIPA name with address) is one row whose gaps
    // are filled from either source, whatever the order; one row per cited document likewise.
    let insertParty = try RawStatement(
      db,
      sql: "INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.partyUpsert)")
    let insertCitation = try RawStatement(
      db, sql: "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.citationUpsert)")
    let insertNPL = try RawStatement(
      db, sql: "INSERT INTO npl_citations VALUES (?, ?, ?, ?, ?) \(MergeRules.nplUpsert)")
    let insertPriority = try RawStatement(
      db, sql: "INSERT INTO priorities VALUES (?, ?, ?, ?, ?, ?) \(MergeRules.priorityUpsert)")
    let insertDesignation = try RawStatement(db, sql: "INSERT OR IGNORE INTO designations VALUES (?, ?, ?)")
    let insertEvent = try RawStatement(
      db, sql: "INSERT INTO legal_events VALUES (?, ?, ?, ?, ?, ?, ?) \(MergeRules.eventUpsert)")
    patentID = try RawStatement(db, sql: "SELECT id FROM patents WHERE publication = ?")
    entityID = try RawStatement(db, sql: "SELECT id FROM entities WHERE key = ?")
    statements = [
      upsertPatent, insertSource, upsertText, insertClassification, upsertEntity, insertParty, insertCitation,
      insertNPL, insertPriority, insertDesignation, insertEvent,
    ]
  }

  /// Starts writing the file `id` in a new transaction. The statements stay prepared from file to file; the
  /// entity-id cache starts empty, because a rolled-back file takes its new entities with it.
  mutating func begin(file id: Int64) {
    fileID = id
    entityIDs.removeAll(keepingCapacity: true)
  }

  /// Writes one encoded record into the file `fileID`; returns the patent id it merged into. Binds every text
  /// value in place (no copy) and steps each row's statement; entity ids come from a cache keyed by the key's
  /// hash and checked against the key's bytes.
  mutating func write(_ record: EncodedRecord) throws -> Int64 {
    var patentID: Int64 = 0
    var entityID: Int64 = 0
    try record.text.withUnsafeBufferPointer { text in
      let base = text.baseAddress
      for row in record.rows {
        let statement = statements[row.table.rawValue]
        let first = Int(row.first)
        let count = Int(row.count)
        if row.table == .entity {
          guard case .int(let hash) = record.values[first], case .text(let start, let length) = record.values[first + 1]
          else {
            throw WorkspaceError.database(operation: "insert \(record.publication)", reason: "malformed entity row")
          }
          let key = UnsafeBufferPointer(rebasing: text[Int(start)..<Int(start + length)])
          if let cached = entityIDs[hash], cached.key.elementsEqual(key) {
            entityID = cached.id
            continue
          }
          guard let id = try insert(statement, lookup: self.entityID, record, first + 1, count - 1, base) else {
            throw WorkspaceError.database(
              operation: "insert entity for \(record.publication)", reason: "no id found")
          }
          entityID = id
          entityIDs[hash] = (id, Array(key))
          continue
        }
        if row.table == .patent {
          guard let id = try insert(statement, lookup: self.patentID, record, first, count, base) else {
            throw WorkspaceError.database(operation: "insert \(record.publication)", reason: "no id found")
          }
          patentID = id
        } else {
          _ = try bindAndRun(statement, record, first, count, base, patentID, entityID)
        }
      }
    }
    return patentID
  }

  /// Inserts a row whose first value is its unique key (a patent's publication, an entity's key); returns the new
  /// rowid, or the existing row's id, found by `lookup` with the same key, when the row was there.
  private func insert(
    _ statement: RawStatement, lookup: RawStatement, _ record: EncodedRecord, _ first: Int, _ count: Int,
    _ text: UnsafePointer<UInt8>?
  ) throws -> Int64? {
    for i in 0..<count { bind(statement, Int32(i + 1), record.values[first + i], text, 0, 0) }
    if let id = try statement.insert() { return id }
    bind(lookup, 1, record.values[first], text, 0, 0)
    return try lookup.run()
  }

  /// Binds `count` values from `first` to `statement`'s parameters 1… and runs it.
  private func bindAndRun(
    _ statement: RawStatement, _ record: EncodedRecord, _ first: Int, _ count: Int, _ text: UnsafePointer<UInt8>?,
    _ patentID: Int64, _ entityID: Int64
  ) throws -> Int64? {
    for i in 0..<count { bind(statement, Int32(i + 1), record.values[first + i], text, patentID, entityID) }
    return try statement.run()
  }

  /// Binds one encoded value to the 1-based `parameter`.
  private func bind(
    _ statement: RawStatement, _ parameter: Int32, _ value: EncodedRecord.Value, _ text: UnsafePointer<UInt8>?,
    _ patentID: Int64, _ entityID: Int64
  ) {
    switch value {
    case .null: statement.bindNull(parameter)
    case .int(let value): statement.bind(parameter, value)
    case .text(let start, let length): statement.bindInPlace(parameter, (text ?? Self.empty) + Int(start), length)
    case .patentID: statement.bind(parameter, patentID)
    case .entityID: statement.bind(parameter, entityID)
    case .fileID: statement.bind(parameter, fileID)
    }
  }

  /// A valid address for empty text (a record always has some text, so this is only a guard).
  private static var empty: UnsafePointer<UInt8> { ("" as StaticString).utf8Start }
}
