import PatentModel

/// USPTO Red Book grants 2002–2004 (`PATDOC`, ST.32 v2.5 SGML-style B-tags, text in `PDAT`).
struct USPTORedBookExtractor: RecordExtractor {
  let policy = TreePolicy(skip: ["SDODE", "SDODR", "SDOCR"], shallow: ["CLM"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["SDOBI"]
    let b100 = bib["B100"]
    guard let raw = b100["B110"].text else { return [] }
    let country = (b100["B190"].text ?? "US").uppercased()
    let kindCode = b100["B130"].text ?? ""
    let publication = DocumentID(
      country: country, number: DocumentNumber.normalize(raw, country: country), kind: kindCode,
      date: b100["B140"].text.flatMap(PatentDate.init(parsing:)))
    let b200 = bib["B200"]
    let application = b200["B210"].text.map {
      DocumentID(
        country: country, number: DocumentNumber.normalize($0, country: country, isApplication: true),
        date: b200["B220"].text.flatMap(PatentDate.init(parsing:)))
    }
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: country, kind: kindCode),
      publication: publication, application: application)
    let b300 = bib["B300"]
    let numbers = b300.all("B310")
    let dates = b300.all("B320")
    let countries = b300.all("B330")
    record.priorities = numbers.enumerated().compactMap { i, node in
      guard let number = node.text else { return nil }
      let office = (i < countries.count ? countries[i].text : nil)?.uppercased() ?? ""
      return PriorityClaim(
        country: office, number: DocumentNumber.normalize(number, country: office, isApplication: true),
        date: i < dates.count ? dates[i].text.flatMap(PatentDate.init(parsing:)) : nil, isPCT: office == "WO")
    }
    let b500 = bib["B500"]
    record.ipc = (b500["B510"].all("B511") + b500["B510"].all("B512")).enumerated().compactMap { i, node in
      node.text.flatMap(ClassificationSymbol.init(parsing:)).map { ClassificationEntry(symbol: $0, isFirst: i == 0) }
    }
    for node in b500["B520"].all("B521") + b500["B520"].all("B522") {
      if let text = node.text {
        record.nationalClassifications.append(NationalClassification(scheme: "USPC", symbol: text))
      }
    }
    if let title = b500["B540"].text { record.titles = [LocalizedText(lang: "en", text: title)] }
    if let abstract = root["SDOAB"].text { record.abstracts = [LocalizedText(lang: "en", text: abstract)] }
    for node in b500["B560"].all("B561") {
      let doc = node["PCIT"]["DOC"]
      guard let number = doc["DNUM"].text else { continue }
      let office = (node["PCIT"].first("CTRY").text ?? "US").uppercased()
      let citedBy: CitedBy? =
        node["CITED-BY-EXAMINER"].exists ? .examiner : (node["CITED-BY-OTHER"].exists ? .applicant : nil)
      record.citations.append(
        PatentCitation(
          document: DocumentID(
            country: office, number: DocumentNumber.normalize(number, country: office), kind: doc["KIND"].text ?? "",
            date: doc["DATE"].text.flatMap(PatentDate.init(parsing:))),
          name: node["PCIT"]["PARTY-US"]["NAM"].text, citedBy: citedBy))
    }
    for node in b500["B560"].all("B562") {
      if let text = node.text { record.nplCitations.append(NPLCitation(text: text)) }
    }
    record.claimsCount = b500["B570"]["B577"].text.flatMap { Int($0) }
    let b700 = bib["B700"]
    func party(_ node: XMLNode, role: Party.Role, sequence: Int) -> Party? {
      let p = node["PARTY-US"]
      let nam = p["NAM"]
      let organization = nam["ONM"].text
      let name = organization ?? [nam["FNM"].text, nam["SNM"].text].compactMap { $0 }.joined(separator: " ")
      guard !name.isEmpty else { return nil }
      return Party(
        role: role, name: name, country: ST36.clean(p["ADR"]["CTRY"].text) ?? (p["ADR"]["STATE"].exists ? "US" : nil),
        city: p["ADR"]["CITY"].text, state: p["ADR"]["STATE"].text, sequence: sequence, isPerson: organization == nil)
    }
    for (i, node) in b700["B720"].all("B721").enumerated() {
      if let p = party(node, role: .inventor, sequence: i + 1) { record.parties.append(p) }
    }
    for (i, node) in b700["B730"].all("B731").enumerated() {
      if let p = party(node, role: .assignee, sequence: i + 1) { record.parties.append(p) }
    }
    for (i, node) in b700["B740"].all("B741").enumerated() {
      if let p = party(node, role: .agent, sequence: i + 1) { record.parties.append(p) }
    }
    return [record]
  }
}
