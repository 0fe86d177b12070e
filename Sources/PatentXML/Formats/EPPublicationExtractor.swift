import Foundation
import PatentModel

/// EPO publication-server documents (`ep-patent-document`, DTD v1.0–v1.5.1), SDOBI B-tags.
///
/// B110/B130/B140 publication, B210/B220 application, B310–B330 priorities, B510(EP) IPC, B540 titles,
/// B560 citations (B561 patent text like `US-A- 5 948 634`, B562 NPL), B711/B721/B731/B741 parties,
/// B840/B844EP/B848EP designated, extension and validation states, B860 PCT filing data.
struct EPPublicationExtractor: RecordExtractor {
  let policy = TreePolicy(
    skip: ["description", "drawings", "ep-reference-list", "search-report-data"], shallow: ["claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let sdobi = root["SDOBI"]
    let b100 = sdobi["B100"]
    let country = (b100["B190"].text ?? root.attribute("country") ?? "EP").uppercased()
    guard let rawNumber = b100["B110"].text ?? root.attribute("doc-number") else { return [] }
    let kindCode = b100["B130"].text ?? root.attribute("kind") ?? ""
    let publication = DocumentID(
      country: country, number: DocumentNumber.normalize(rawNumber, country: country), kind: kindCode,
      date: (b100["B140"]["date"].text ?? root.attribute("date-publ")).flatMap(PatentDate.init(parsing:)))
    let b200 = sdobi["B200"]
    let application = b200["B210"].text.map {
      DocumentID(
        country: country, number: DocumentNumber.normalize($0, country: country, isApplication: true),
        date: b200["B220"]["date"].text.flatMap(PatentDate.init(parsing:)))
    }
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: country, kind: kindCode),
      publication: publication, application: application)
    record.priorities = priorities(sdobi["B300"])
    record.ipc = ipc(sdobi["B500"])
    record.cpc = sdobi["B500"]["B520EP"].all("classifications-cpc").flatMap { $0.all("classification-cpc") }
      .compactMap { $0["text"].text.flatMap(ST36.textClassification) }
    let b540 = sdobi["B500"]["B540"]
    let languages = b540.all("B541")
    for (i, title) in b540.all("B542").enumerated() {
      guard let text = title.text else { continue }
      record.titles.append(
        LocalizedText(lang: ST36.language(i < languages.count ? languages[i].text : nil), text: text))
    }
    record.abstracts = ST36.texts(root.all("abstract"))
    citations(sdobi["B500"]["B560"], into: &record)
    record.parties = parties(sdobi["B700"])
    let b800 = sdobi["B800"]
    record.designatedStates = b800["B840"].all("ctry").compactMap(\.text)
    record.extensionStates = b800["B844EP"].all("B845EP").compactMap { $0["ctry"].text }
    record.validationStates = b800["B848EP"].all("B849EP").compactMap { $0["ctry"].text }
    let claims = root.all("claims")
    if let first = claims.first { record.claimsCount = first.count("claim") > 0 ? first.count("claim") : nil }
    return [record]
  }

  private func priorities(_ b300: XMLNode) -> [PriorityClaim] {
    // B310 (number), B320 (date), B330 (country) repeat in parallel.
    let numbers = b300.all("B310")
    let dates = b300.all("B320")
    let countries = b300.all("B330")
    return numbers.enumerated().compactMap { i, node in
      guard let raw = node.text else { return nil }
      let country = (i < countries.count ? countries[i]["ctry"].text : nil)?.uppercased() ?? ""
      return PriorityClaim(
        country: country, number: DocumentNumber.normalize(raw, country: country, isApplication: true),
        date: i < dates.count ? dates[i]["date"].text.flatMap(PatentDate.init(parsing:)) : nil,
        isPCT: country == "WO" || raw.uppercased().hasPrefix("PCT"))
    }
  }

  private func ipc(_ b500: XMLNode) -> [ClassificationEntry] {
    let ipcr = b500["B510EP"].all("classification-ipcr").compactMap { $0["text"].text.flatMap(ST36.textClassification) }
    if !ipcr.isEmpty { return ipcr }
    let b510 = b500["B510"]
    var entries: [ClassificationEntry] = []
    for (i, node) in (b510.all("B511") + b510.all("B512")).enumerated() {
      guard let text = node.text, let symbol = ClassificationSymbol(parsing: text) else { continue }
      entries.append(ClassificationEntry(symbol: symbol, isFirst: i == 0))
    }
    return entries
  }

  private func citations(_ b560: XMLNode, into record: inout PatentRecord) {
    for node in b560.all("B561") {
      if let text = node["text"].text, let document = EPCitationText.parse(text) {
        record.citations.append(PatentCitation(document: document, citedBy: .examiner, phase: "search"))
      } else if let id = ST36.documentID(node["dnum"].exists ? node["dnum"] : node) {
        record.citations.append(PatentCitation(document: id, citedBy: .examiner, phase: "search"))
      }
    }
    for node in b560.all("B562") {
      if let text = node.text {
        record.nplCitations.append(NPLCitation(text: text, citedBy: .examiner, phase: "search"))
      }
    }
  }

  private func parties(_ b700: XMLNode) -> [Party] {
    var parties: [Party] = []
    func add(_ nodes: [XMLNode], _ role: Party.Role) {
      for (i, node) in nodes.enumerated() {
        guard let name = node["snm"].text else { continue }
        let address = node["adr"]
        let lines = [address["str"].text, address["city"].text].compactMap { $0 }
        parties.append(
          Party(
            role: role, name: name, country: ST36.clean(address["ctry"].text),
            address: lines.isEmpty ? nil : lines.joined(separator: ", "), sequence: i + 1,
            registrationNumber: node["iid"].text))
      }
    }
    add(b700["B710"].all("B711"), .applicant)
    add(b700["B720"].all("B721"), .inventor)
    add(b700["B730"].all("B731"), .assignee)
    add(b700["B740"].all("B741"), .agent)
    return parties
  }
}

/// Parses EPO printed citation texts: `US-A- 5 948 634`, `WO-A1-2014/114885`, `DE-U1- 29 …`, `US-E- R E36 154`.
enum EPCitationText {
  /// The cited document, or `nil` when the text is not of that shape.
  static func parse(_ text: String) -> DocumentID? {
    let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3 else { return nil }
    let country = parts[0].trimmingCharacters(in: .whitespaces).uppercased()
    let kind = parts[1].trimmingCharacters(in: .whitespaces).uppercased()
    guard country.count == 2, country.allSatisfy(\.isLetter), kind.count <= 2, !kind.isEmpty else { return nil }
    // The number ends at the first character that is not a digit, letter, space or slash (e.g. a comment).
    let numberText = parts[2].prefix { $0.isNumber || $0.isLetter || $0 == " " || $0 == "/" }
    let number = DocumentNumber.normalize(numberText, country: country)
    guard !number.isEmpty else { return nil }
    return DocumentID(country: country, number: number, kind: kind)
  }
}
