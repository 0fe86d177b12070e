import Applicants
import GRDB
import PatentModel

/// Writes encoded records (``EncodedRecord``) into an open transaction, merging into the patent of the same publication.
///
/// Scalars come from the most trusted source (``SourceRank``), gaps are filled from the others; other facts
/// combine by ``MergeRules`` (commutative and associative); list facts are unions (primary keys make repeats
/// no-ops). Records are buffered by ``add(_:_:)`` and written by ``flush(_:)`` in batches of up to
/// ``recordsPerBatch``:
/// 1. each record's patent row and applicant entities, one statement each, in record order (their ids come back
///    one by one, and the first spelling of a new entity is the one kept);
/// 2. the batch's other rows table by table, in record order, up to ``MultiRowInsert/maxRows`` rows per statement.
///
/// The order between tables changes nothing, since every merge rule is order-independent. Against one statement
/// per row, the writer's instructions fell by 9 % on the 10 k scale corpus (callgrind), its `sqlite3_step` by 18 %,
/// and the workspace is the same row for row.
struct RecordWriter {
  /// Records buffered before a flush.
  static let recordsPerBatch = 64
  /// Text bytes buffered before a flush, whatever the record count.
  private static let textPerBatch = 4 << 20

  /// Where a buffered record's rows end in `rows`, and where its text and values start.
  private struct BufferedRecord {
    let rowsEnd: Int
    let text: Int32
    let values: Int32
    let publication: String
  }

  /// A buffered row of a child table: its values in `values`, where its record's text starts, and the ids its
  /// markers stand for.
  private struct ChildRow {
    let first: Int32
    let count: Int32
    let text: Int32
    let patentID: Int64
    let entityID: Int64
  }

  /// The file whose rows are being written (see ``begin(file:)``).
  private var fileID: Int64 = 0
  private var entityIDs: [Int64: (id: Int64, key: [UInt8])] = [:]
  private let upsertPatent: RawStatement
  private let upsertEntity: RawStatement
  /// The id of an existing patent by publication, and of an existing entity by key (when the insert found one).
  private let patentID: RawStatement
  private let entityID: RawStatement
  /// The multi-row insert of each child table, by ``EncodedRecord/Table`` raw value (`nil` for patents and
  /// entities).
  private var inserts: [MultiRowInsert?]
  /// Values per row of each child table, by table raw value (0 for patents and entities).
  private let columns: [Int]

