import PatentModel

extension SelectionQueries {
  /// The CSV columns, in order.
  static let csvColumns = [
    "id", "publication", "country", "number", "kind_code", "kind", "publication_date", "application",
    "application_date",
    "priority_date", "title", "applicants", "applicant_types", "applicant_provinces", "applicant_cities", "ipc", "cpc",
    "simple_family", "extended_family", "docdb_family", "claims", "citations", "sources", "status_as_of",
    "legal_state", "family_status", "family_offices",
  ]

  /// Writes the selected patents in id order as JSON Lines or CSV; returns how many. About ten index probes per
  /// patent.
  /// `legal` gives each patent's legal status by workspace id (empty columns when nil).
  static func export<S: SQLSession>(
    _ s: S, format: ExportFormat, legal: ((Int64) -> ExportLegal?)? = nil, emit: (String) -> Void
  ) throws -> Int {
    let assembler = RecordAssembler(s: s)
    if format == .csv { emit(CSV.row(csvColumns)) }
    var count = 0
    for id in try ids(s) {
      guard let (record, extras) = try assembler.assemble(id) else { continue }
      let status = legal?(id)
      emit(format == .jsonl ? jsonLine(record, extras, status) : csvLine(record, extras, status))
      count += 1
    }
    return count
  }

  private static func jsonLine<S: SQLSession>(
    _ record: PatentRecord, _ extras: RecordAssembler<S>.Extras, _ legal: ExportLegal?
  ) -> String {
    var writer = JSONWriter()
    record.writeJSONLine(to: &writer) { w in
      w.key("workspace")
      w.object { w in
        w.array("entities", extras.entities) { w, entity in
          w.object { w in
            w.field("city", entity.city)
            w.field("key", entity.key)
            w.field("name", entity.name)
            w.field("province", entity.province)
            w.field("type", entity.type)
          }
        }
        w.field("extended_family", extras.extendedFamily.map(Int.init))
        w.field("id", Int(extras.id))
        if let legal {
          w.key("legal")
          w.object { w in
            w.field("as_of", legal.asOf)
            w.field("family_offices", legal.familyOffices)
            w.field("family_status", legal.familyStatus)
            w.field("state", legal.state)
          }
        }
        w.field("simple_family", extras.simpleFamily.map(Int.init))
        w.array("sources", extras.formats) { w, format in w.string(format) }
      }
    }
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  private static func csvLine<S: SQLSession>(
    _ r: PatentRecord, _ extras: RecordAssembler<S>.Extras, _ legal: ExportLegal?
  ) -> String {
    func unique(_ values: [String?]) -> String {
      var seen = Set<String>()
      return values.compactMap { $0 }.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
    let title = r.titles.first { $0.lang == "en" } ?? r.titles.first
    let cells: [String] = [
      String(extras.id), r.publication.normalized, r.publication.country, r.publication.number, r.publication.kind,
      r.kind.rawValue, r.publication.date?.description ?? "", r.application?.normalized ?? "",
      r.application?.date?.description ?? "", r.priorities.compactMap(\.date).min()?.description ?? "",
      title?.text ?? "", unique(extras.entities.map(\.name)), unique(extras.entities.map(\.type)),
      unique(extras.entities.map(\.province)), unique(extras.entities.map(\.city)),
      r.ipc.map(\.symbol.description).joined(separator: "; "), r.cpc.map(\.symbol.description).joined(separator: "; "),
      extras.simpleFamily.map(String.init) ?? "", extras.extendedFamily.map(String.init) ?? "", r.familyID ?? "",
      r.claimsCount.map(String.init) ?? "", String(r.citations.count), extras.formats.joined(separator: "; "),
      legal?.asOf ?? "", legal?.state ?? "", legal?.familyStatus ?? "", legal?.familyOffices ?? "",
    ]
    return CSV.row(cells)
  }
}
