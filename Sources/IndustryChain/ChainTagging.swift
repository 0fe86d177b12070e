import PatentCorpus

/// Which segments each patent of a corpus belongs to.
///
/// A patent belongs to a segment when one of its IPC symbols matches one of the segment's patterns and none of
/// its exclusions (and, if the segment has `require_keywords`, its title or abstract contains one), or when its
/// title or abstract contains one of the segment's `keywords`. A patent in a segment is also in every ancestor.
/// Cost: O(distinct symbols × patterns) to map symbols to segments once, then O(IPC rows) for the patents.
public struct ChainTagging: Sendable {
  /// Number of segments.
  public let segmentCount: Int
  /// 64-bit words per patent.
  let words: Int
  /// Segment bits, `words` per patent.
  let bits: [UInt64]
  /// Patents per segment.
  public let patentCounts: [Int]
  /// Patents in no segment.
  public let untaggedPatents: Int
  /// Patents tagged by keywords alone (no matching IPC), per segment.
  public let keywordOnlyCounts: [Int]

  /// Tags the corpus.
  public init(chain: ChainDefinition, corpus: Corpus, keywordHits: KeywordHits, useCPC: Bool = false) {
    let segmentCount = chain.segments.count
    let words = max(1, (segmentCount + 63) / 64)
    // Symbol id → segments its symbol matches (exclusions applied).
    var symbolSegments = Array(repeating: [Int32](), count: corpus.symbols.count)
    for id in 0..<corpus.symbols.count {
      let symbol = corpus.symbols[Int32(id)]
      for (k, segment) in chain.segments.enumerated() where segment.tags(symbol) {
        symbolSegments[id].append(Int32(k))
      }
    }
    let lineages = chain.segments.indices.map { chain.lineage(of: $0) }
    let required = keywordHits.required.map(Set.init)
    var bits = Array(repeating: UInt64(0), count: corpus.count * words)
    var keywordOnly = Array(repeating: 0, count: segmentCount)
    func set(_ patent: Int, _ k: Int) {
      for s in lineages[k] { bits[patent * words + s / 64] |= 1 << UInt64(s % 64) }
    }
    func has(_ patent: Int, _ k: Int) -> Bool { bits[patent * words + k / 64] & (1 << UInt64(k % 64)) != 0 }
    let restricted = chain.segments.map { !$0.requireKeywords.isEmpty }
    func tag(_ symbols: ArraySlice<Int32>, _ i: Int) {
      for symbol in symbols {
        for k in symbolSegments[Int(symbol)] where !restricted[Int(k)] || required[Int(k)].contains(Int32(i)) {
          set(i, Int(k))
        }
      }
    }
    for i in 0..<corpus.count {
      tag(corpus.ipc[i], i)
      if useCPC { tag(corpus.cpc[i], i) }
    }
    for (k, hits) in keywordHits.keywords.enumerated() where k < segmentCount {
      for i in hits {
        if !has(Int(i), k) { keywordOnly[k] += 1 }
        set(Int(i), k)
      }
    }
    var counts = Array(repeating: 0, count: segmentCount)
    var untagged = 0
    for i in 0..<corpus.count {
      var any = false
      for w in 0..<words {
        var word = bits[i * words + w]
        any = any || word != 0
        while word != 0 {
          let bit = word.trailingZeroBitCount
          counts[w * 64 + bit] += 1
          word &= word - 1
        }
      }
      if !any { untagged += 1 }
    }
    self.segmentCount = segmentCount
    self.words = words
    self.bits = bits
    self.patentCounts = counts
    self.untaggedPatents = untagged
    self.keywordOnlyCounts = keywordOnly
  }

  /// Whether patent `i` is in segment `k`. O(1).
  public func contains(_ i: Int, _ k: Int) -> Bool { bits[i * words + k / 64] & (1 << UInt64(k % 64)) != 0 }

  /// Whether patent `i` is in any segment. O(words).
  public func isTagged(_ i: Int) -> Bool { (0..<words).contains { bits[i * words + $0] != 0 } }

  /// Segments of patent `i`, ascending. O(segments).
  public func segments(of i: Int) -> [Int] { (0..<segmentCount).filter { contains(i, $0) } }
}
