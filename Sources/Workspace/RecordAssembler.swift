import GRDB
import PatentModel

/// Rebuilds merged ``PatentRecord``s (and their workspace facts) from the tables, for export.
///
/// Each child table is read by its primary-key prefix, so one patent costs about ten index probes.
struct RecordAssembler {
  /// Workspace facts that are not part of a parsed record.
  struct Extras {
    var id: Int64
    var simpleFamily: Int64?
    var extendedFamily: Int64?
    var formats: [String]
    var entities: [(key: String, name: String, type: String, province: String?, city: String?)]
  }

  let db: Database

  func assemble(_ id: Int64) throws -> (PatentRecord, Extras)? {
    guard
      let p = try Row.fetchOne(
        db,
        sql: """
          SELECT pub_country, pub_number, pub_kind, pub_date, kind, app_country, app_number, app_date, docdb_family,
            claims, status, simple_family, extended_family FROM patents WHERE id = ?
          """, arguments: [id])
    else { return nil }
    let source = try Row.fetchOne(
      db,
      sql: """
        SELECT ps.member, ps.document_index, ps.record_index, ps.format FROM patent_sources ps
        JOIN files f ON f.id = ps.file_id WHERE ps.patent_id = ?
        ORDER BY ps.format, ps.member, ps.document_index, ps.record_index LIMIT 1
        """, arguments: [id])
    let format = (source?[3] as String?).flatMap(SourceFormat.init(rawValue:)) ?? .ops
    var record = PatentRecord(
      source: RecordSource(
        file: source?[0] ?? "", index: source?[1] ?? 0, record: source?[2] ?? 0, offset: 0, format: format),
      kind: DocumentKind(rawValue: p[4]) ?? .other,
      publication: DocumentID(
        country: p[0], number: p[1], kind: p[2], date: (p[3] as String?).flatMap(PatentDate.init(parsing:))))
    if let number = p[6] as String? {
      record.application = DocumentID(
        country: p[5] ?? "", number: number, date: (p[7] as String?).flatMap(PatentDate.init(parsing:)))
    }
    record.familyID = p[8]
    record.claimsCount = p[9]
    record.statusText = p[10]
    for row in try Row.fetchAll(
      db, sql: "SELECT type, lang, text FROM texts WHERE patent_id = ? ORDER BY type, lang", arguments: [id])
    {
      let text = LocalizedText(lang: row[1], text: row[2])
      if row[0] == "title" { record.titles.append(text) } else { record.abstracts.append(text) }
    }
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT scheme, symbol, is_inventive, is_first, version FROM classifications WHERE patent_id = ? ORDER BY scheme, position",
      arguments: [id])
    {
      let scheme: String = row[0]
      if scheme == "IPC" || scheme == "CPC", let symbol = ClassificationSymbol(parsing: row[1] as String) {
        let entry = ClassificationEntry(
          symbol: symbol, isInventive: row[2], isFirst: row[3],
          version: (row[4] as String?).flatMap(PatentDate.init(parsing:)))
        if scheme == "IPC" { record.ipc.append(entry) } else { record.cpc.append(entry) }
      } else {
        record.nationalClassifications.append(NationalClassification(scheme: scheme, symbol: row[1]))
      }
    }
    var entities: [(String, String, String, String?, String?)] = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT a.role, a.name, a.sequence, a.country, a.address, a.city, a.state, a.postcode, a.type_hint,
          a.registration_number, a.is_person, e.key, e.name, e.type, a.province, a.region_city
        FROM parties a LEFT JOIN entities e ON e.id = a.entity_id WHERE a.patent_id = ? ORDER BY a.role, a.sequence, a.name
        """, arguments: [id])
    {
      guard let role = Party.Role(rawValue: row[0]) else { continue }
      record.parties.append(
        Party(
          role: role, name: row[1], country: row[3], address: row[4], city: row[5], state: row[6], postcode: row[7],
          sequence: row[2], typeHint: row[8], registrationNumber: row[9], isPerson: row[10]))
      if let key = row[11] as String? { entities.append((key, row[12], row[13], row[14], row[15])) }
    }
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT cited_country, cited_number, cited_kind, cited_date, cited_name, category, cited_by, phase FROM citations WHERE patent_id = ?",
      arguments: [id])
    {
      record.citations.append(
        PatentCitation(
          document: DocumentID(
            country: row[0], number: row[1], kind: row[2], date: (row[3] as String?).flatMap(PatentDate.init(parsing:))),
          name: row[4], category: row[5], citedBy: (row[6] as String?).flatMap(CitedBy.init(rawValue:)),
          phase: (row[7] as String).isEmpty ? nil : row[7]))
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT text, category, cited_by, phase FROM npl_citations WHERE patent_id = ?", arguments: [id])
    {
      record.nplCitations.append(
        NPLCitation(
          text: row[0], category: row[1], citedBy: (row[2] as String?).flatMap(CitedBy.init(rawValue:)), phase: row[3]))
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT country, number, date, is_pct FROM priorities WHERE patent_id = ? ORDER BY date, priority_key",
      arguments: [id])
    {
      record.priorities.append(
        PriorityClaim(
          country: row[0], number: row[1], date: (row[2] as String?).flatMap(PatentDate.init(parsing:)), isPCT: row[3]))
    }
    for row in try Row.fetchAll(
      db, sql: "SELECT type, state FROM designations WHERE patent_id = ? ORDER BY type, state", arguments: [id])
    {
      switch row[0] as String {
      case "designated": record.designatedStates.append(row[1])
      case "extension": record.extensionStates.append(row[1])
      default: record.validationStates.append(row[1])
      }
    }
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT date, country, code, description, influence FROM legal_events WHERE patent_id = ? ORDER BY date, country, code",
      arguments: [id])
    {
      record.legalEvents.append(
        LegalEvent(
          date: PatentDate(parsing: row[0] as String), code: row[2], country: row[1], description: row[3],
          influence: row[4]))
    }
    let formats = try String.fetchAll(
      db, sql: "SELECT DISTINCT format FROM patent_sources WHERE patent_id = ? ORDER BY format", arguments: [id])
    let extras = Extras(
      id: id, simpleFamily: p[11], extendedFamily: p[12], formats: formats,
      entities: entities.map { (key: $0.0, name: $0.1, type: $0.2, province: $0.3, city: $0.4) })
    return (record, extras)
  }
}
