import Foundation
import Generator
import Landscape
import PatentCorpus
import TestSupport
import Testing
import Workspace

/// `Players` against a plain recount with sets, on the real corpora and a generated demo corpus.
@Suite("Players")
struct PlayersTests {
  /// The corpora: the real ones, and a generated demo with many applicants per family.
  static func corpora() throws -> [Corpus] {
    let real = try TestCorpora.workspace(ingesting: [TestCorpora.url.path])
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("patnav-pl-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let manifest = try CorpusGenerator(patents: 2_000, seed: 5, profile: .demo).write(to: directory)
    let generated = try TestCorpora.workspace(
      ingesting: manifest.files.map { directory.appendingPathComponent($0).path })
    return try [real, generated].map { try $0.loadCorpus(matching: PatentFilter(), language: .zh) }
  }

  /// Documents per label, each document once per label, as (label, documents) sorted by label.
  static func recount(_ corpus: Corpus, _ label: (CorpusEntity) -> String?) -> [String: Int] {
    var counts: [String: Int] = [:]
    for i in 0..<corpus.count {
      for text in Set(corpus.applicants[i].compactMap { label(corpus.entities[Int($0)]) }) {
        counts[text, default: 0] += 1
      }
    }
    return counts
  }

  static func table(_ counts: [Players.Count]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: counts.map { ($0.label, $0.documents) })
  }

  @Test("families, documents and the type, origin, province and office tables equal a recount")
  func recounted() throws {
    for corpus in try Self.corpora() {
      let players = Players(corpus: corpus, top: 1_000)
      #expect(players.top.count > 5)
      for applicant in players.top {
        let e = try #require(corpus.entities.firstIndex { $0.key == applicant.key })
        let patents = (0..<corpus.count).filter { corpus.applicants[$0].contains(Int32(e)) }
        #expect(applicant.documents == patents.count)
        #expect(applicant.families == Set(patents.map { corpus.extendedFamilies[$0] }).count)
      }
      #expect(zip(players.top, players.top.dropFirst()).allSatisfy { $0.families >= $1.families })
      #expect(Self.table(players.byType) == Self.recount(corpus) { $0.type.rawValue })
      #expect(Self.table(players.byOrigin) == Self.recount(corpus) { $0.location.country })
      #expect(Self.table(players.byProvince) == Self.recount(corpus) { $0.location.province })
      let offices = Dictionary(grouping: 0..<corpus.count) { corpus.country(of: $0) }.mapValues(\.count)
      #expect(Self.table(players.byOffice) == offices)
      for counts in [players.byType, players.byOrigin, players.byProvince, players.byOffice] {
        #expect(zip(counts, counts.dropFirst()).allSatisfy { ($0.documents, $1.label) >= ($1.documents, $0.label) })
      }
    }
  }
}
