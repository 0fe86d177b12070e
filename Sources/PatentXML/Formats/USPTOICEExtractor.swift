import PatentModel

/// USPTO full-text grants (`us-patent-grant`, ICE v4.0–v4.7) and applications (`us-patent-application`,
/// v4.0–v4.6), weekly bundles included.
///
/// Layout differences handled: v4.0–4.1 `classification-ipc` text vs v4.2+ `classifications-ipcr`;
/// v4.0–4.2 `parties/applicants` (applicant-inventors) vs v4.3+ `us-parties`; `references-cited/citation`
/// vs `us-references-cited/us-citation`; CPC from v4.4.
struct USPTOICEExtractor: RecordExtractor {
  let policy = TreePolicy(
    skip: [
      "description", "drawings", "us-claim-statement", "us-chemistry", "us-math", "us-sequence-list-doc",
      "table-external-doc", "us-ext-doc",
    ],
    shallow: ["claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib =
      root["us-bibliographic-data-grant"].exists
      ? root["us-bibliographic-data-grant"] : root["us-bibliographic-data-application"]
    guard let publication = ST36.documentID(bib["publication-reference"]["document-id"]) else { return [] }
    let applicationRef = bib["application-reference"]
    var kind = DocumentKind.classify(country: publication.country, kind: publication.kind)
    if applicationRef.attribute("appl-type") == "design" { kind = .design }
    var record = PatentRecord(
      source: context.nextSource(), kind: kind, publication: publication,
      application: ST36.documentID(applicationRef["document-id"], isApplication: true))
    record.priorities = bib["priority-claims"].all("priority-claim").compactMap(ST36.priority)
    let lang = ST36.language(root.attribute("lang"))
    if let title = bib["invention-title"].text { record.titles = [LocalizedText(lang: lang, text: title)] }
    if let abstract = root["abstract"].text { record.abstracts = [LocalizedText(lang: lang, text: abstract)] }
    record.ipc = classificationsIPC(bib)
    record.cpc =
      (bib["classifications-cpc"]["main-cpc"].all("classification-cpc")
      + bib["classifications-cpc"]["further-cpc"].all("classification-cpc")).compactMap(ST36.splitClassification)
    record.nationalClassifications = national(bib)
    record.parties = parties(bib)
    readCitations(bib, into: &record)
    record.claimsCount =
      bib["number-of-claims"].text.flatMap { Int($0) }
      ?? nonZero(root["claims"].count("claim"))
    return [record]
  }

  private func nonZero(_ n: Int) -> Int? { n > 0 ? n : nil }

  private func classificationsIPC(_ bib: XMLNode) -> [ClassificationEntry] {
    let ipcr = bib["classifications-ipcr"].all("classification-ipcr").compactMap(ST36.splitClassification)
    if !ipcr.isEmpty { return ipcr }
    let ipc = bib["classification-ipc"]
    var entries: [ClassificationEntry] = []
    for (i, node) in (ipc.all("main-classification") + ipc.all("further-classification")).enumerated() {
      guard let text = node.text, let symbol = ClassificationSymbol(parsing: text) else { continue }
      entries.append(ClassificationEntry(symbol: symbol, isFirst: i == 0))
    }
    return entries
  }

  private func national(_ bib: XMLNode) -> [NationalClassification] {
    var result: [NationalClassification] = []
    let uspc = bib["classification-national"]
    for node in uspc.all("main-classification") + uspc.all("further-classification") {
      if let text = node.text { result.append(NationalClassification(scheme: "USPC", symbol: text)) }
    }
    if let locarno = bib["classification-locarno"]["main-classification"].text {
      result.append(NationalClassification(scheme: "Locarno", symbol: locarno))
    }
    return result
  }

  private func parties(_ bib: XMLNode) -> [Party] {
    var parties: [Party] = []
    let modern = bib["us-parties"]
    let legacy = bib["parties"]
    let applicants = modern.exists ? modern["us-applicants"].all("us-applicant") : legacy["applicants"].all("applicant")
    for (i, node) in applicants.enumerated() {
      let type = node.attribute("app-type")
      if let party = ST36.party(
        node["addressbook"], role: .applicant, sequence: i + 1, typeHint: type,
        fallbackCountry: node["residence"]["country"].text)
      {
        parties.append(party)
      }
    }
    let inventors = (modern.exists ? modern : legacy)["inventors"].all("inventor")
    if inventors.isEmpty {
      // v4.0–4.2: inventors are the applicants of type applicant-inventor.
      var n = 0
      for node in applicants where node.attribute("app-type")?.contains("inventor") == true {
        n += 1
        if let party = ST36.party(
          node["addressbook"], role: .inventor, sequence: n, fallbackCountry: node["residence"]["country"].text)
        {
          parties.append(party)
        }
      }
    } else {
      for (i, node) in inventors.enumerated() {
        if let party = ST36.party(node["addressbook"], role: .inventor, sequence: i + 1) { parties.append(party) }
      }
    }
    for (i, node) in bib["assignees"].all("assignee").enumerated() {
      let book = node["addressbook"].exists ? node["addressbook"] : node
      if let party = ST36.party(book, role: .assignee, sequence: i + 1, typeHint: book["role"].text) {
        parties.append(party)
      }
    }
    for (i, node) in (modern.exists ? modern : legacy)["agents"].all("agent").enumerated() {
      if let party = ST36.party(node["addressbook"], role: .agent, sequence: i + 1) { parties.append(party) }
    }
    return parties
  }

  private func readCitations(_ bib: XMLNode, into record: inout PatentRecord) {
    let modern = bib["us-references-cited"]
    let list = modern.exists ? modern.all("us-citation") : bib["references-cited"].all("citation")
    for citation in list {
      let category = citation["category"].text
      let citedBy = ST36.citedBy(category)
      let patcit = citation["patcit"]
      if patcit.exists {
        let id = patcit["document-id"]
        let country = (id["country"].text ?? "").uppercased()
        let number = DocumentNumber.normalize(id["doc-number"].text ?? "", country: country)
        record.citations.append(
          PatentCitation(
            document: DocumentID(
              country: country, number: number, kind: id["kind"].text ?? "",
              date: id["date"].text.flatMap(PatentDate.init(parsing:))),
            name: id["name"].text, category: category.flatMap(Self.shortCategory), citedBy: citedBy))
      } else if let text = citation["nplcit"].text {
        record.nplCitations.append(NPLCitation(text: text, category: nil, citedBy: citedBy))
      }
    }
  }

  /// USPTO writes "cited by examiner" where other offices write X/Y/A; keep only real categories.
  private static func shortCategory(_ category: String) -> String? {
    category.count <= 3 ? category : nil
  }
}
