import PatentModel

/// WIPO ST.96 patent publications (`pat:PatentPublication`, V4–V6; `com:`/`pat:` namespaces).
struct ST96Extractor: RecordExtractor {
  let policy = TreePolicy(skip: ["Description", "Drawings", "ExternalDocumentBag"], shallow: ["Claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["BibliographicData"]
    let pubNode = bib["PatentPublicationIdentification"]
    guard let rawNumber = pubNode["PublicationNumber"].text else { return [] }
    let country = (pubNode["IPOfficeCode"].text ?? root["IPOfficeCode"].text ?? "").uppercased()
    let kindCode = pubNode["PatentDocumentKindCode"].text ?? ""
    let publication = DocumentID(
      country: country, number: DocumentNumber.normalize(rawNumber, country: country), kind: kindCode,
      date: pubNode["PublicationDate"].text.flatMap(PatentDate.init(parsing:)))
    let appNode = bib["ApplicationIdentification"]
    let application = appNode["ApplicationNumber"]["ApplicationNumberText"].text.map { raw -> DocumentID in
      let appCountry = (appNode["IPOfficeCode"].text ?? country).uppercased()
      return DocumentID(
        country: appCountry, number: DocumentNumber.normalize(raw, country: appCountry, isApplication: true),
        date: appNode["FilingDate"].text.flatMap(PatentDate.init(parsing:)))
    }
    var kind = DocumentKind.classify(country: country, kind: kindCode)
    if appNode["InventionSubjectMatterCategory"].text == "Design" { kind = .design }
    var record = PatentRecord(
      source: context.nextSource(), kind: kind, publication: publication, application: application)
    record.priorities = bib["PriorityClaimBag"].all("PriorityClaim").compactMap { node in
      guard let raw = node["ApplicationNumber"]["ApplicationNumberText"].text else { return nil }
      let office = (node["IPOfficeCode"].text ?? "").uppercased()
      return PriorityClaim(
        country: office, number: DocumentNumber.normalize(raw, country: office, isApplication: true),
        date: node["FilingDate"].text.flatMap(PatentDate.init(parsing:)),
        isPCT: node["ApplicationFilingCategory"].text == "International" || office == "WO")
    }
    let bag = bib["PatentClassificationBag"]
    record.ipc = bag["IPCRClassificationBag"].all("IPCRClassification").compactMap {
      classification($0, section: "Section")
    }
    record.cpc =
      (bag["CPCClassificationBag"]["MainCPC"].all("CPCClassification")
      + bag["CPCClassificationBag"]["FurtherCPC"].all("CPCClassification")).compactMap {
        classification($0, section: "CPCSection")
      }
    for national in bib.descendants("NationalClassification") {
      for main in national.all("MainNationalClassification") + national.all("FurtherNationalClassification") {
        let symbol = [main["NationalClass"].text, main["NationalSubclass"].text].compactMap { $0 }.joined(
          separator: "/")
        if !symbol.isEmpty {
          record.nationalClassifications.append(NationalClassification(scheme: "USPC", symbol: symbol))
        }
      }
    }
    let lang = root.attribute("languageCode")
    record.titles = ST36.texts(bib["InventionTitleBag"].all("InventionTitle"), fallbackLanguage: lang)
    record.abstracts = ST36.texts(root.all("Abstract"), fallbackLanguage: lang)
    for citation in bib["ReferenceCitationBag"].all("ReferenceCitation") {
      let citedBy = ST36.citedBy(citation.attribute("citingPartyCategory"))
      let patent = citation["PatentCitation"]["CitedPatentDocumentIdentification"]
      if patent.exists, let raw = patent["DocumentNumber"].text {
        let office = (patent["IPOfficeCode"].text ?? "").uppercased()
        record.citations.append(
          PatentCitation(
            document: DocumentID(
              country: office, number: DocumentNumber.normalize(raw, country: office),
              kind: patent["PatentDocumentKindCode"].text ?? "",
              date: patent["PatentDocumentDate"].text.flatMap(PatentDate.init(parsing:))),
            name: patent["EntityName"].text, citedBy: citedBy))
      } else if let text = citation["NPLCitation"]["NPLCitationText"].text {
        record.nplCitations.append(NPLCitation(text: text, citedBy: citedBy))
      }
    }
    let parties = bib["PartyBag"]
    add(parties["ApplicantBag"].all("Applicant"), .applicant, to: &record)
    add(parties["InventorBag"].all("Inventor"), .inventor, to: &record)
    add(parties["AssigneeBag"].all("Assignee"), .assignee, to: &record)
    add(parties["RegisteredPractitionerBag"].all("RegisteredPractitioner"), .agent, to: &record)
    record.claimsCount = bib["ClaimTotalQuantity"].text.flatMap { Int($0) }
    return [record]
  }

  private func classification(_ node: XMLNode, section: StaticString) -> ClassificationEntry? {
    guard
      let symbol = ClassificationSymbol(
        section: node[section].text ?? "", classCode: node["Class"].text ?? "", subclass: node["Subclass"].text ?? "",
        mainGroup: node["MainGroup"].text ?? "", subgroup: node["Subgroup"].text ?? "")
    else { return nil }
    let value = node["IPCClassificationValueCode"].text ?? node["CPCClassificationValueCode"].text
    return ClassificationEntry(
      symbol: symbol, isInventive: ST36.inventive(value), isFirst: ST36.position(node["SymbolPositionCode"].text),
      version: node["ClassificationVersionDate"].text.flatMap(PatentDate.init(parsing:)))
  }

  private func add(_ nodes: [XMLNode], _ role: Party.Role, to record: inout PatentRecord) {
    for (i, node) in nodes.enumerated() {
      let contact = node["PublicationContact"].exists ? node["PublicationContact"] : node["Contact"]
      let name: String?
      let person = contact["Name"]["PersonName"]["PersonStructuredName"]
      if person.exists {
        name = [person["FirstName"].text, person["MiddleName"].text, person["LastName"].text].compactMap { $0 }
          .joined(separator: " ")
      } else {
        name =
          contact["Name"]["EntityName"].text ?? contact["Name"].first("OrganizationStandardName").text
          ?? contact["Name"].text
      }
      guard let name, !name.isEmpty else { continue }
      record.parties.append(
        Party(
          role: role, name: name, country: ST36.clean(node.first("CountryCode").text),
          city: node.first("CityName").text, state: node.first("GeographicRegionName").text, sequence: i + 1,
          typeHint: node["ApplicantCategory"].text ?? node["RegisteredPractitionerCategory"].text,
          isPerson: person.exists))
    }
  }
}
