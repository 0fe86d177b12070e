import PatentModel

/// CNIPA legacy full text (`cn-patent-document`, ST.36-like; UTF-8 BOM, Chinese `appl-type`).
struct CNIPALegacyExtractor: RecordExtractor {
  let policy = TreePolicy(skip: ["description", "drawings"], shallow: ["claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["cn-bibliographic-data"]
    guard let publication = ST36.documentID(bib["cn-publication-reference"]["document-id"], defaultCountry: "CN")
    else { return [] }
    let applicationRef = bib["application-reference"]
    var kind = DocumentKind.classify(country: publication.country, kind: publication.kind)
    switch applicationRef.attribute("appl-type") {
    case "实用新型"?: kind = .utilityModel
    case "外观设计"?: kind = .design
    default: break
    }
    var record = PatentRecord(
      source: context.nextSource(), kind: kind, publication: publication,
      application: ST36.documentID(applicationRef["document-id"], isApplication: true, defaultCountry: "CN"))
    record.priorities = bib["priority-claims"].all("priority-claim").compactMap(ST36.priority)
    record.ipc = bib["classifications-ipcr"].all("classification-ipcr").compactMap {
      $0["text"].text.flatMap(ST36.textClassification)
    }
    let lang = ST36.language(root.attribute("lang"))
    if let title = bib["invention-title"].text { record.titles = [LocalizedText(lang: lang, text: title)] }
    if let abstract = bib["abstract"].text ?? root["abstract"].text {
      record.abstracts = [LocalizedText(lang: lang, text: abstract)]
    }
    let parties = bib["cn-parties"]
    for (i, node) in parties["cn-applicants"].all("cn-applicant").enumerated() {
      let book = node["addressbook"]
      guard let name = book["name"].text else { continue }
      let address = book["address"]["text"].text
      record.parties.append(
        Party(
          role: .applicant, name: name, country: AddressCountry.chinese(address), address: address,
          sequence: i + 1))
    }
    for (i, node) in parties["cn-inventors"].all("cn-inventor").enumerated() {
      if let name = node["name"].text ?? node["addressbook"]["name"].text {
        record.parties.append(Party(role: .inventor, name: name, sequence: i + 1))
      }
    }
    for (i, node) in parties["cn-agents"].all("cn-agent").enumerated() {
      if let name = node["name"].text {
        record.parties.append(
          Party(role: .agent, name: name, sequence: i + 1, typeHint: node["cn-agency"]["name"].text))
      }
    }
    let claims = root["application-body"]["claims"].count("claim")
    record.claimsCount = claims > 0 ? claims : nil
    return [record]
  }
}
