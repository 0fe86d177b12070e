import PatentCorpus
import ReferenceData
import Testing

@testable import Workspace

/// Loading a corpus in two halves on two connections gives the corpus one connection gives.
@Suite("Corpus load in two halves")
struct CorpusHalvesTests {
  /// Every patent's values, with interned ids and entity indices written out, in corpus order.
  private static func rows(_ corpus: Corpus) -> [String] {
    (0..<corpus.count).map { i in
      let names = { (ids: ArraySlice<Int32>, pool: StringPool) in ids.map { pool[$0] }.joined(separator: ",") }
      return [
        "\(corpus.workspaceIDs[i])", corpus.publications[i], corpus.titles[i],
        corpus.countries[corpus.countryIDs[i]], corpus.kinds[Int32(corpus.kindIDs[i])],
        "\(corpus.applicationYears[i]) \(corpus.priorityYears[i]) \(corpus.publicationYears[i])",
        "\(corpus.simpleFamilies[i]) \(corpus.extendedFamilies[i]) \(corpus.claims[i]) \(corpus.legalFlags[i])",
        "\(corpus.applicationDates[i]) \(corpus.priorityDates[i]) \(corpus.endDates[i])",
        "\(corpus.forwardCitations[i]) \(corpus.backwardCitations[i])",
        names(corpus.ipc[i], corpus.symbols), names(corpus.cpc[i], corpus.symbols),
        corpus.applicants[i].map { corpus.entities[Int($0)].key }.joined(separator: ","),
        names(corpus.inventors[i], corpus.inventorNames),
        corpus.citedPatents[i].map { corpus.publications[Int($0)] }.joined(separator: ","),
        names(corpus.designatedStates[i], corpus.countries),
      ].joined(separator: "|")
    }
  }

  @Test("every patent, entity and interned value alike, with and without inventors and filters")
  func halvesEqualOneConnection() throws {
    let workspace = TestWorkspace.allSQLite
    var applicants = PatentFilter()
    applicants.countries = ["US", "CN", "EP"]
    for filter in [PatentFilter(), applicants] {
      for inventors in [false, true] {
        let one = try workspace.loadCorpus(matching: filter, language: .zh, inventors: inventors, halvesFrom: .max)
        let two = try workspace.loadCorpus(matching: filter, language: .zh, inventors: inventors, halvesFrom: 0)
        #expect(one.count > 20)
        #expect(Self.rows(two) == Self.rows(one))
        #expect(two.entities == one.entities)
        #expect(two.symbols == one.symbols && two.inventorNames == one.inventorNames)
        #expect(two.extendedFamilyCount == one.extendedFamilyCount && two.simpleFamilyCount == one.simpleFamilyCount)
      }
    }
  }

  @Test("an empty selection is an empty corpus either way")
  func emptySelection() throws {
    var nothing = PatentFilter()
    nothing.countries = ["XX"]
    let corpus = try TestWorkspace.allSQLite.loadCorpus(
      matching: nothing, language: .en, inventors: false, halvesFrom: 0)
    #expect(corpus.count == 0)
  }

  @Test("while a writer holds the workspace, one connection reads it all")
  func writerHeldFallsBack() throws {
    let workspace = try TestWorkspace.empty()
    _ = try workspace.ingest([TestWorkspace.path("docdb")], jobs: 1, progress: nil)
    let expected = try workspace.loadCorpus(matching: PatentFilter(), language: .en, inventors: false, halvesFrom: .max)
    let writer = try WriteLock(workspace: workspace.path)
    #expect(throws: WorkspaceError.self) { try WriteLock(workspace: workspace.path, shared: true) }
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .en, inventors: false, halvesFrom: 0)
    #expect(corpus.count == expected.count && corpus.count > 0)
    #expect(Self.rows(corpus) == Self.rows(expected))
    withExtendedLifetime(writer) {}
  }

  /// The second connection's opening failing, as a test double.
  private struct Unopenable: Error {}

  @Test("when the second connection cannot be opened, one connection reads it all")
  func unopenableSecondReaderFallsBack() throws {
    let workspace = TestWorkspace.allSQLite
    let expected = try workspace.loadCorpus(matching: PatentFilter(), language: .zh, inventors: true, halvesFrom: .max)
    var attempts = 0
    let corpus = try workspace.loadCorpus(
      matching: PatentFilter(), language: .zh, inventors: true, halvesFrom: 0,
      secondReader: { _ in
        attempts += 1
        throw Unopenable()
      })
    #expect(attempts == 1)
    #expect(corpus.count == expected.count && corpus.count > 20)
    #expect(Self.rows(corpus) == Self.rows(expected))
    #expect(corpus.entities == expected.entities)
  }
}