  // The buffered batch: every record's text, values and rows, appended as they are (a record's text offsets and
  // value indices are relative to its own start, in `records`).
  private var text: [UInt8] = []
  private var values: [EncodedRecord.Value] = []
  private var rows: [EncodedRecord.Row] = []
  private var records: [BufferedRecord] = []
  /// The child rows of the batch being flushed, by table raw value (kept for their capacity).
  private var children: [[ChildRow]]

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
    upsertPatent = try RawStatement(
      db,
      sql: """
        INSERT INTO patents (publication, pub_country, pub_number, pub_kind, kind, pub_date, pub_year, app_country,
          app_number, app_date, app_year, app_key, priority_date, priority_year, docdb_family, claims, status, source_rank)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(publication) DO UPDATE SET \(scalars.map(Self.better).joined(separator: ", ")),
          priority_date = \(minPriority), priority_year = CAST(substr(\(minPriority), 1, 4) AS INTEGER),
          source_rank = min(patents.source_rank, excluded.source_rank)
        """)
    upsertEntity = try RawStatement(
      db,
      sql: """
        INSERT INTO entities (key, name, type, type_evidence, aliased) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) DO NOTHING
        """)
    patentID = try RawStatement(db, sql: "SELECT id FROM patents WHERE publication = ?")
    entityID = try RawStatement(db, sql: "SELECT id FROM entities WHERE key = ?")
    // The same party from two sources (a DOCDB name and a CNIPA name with address) is one row whose gaps
    // are filled from either source, whatever the order; one row per cited document likewise.
    var inserts = [MultiRowInsert?](repeating: nil, count: EncodedRecord.Table.event.rawValue + 1)
    func set(_ table: EncodedRecord.Table, _ insert: MultiRowInsert) { inserts[table.rawValue] = insert }
    set(.source, MultiRowInsert("INSERT OR IGNORE INTO patent_sources VALUES", columns: 6))
    set(
      .text,
      MultiRowInsert(
        "INSERT INTO texts (patent_id, type, lang, text, source_rank) VALUES", columns: 5, MergeRules.textUpsert))
    set(
      .classification,
      MultiRowInsert("INSERT INTO classifications VALUES", columns: 13, MergeRules.classificationUpsert))
    set(.party, MultiRowInsert("INSERT INTO parties VALUES", columns: 17, MergeRules.partyUpsert))
    set(.citation, MultiRowInsert("INSERT INTO citations VALUES", columns: 9, MergeRules.citationUpsert))
    set(.npl, MultiRowInsert("INSERT INTO npl_citations VALUES", columns: 5, MergeRules.nplUpsert))
    set(.priority, MultiRowInsert("INSERT INTO priorities VALUES", columns: 6, MergeRules.priorityUpsert))
    set(.designation, MultiRowInsert("INSERT OR IGNORE INTO designations VALUES", columns: 3))
    set(.event, MultiRowInsert("INSERT INTO legal_events VALUES", columns: 8, MergeRules.eventUpsert))
    self.inserts = inserts
    columns = inserts.map { $0?.columns ?? 0 }
    children = Array(repeating: [], count: inserts.count)
  }

  /// Starts writing the file `id` in a new transaction. The statements stay prepared from file to file; the
  /// entity-id cache and any batch left by a rolled-back file start empty, because a rolled-back file takes its
  /// new entities with it.
  mutating func begin(file id: Int64) {
    fileID = id
    entityIDs.removeAll(keepingCapacity: true)
    clearBatch()
  }

  /// Buffers one encoded record of the file `fileID`, flushing the batch when it is full. O(size of the record):
  /// three block copies.
  mutating func add(_ record: consuming EncodedRecord, _ db: Database) throws {
    for row in record.rows {
      let expected = columns[row.table.rawValue]
      if expected != 0 && expected != Int(row.count) {
        throw WorkspaceError.database(
          operation: "insert \(record.publication)", reason: "malformed \(row.table) row (\(row.count) values)")
      }
    }
    records.append(
      BufferedRecord(
        rowsEnd: rows.count + record.rows.count, text: Int32(text.count), values: Int32(values.count),
        publication: record.publication))
    text.append(contentsOf: record.text)
    values.append(contentsOf: record.values)
    rows.append(contentsOf: record.rows)
    if records.count >= Self.recordsPerBatch || text.count >= Self.textPerBatch { try flush(db) }
  }

  /// Writes the buffered records into the open transaction (call before committing the file). Binds every text
  /// value in place, with no copy.
  mutating func flush(_ db: Database) throws {
    guard !records.isEmpty else { return }
    var batchText: [UInt8] = []
    swap(&batchText, &text)  // a local, so that `self` can change while its bytes are bound
    defer {
      swap(&batchText, &text)
      clearBatch()
    }
    try batchText.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress
      try writeParents(base)
      for table in inserts.indices where !children[table].isEmpty {
        try writeChildren(table, base, db)
      }
    }
  }

  private mutating func clearBatch() {
    text.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    records.removeAll(keepingCapacity: true)
    for i in children.indices { children[i].removeAll(keepingCapacity: true) }
  }

  /// Inserts each buffered record's patent and entities in record order, and sorts its other rows into
  /// `children` with the ids their markers stand for. Entity ids come from a cache keyed by the key's hash and
  /// checked against the key's bytes.
  private mutating func writeParents(_ batchText: UnsafePointer<UInt8>?) throws {
    var next = 0
    for record in records {
      let text = (batchText ?? Self.empty) + Int(record.text)
      var patentID: Int64 = 0
      var entityID: Int64 = 0
      while next < record.rowsEnd {
        let row = rows[next]
        next += 1
        let first = Int(record.values + row.first)
        let count = Int(row.count)
        switch row.table {
        case .patent:
          guard let id = try insert(upsertPatent, lookup: self.patentID, first, count, text) else {
            throw WorkspaceError.database(operation: "insert \(record.publication)", reason: "no id found")
          }
          patentID = id
        case .entity:
          guard case .int(let hash) = values[first], case .text(let start, let length) = values[first + 1] else {
            throw WorkspaceError.database(operation: "insert \(record.publication)", reason: "malformed entity row")
          }
          let key = UnsafeBufferPointer(start: text + Int(start), count: Int(length))
          if let cached = entityIDs[hash], cached.key.elementsEqual(key) {
            entityID = cached.id
            continue
          }
          guard let id = try insert(upsertEntity, lookup: self.entityID, first + 1, count - 1, text) else {
            throw WorkspaceError.database(
              operation: "insert entity for \(record.publication)", reason: "no id found")
          }
          entityID = id
          entityIDs[hash] = (id, Array(key))
        default:
          children[row.table.rawValue].append(
            ChildRow(
              first: Int32(first), count: row.count, text: record.text, patentID: patentID, entityID: entityID))
        }
      }
    }
  }

  /// Writes the batch's rows of one child table, ``MultiRowInsert/maxRows`` at a time.
  private mutating func writeChildren(_ table: Int, _ batchText: UnsafePointer<UInt8>?, _ db: Database) throws {
    let pending = children[table]
    var start = 0
    while start < pending.count {
      let n = min(MultiRowInsert.maxRows, pending.count - start)
      guard let statement = try inserts[table]?.statement(rows: n, db) else { return }
      var parameter: Int32 = 1
      for child in pending[start..<start + n] {
        let text = (batchText ?? Self.empty) + Int(child.text)
        for i in Int(child.first)..<Int(child.first + child.count) {
          bind(statement, parameter, values[i], text, child.patentID, child.entityID)
          parameter += 1
        }
      }
      try statement.run()
      start += n
    }
  }

  /// Inserts a row whose first value is its unique key (a patent's publication, an entity's key); returns the new
  /// rowid, or the existing row's id, found by `lookup` with the same key, when the row was there.
  private func insert(
    _ statement: RawStatement, lookup: RawStatement, _ first: Int, _ count: Int, _ text: UnsafePointer<UInt8>
  ) throws -> Int64? {
    for i in 0..<count { bind(statement, Int32(i + 1), values[first + i], text, 0, 0) }
    if let id = try statement.insert() { return id }
    bind(lookup, 1, values[first], text, 0, 0)
    return try lookup.run()
  }

  /// Binds one encoded value to the 1-based `parameter`; `text` is where its record's text starts.
  private func bind(
    _ statement: RawStatement, _ parameter: Int32, _ value: EncodedRecord.Value, _ text: UnsafePointer<UInt8>,
    _ patentID: Int64, _ entityID: Int64
  ) {
    switch value {
    case .null: statement.bindNull(parameter)
    case .int(let value): statement.bind(parameter, value)
    case .text(let start, let length): statement.bindInPlace(parameter, text + Int(start), length)
    case .patentID: statement.bind(parameter, patentID)
    case .entityID: statement.bind(parameter, entityID)
    case .fileID: statement.bind(parameter, fileID)
    }
  }

  /// A valid address for empty text (a record always has some text, so this is only a guard).
  private static var empty: UnsafePointer<UInt8> { ("" as StaticString).utf8Start }
}
