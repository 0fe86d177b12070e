import PatentModel

/// USPTO pre-grant publications 2001–2004 (`patent-application-publication`, PAP v1.5/v1.6): `subdoc-*`
/// sections, undeclared ISO entities (mapped by the parser). Inventors are the applicants (pre-AIA).
struct USPTOPAPExtractor: RecordExtractor {
  let policy = TreePolicy(skip: ["subdoc-description", "subdoc-drawings"], shallow: ["claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["subdoc-bibliographic-information"]
    let id = bib["document-id"]
    guard let raw = id["doc-number"].text else { return [] }
    let kindCode = id["kind-code"].text ?? ""
    let publication = DocumentID(
      country: "US", number: DocumentNumber.normalize(raw, country: "US"), kind: kindCode,
      date: id["document-date"].text.flatMap(PatentDate.init(parsing:)))
    let filing = bib["domestic-filing-data"]
    let application = filing["application-number"]["doc-number"].text.map {
      DocumentID(
        country: "US", number: DocumentNumber.normalize($0, country: "US", isApplication: true),
        date: filing["filing-date"].text.flatMap(PatentDate.init(parsing:)))
    }
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: "US", kind: kindCode),
      publication: publication, application: application)
    record.priorities = bib.all("foreign-priority-data").compactMap { node in
      guard let raw = node["priority-application-number"]["doc-number"].text else { return nil }
      let country = (node["country-code"].text ?? "").uppercased()
      return PriorityClaim(
        country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: true),
        date: node["filing-date"].text.flatMap(PatentDate.init(parsing:)), isPCT: country == "WO")
    }
    let technical = bib["technical-information"]
    let ipc = technical["classification-ipc"]
    record.ipc = (ipc.all("classification-ipc-primary") + ipc.all("classification-ipc-secondary")).enumerated()
      .compactMap { i, node in
        node["ipc"].text.flatMap(ClassificationSymbol.init(parsing:)).map {
          ClassificationEntry(symbol: $0, isFirst: i == 0)
        }
      }
    let us = technical["classification-us"]
    for node in us.all("classification-us-primary") + us.all("classification-us-secondary") {
      let uspc = node["uspc"]
      if let cls = uspc["class"].text {
        let symbol = [cls, uspc["subclass"].text].compactMap { $0 }.joined(separator: "/")
        record.nationalClassifications.append(NationalClassification(scheme: "USPC", symbol: symbol))
      }
    }
    if let title = technical["title-of-invention"].text { record.titles = [LocalizedText(lang: "en", text: title)] }
    if let abstract = root["subdoc-abstract"].text { record.abstracts = [LocalizedText(lang: "en", text: abstract)] }
    let inventors = bib["inventors"].all("first-named-inventor") + bib["inventors"].all("inventor")
    for (i, node) in inventors.enumerated() {
      let name = [node["name"]["given-name"].text, node["name"]["middle-name"].text, node["name"]["family-name"].text]
        .compactMap { $0 }.joined(separator: " ")
      guard !name.isEmpty else { continue }
      let residence =
        node["residence"]["residence-us"].exists
        ? node["residence"]["residence-us"] : node["residence"]["residence-non-us"]
      let country = residence["country-code"].text ?? (node["residence"]["residence-us"].exists ? "US" : nil)
      for role in [Party.Role.applicant, .inventor] {
        record.parties.append(
          Party(
            role: role, name: name, country: ST36.clean(country), city: residence["city"].text,
            state: residence["state"].text, sequence: i + 1, typeHint: role == .applicant ? "applicant-inventor" : nil,
            isPerson: true))
      }
    }
    for (i, node) in bib.all("assignee").enumerated() {
      let organization = node["organization-name"].text
      let name =
        organization
        ?? [node["name"]["given-name"].text, node["name"]["family-name"].text].compactMap { $0 }.joined(separator: " ")
      guard !name.isEmpty else { continue }
      record.parties.append(
        Party(
          role: .assignee, name: name, country: ST36.clean(node.first("country-code").text),
          city: node.first("city").text, sequence: i + 1, typeHint: node["assignee-type"].text,
          isPerson: organization == nil))
    }
    let claims = root["subdoc-claims"].count("claim")
    record.claimsCount = claims > 0 ? claims : nil
    return [record]
  }
}
