import PatentModel
import PatentXML
import Testing

/// Every real file reads without a failure and yields the records PROVENANCE says it holds.
@Suite("Corpus counts")
struct CorpusCountTests {
  @Test("every corpus file is in the expectations table")
  func tableCoversCorpus() {
    #expect(Corpus.allFiles == Corpus.expectedRecords.keys.sorted())
  }

  @Test("record counts equal PROVENANCE", arguments: Corpus.expectedRecords.keys.sorted())
  func recordCount(_ file: String) {
    let (records, diagnostics, summary) = Corpus.read(file)
    #expect(records.count == Corpus.expectedRecords[file])
    #expect(summary.failedDocuments == 0)
    #expect(summary.skippedDocuments == Corpus.expectedSkipped[file, default: 0])
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    if let legal = Corpus.expectedLegalEvents[file] {
      #expect(records.reduce(0) { $0 + $1.legalEvents.count } == legal)
    }
    for record in records {
      #expect(record.source.format.rawValue == String(file.prefix { $0 != "/" }))
    }
  }

  @Test("no undeclared entity is left unmapped anywhere in the corpus")
  func entitiesMapped() {
    let (_, diagnostics, _) = PatentReader().records([Corpus.root.path])
    #expect(!diagnostics.contains { $0.message.contains("not in our ISO table") }, "\(diagnostics)")
  }

  @Test("reading the whole corpus with two jobs gives the same records in the same order")
  func parallelEqualsSerial() {
    let serial = PatentReader(jobs: 1).records([Corpus.root.path]).records
    let parallel = PatentReader(jobs: 2).records([Corpus.root.path]).records
    #expect(serial.count == Corpus.expectedRecords.values.reduce(0, +))
    #expect(serial == parallel)
  }
}
