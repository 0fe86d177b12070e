import PatentModel

/// Rebuilds merged ``PatentRecord``s (and their workspace facts) from the tables, for export.
///
/// Each child table is read by its primary-key prefix, so one patent costs about ten index probes.
struct RecordAssembler<S: SQLSession> {
  /// Workspace facts that are not part of a parsed record.
  struct Extras {
    var id: Int64
    var simpleFamily: Int64?
    var extendedFamily: Int64?
    var formats: [String]
    var entities: [(key: String, name: String, type: String, province: String?, city: String?)]
  }

  let s: S

  private static func date(_ text: String?) -> PatentDate? { text.flatMap(PatentDate.init(parsing:)) }

  /// The record of patent `id` with its workspace facts, or `nil` when there is no such patent.
  func assemble(_ id: Int64) throws -> (PatentRecord, Extras)? {
    let key: [SQLValue] = [.integer(id)]
    let sql = """
      SELECT pub_country, pub_number, pub_kind, pub_date, kind, app_country, app_number, app_date, docdb_family,
        claims, status, simple_family, extended_family FROM patents WHERE id = ?
      """
    guard
      var (record, extras) = try s.first(
        sql, key,
        { p -> (PatentRecord, Extras) in
          var record = PatentRecord(
            source: RecordSource(file: "", index: 0, record: 0, offset: 0, format: .ops),
            kind: DocumentKind(rawValue: p.text(4)) ?? .other,
            publication: DocumentID(
              country: p.text(0), number: p.text(1), kind: p.text(2), date: Self.date(p.optionalText(3))))
          if let number = p.optionalText(6) {
            record.application = DocumentID(
              country: p.optionalText(5) ?? "", number: number, date: Self.date(p.optionalText(7)))
          }
          record.familyID = p.optionalText(8)
          record.claimsCount = p.optionalInt(9)
          record.statusText = p.optionalText(10)
          let extras = Extras(
            id: id, simpleFamily: p.optionalInt64(11), extendedFamily: p.optionalInt64(12), formats: [], entities: [])
          return (record, extras)
        })
    else { return nil }
    if let source = try s.first(
      """
      SELECT ps.member, ps.document_index, ps.record_index, ps.format FROM patent_sources ps
      JOIN files f ON f.id = ps.file_id WHERE ps.patent_id = ?
      ORDER BY ps.format, ps.member, ps.document_index, ps.record_index LIMIT 1
      """, key,
      {
        RecordSource(
          file: $0.text(0), index: Int($0.int64(1)), record: Int($0.int64(2)), offset: 0,
          format: SourceFormat(rawValue: $0.text(3)) ?? .ops)
      })
    {
      record.source = source
    }
    for (type, text) in try s.all(
      "SELECT type, lang, text FROM texts WHERE patent_id = ? ORDER BY type, lang", key,
      { ($0.text(0), LocalizedText(lang: $0.text(1), text: $0.text(2))) })
    {
      if type == "title" { record.titles.append(text) } else { record.abstracts.append(text) }
    }
    try classifications(id, into: &record)
    try parties(id, into: &record, extras: &extras)
    record.citations = try s.all(
      """
      SELECT cited_country, cited_number, cited_kind, cited_date, cited_name, category, cited_by, phase
      FROM citations WHERE patent_id = ? ORDER BY cited_country, cited_number, cited_kind
      """, key
    ) {
      PatentCitation(
        document: DocumentID(
          country: $0.text(0), number: $0.text(1), kind: $0.text(2), date: Self.date($0.optionalText(3))),
        name: $0.optionalText(4), category: $0.optionalText(5),
        citedBy: $0.optionalText(6).flatMap(CitedBy.init(rawValue:)),
        phase: $0.text(7).isEmpty ? nil : $0.text(7))
    }
    record.nplCitations = try s.all(
      "SELECT text, category, cited_by, phase FROM npl_citations WHERE patent_id = ? ORDER BY text", key
    ) {
      NPLCitation(
        text: $0.text(0), category: $0.optionalText(1), citedBy: $0.optionalText(2).flatMap(CitedBy.init(rawValue:)),
        phase: $0.optionalText(3))
    }
    record.priorities = try s.all(
      "SELECT country, number, date, is_pct FROM priorities WHERE patent_id = ? ORDER BY date, priority_key", key
    ) {
      PriorityClaim(
        country: $0.text(0), number: $0.text(1), date: Self.date($0.optionalText(2)), isPCT: $0.int64(3) != 0)
    }
    for (type, state) in try s.all(
      "SELECT type, state FROM designations WHERE patent_id = ? ORDER BY type, state", key, { ($0.text(0), $0.text(1)) }
    ) {
      switch type {
      case "designated": record.designatedStates.append(state)
      case "extension": record.extensionStates.append(state)
      default: record.validationStates.append(state)
      }
    }
    record.legalEvents = try s.all(
      """
      SELECT date, country, code, description, influence, new_owner FROM legal_events WHERE patent_id = ?
      ORDER BY date, country, code
      """, key
    ) {
      LegalEvent(
        date: PatentDate(parsing: $0.text(0)), code: $0.text(2), country: $0.text(1),
        description: $0.optionalText(3), influence: $0.optionalText(4), newOwner: $0.optionalText(5))
    }
    extras.formats = try s.all(
      "SELECT DISTINCT format FROM patent_sources WHERE patent_id = ? ORDER BY format", key, { $0.text(0) })
    return (record, extras)
  }

