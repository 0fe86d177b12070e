#if Postgres

  /// One file's prepared records encoded for COPY into the staging tables, built before the file's transaction so
  /// that a transaction retried after a deadlock sends the same bytes again.
  ///
  /// Takes the rows ``EncodedRecord`` lays out for ``RecordWriter`` (one column layout for both backends), with
  /// ids computed here (``StableID``) instead of returned by the database.
  struct PGBatch {
    /// A staging table: its name, columns and rows.
    struct Table {
      let name: String
      let columns: [String]
      /// Whether the first column is `seq`, the insertion order the merge needs.
      var sequenced = false
      var rows = CopyBuffer()
    }

    var patents = Table(
      name: "s_patents",
      columns: [
        "occ", "id", "publication", "pub_country", "pub_number", "pub_kind", "kind", "pub_date", "pub_year",
        "app_country", "app_number", "app_date", "app_year", "app_key", "priority_date", "priority_year",
        "docdb_family", "claims", "status", "source_rank",
      ])
    var sources = Table(
      name: "s_sources", columns: ["patent_id", "file_id", "member", "document_index", "record_index", "format"])
    var texts = Table(
      name: "s_texts", columns: ["seq", "patent_id", "type", "lang", "text", "source_rank"], sequenced: true)
    var classifications = Table(
      name: "s_classifications",
      columns: [
        "seq", "patent_id", "scheme", "symbol", "compact", "section", "class", "subclass", "main_group", "subgroup",
        "is_inventive", "is_first", "position", "version",
      ], sequenced: true)
    var entities = Table(name: "s_entities", columns: ["id", "key", "name", "type", "type_evidence", "aliased"])
    var parties = Table(
      name: "s_parties",
      columns: [
        "seq", "patent_id", "role", "name_normalized", "sequence", "name", "entity_id", "is_person", "country",
        "address", "city", "state", "postcode", "province", "province_code", "region_city", "type_hint",
        "registration_number",
      ], sequenced: true)
    var citations = Table(
      name: "s_citations",
      columns: [
        "seq", "patent_id", "cited_country", "cited_number", "cited_kind", "phase", "cited_date", "cited_name",
        "category", "cited_by",
      ], sequenced: true)
    var npl = Table(name: "s_npl", columns: ["patent_id", "text", "category", "cited_by", "phase"])
    var priorities = Table(
      name: "s_priorities", columns: ["patent_id", "priority_key", "country", "number", "date", "is_pct"])
    var designations = Table(name: "s_designations", columns: ["patent_id", "type", "state"])
    var events = Table(
      name: "s_events",
      columns: ["patent_id", "date", "country", "code", "description", "influence", "meaning", "new_owner"])

    /// Records added.
    private(set) var records = 0
    /// The largest number of times one publication occurs in the file (merge rounds for `patents`).
    private(set) var rounds = 0
    private var occurrences: [Int64: Int] = [:]
    private var seenEntities: Set<Int64> = []
    private var seq: Int64 = 0

    /// Every staging table, in merge order.
    var tables: [Table] {
      [
        patents, sources, texts, classifications, entities, parties, citations, npl, priorities, designations,
        events,
      ]
    }

    private mutating func next() -> Int64 {
      seq += 1
      return seq
    }

    /// Adds one record's rows, as ``EncodedRecord`` laid them out for ``RecordWriter``: the same columns in the
    /// same order, preceded here by the staging columns (`occ` and `id` for patents, `seq` where the merge needs
    /// the insertion order); the markers become the ids computed here. O(size of the record).
    mutating func add(_ record: EncodedRecord) {
      let id = StableID.of(record.publication)
      let occurrence = occurrences[id, default: 0] + 1
      occurrences[id] = occurrence
      rounds = max(rounds, occurrence)
      records += 1
      var entityID: Int64 = 0
      record.text.withUnsafeBufferPointer { text in
        for row in record.rows {
          let values = record.values[Int(row.first)..<Int(row.first + row.count)]
          let ids = (patent: id, entity: entityID, text: text)
          switch row.table {
          case .patent:
            patents.rows.add(occurrence)
            patents.rows.add(id)
            Self.add(values, to: &patents.rows, ids)
          case .entity:
            guard case .int(let entity) = values.first else { continue }
            entityID = entity
            if seenEntities.insert(entity).inserted { Self.add(values, to: &entities.rows, ids) }
          default:
            let seq = next()
            withTable(row.table) { table in
              if table.sequenced { table.rows.add(seq) }
              Self.add(values, to: &table.rows, ids)
            }
          }
        }
      }
    }

    /// Calls `body` with the staging table of `table`'s rows.
    private mutating func withTable(_ table: EncodedRecord.Table, _ body: (inout Table) -> Void) {
      switch table {
      case .patent: body(&patents)
      case .source: body(&sources)
      case .text: body(&texts)
      case .classification: body(&classifications)
      case .entity: body(&entities)
      case .party: body(&parties)
      case .citation: body(&citations)
      case .npl: body(&npl)
      case .priority: body(&priorities)
      case .designation: body(&designations)
      case .event: body(&events)
      }
    }

    /// Appends one row's values, the markers replaced by the patent's and the entity's ids.
    private static func add(
      _ values: ArraySlice<EncodedRecord.Value>, to rows: inout CopyBuffer,
      _ ids: (patent: Int64, entity: Int64, text: UnsafeBufferPointer<UInt8>)
    ) {
      for value in values {
        switch value {
        case .null: rows.add(nil as Int?)
        case .int(let v): rows.add(v)
        case .text(let start, let count):
          rows.add(text: UnsafeBufferPointer(rebasing: ids.text[Int(start)..<Int(start + count)]))
        case .patentID: rows.add(ids.patent)
        case .entityID: rows.add(ids.entity)
        case .fileID: rows.add(Int64(0))  // the staging rows get the file's id on the server
        }
      }
      rows.endRow()
    }
  }
#endif
