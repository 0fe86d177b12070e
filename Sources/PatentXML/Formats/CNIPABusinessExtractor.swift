import PatentModel

/// CNIPA 2021+ XML (`business:PatentDocumentAndRelated`, ST.96-like CamelCase, `base:`/`business:` namespaces).
/// Unused address fields are the literal placeholder `0`, treated as missing.
struct CNIPABusinessExtractor: RecordExtractor {
  let policy = TreePolicy(skip: ["Description", "Drawings"], shallow: ["Claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["BibliographicData"]
    guard
      let publication = documentID(bib["PublicationReference"]["DocumentID"], isApplication: false)
        ?? root.attribute("docNumber").map({
          DocumentID(
            country: "CN", number: DocumentNumber.normalize($0, country: "CN"), kind: root.attribute("kind") ?? "",
            date: root.attribute("datePublication").flatMap(PatentDate.init(parsing:)))
        })
    else { return [] }
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: publication.country, kind: publication.kind),
      publication: publication,
      application: documentID(bib["ApplicationReference"]["DocumentID"], isApplication: true))
    record.priorities = bib["PriorityDetails"].all("Priority").compactMap { node in
      guard let raw = value(node["DocNumber"]) else { return nil }
      let country = (value(node["WIPOST3Code"]) ?? "").uppercased()
      return PriorityClaim(
        country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: true),
        date: value(node["Date"]).flatMap(PatentDate.init(parsing:)),
        isPCT: node.attribute("kind") == "international" && country == "WO" || raw.uppercased().hasPrefix("PCT"))
    }
    record.ipc = bib["ClassificationIPCRDetails"].all("ClassificationIPCR").compactMap { node in
      guard
        let symbol = ClassificationSymbol(
          section: node["Section"].text ?? "", classCode: node["MainClass"].text ?? "",
          subclass: node["Subclass"].text ?? "", mainGroup: node["MainGroup"].text ?? "",
          subgroup: node["Subgroup"].text ?? "") ?? node["Text"].text.flatMap(ClassificationSymbol.init(parsing:))
      else { return nil }
      return ClassificationEntry(
        symbol: symbol, isInventive: ST36.inventive(node["ClassificationValue"].text),
        isFirst: ST36.position(node["SymbolPosition"].text),
        version: node["IPCVersionDate"].text.flatMap(PatentDate.init(parsing:)))
    }
    record.titles = ST36.texts(bib.all("InventionTitle"))
    record.abstracts = ST36.texts(root.all("Abstract"))
    let parties = bib["Parties"]
    for (i, node) in parties["ApplicantDetails"].all("Applicant").enumerated() {
      if let party = party(node, role: .applicant, sequence: i + 1) { record.parties.append(party) }
    }
    for (i, node) in parties["InventorDetails"].all("Inventor").enumerated() {
      if let party = party(node, role: .inventor, sequence: i + 1) { record.parties.append(party) }
    }
    for (i, node) in parties["AgentDetails"].all("Agent").enumerated() {
      if let party = party(node, role: .agent, sequence: i + 1) { record.parties.append(party) }
    }
    let claims = root["Claims"].count("Claim")
    record.claimsCount = claims > 0 ? claims : nil
    return [record]
  }

  /// A value with the `0` / `00000000` placeholders removed.
  private func value(_ node: XMLNode) -> String? {
    guard let text = node.text, !text.allSatisfy({ $0 == "0" }) else { return nil }
    return text
  }

  private func documentID(_ node: XMLNode, isApplication: Bool) -> DocumentID? {
    guard let raw = value(node["DocNumber"]) else { return nil }
    let country = (value(node["WIPOST3Code"]) ?? "CN").uppercased()
    return DocumentID(
      country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: isApplication),
      kind: value(node["Kind"]) ?? "", date: value(node["Date"]).flatMap(PatentDate.init(parsing:)))
  }

  private func party(_ node: XMLNode, role: Party.Role, sequence: Int) -> Party? {
    let book = node["AddressBook"]
    guard let name = value(book["Name"]) ?? value(book["OrganizationName"]) else { return nil }
    let address = book["Address"]
    let text = value(address["Text"]) ?? value(address["AddressLine"])
    let country = value(address["WIPOST3Code"]) ?? AddressCountry.chinese(text)
    return Party(
      role: role, name: name, country: country?.uppercased(), address: text,
      city: value(address["City"]) ?? value(address["AddressCity"]), state: value(address["Province"]),
      postcode: value(address["PostCode"]), sequence: sequence,
      typeHint: node.attribute("appType"))
  }
}
