import Dispatch
import GRDB
import PatentCorpus
import PatentModel
import ReferenceData

extension SQLiteWorkspace {
  /// Loads the selection into a ``Corpus`` (see ``SelectionQueries/corpus(_:language:inventors:)``): O(selected
  /// rows), about 0.3 µs per row. Inventors are read only when `inventors` is set.
  ///
  /// Large workspaces are read in two halves of the selection's ids on two connections at once (the lower half
  /// on this one, streamed into the corpus; the upper half on a second one, then appended): about 40 % less wall
  /// time on two cores. Both read transactions start while the workspace's lock is held shared, so no writer
  /// commits between them and both halves see one snapshot; when a writer holds the lock, one connection reads
  /// everything, and so does it when the second connection cannot be opened. Same corpus either way.
  public func loadUnlinkedCorpus(
    matching filter: PatentFilter, language: Language, inventors withInventors: Bool
  )
    throws -> Corpus
  {
    try loadCorpus(matching: filter, language: language, inventors: withInventors, halvesFrom: Self.halvesFrom)
  }

  /// ``loadCorpus(matching:language:inventors:)`` reading in two halves from `halvesFrom` patents on, the second
  /// connection opened by `secondReader` (the tests compare both ways on the small real corpora, and make the
  /// second connection fail).
  func loadCorpus(
    matching filter: PatentFilter, language: Language, inventors withInventors: Bool, halvesFrom: Int64,
    secondReader: (String) throws -> DatabaseQueue = SQLiteWorkspace.secondReader
  ) throws -> Corpus {
    if try largestPatentID() >= halvesFrom, let second = try? secondReader(path),
      let lock = try? WriteLock(workspace: path, shared: true)
    {
      // The lock is held shared until both halves' transactions have started: the snapshot sees what they see.
      let asOf = try filter.asOf.map { try snapshot($0) }
      return try loadCorpusInHalves(
        filter, language: language, inventors: withInventors, asOf: asOf, on: second, lock: lock)
    }
    // With no writer (the lock held shared), the snapshot is computed on its own connections first; with one,
    // inside the selection's read transaction.
    let lock = filter.asOf == nil ? nil : try? WriteLock(workspace: path, shared: true)
    let early = try lock.flatMap { _ in try filter.asOf.map { try snapshot($0) } }
    return try withSelection(filter) { db in
      let session = SQLiteSession(db: db)
      let asOf = try early ?? filter.asOf.map { try AsOfSnapshot.make(session, asOf: $0) }
      lock?.unlock()
      return try SelectionQueries.corpus(session, language: language, inventors: withInventors, asOf: asOf)
    }
  }

  /// The as-of snapshot with its three parts (families, forward citations, entity profiles) computed at once on
  /// three read-only connections. The caller holds the workspace's lock shared, so all three see one state.
  private func snapshot(_ asOf: Int32) throws -> AsOfSnapshot {
    guard let whole = try read({ db in try AsOfSnapshot.extent(SQLiteSession(db: db), asOf: asOf) }) else {
      return AsOfSnapshot.none(asOf)
    }
    let (path, date) = (self.path, DayNumber.iso(asOf))
    let families = Background {
      try Self.readOnly(path) { try AsOfSnapshot.families(SQLiteSession(db: $0), date, whole: whole) }
    }
    let forward = Background {
      try Self.readOnly(path) { try AsOfSnapshot.forwardCounts(SQLiteSession(db: $0), date, whole: whole) }
    }
    let entities = try Self.readOnly(path) {
      try EntityProfiles.profiles(SQLiteSession(db: $0), publishedBy: date, onlyCut: !whole)
    }
    return AsOfSnapshot.assemble(asOf, try families.value(), try forward.value(), entities)
  }

  /// Runs `body` in a read transaction on a new read-only connection.
  private static func readOnly<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
    try secondReader(path).read(body)
  }

  /// Workspaces with fewer patents than this are read on one connection (a second one would not pay off).
  static let halvesFrom: Int64 = 50_000

  /// The largest patent id (the patent count when nothing was ever deleted). O(log n).
  private func largestPatentID() throws -> Int64 {
    try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM patents") ?? 0 }
  }

  /// ``loadCorpus(matching:language:inventors:)`` on this connection and `second`; `lock` is released as soon as
  /// both read transactions have started.
  private func loadCorpusInHalves(
    _ filter: PatentFilter, language: Language, inventors withInventors: Bool, asOf: AsOfSnapshot?,
    on second: DatabaseQueue, lock: WriteLock
  ) throws -> Corpus {
    let sql = try FilterSQL(
      filter, harmonizer: harmonizer(), divisions: reference.chinaDivisions, pinyin: reference.pinyin)
    let path = self.path
    let started = DispatchSemaphore(value: 0)
    let upper = Background { () throws -> UpperHalf in
      var signalled = false
      defer { if !signalled { started.signal() } }
      return try second.inDatabase { db in
        try Self.inReadTransaction(db, path: path) { db in
          try db.execute(sql: "SELECT 1 FROM meta LIMIT 1")  // the read transaction (its snapshot) starts here
          started.signal()
          signalled = true
          var half = UpperHalf()
          half.referenced = try Self.readHalf(
            db, sql, upper: true, language: language, inventors: withInventors, asOf: asOf
          ) {
            half.patents.append($0)
          }
          return half
        }
      }
    }
    started.wait()
    return try query {
      try queue.inDatabase { db in
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.selection") }
        return try Self.inReadTransaction(db, path: path) { db in
          try db.execute(sql: "SELECT 1 FROM meta LIMIT 1")
          lock.unlock()  // both snapshots are taken: writers may go on
          var builder = CorpusBuilder()
          let lower = try Self.readHalf(
            db, sql, upper: false, language: language, inventors: withInventors, asOf: asOf
          ) {
            builder.append($0)
          }
          let upperHalf = try upper.value()
          for patent in upperHalf.patents { builder.append(patent) }
          let referenced = lower.union(upperHalf.referenced)
          for entity in try SelectionQueries.entities(SQLiteSession(db: db), referenced, asOf: asOf) {
            builder.add(entity)
          }
          return builder.build()
        }
      }
    }
  }

  /// What the second connection read: the upper half's patents, in id order, and the entities they refer to.
  private struct UpperHalf: Sendable {
    var patents: [CorpusPatent] = []
    var referenced: Set<Int64> = []
  }

  /// Selects the lower (ids below the selection's median) or upper half of the selection in `temp.selection`,
  /// hands its patents to `body` in id order and returns the entities they refer to.
  private static func readHalf(
    _ db: Database, _ sql: FilterSQL, upper: Bool, language: Language, inventors: Bool, asOf: AsOfSnapshot?,
    _ body: (CorpusPatent) -> Void
  ) throws -> Set<Int64> {
    try makeSelection(db, sql)
    let median = try Int64.fetchOne(
      db,
      sql: "SELECT id FROM temp.selection ORDER BY id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM temp.selection)")
    guard let median else { return [] }  // an empty selection: nothing in either half
    try db.execute(sql: "DELETE FROM temp.selection WHERE id \(upper ? "<" : ">=") \(median)")
    return try SelectionQueries.patents(
      SQLiteSession(db: db), language: language, inventors: inventors, asOf: asOf, body)
  }

  /// A read-only connection beside the workspace's own, with its cache and temp settings.
  static func secondReader(_ path: String) throws -> DatabaseQueue {
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(30)
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
    }
    return try DatabaseQueue(path: path, configuration: config)
  }
}
