import PatentModel

/// Reads an EPO exchange document (`exch:exchange-document`), as DOCDB bulk files and OPS responses carry it.
///
/// References come in several data formats (`docdb`, `epodoc`, `original`): identifiers are taken from the
/// DOCDB form, names from the original (`docdba`/`original`) form when present, as written.
enum ExchangeDocument {
  /// Reads one exchange document into a record.
  static func record(_ doc: XMLNode, source: RecordSource) -> PatentRecord? {
    let bib = doc["bibliographic-data"]
    let country = (doc.attribute("country") ?? "").uppercased()
    let publication: DocumentID
    if let id = documentID(reference(bib.all("publication-reference"))) {
      publication = id
    } else if let number = doc.attribute("doc-number") {
      publication = DocumentID(
        country: country, number: DocumentNumber.normalize(number, country: country),
        kind: doc.attribute("kind") ?? "", date: doc.attribute("date-publ").flatMap(PatentDate.init(parsing:)))
    } else {
      return nil
    }
    var record = PatentRecord(
      source: source, kind: DocumentKind.classify(country: publication.country, kind: publication.kind),
      publication: publication,
      application: documentID(reference(bib.all("application-reference")), isApplication: true))
    if record.publication.date == nil {
      record.publication.date = doc.attribute("date-publ").flatMap(PatentDate.init(parsing:))
    }
    record.familyID = doc.attribute("family-id")
    record.priorities = priorities(bib["priority-claims"])
    record.ipc = bib["classifications-ipcr"].all("classification-ipcr").compactMap {
      $0["text"].text.flatMap(ST36.textClassification)
    }
    if record.ipc.isEmpty {
      let legacy = bib["classification-ipc"]
      record.ipc = (legacy.all("main-classification") + legacy.all("further-classification")).compactMap {
        $0.text.flatMap(ClassificationSymbol.init(parsing:)).map { ClassificationEntry(symbol: $0) }
      }
    }
    classifications(bib["patent-classifications"], into: &record)
    record.titles = ST36.texts(bib.all("invention-title"))
    record.abstracts = ST36.texts(doc.all("abstract"))
    record.parties = parties(bib["parties"])
    citations(bib["references-cited"], into: &record)
    designations(bib["designation-of-states"], into: &record)
    return record
  }

  /// Of several references in different data formats, the DOCDB one (else the first).
  static func reference(_ candidates: [XMLNode]) -> XMLNode? {
    candidates.first { $0.attribute("data-format") == "docdb" } ?? candidates.first
  }

  /// The DOCDB `document-id` of a reference (OPS marks it with `document-id-type`).
  static func documentID(_ reference: XMLNode?, isApplication: Bool = false) -> DocumentID? {
    guard let reference else { return nil }
    let ids = reference.all("document-id")
    let id = ids.first { $0.attribute("document-id-type") == "docdb" } ?? ids.first
    return id.flatMap { ST36.documentID($0, isApplication: isApplication) }
  }

  static func priorities(_ list: XMLNode) -> [PriorityClaim] {
    let claims = list.all("priority-claim")
    let docdb = claims.filter { $0.attribute("data-format") == "docdb" }
    return (docdb.isEmpty ? claims : docdb).compactMap(priority)
  }

  /// One priority claim; `kind` W marks an international (PCT) application.
  static func priority(_ node: XMLNode) -> PriorityClaim? {
    let ids = node.all("document-id")
    guard let id = ids.first(where: { $0.attribute("document-id-type") == "docdb" }) ?? ids.first,
      let raw = id["doc-number"].text
    else { return nil }
    let country = (id["country"].text ?? "").uppercased()
    return PriorityClaim(
      country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: true),
      date: id["date"].text.flatMap(PatentDate.init(parsing:)),
      isPCT: id["kind"].text == "W" || country == "WO" || node.attribute("kind") == "international")
  }

  private static func classifications(_ list: XMLNode, into record: inout PatentRecord) {
    for node in list.all("patent-classification") {
      guard let symbolText = node["classification-symbol"].text else { continue }
      let scheme = node["classification-scheme"].attribute("scheme") ?? ""
      switch scheme {
      case "CPC", "CPCI", "CPCA", "CPCNO":
        if let symbol = ClassificationSymbol(parsing: symbolText) {
          record.cpc.append(
            ClassificationEntry(
              symbol: symbol, isInventive: ST36.inventive(node["classification-value"].text),
              isFirst: ST36.position(node["symbol-position"].text)))
        }
      case "FI": record.nationalClassifications.append(NationalClassification(scheme: "FI", symbol: symbolText))
      case "FTERM": record.nationalClassifications.append(NationalClassification(scheme: "F-term", symbol: symbolText))
      case "UC": record.nationalClassifications.append(NationalClassification(scheme: "USPC", symbol: symbolText))
      default: record.nationalClassifications.append(NationalClassification(scheme: scheme, symbol: symbolText))
      }
    }
  }

  private static func parties(_ parties: XMLNode) -> [Party] {
    var result: [Party] = []
    func read(_ nodes: [XMLNode], role: Party.Role, nameElement: StaticString) {
      let original = nodes.filter { ["docdba", "original"].contains($0.attribute("data-format") ?? "") }
      let docdb = nodes.filter { $0.attribute("data-format") == "docdb" }
      let chosen = !original.isEmpty ? original : (!docdb.isEmpty ? docdb : nodes)
      // Residence countries are given on the DOCDB form; carry them over by sequence.
      var residence: [String: String] = [:]
      for node in docdb { residence[node.attribute("sequence") ?? ""] = node["residence"]["country"].text }
      for (i, node) in chosen.enumerated() {
        guard let name = node[nameElement]["name"].text else { continue }
        let sequence = node.attribute("sequence") ?? ""
        result.append(
          Party(
            role: role, name: name,
            country: ST36.clean(node["residence"]["country"].text ?? residence[sequence]),
            sequence: Int(sequence) ?? i + 1))
      }
    }
    read(parties["applicants"].all("applicant"), role: .applicant, nameElement: "applicant-name")
    read(parties["inventors"].all("inventor"), role: .inventor, nameElement: "inventor-name")
    return result
  }

  private static func citations(_ list: XMLNode, into record: inout PatentRecord) {
    for citation in list.all("citation") {
      let phase = citation.attribute("cited-phase")
      let citedBy: CitedBy? = phase.map { $0 == "APP" || $0 == "applicant" ? .applicant : .examiner }
      let category = citation["category"].text
      let patcit = citation["patcit"]
      if patcit.exists {
        let ids = patcit.all("document-id")
        let id = ids.first { $0.attribute("document-id-type") == "docdb" } ?? ids.first
        if let id, let document = ST36.documentID(id) {
          record.citations.append(
            PatentCitation(
              document: document, name: id["name"].text, category: category, citedBy: citedBy, phase: phase))
        }
      } else if let text = citation["nplcit"]["text"].text ?? citation["nplcit"].text {
        record.nplCitations.append(NPLCitation(text: text, category: category, citedBy: citedBy, phase: phase))
      }
    }
  }

  private static func designations(_ list: XMLNode, into record: inout PatentRecord) {
    guard list.exists else { return }
    var states: [String] = []
    for container in [
      list["designation-epc"]["contracting-states"], list["designation-epc"],
      list["designation-pct"]["regional"], list["designation-pct"]["national"],
    ] {
      for country in container.all("country") { if let code = country.text { states.append(code) } }
    }
    record.designatedStates = states
    record.extensionStates = list["designation-epc"]["extension-states"].all("country").compactMap(\.text)
  }
}