  private func classifications(_ id: Int64, into record: inout PatentRecord) throws {
    let cursor = try s.cursor(
      """
      SELECT scheme, symbol, is_inventive, is_first, version FROM classifications WHERE patent_id = ?
      ORDER BY scheme, position, symbol
      """, [.integer(id)])
    while cursor.hasRow {
      let scheme = cursor.text(0)
      if scheme == "IPC" || scheme == "CPC", let symbol = ClassificationSymbol(parsing: cursor.text(1)) {
        let entry = ClassificationEntry(
          symbol: symbol, isInventive: cursor.optionalBool(2), isFirst: cursor.optionalBool(3),
          version: Self.date(cursor.optionalText(4)))
        if scheme == "IPC" { record.ipc.append(entry) } else { record.cpc.append(entry) }
      } else {
        record.nationalClassifications.append(NationalClassification(scheme: scheme, symbol: cursor.text(1)))
      }
      try cursor.advance()
    }
  }

  private func parties(_ id: Int64, into record: inout PatentRecord, extras: inout Extras) throws {
    let cursor = try s.cursor(
      """
      SELECT a.role, a.name, a.sequence, a.country, a.address, a.city, a.state, a.postcode, a.type_hint,
        a.registration_number, a.is_person, e.key, e.name, e.type, a.province, a.region_city
      FROM parties a LEFT JOIN entities e ON e.id = a.entity_id WHERE a.patent_id = ?
      ORDER BY a.role, a.sequence, a.name, a.name_normalized
      """, [.integer(id)])
    while cursor.hasRow {
      if let role = Party.Role(rawValue: cursor.text(0)) {
        record.parties.append(
          Party(
            role: role, name: cursor.text(1), country: cursor.optionalText(3), address: cursor.optionalText(4),
            city: cursor.optionalText(5), state: cursor.optionalText(6), postcode: cursor.optionalText(7),
            sequence: Int(cursor.int64(2)), typeHint: cursor.optionalText(8),
            registrationNumber: cursor.optionalText(9), isPerson: cursor.optionalBool(10)))
        if let key = cursor.optionalText(11) {
          extras.entities.append(
            (key, cursor.text(12), cursor.text(13), cursor.optionalText(14), cursor.optionalText(15)))
        }
      }
      try cursor.advance()
    }
  }
}
