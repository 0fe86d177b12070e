import PatentModel

/// KIPO KIPRIS Plus REST responses (`response/body/items/PatentUtilityInfo`): one record per item.
///
/// Publication: the registration (`RegistrationNumber` minus its `0000` suffix, kind `B1`) when registered,
/// else the laid-open publication (`OpeningNumber`, kind `A`). `RegistrationStatus` (공개/등록/소멸/거절) is
/// kept as the status text.
struct KIPRISExtractor: RecordExtractor {
  let policy = TreePolicy(records: ["PatentUtilityInfo"])

  func extract(_ item: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    let application = item["ApplicationNumber"].text.map {
      DocumentID(
        country: "KR", number: DocumentNumber.normalize($0, country: "KR", isApplication: true),
        date: item["ApplicationDate"].text.flatMap(PatentDate.init(parsing:)))
    }
    let publication: DocumentID
    if var number = item["RegistrationNumber"].text {
      if number.count == 13, number.hasSuffix("0000") { number = String(number.dropLast(4)) }
      publication = DocumentID(
        country: "KR", number: number, kind: "B1",
        date: item["RegistrationDate"].text.flatMap(PatentDate.init(parsing:)))
    } else if let number = item["OpeningNumber"].text ?? item["PublicNumber"].text {
      publication = DocumentID(
        country: "KR", number: DocumentNumber.normalize(number, country: "KR"), kind: "A",
        date: (item["OpeningDate"].text ?? item["PublicDate"].text).flatMap(PatentDate.init(parsing:)))
    } else if let application {
      publication = DocumentID(country: "KR", number: "", date: application.date)
    } else {
      return []
    }
    var record = PatentRecord(
      source: context.nextSource(),
      kind: publication.number.isEmpty
        ? .other
        : DocumentKind.classify(
          country: "KR", kind: publication.kind), publication: publication, application: application)
    if let title = item["InventionName"].text { record.titles = [LocalizedText(lang: "ko", text: title)] }
    if let abstract = item["Abstract"].text { record.abstracts = [LocalizedText(lang: "ko", text: abstract)] }
    for part in (item["InternationalpatentclassificationNumber"].text ?? "").split(separator: "|") {
      if let symbol = ClassificationSymbol(parsing: part) { record.ipc.append(ClassificationEntry(symbol: symbol)) }
    }
    for (i, name) in (item["Applicant"].text ?? "").split(separator: "|").enumerated() {
      let trimmed = name.trimmingSpaces()
      if !trimmed.isEmpty { record.parties.append(Party(role: .applicant, name: trimmed, sequence: i + 1)) }
    }
    record.statusText = item["RegistrationStatus"].text
    return [record]
  }
}
