import Foundation
import PatentModel

/// JPO publication gazette (`jp-official-gazette`): no XML declaration, kind in Japanese with the ST.16 code on
/// the root (`kind-of-st16`), applicants by JPO registration number, FI and F-terms, citations in the
/// description's `citation-list` as Japanese text (`特許第６１５１５５７号公報`).
struct JPOExtractor: RecordExtractor {
  let policy = TreePolicy(
    skip: ["drawings", "image-of-bibliographic-data", "image-of-chosen-drawing", "written-amendment-group"],
    shallow: ["claim"])

  func extract(_ root: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let bib = root["bibliographic-data"]
    guard var publication = ST36.documentID(bib["publication-reference"]["document-id"], defaultCountry: "JP")
    else { return [] }
    publication.kind = root.attribute("kind-of-st16") ?? root.attribute("kind-of-jp") ?? ""
    var record = PatentRecord(
      source: context.nextSource(), kind: DocumentKind.classify(country: publication.country, kind: publication.kind),
      publication: publication,
      application: ST36.documentID(
        bib["application-reference"]["document-id"], isApplication: true, defaultCountry: "JP"))
    record.priorities = bib["priority-claims"].all("priority-claim").compactMap(ST36.priority)
    let lang = ST36.language(root.attribute("lang"))
    if let title = bib["invention-title"].text { record.titles = [LocalizedText(lang: lang, text: title)] }
    if let abstract = root["abstract"].text { record.abstracts = [LocalizedText(lang: lang, text: abstract)] }
    let ipc = bib["classification-ipc"]
    record.ipc = (ipc.all("main-clsf") + ipc.all("further-clsf")).compactMap {
      $0.text.flatMap(ST36.textClassification)
    }
    let national = bib["classification-national"]
    for node in national.all("main-clsf") + national.all("further-clsf") {
      if let text = node.text {
        record.nationalClassifications.append(NationalClassification(scheme: "FI", symbol: text))
      }
    }
    for node in bib["theme-code-info"].all("theme-code") {
      if let text = node.text {
        record.nationalClassifications.append(NationalClassification(scheme: "JP-theme", symbol: text))
      }
    }
    for node in bib["f-term-info"].all("f-term") {
      if let text = node.text {
        record.nationalClassifications.append(NationalClassification(scheme: "F-term", symbol: text))
      }
    }
    let parties = bib["parties"]
    var applicants = 0
    for group in parties["applicants-agents-article"].all("applicants-agents") {
      for node in group.all("applicant") {
        applicants += 1
        let book = node["addressbook"]
        guard let name = book["name"].text else { continue }
        let address = book["address"]["text"].text
        record.parties.append(
          Party(
            role: .applicant, name: name, country: AddressCountry.japanese(address), address: address,
            sequence: applicants, registrationNumber: book["registered-number"].text))
      }
      for (i, node) in group.all("agent").enumerated() {
        if let name = node["addressbook"]["name"].text {
          record.parties.append(
            Party(
              role: .agent, name: name, sequence: i + 1, typeHint: node.attribute("kind"),
              registrationNumber: node["addressbook"]["registered-number"].text))
        }
      }
    }
    for (i, node) in parties["inventors"].all("inventor").enumerated() {
      if let name = node["addressbook"]["name"].text {
        let address = node["addressbook"]["address"]["text"].text
        record.parties.append(
          Party(
            role: .inventor, name: name, country: AddressCountry.japanese(address), address: address, sequence: i + 1))
      }
    }
    for patcit in root.descendants("patcit") {
      if let text = patcit.text, let document = JapaneseCitation.parse(text) {
        record.citations.append(PatentCitation(document: document, citedBy: .applicant))
      }
    }
    for nplcit in root.descendants("nplcit") {
      if let text = nplcit.text { record.nplCitations.append(NPLCitation(text: text, citedBy: .applicant)) }
    }
    record.claimsCount = bib["number-of-claims"].text.flatMap { Int($0.precomposedStringWithCompatibilityMapping) }
    return [record]
  }
}

/// Parses JPO citation texts (after NFKC): `特許第6151557号公報` (granted, B), `特開2005-123456号公報` (A),
/// `特表2010-501234号公報` (PCT national publication, A), `実開昭60-12345号` / `実登3012345号` (utility models),
/// `国際公開第2015/012345号` (WO).
enum JapaneseCitation {
  static func parse(_ raw: String) -> DocumentID? {
    let text = raw.precomposedStringWithCompatibilityMapping.replacingOccurrences(of: " ", with: "")
    func digits(after marker: String) -> String? {
      guard let range = text.range(of: marker) else { return nil }
      let rest = text[range.upperBound...].prefix { $0.isNumber || $0 == "-" || $0 == "/" }
      let value = rest.filter(\.isNumber)
      return value.isEmpty ? nil : String(value)
    }
    if let n = digits(after: "特許第") { return DocumentID(country: "JP", number: n, kind: "B") }
    if let n = digits(after: "特開") { return DocumentID(country: "JP", number: n, kind: "A") }
    if let n = digits(after: "特表") { return DocumentID(country: "JP", number: n, kind: "A") }
    if let n = digits(after: "実登") { return DocumentID(country: "JP", number: n, kind: "U") }
    if let n = digits(after: "国際公開第") { return DocumentID(country: "WO", number: n, kind: "A1") }
    if let n = digits(after: "米国特許第") { return DocumentID(country: "US", number: n) }
    if let n = digits(after: "米国特許出願公開第") { return DocumentID(country: "US", number: n, kind: "A1") }
    return nil
  }
}
