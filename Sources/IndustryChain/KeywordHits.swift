import PatentCorpus

/// Which patents' titles or abstracts contain each segment's keywords: the text side of tagging, found at the
/// edge (the workspace scans its texts once) and handed to the pure tagging step.
public struct KeywordHits: Sendable, Equatable {
  /// Per segment, the corpus indices whose texts contain one of `keywords` (sorted).
  public let keywords: [[Int32]]
  /// Per segment, the corpus indices whose texts contain one of `requireKeywords` (sorted).
  public let required: [[Int32]]

  /// No text matched (a chain without keywords, or tests on IPC only).
  public static func none(segments: Int) -> KeywordHits {
    KeywordHits(keywords: Array(repeating: [], count: segments), required: Array(repeating: [], count: segments))
  }

  /// The keyword lists to search, two per segment (`keywords`, then `requireKeywords`), in segment order.
  public static func lists(_ chain: ChainDefinition) -> [[String]] {
    chain.segments.flatMap { [$0.keywords, $0.requireKeywords] }
  }

  /// Builds the hits from the workspace ids matching each list of ``lists(_:)``; ids not in the corpus are
  /// ignored. O(matches × log patents).
  public init(chain: ChainDefinition, corpus: Corpus, matches: [[Int64]]) {
    func indices(_ ids: [Int64]) -> [Int32] {
      ids.compactMap { id -> Int32? in
        var low = 0
        var high = corpus.workspaceIDs.count
        while low < high {
          let mid = (low + high) / 2
          if corpus.workspaceIDs[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < corpus.workspaceIDs.count && corpus.workspaceIDs[low] == id ? Int32(low) : nil
      }.sorted()
    }
    var keywords: [[Int32]] = []
    var required: [[Int32]] = []
    for k in chain.segments.indices {
      keywords.append(2 * k < matches.count ? indices(matches[2 * k]) : [])
      required.append(2 * k + 1 < matches.count ? indices(matches[2 * k + 1]) : [])
    }
    self.init(keywords: keywords, required: required)
  }

  /// Creates hits from corpus indices.
  public init(keywords: [[Int32]], required: [[Int32]]) {
    self.keywords = keywords
    self.required = required
  }
}
