import PatentCorpus
import PatentModel
import ReferenceData
import TestSupport
import Testing
import Workspace

/// The per-office kind table (`kind-codes.tsv`) against the classifier, and granted kinds on the real corpora.
@Suite struct KindCodeTests {
  @Test func everyRowOfTheKindTableIsWhatTheClassifierSays() throws {
    let table = try ReferenceFile.kindCodes.load(overrides: nil)
    let c = try ["office", "kind", "document_kind", "right_type", "granted"].map(table.column)
    #expect(table.rows.count > 50 && table.provenance.contains { $0.hasPrefix("source:") })
    for row in table.rows {
      let kind = DocumentKind.classify(country: row[c[0]], kind: row[c[1]])
      #expect(kind.rawValue == row[c[2]], "\(row[c[0]]) \(row[c[1]])")
      #expect(LegalStatus.grantedKinds.contains(kind.rawValue) == (row[c[4]] == "yes"), "\(row[c[0]]) \(row[c[1]])")
      #expect(RightType(rawValue: row[c[3]]) != nil)
    }
  }

  @Test("on every format of the real corpora, granted kinds read as granted without any grant event")
  func grantedKindsOnTheRealCorpora() throws {
    let workspace = try TestCorpora.realWorkspace()
    var filter = PatentFilter()
    filter.asOf = 2026_12_01
    let corpus = try workspace.loadCorpus(matching: filter, language: .en)
    let law = LegalStatus(corpus: corpus, reference: TestCorpora.reference, asOf: 2026_12_01)
    var granted = 0
    for i in 0..<corpus.count where LegalStatus.grantedKinds.contains(corpus.kind(of: i)) {
      let status = law.of(patent: i, in: corpus)
      #expect(status.granted > 0 && status.state != .pending, "\(corpus.publications[i])")
      granted += 1
    }
    #expect(granted > 150)  // US B1/B2/S1, EP B1/B2, KR B1, DE B, CA C, DK T3 in Corpora
    // Without an event: most of them (KIPRIS and USPTO full texts carry none).
    let byKind = (0..<corpus.count).filter { law.of(patent: $0, in: corpus).grantedByKind }.count
    #expect(byKind > 100)
    // An application publication whose own grant is in the corpora takes the grant's status.
    let pairs = (0..<corpus.count).filter { i in
      corpus.kind(of: i) == "application"
        && (0..<corpus.count).contains { j in
          j != i && corpus.applications[j] == corpus.applications[i] && corpus.kind(of: j) == "grant"
        }
    }
    for i in pairs { #expect(law.of(patent: i, in: corpus).granted > 0, "\(corpus.publications[i])") }
  }
}
