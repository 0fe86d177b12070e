import PatentModel
import Testing

/// Document numbers, dates, kinds and JSON output.
@Suite("Normalization")
struct NormalizationTests {
  @Test(
    "publication numbers",
    arguments: [
      ("07272630", "US", "7272630"), ("D0584230", "US", "D584230"), ("RE036154", "US", "RE36154"),
      ("20050004974", "US", "20050004974"), ("000010027360", "DE", "10027360"), ("2009/058797", "WO", "2009058797"),
      ("202 128 028", "CN", "202128028"), ("EP1234567", "EP", "1234567"), ("2021044377", "JP", "2021044377"),
    ])
  func publication(_ raw: String, _ country: String, _ expected: String) {
    #expect(DocumentNumber.normalize(raw, country: country) == expected)
  }

  @Test("application numbers drop CN/EP check digits only")
  func application() {
    #expect(DocumentNumber.normalize("201410408762.5", country: "CN", isApplication: true) == "201410408762")
    #expect(DocumentNumber.normalize("202111286633.X", country: "CN", isApplication: true) == "202111286633")
    #expect(DocumentNumber.normalize("16849316.1", country: "EP", isApplication: true) == "16849316")
    #expect(DocumentNumber.normalize("10027360.2", country: "DE", isApplication: true) == "10027360.2")
  }

  @Test(
    "dates",
    arguments: [
      ("20050104", "2005-01-04"), ("2015-01-20", "2015-01-20"), ("19920500", "1992-05"), ("2000.06.02", "2000-06-02"),
    ])
  func dates(_ raw: String, _ expected: String) {
    #expect(PatentDate(parsing: raw)?.description == expected)
  }

  @Test("placeholder dates are no dates", arguments: ["00000000", "0", "", "abcd", "20051340"])
  func noDates(_ raw: String) {
    #expect(PatentDate(parsing: raw) == nil)
  }

  @Test("kinds")
  func kinds() {
    #expect(DocumentKind.classify(country: "US", kind: "B2") == .grant)
    #expect(DocumentKind.classify(country: "US", kind: "S1") == .design)
    #expect(DocumentKind.classify(country: "US", kind: "A1") == .application)
    #expect(DocumentKind.classify(country: "EP", kind: "A4") == .searchReport)
    #expect(DocumentKind.classify(country: "CN", kind: "U") == .utilityModel)
    #expect(DocumentKind.classify(country: "DE", kind: "U1") == .utilityModel)
  }

  @Test("JSON escaping and key order are deterministic")
  func json() {
    var record = PatentRecord(
      source: RecordSource(file: "a\"b.xml", index: 0, offset: 0, format: .jpo), kind: .grant,
      publication: DocumentID(country: "CN", number: "1", kind: "B"))
    record.titles = [LocalizedText(lang: "zh", text: "电池\n\t\u{1}“引号”\\")]
    var writer = JSONWriter()
    record.writeJSONLine(to: &writer)
    let line = String(decoding: writer.bytes, as: UTF8.self)
    #expect(line.hasSuffix("}\n"))
    #expect(line.contains(#""file":"a\"b.xml""#))
    #expect(line.contains(#""text":"电池\n\t\u0001“引号”\\""#))
    let keys = [
      "abstracts", "agents", "applicants", "application", "assignees", "citations", "claims_count", "cpc",
      "designated_states", "extension_states", "family_id", "inventors", "ipc", "kind", "legal_events",
      "national_classifications", "npl_citations", "priorities", "publication", "source", "status", "titles",
      "validation_states",
    ]
    let positions = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }
}
