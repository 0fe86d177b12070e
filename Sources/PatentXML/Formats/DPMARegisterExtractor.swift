import PatentModel

/// DPMA register documents (DPMAconnectPlus `dpma-patent-document`): compact IPC (`H02K0016000000`),
/// procedural status events as legal events.
struct DPMARegisterExtractor: RecordExtractor {
  let policy = TreePolicy()

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["bibliographic-data"]
    let specific = bib["office-specific-bib-data"]
    let publications = bib["publication-references"].all("publication-reference").compactMap {
      ST36.documentID($0["document-id"], defaultCountry: "DE")
    }
    let application = ST36.documentID(
      bib["application-reference"]["document-id"], isApplication: true, defaultCountry: "DE")
    guard var publication = publications.first ?? application.map({ DocumentID(country: $0.country, number: "") })
    else { return [] }
    if publication.date == nil {
      publication.date = specific["date-of-first-publication"].text.flatMap(PatentDate.init(parsing:))
    }
    var kind = DocumentKind.classify(country: publication.country, kind: publication.kind)
    if specific["type-of-ip-right"].text == "utility-model" || specific["type-of-ip-right"].text == "gebrauchsmuster" {
      kind = .utilityModel
    }
    var record = PatentRecord(
      source: context.nextSource(), kind: kind, publication: publication, application: application)
    record.priorities = bib["priority-claims"].all("priority-claim").compactMap(ST36.priority)
    record.titles = ST36.texts(bib.all("invention-title"))
    if let abstract = specific["abstract"].text {
      record.abstracts = [LocalizedText(lang: ST36.language(record.titles.first?.lang ?? "de"), text: abstract)]
    }
    record.ipc = bib["classifications-ipcr"].all("classification-ipcr").compactMap {
      $0["text"].text.flatMap(ClassificationSymbol.init(parsing:)).map { ClassificationEntry(symbol: $0) }
    }
    let parties = bib["parties"]
    for (role, nodes) in [
      (Party.Role.applicant, parties["applicants"].all("applicant")),
      (.inventor, parties["inventors"].all("inventor")), (.agent, parties["agents"].all("agent")),
    ] {
      for (i, node) in nodes.enumerated() {
        if let party = ST36.party(
          node["addressbook"], role: role, sequence: i + 1, typeHint: node.attribute("app-type"))
        {
          record.parties.append(party)
        }
      }
    }
    record.statusText = specific["status"].text
    for event in root["events"].all("event-data") {
      guard let code = event["procedural-status"].text else { continue }
      record.legalEvents.append(
        LegalEvent(
          date: event["date-of-procedural-status"].text.flatMap(PatentDate.init(parsing:)), code: code,
          country: "DE", description: event["type-of-procedure"].text))
    }
    return [record]
  }
}
