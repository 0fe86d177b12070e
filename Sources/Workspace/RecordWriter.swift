import Applicants
import GRDB
import PatentModel

/// Writes prepared records into an open transaction, merging into the patent of the same publication.
///
/// Scalars come from the most trusted source (``SourceRank``), gaps are filled from the others; other facts
/// combine by ``MergeRules`` (order-independent); list facts are
/// unions (primary keys make repeats no-ops). Statements are prepared once per writer. Cost per record is
/// one upsert plus one insert per fact.
struct RecordWriter {
  private let db: Database
  private let fileID: Int64
  private var entityIDs: [String: Int64] = [:]
  private let upsertPatent: RawStatement
  private let insertSource: RawStatement
  private let upsertText: RawStatement
  private let insertClassification: RawStatement
  private let upsertEntity: RawStatement
  private let insertParty: RawStatement
  private let insertCitation: RawStatement
  private let insertNPL: RawStatement
  private let insertPriority: RawStatement
  private let insertDesignation: RawStatement
  private let insertEvent: RawStatement

  private static func better(_ column: String) -> String {
    """
    \(column) = CASE WHEN excluded.source_rank < patents.source_rank THEN coalesce(excluded.\(column), patents.\(column)) \
    ELSE coalesce(patents.\(column), excluded.\(column)) END
    """
  }

  init(db: Database, fileID: Int64) throws {
    self.db = db
    self.fileID = fileID
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
        RETURNING id
        """)
    insertSource = try RawStatement(db, sql: "INSERT OR IGNORE INTO patent_sources VALUES (?, ?, ?, ?, ?, ?)")
    upsertText = try RawStatement(
      db,
      sql:
        "INSERT INTO texts (patent_id, type, lang, text, source_rank) VALUES (?, ?, ?, ?, ?) \(MergeRules.textUpsert)")
    insertClassification = try RawStatement(
      db,
      sql:
        "INSERT INTO classifications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.classificationUpsert)")
    upsertEntity = try RawStatement(
      db,
      sql: """
        INSERT INTO entities (key, name, type, type_evidence, aliased) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id
        """)
    // The same party from two sources (a DOCDB name and a CNIPA name with address) is one row whose gaps
    // are filled from either source, whatever the order; one row per cited document likewise.
    insertParty = try RawStatement(
      db,
      sql: "INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.partyUpsert)")
    insertCitation = try RawStatement(
      db, sql: "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \(MergeRules.citationUpsert)")
    insertNPL = try RawStatement(
      db, sql: "INSERT INTO npl_citations VALUES (?, ?, ?, ?, ?) \(MergeRules.nplUpsert)")
    insertPriority = try RawStatement(
      db, sql: "INSERT INTO priorities VALUES (?, ?, ?, ?, ?, ?) \(MergeRules.priorityUpsert)")
    insertDesignation = try RawStatement(db, sql: "INSERT OR IGNORE INTO designations VALUES (?, ?, ?)")
    insertEvent = try RawStatement(
      db, sql: "INSERT INTO legal_events VALUES (?, ?, ?, ?, ?, ?, ?) \(MergeRules.eventUpsert)")
  }

  /// Writes one record; returns the patent id it merged into.
  mutating func write(_ prepared: PreparedRecord) throws -> Int64 {
    let r = prepared.record
    let pub = r.publication
    let app = r.application
    let priority = prepared.earliestPriority
    guard
      let id = try upsertPatent.run(
        pub.normalized, pub.country, pub.number, pub.kind, r.kind.rawValue, pub.date?.description, pub.date?.year,
        app?.country, app?.number, app?.date?.description, app?.date?.year, prepared.applicationKey,
        priority?.description, priority?.year, r.familyID, r.claimsCount, r.statusText, prepared.rank)
    else {
      throw WorkspaceError.database(operation: "insert \(pub.normalized)", reason: "no id returned")
    }
    try insertSource.run(
      id, fileID, r.source.file, r.source.index, r.source.record, r.source.format.rawValue,
    )
    for (type, texts) in [("title", r.titles), ("abstract", r.abstracts)] {
      for text in texts { try upsertText.run(id, type, text.lang, text.text, prepared.rank) }
    }
    try writeClassifications(id, r)
    try writeParties(id, prepared)
    for c in r.citations {
      let d = c.document
      try insertCitation.run(
        id, d.country, d.number, d.kind, c.phase ?? "", d.date?.description, c.name, c.category, c.citedBy?.rawValue,
      )
    }
    for c in r.nplCitations {
      try insertNPL.run(id, c.text, c.category, c.citedBy?.rawValue, c.phase)
    }
    for (claim, key) in zip(r.priorities, prepared.priorityKeys) {
      try insertPriority.run(
        id, key ?? "\(claim.country)?\(claim.number)", claim.country, claim.number, claim.date?.description,
        claim.isPCT,
      )
    }
    for (type, states) in [
      ("designated", r.designatedStates), ("extension", r.extensionStates), ("validation", r.validationStates),
    ] {
      for state in states { try insertDesignation.run(id, type, state) }
    }
    for (event, meaning) in zip(r.legalEvents, prepared.eventMeanings) {
      try insertEvent.run(
        id, event.date?.description ?? "", event.country ?? pub.country, event.code, event.description,
        event.influence, meaning.rawValue,
      )
    }
    return id
  }

  private func writeClassifications(_ id: Int64, _ r: PatentRecord) throws {
    for (scheme, entries) in [("IPC", r.ipc), ("CPC", r.cpc)] {
      for (position, entry) in entries.enumerated() {
        let s = entry.symbol
        try insertClassification.run(
          id, scheme, s.description, s.subclassSymbol + s.mainGroup + "/" + s.subgroup, String(s.section),
          s.classSymbol, s.subclassSymbol, s.mainGroup, s.subgroup, entry.isInventive, entry.isFirst, position,
          entry.version?.description,
        )
      }
    }
    for (position, entry) in r.nationalClassifications.enumerated() {
      try insertClassification.run(
        id, entry.scheme, entry.symbol, entry.symbol, nil, nil, nil, nil, nil, nil, nil, position, nil)
    }
  }

  private mutating func writeParties(_ id: Int64, _ prepared: PreparedRecord) throws {
    for p in prepared.parties {
      let party = p.party
      let h = p.harmonized
      var entityID: Int64?
      if party.role == .applicant || party.role == .assignee {
        entityID = try entity(h)
      }
      try insertParty.run(
        id, party.role.rawValue, h.normalized, party.sequence, party.name, entityID, party.isPerson,
        p.location.country ?? party.country, party.address, party.city, party.state, party.postcode,
        p.location.province,
        p.location.provinceCode, p.location.city, party.typeHint, party.registrationNumber,
      )
    }
  }

  private mutating func entity(_ h: HarmonizedName) throws -> Int64 {
    if let id = entityIDs[h.key] { return id }
    guard
      let id = try upsertEntity.run(h.key, h.displayName, h.type.rawValue, h.typeEvidence, h.aliased)
    else { throw WorkspaceError.database(operation: "insert entity \(h.key)", reason: "no id returned") }
    entityIDs[h.key] = id
    return id
  }
}
