import Foundation
import IndustryChain
import PatentCorpus
import Workspace

extension WorkspaceStore {
  /// The chain's keyword hits in the selection's titles and abstracts (one scan of the texts).
  public func keywordHits(
    _ chain: ChainDefinition, corpus: Corpus, matching filter: PatentFilter
  ) throws
    -> KeywordHits
  {
    try keywordHits([chain], corpus: corpus, matching: filter)[0]
  }

  /// The keyword hits of several chains from one scan of the selection's texts (a project's chain stage has one
  /// per chain: four chains cost one scan, not four). O(text bytes) whatever the number of chains.
  public func keywordHits(
    _ chains: [ChainDefinition], corpus: Corpus, matching filter: PatentFilter
  ) throws
    -> [KeywordHits]
  {
    let lists = chains.map(KeywordHits.lists)
    let matches = try textMatches(lists.flatMap { $0 }, matching: filter)
    var start = 0
    return zip(chains, lists).map { chain, own in
      defer { start += own.count }
      return KeywordHits(chain: chain, corpus: corpus, matches: Array(matches[start..<start + own.count]))
    }
  }

  /// Per corpus patent, the ids of the chain's leaf segments it is tagged to (overseas coverage by segment).
  public func leafSegments(
    _ chain: ChainDefinition, corpus: Corpus, matching filter: PatentFilter
  ) throws
    -> [[String]]
  {
    let tagging = ChainTagging(
      chain: chain, corpus: corpus, keywordHits: try keywordHits(chain, corpus: corpus, matching: filter))
    let leaves = chain.segments.indices.map(chain.isLeaf)
    return (0..<corpus.count).map { i in tagging.segments(of: i).filter { leaves[$0] }.map { chain.segments[$0].id } }
  }

  /// A subject SPEC: `all`, `country=…`, `province=…`, `city=…`, or `entities=FILE` (one applicant name or
  /// entity key per line, `#` comments, names harmonized with this workspace's aliases; a relative FILE is read
  /// from `directory`).
  public func subject(_ spec: String, relativeTo directory: URL? = nil) throws -> SubjectSpec {
    let trimmed = spec.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("entities=") else {
      return try SubjectSpec.parse(trimmed, divisions: reference.chinaDivisions, pinyin: reference.pinyin)
    }
    let file = String(trimmed.dropFirst("entities=".count))
    let path = file.hasPrefix("/") ? file : directory.map { $0.appendingPathComponent(file).path } ?? file
    let names = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    guard !names.isEmpty else { throw SubjectSpecError(spec: spec, reason: "\(path) names no entity") }
    return .entities(try entityKeys(for: names))
  }
}
