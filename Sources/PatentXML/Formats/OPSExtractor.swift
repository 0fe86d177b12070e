import Foundation
import PatentModel

/// EPO OPS v3.2 responses (`ops:world-patent-data`); prefixes vary between responses (`ops:`/`ns2:`,
/// `reg:`/`ns3:`) and are ignored.
///
/// Records: each `exchange-document` (biblio, abstract, full-cycle, search with constituents); each
/// `family-member` of a family response (with its INPADOC legal events, and its exchange document when the
/// response includes biblio); each `register-document`. Search lists, number conversions, full-text and
/// classification statistics carry no patent record.
struct OPSExtractor: RecordExtractor {
  let policy = TreePolicy(
    skip: ["fulltext-documents", "description", "claims"],
    records: ["exchange-document", "family-member", "register-document"])

  func extract(_ node: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    if node.is("exchange-document") {
      return ExchangeDocument.record(node, source: context.nextSource()).map { [$0] } ?? []
    }
    if node.is("register-document") { return RegisterDocument.record(node, context: &context).map { [$0] } ?? [] }
    return familyMember(node, context: &context).map { [$0] } ?? []
  }

  private func familyMember(_ member: XMLNode, context: inout ExtractionContext) -> PatentRecord? {
    let source = context.nextSource()
    var record: PatentRecord
    let exchange = member["exchange-document"]
    if exchange.exists, let full = ExchangeDocument.record(exchange, source: source) {
      record = full
    } else {
      guard let publication = ExchangeDocument.documentID(member["publication-reference"]) else { return nil }
      record = PatentRecord(
        source: source, kind: DocumentKind.classify(country: publication.country, kind: publication.kind),
        publication: publication,
        application: ExchangeDocument.documentID(member["application-reference"], isApplication: true))
      record.priorities = member.all("priority-claim").compactMap(ExchangeDocument.priority)
    }
    record.familyID = member.attribute("family-id") ?? record.familyID
    record.legalEvents = member.all("legal").map(legalEvent)
    return record
  }

  /// An INPADOC event: code and description on the element, gazette date in L007EP, country L501EP/L001EP.
  private func legalEvent(_ node: XMLNode) -> LegalEvent {
    let code = (node.attribute("code") ?? "").trimmingSpaces()
    let date = (node["L007EP"].text ?? node["L525EP"].text).flatMap(PatentDate.init(parsing:))
    let country = node.first("L501EP").text ?? node["L001EP"].text
    let details = node["L500EP"]
    let owner = details["L509EP"].text ?? details["L510EP"].text.flatMap(Self.ownerAfter)
    return LegalEvent(
      date: date, code: code, country: country, description: node.attribute("desc"),
      influence: node.attribute("infl"), newOwner: owner.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 })
  }

  /// The new owner a transfer's free text names (`…; Patentee after: NAME; Address after: …`), up to the next
  /// `;` or the next field label; nil when it names none.
  static func ownerAfter(_ text: String) -> String? {
    for label in ["PATENTEE AFTER:", "PROPRIETOR AFTER:", "APPLICANT AFTER:", "OWNER AFTER:", "NEW OWNER:"] {
      guard let found = text.range(of: label, options: .caseInsensitive) else { continue }
      var name = text[found.upperBound...].prefix { $0 != ";" && $0 != "\n" }
      for stop in [" ADDRESS AFTER", " PATENTEE BEFORE", " APPLICANT BEFORE"] {
        if let r = name.range(of: stop, options: .caseInsensitive) { name = name[..<r.lowerBound] }
      }
      return String(name)
    }
    return nil
  }
}

/// Reads an EP Register document (`reg:register-document`) from OPS register responses.
enum RegisterDocument {
  static func record(_ doc: XMLNode, context: inout ExtractionContext) -> PatentRecord? {
    let bib = doc["bibliographic-data"]
    let publications = bib.all("publication-reference").compactMap { ST36.documentID($0["document-id"]) }
    let application = ST36.documentID(bib["application-reference"]["document-id"], isApplication: true)
    // Register event responses carry no bibliographic data: their identity is the query they answer.
    let queried = queryIdentifier(doc.parent.parent["query"].text)
    guard
      let publication = publications.first ?? queried
        ?? application.map({ DocumentID(country: $0.country, number: "") })
    else { return nil }
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: publication.country, kind: publication.kind),
      publication: publication, application: application)
    record.statusText = doc.attribute("status")
    // The register keeps the classification history, newest first: the first set is the current one.
    for node in bib["classifications-ipcr"].all("classification-ipcr") {
      // Register IPC text lists several symbols: `H04W84/20,  // H04W88/04`.
      for part in (node["text"].text ?? "").split(separator: ",") {
        let text = part.replacingOccurrences(of: "//", with: " ").trimmingSpaces()
        if let symbol = ClassificationSymbol(parsing: text) { record.ipc.append(ClassificationEntry(symbol: symbol)) }
      }
    }
    // The register keeps the title history (one set per change); the first set is the current one.
    var seenLanguages = Set<String>()
    record.titles = bib.all("invention-title").compactMap { title in
      let lang = ST36.language(title.attribute("lang"))
      guard seenLanguages.insert(lang).inserted else { return nil }
      return title.text.map { LocalizedText(lang: lang, text: $0) }
    }
    let parties = bib["parties"]
    func add(_ nodes: [XMLNode], _ role: Party.Role) {
      for (i, node) in nodes.enumerated() {
        if let party = ST36.party(node["addressbook"], role: role, sequence: i + 1) { record.parties.append(party) }
      }
    }
    add(parties["applicants"].all("applicant"), .applicant)
    add(parties["inventors"].all("inventor"), .inventor)
    add(parties["agents"].all("agent"), .agent)
    let designation = bib["designation-of-states"]
    record.designatedStates = designation["designation-pct"]["regional"].all("country").compactMap(\.text)
    for citation in bib["references-cited"].all("citation") {
      if let id = ST36.documentID(citation["patcit"]["document-id"]) {
        record.citations.append(
          PatentCitation(
            document: id, category: citation["category"].text, citedBy: .examiner,
            phase: citation.attribute("cited-phase")))
      }
    }
    if record.titles.isEmpty && record.application == nil && queried != nil {
      record.kind = .other
    }
    for status in doc["ep-patent-statuses"].all("ep-patent-status") {
      record.legalEvents.append(
        LegalEvent(
          date: status.attribute("change-date").flatMap(PatentDate.init(parsing:)),
          code: "EPSTATUS-\(status.attribute("status-code") ?? "")", country: "EP", description: status.text))
    }
    for event in doc["events-data"].all("dossier-event") {
      record.legalEvents.append(
        LegalEvent(
          date: event["event-date"]["date"].text.flatMap(PatentDate.init(parsing:)),
          code: event["event-code"].text ?? "", country: "EP", description: event["event-text"].text))
    }
    return record
  }

  /// `publication=EP2400812` → EP 2400812 (OPS CQL `publication`/`pn` queries only).
  private static func queryIdentifier(_ query: String?) -> DocumentID? {
    guard let query, let equals = query.firstIndex(of: "=") else { return nil }
    let field = query[..<equals].trimmingSpaces().lowercased()
    guard field == "publication" || field == "pn" else { return nil }
    let value = query[query.index(after: equals)...].trimmingSpaces().uppercased()
    let country = String(value.prefix(2))
    guard country.count == 2, country.allSatisfy(\.isLetter) else { return nil }
    let number = DocumentNumber.normalize(value.dropFirst(2).prefix { $0.isNumber }, country: country)
    return number.isEmpty ? nil : DocumentID(country: country, number: number)
  }
}
