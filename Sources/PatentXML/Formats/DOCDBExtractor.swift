import PatentModel

/// EPO DOCDB exchange files: `exch:exchange-documents` bundles (one XML document, thousands of records,
/// streamed) and single `exch:exchange-document` fragments (even with an undeclared `exch:` prefix).
/// The "flat" variant with an embedded `patent-family` (AP samples) contributes the family id.
struct DOCDBExtractor: RecordExtractor {
  let policy = TreePolicy(records: ["exchange-document"])

  func extract(_ node: XMLNode, context: inout ExtractionContext) -> [PatentRecord] {
    guard var record = ExchangeDocument.record(node, source: context.nextSource()) else { return [] }
    if record.familyID == nil { record.familyID = node.first("patent-family").attribute("family-id") }
    return [record]
  }
}
