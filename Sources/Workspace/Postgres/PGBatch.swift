#if Postgres
  import PatentModel

  /// One file's prepared records encoded for COPY into the staging tables, built before the file's transaction so
  /// that a transaction retried after a deadlock sends the same bytes again.
  ///
  /// Mirrors ``RecordWriter``: the same facts, keys and merge inputs (source rank, insertion order), with ids
  /// computed here (``StableID``) instead of returned by the database.
  struct PGBatch {
    /// A staging table: its name, columns and rows.
    struct Table {
      let name: String
      let columns: [String]
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
    var texts = Table(name: "s_texts", columns: ["seq", "patent_id", "type", "lang", "text", "source_rank"])
    var classifications = Table(
      name: "s_classifications",
      columns: [
        "seq", "patent_id", "scheme", "symbol", "compact", "section", "class", "subclass", "main_group", "subgroup",
        "is_inventive", "is_first", "position", "version",
      ])
    var entities = Table(name: "s_entities", columns: ["id", "key", "name", "type", "type_evidence", "aliased"])
    var parties = Table(
      name: "s_parties",
      columns: [
        "seq", "patent_id", "role", "name_normalized", "sequence", "name", "entity_id", "is_person", "country",
        "address", "city", "state", "postcode", "province", "province_code", "region_city", "type_hint",
        "registration_number",
      ])
    var citations = Table(
      name: "s_citations",
      columns: [
        "seq", "patent_id", "cited_country", "cited_number", "cited_kind", "phase", "cited_date", "cited_name",
        "category", "cited_by",
      ])
    var npl = Table(name: "s_npl", columns: ["patent_id", "text", "category", "cited_by", "phase"])
    var priorities = Table(
      name: "s_priorities", columns: ["patent_id", "priority_key", "country", "number", "date", "is_pct"])
    var designations = Table(name: "s_designations", columns: ["patent_id", "type", "state"])
    var events = Table(
      name: "s_events", columns: ["patent_id", "date", "country", "code", "description", "influence", "meaning"])

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

    /// Adds one record's facts.
    mutating func add(_ prepared: PreparedRecord) {
      let r = prepared.record
      let pub = r.publication
      let app = r.application
      let priority = prepared.earliestPriority
      let id = StableID.of(pub.normalized)
      let occurrence = occurrences[id, default: 0] + 1
      occurrences[id] = occurrence
      rounds = max(rounds, occurrence)
      records += 1
      patents.rows.add(occurrence)
      patents.rows.add(id)
      for text in [pub.normalized, pub.country, pub.number, pub.kind, r.kind.rawValue, pub.date?.description] {
        patents.rows.add(text)
      }
      patents.rows.add(pub.date?.year)
      for text in [app?.country, app?.number, app?.date?.description] { patents.rows.add(text) }
      patents.rows.add(app?.date?.year)
      patents.rows.add(prepared.applicationKey)
      patents.rows.add(priority?.description)
      patents.rows.add(priority?.year)
      patents.rows.add(r.familyID)
      patents.rows.add(r.claimsCount)
      patents.rows.add(r.statusText)
      patents.rows.add(prepared.rank)
      patents.rows.endRow()

      sources.rows.add(id)
      sources.rows.add(0)
      sources.rows.add(r.source.file)
      sources.rows.add(r.source.index)
      sources.rows.add(r.source.record)
      sources.rows.add(r.source.format.rawValue)
      sources.rows.endRow()
      for (type, list) in [("title", r.titles), ("abstract", r.abstracts)] {
        for text in list {
          texts.rows.add(next())
          texts.rows.add(id)
          texts.rows.add(type)
          texts.rows.add(text.lang)
          texts.rows.add(text.text)
          texts.rows.add(prepared.rank)
          texts.rows.endRow()
        }
      }
      addClassifications(id, r)
      addParties(id, prepared)
      addCitations(id, r)
      for (claim, key) in zip(r.priorities, prepared.priorityKeys) {
        priorities.rows.add(id)
        priorities.rows.add(key ?? "\(claim.country)?\(claim.number)")
        priorities.rows.add(claim.country)
        priorities.rows.add(claim.number)
        priorities.rows.add(claim.date?.description)
        priorities.rows.add(claim.isPCT)
        priorities.rows.endRow()
      }
      for (type, states) in [
        ("designated", r.designatedStates), ("extension", r.extensionStates), ("validation", r.validationStates),
      ] {
        for state in states {
          designations.rows.add(id)
          designations.rows.add(type)
          designations.rows.add(state)
          designations.rows.endRow()
        }
      }
      for (event, meaning) in zip(r.legalEvents, prepared.eventMeanings) {
        events.rows.add(id)
        events.rows.add(event.date?.description ?? "")
        events.rows.add(event.country ?? pub.country)
        events.rows.add(event.code)
        events.rows.add(event.description)
        events.rows.add(event.influence)
        events.rows.add(meaning.rawValue)
        events.rows.endRow()
      }
    }

    private mutating func addClassifications(_ id: Int64, _ r: PatentRecord) {
      for (scheme, entries) in [("IPC", r.ipc), ("CPC", r.cpc)] {
        for (position, entry) in entries.enumerated() {
          let s = entry.symbol
          classifications.rows.add(next())
          classifications.rows.add(id)
          for text in [
            scheme, s.description, s.subclassSymbol + s.mainGroup + "/" + s.subgroup, String(s.section), s.classSymbol,
            s.subclassSymbol, s.mainGroup, s.subgroup,
          ] {
            classifications.rows.add(text)
          }
          classifications.rows.add(entry.isInventive)
          classifications.rows.add(entry.isFirst)
          classifications.rows.add(position)
          classifications.rows.add(entry.version?.description)
          classifications.rows.endRow()
        }
      }
      for (position, entry) in r.nationalClassifications.enumerated() {
        classifications.rows.add(next())
        classifications.rows.add(id)
        for text in [entry.scheme, entry.symbol, entry.symbol, nil, nil, nil, nil, nil] {
          classifications.rows.add(text)
        }
        classifications.rows.add(nil as Bool?)
        classifications.rows.add(nil as Bool?)
        classifications.rows.add(position)
        classifications.rows.add(nil as String?)
        classifications.rows.endRow()
      }
    }

    private mutating func addParties(_ id: Int64, _ prepared: PreparedRecord) {
      for p in prepared.parties {
        let party = p.party
        let h = p.harmonized
        var entityID: Int64?
        if party.role == .applicant || party.role == .assignee {
          let entity = StableID.of(h.key)
          entityID = entity
          if seenEntities.insert(entity).inserted {
            entities.rows.add(entity)
            for text in [h.key, h.displayName, h.type.rawValue, h.typeEvidence] { entities.rows.add(text) }
            entities.rows.add(h.aliased)
            entities.rows.endRow()
          }
        }
        parties.rows.add(next())
        parties.rows.add(id)
        parties.rows.add(party.role.rawValue)
        parties.rows.add(h.normalized)
        parties.rows.add(party.sequence)
        parties.rows.add(party.name)
        parties.rows.add(entityID.map(Int.init))
        parties.rows.add(party.isPerson)
        for text in [
          p.location.country ?? party.country, party.address, party.city, party.state, party.postcode,
          p.location.province, p.location.provinceCode, p.location.city, party.typeHint, party.registrationNumber,
        ] {
          parties.rows.add(text)
        }
        parties.rows.endRow()
      }
    }

    private mutating func addCitations(_ id: Int64, _ r: PatentRecord) {
      for c in r.citations {
        let d = c.document
        citations.rows.add(next())
        citations.rows.add(id)
        for text in [d.country, d.number, d.kind, c.phase ?? "", d.date?.description, c.name, c.category] {
          citations.rows.add(text)
        }
        citations.rows.add(c.citedBy?.rawValue)
        citations.rows.endRow()
      }
      for c in r.nplCitations {
        npl.rows.add(id)
        npl.rows.add(c.text)
        npl.rows.add(c.category)
        npl.rows.add(c.citedBy?.rawValue)
        npl.rows.add(c.phase)
        npl.rows.endRow()
      }
    }
  }
#endif
