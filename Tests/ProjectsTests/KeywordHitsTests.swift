import IndustryChain
import Projects
import ReferenceData
import TestSupport
import Testing
import Workspace

/// A project's chain stage scans the texts once for all its chains; each chain must get exactly the hits of a
/// scan of its own.
struct KeywordHitsTests {
  @Test("one scan for four chains equals one scan per chain")
  func combined() throws {
    let workspace = try TestCorpora.generated(patents: 3_000, seed: 3, profile: .scale)
    let corpus = try workspace.loadCorpus(matching: PatentFilter(), language: .zh, inventors: false)
    let chains = try BuiltinChains.ids.map { try BuiltinChains.load($0).chain }
    let combined = try workspace.keywordHits(chains, corpus: corpus, matching: PatentFilter())
    #expect(combined.count == chains.count)
    for (chain, hits) in zip(chains, combined) {
      #expect(hits == (try workspace.keywordHits(chain, corpus: corpus, matching: PatentFilter())), "\(chain.id)")
    }
    // Not vacuous: the generated texts carry the nev chain's keywords, and nev comes third, after the lists
    // of display and ic, so its hits are right only if the combined result is split at the right offsets.
    let nev = try #require(chains.firstIndex { $0.id == "nev" })
    #expect(nev > 0)
    #expect(combined[nev].keywords.contains { !$0.isEmpty })
  }
}
